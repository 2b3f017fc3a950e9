"""The rotating log file (see `paths.log_dir`): developers' details go here, never on screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "account-assistant.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3


def log_path(folder: Path) -> Path:
    return folder / LOG_FILE_NAME


def configure_logging(folder: Path) -> Path | None:
    """Send the app's log to a rotating file in `folder`; None when it cannot be written."""
    path = log_path(folder)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        logging.getLogger(__name__).warning("cannot write the log file %s", path)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
