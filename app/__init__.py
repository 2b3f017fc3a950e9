"""Account Assistant: a bilingual desktop helper for Amazon customers and sellers."""

__version__ = "0.1.0"
APP_NAME = "Account Assistant"
APP_ID = "account-assistant"
