"""Replace a file in one step, so that a crash never leaves it half written.

The path is the file the user means: a symbolic link is followed to its target (the link
stays), a file's mode is kept, and a file whose permissions forbid writing is never replaced.
`write_file` also writes into a pipe or a character device (`/dev/stdout`, `/dev/null`) in
place, where a rename would put a regular file instead of the device.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

# A temporary file this old was left by a save that never finished (a crash, a power cut),
# even when its writer's process id now belongs to another process.
STALE_AFTER_SECONDS = 3600

# New files are private: the document holds the user's notes.
NEW_FILE_MODE = 0o600

_ANY_WRITE_BIT = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


class NotAFileError(OSError):
    """The path names something else than a regular file, which a save must not replace."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not a regular file")
        self.path = path


class ReadOnlyFileError(PermissionError):
    """The file's own permissions forbid writing (`chmod 444`, the read-only attribute)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class FileInUseError(PermissionError):
    """Another program kept the file open through every attempt to replace it (Windows:
    an antivirus, the search indexer, OneDrive or an editor reading it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EBUSY, "the file is in use by another program", str(path))


# Windows refuses to replace a file another program holds open: ERROR_ACCESS_DENIED (5) and
# ERROR_SHARING_VIOLATION (32), both raised as PermissionError. They pass in a moment.
_IN_USE_WINERRORS = frozenset({5, 32})
_REPLACE_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)  # seconds between attempts: 1.55 s in all


class NoReaderError(OSError):
    """A named pipe with no program reading from it: writing would wait for ever."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ENXIO, "no program is reading from the pipe", str(path))


def final_target(path: Path) -> Path:
    """The file that writing to `path` really changes: its symbolic links followed.

    A link whose target does not exist yet leads to that target. A loop of links raises
    `OSError` (`ELOOP`).
    """
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:  # the file, or a folder on the way, is still to be created
        return Path(os.path.realpath(path))


def is_read_only(target: Path, status: os.stat_result) -> bool:
    """Whether the user protected the file `target` (with `status`) from changes.

    Its mode is read as well as `os.access`: a superuser may write anything, yet a file
    made read-only on purpose must stay as it is.
    """
    return not status.st_mode & _ANY_WRITE_BIT or not os.access(target, os.W_OK)


def write_atomically(path: Path, data: bytes) -> None:
    """Make `path` hold exactly `data`, or leave it as it was.

    The bytes go to a temporary file in the target's folder (a symbolic link is followed),
    are flushed to the disk, and only then is the temporary file renamed onto the target (a
    rename within one folder is atomic). Finally the folder itself is synced so that the
    rename survives a power cut. The file keeps its mode; a new file is private.

    Raises `NotAFileError` for a folder, device or pipe, and `ReadOnlyFileError` for a file
    whose permissions forbid writing: neither is replaced. On any failure the temporary
    file is removed, the previous file is untouched, and the exception propagates.
    """
    target = final_target(path)
    status = _status(target)
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(status.st_mode):
            raise NotAFileError(path)
        if is_read_only(target, status):
            raise ReadOnlyFileError(path)
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(
        dir=folder, prefix=f"{_temporary_prefix(target)}{os.getpid()}-", suffix=".tmp"
    )
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if status is not None:
                _take_over_mode(handle.fileno(), status)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    _sync_folder(folder)


def _replace(source: Path, target: Path) -> None:
    """`os.replace`, tried again a few times while another program holds the file open.

    Only Windows' "in use" refusals are tried again; every other error is raised at once.
    After the last attempt, `FileInUseError` says what happened.
    """
    for delay in (*_REPLACE_DELAYS, None):
        try:
            os.replace(source, target)  # noqa: PTH105 - the atomic step, spelled out
        except PermissionError as error:
            if getattr(error, "winerror", None) not in _IN_USE_WINERRORS:
                raise
            if delay is None:
                raise FileInUseError(target) from error
            time.sleep(delay)
        else:
            return


def write_file(path: Path, data: bytes) -> None:
    """Write an exported file: atomically, or into a pipe or character device in place.

    A regular file (or a new one) is replaced as `write_atomically` does. A named pipe or a
    character device (`/dev/stdout`, a terminal, `/dev/null`) is opened and written, never
    replaced; a pipe nobody reads raises `NoReaderError` at once. A folder raises
    `IsADirectoryError`, anything else (a socket, a disk) `NotAFileError`. Symbolic links
    are followed.
    """
    status = _status(path)  # the system follows the links (`/dev/stdout` too)
    if status is None or stat.S_ISREG(status.st_mode):
        write_atomically(path, data)
    elif stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode):
        _write_in_place(path, data, is_pipe=stat.S_ISFIFO(status.st_mode))
    elif stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    else:
        raise NotAFileError(path)


def is_written_in_place(path: Path) -> bool:
    """Whether `write_file` writes into `path` as it is (a pipe or a character device)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _status(target: Path) -> os.stat_result | None:
    """What `target` is now, or None when there is nothing there yet."""
    try:
        return target.stat()
    except FileNotFoundError:
        return None


def _take_over_mode(fd: int, status: os.stat_result) -> None:
    """Give the new file the previous one's mode (and owner, when the superuser saves)."""
    if not hasattr(os, "fchmod"):  # Windows: only the read-only flag, already checked
        return
    os.fchmod(fd, stat.S_IMODE(status.st_mode))
    if hasattr(os, "fchown") and os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.fchown(fd, status.st_uid, status.st_gid)


def _write_in_place(target: Path, data: bytes, *, is_pipe: bool) -> None:
    """Open `target` without creating or truncating anything and write `data` into it."""
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    if is_pipe:
        flags |= getattr(os, "O_NONBLOCK", 0)  # no reader: ENXIO now, not a wait for ever
    try:
        fd = os.open(target, flags)
    except OSError as error:
        if is_pipe and error.errno == errno.ENXIO:
            raise NoReaderError(target) from None
        raise
    try:
        if is_pipe:
            os.set_blocking(fd, True)  # the reader sets the pace from now on
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


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

    A temporary file's name carries its writer's process id: when that process is gone, the
    file goes at once. One whose writer may still be running (or whose name carries no id,
    from an older version) goes only once it is `STALE_AFTER_SECONDS` old, so that a save
    running right now in another process is never disturbed. They never hold anything `path`
    does not: the document was either renamed into place or is still the previous one.
    Returns those removed.
    """
    now = time.time() if now is None else now
    target = final_target(path)
    prefix = _temporary_prefix(target)
    removed = []
    for candidate in target.parent.glob(prefix + "*.tmp"):
        with contextlib.suppress(OSError):
            status = candidate.lstat()
            if not stat.S_ISREG(status.st_mode):
                continue
            writer = _writer_pid(candidate.name[len(prefix) :])
            writer_gone = writer is not None and not _process_exists(writer)
            if writer_gone or now - status.st_mtime > STALE_AFTER_SECONDS:
                candidate.unlink()
                removed.append(candidate)
    return removed


def _writer_pid(rest: str) -> int | None:
    """The process id in `<pid>-<random>.tmp`, None in an older name without one."""
    pid, dash, _random = rest.partition("-")
    return int(pid) if dash and pid.isdecimal() and int(pid) > 0 else None


def _process_exists(pid: int) -> bool:
    """Whether a process with this id runs now (True when that cannot be known)."""
    if os.name != "posix":  # on Windows `os.kill` ends the process: let the age decide
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, another user's
        return True
    return True


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."
