"""The assistant wizard: the window, each flow's pages and their texts."""
