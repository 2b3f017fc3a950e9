"""Small pieces every window shares: labels, rich text, link buttons, marked texts."""
