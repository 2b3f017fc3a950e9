"""Which e-mail each account uses, on screen (the keyring sits in app.storage)."""
