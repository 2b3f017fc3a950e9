"""Replace a file in one step, so that a crash never leaves it half written."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

# A temporary file this old was left by a save that never finished (a crash, a power cut).
STALE_AFTER_SECONDS = 3600


def write_atomically(path: Path, data: bytes) -> None:
    """Make `path` hold exactly `data`, or leave it as it was.

    The bytes go to a temporary file in the same folder, are flushed to the disk, and only
    then is the temporary file renamed onto `path` (a rename within one folder is atomic).
    Finally the folder itself is synced so that the rename survives a power cut.

    On any failure the temporary file is removed, the previous `path` is untouched, and
    the exception propagates.
    """
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=_temporary_prefix(path), suffix=".tmp")
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


def remove_stale_temporaries(path: Path, now: float | None = None) -> list[Path]:
    """Delete the temporary files of `path` that a save killed half-way left behind.

    Only files older than `STALE_AFTER_SECONDS` go, so that a save running right now in
    another process is never disturbed. They never hold anything `path` does not: the
    document was either renamed into place or is still the previous one. Returns those removed.
    """
    now = time.time() if now is None else now
    removed = []
    for candidate in path.parent.glob(_temporary_prefix(path) + "*.tmp"):
        with contextlib.suppress(OSError):
            if now - candidate.lstat().st_mtime > STALE_AFTER_SECONDS and candidate.is_file():
                candidate.unlink()
                removed.append(candidate)
    return removed


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."
