"""Where the app keeps its files, and how the user can choose another place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

from app import APP_ID

DOCUMENT_FILE_NAME = "account-assistant.json"
LOCK_FILE_NAME = "account-assistant.lock"
LOG_FOLDER_NAME = "logs"
DATA_DIR_ENV = "ACCOUNT_ASSISTANT_DATA_DIR"


class PathProblem(StrEnum):
    """Why a path the user gave cannot be used at all."""

    UNKNOWN_HOME = "unknown_home"  # `~name` names no user (or `~` has no home folder)
    LINK_LOOP = "link_loop"  # its symbolic links lead round in a loop


class BadPathError(ValueError):
    """A path given on the command line or in the environment cannot be used."""

    def __init__(self, value: str, problem: PathProblem) -> None:
        super().__init__(f"{value!r}: {problem}")
        self.value = value
        self.problem = problem


def is_custom_data_dir(data_dir: Path) -> bool:
    """Whether `data_dir` is not the default folder (chosen by --data-dir or the environment)."""
    try:
        return data_dir != resolve_data_dir(None, {})
    except BadPathError:  # the default folder cannot even be found: this one is not it
        return True


def log_dir(data_dir: Path, custom: bool) -> Path:
    """Where the log goes: the system's per-user log folder (not roaming on Windows, so it
    never travels with a roaming profile or a synced folder); inside a data folder the user
    chose, with the data, so that a folder given for a test or a portable copy keeps all."""
    if custom:
        return data_dir / LOG_FOLDER_NAME
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_ID, appauthor=False))


def default_data_dir() -> Path:
    """The platform's usual per-user data folder for the app (roaming on Windows)."""
    # Imported here: platformdirs costs about 8 ms, and a start with --data-dir or
    # ACCOUNT_ASSISTANT_DATA_DIR never needs it before its first window.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def expand_path(value: str) -> Path:
    """`value` with a leading `~` or `~user` expanded, made absolute; links are kept.

    Only a `~` at the very start is a home folder (`./~notes` is a name). Raises
    `BadPathError` (`UNKNOWN_HOME`) when that home folder cannot be found.
    """
    # Not `Path.expanduser`: it raises a bare RuntimeError, and it reads `./~x` as `~x`.
    expanded = os.path.expanduser(value)  # noqa: PTH111
    if value.startswith("~") and expanded == value:  # the system knows no such user
        raise BadPathError(value, PathProblem.UNKNOWN_HOME)
    return Path(os.path.abspath(expanded))  # noqa: PTH100 - absolute, links kept


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """The data folder to use: the command-line value, else `DATA_DIR_ENV`, else the default.

    Empty or blank values count as not given. `~` is expanded and the result is absolute,
    with its links resolved. The folder is not created here. Raises `BadPathError` for a
    home folder that cannot be found or a loop of links.
    """
    for value in (cli_value, environ.get(DATA_DIR_ENV)):
        if value is not None and value.strip():
            return _resolved(value)
    return _resolved(str(default_data_dir()))


def _resolved(value: str) -> Path:
    path = expand_path(value)
    try:
        return path.resolve()
    except (RuntimeError, OSError):  # Python 3.11 says "Symlink loop" with a RuntimeError
        raise BadPathError(value, PathProblem.LINK_LOOP) from None
