"""Where the app keeps its files, and how the user can choose another place."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_ID

DOCUMENT_FILE_NAME = "account-assistant.json"
LOCK_FILE_NAME = "account-assistant.lock"
LOG_FOLDER_NAME = "logs"
DATA_DIR_ENV = "ACCOUNT_ASSISTANT_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's usual per-user data folder for the app (roaming on Windows)."""
    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """The data folder to use: the command-line value, else `DATA_DIR_ENV`, else the default.

    Empty or blank values count as not given. `~` is expanded and the result is absolute.
    The folder is not created here.
    """
    for value in (cli_value, environ.get(DATA_DIR_ENV)):
        if value is not None and value.strip():
            return Path(value).expanduser().resolve()
    return default_data_dir().expanduser().resolve()
