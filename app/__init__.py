"""Account Assistant: a bilingual desktop helper for Amazon customers and sellers.

This module is the one source of the version and of the names the system knows the app by:
pyproject.toml, `--version`, the installers (PyInstaller spec, .deb, Inno Setup, the macOS
bundle) and the AppStream metainfo all read them from here.
"""

__version__ = "0.2.0"
APP_NAME = "Account Assistant"
# The command, the package and the data folder's name.
APP_ID = "account-assistant"
# Reverse-DNS id: the .desktop file's and the metainfo's name, the icon's name in the
# freedesktop icon theme, the macOS bundle identifier.
DESKTOP_ID = "org.accountassistant.AccountAssistant"
