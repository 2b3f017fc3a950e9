"""Replace a file in one step, so that a crash never leaves it half written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Make `path` hold exactly `data`, or leave it as it was.

    The bytes go to a temporary file in the same folder, are flushed to the disk, and only
    then is the temporary file renamed onto `path` (a rename within one folder is atomic).
    Finally the folder itself is synced so that the rename survives a power cut.

    On any failure the temporary file is removed, the previous `path` is untouched, and
    the exception propagates.
    """
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_path, path)  # noqa: PTH105 - the atomic step, spelled out
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Flush `folder`'s entries to the disk, where the platform allows it.

    Windows cannot open a folder this way, and some file systems refuse to sync one; the
    new content is already in place by then, so those cases are skipped silently.
    """
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
