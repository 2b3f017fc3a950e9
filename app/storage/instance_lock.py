"""One running instance per data folder, so that two windows never race on the same file.

The lock is the system's own lock on an open file (`flock` on Linux and macOS, a locked
byte on Windows), held for as long as the app runs. The system drops it when the process
ends, however it ends, so a crash never leaves the folder locked, and a process that later
gets the crashed app's id (often another Python process) holds nothing.

The file also records who holds it (`Owner`: process id, the process's start time, the
boot, the host). Where the file system has no locks (some network shares), that record
decides: its owner is running only if that id is alive on this host, in this boot, and
was started when the record says (or, for a record without a start time, before the file
was written). Where the system cannot tell a process's start time (no /proc), a live id is
taken for the owner: never two instances, at worst a lock the user is asked to remove.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from enum import Enum, auto
from pathlib import Path
from typing import NamedTuple

from app import APP_ID
from app.storage.paths import LOCK_FILE_NAME

# Errors by which a file system says it has no locks (the record is used instead).
_NO_LOCKS = frozenset(
    code
    for code in (
        getattr(errno, name, None) for name in ("ENOLCK", "EOPNOTSUPP", "ENOTSUP", "ENOSYS")
    )
    if code is not None
)
# Errors by which a lock says another process holds it.
_HELD = frozenset(
    code
    for code in (getattr(errno, name, None) for name in ("EWOULDBLOCK", "EAGAIN", "EACCES"))
    if code is not None
) | ({36} if sys.platform == "win32" else set())  # EDEADLOCK, what msvcrt.locking raises
_ATTEMPTS = 5  # a lock file deleted by its owner just as it was opened: open it again
_CLOCK_SLACK = 2.0  # seconds: file times and start times are not exact to the tick


class LockOutcome(Enum):
    ACQUIRED = auto()
    HELD_ELSEWHERE = auto()  # another instance is running with this data folder
    # The lock names another computer (a shared or synchronised folder without file
    # locks): it can never be judged stale from here; `InstanceLock.other_computer` names it.
    HELD_ON_ANOTHER_COMPUTER = auto()
    FAILED = auto()  # the lock file could not be written (permissions, missing folder)


class Owner(NamedTuple):
    """Who holds a lock: enough to tell a live app from a process that got its id later."""

    pid: int
    started: int | None  # the process's start, in clock ticks since boot (/proc), if known
    boot: str | None  # the system's boot id, if known
    host: str

    def record(self) -> str:
        """The lock file's text: one `key=value` per line."""
        fields = {
            "app": APP_ID,
            "pid": str(self.pid),
            "started": "" if self.started is None else str(self.started),
            "boot": self.boot or "",
            "host": self.host,
        }
        return "".join(f"{key}={value}\n" for key, value in fields.items())


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._fd: int | None = None
        self._no_locks = False  # the file system refuses file locks: the record decides
        self._by_record = False  # held through the record alone
        self.other_computer: str | None = None  # the computer named by a lock held there

    def acquire(self) -> LockOutcome:
        """Try to own the data folder; say why not when another instance or the system refuses."""
        if self._fd is not None or self._by_record:
            return LockOutcome.ACQUIRED
        try:
            for _ in range(_ATTEMPTS):
                outcome = self._by_owner_record() if self._no_locks else self._try_file_lock()
                if outcome is not None:
                    return outcome
        except OSError:
            return LockOutcome.FAILED
        return LockOutcome.HELD_ELSEWHERE

    def release(self) -> None:
        """Give the folder up: the file goes first, while still held, then the lock."""
        if self._fd is None and not self._by_record:
            return
        if sys.platform != "win32":  # Windows deletes no open file: it goes after closing
            with contextlib.suppress(OSError):
                self.path.unlink()
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)  # the system drops the lock with the last descriptor
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._by_record = False

    def _try_file_lock(self) -> LockOutcome | None:
        """One attempt with the system's lock; None to try again (the file was replaced)."""
        created = False
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return None  # another instance made it just now
            created = True
        try:
            _lock_file_descriptor(fd)
        except OSError as error:
            if error.errno in _NO_LOCKS:
                self._no_locks = True
                if created:  # made here, exclusively, a moment ago: ours, by its record
                    try:
                        _write_all(fd, _own_record().encode())
                    finally:
                        os.close(fd)
                    self._by_record = True
                    return LockOutcome.ACQUIRED
                os.close(fd)
                return self._by_owner_record()
            os.close(fd)
            if isinstance(error, BlockingIOError) or error.errno in _HELD:
                return LockOutcome.HELD_ELSEWHERE
            raise
        try:
            if not _same_file(fd, self.path):  # its owner deleted it on the way out
                os.close(fd)
                return None
            _write_all(fd, _own_record().encode())
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        return LockOutcome.ACQUIRED

    def _by_owner_record(self) -> LockOutcome | None:
        """Without file locks: the file exists only while an instance runs, and says which."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = read_owner(self.path)
            if owner is not None and owner.host and owner.host != _host_name():
                self.other_computer = owner.host
                return LockOutcome.HELD_ON_ANOTHER_COMPUTER
            if _owner_running(self.path):
                return LockOutcome.HELD_ELSEWHERE
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()  # left by a crash: take it over
            return None
        try:
            _write_all(fd, _own_record().encode())
        finally:
            os.close(fd)
        self._by_record = True
        return LockOutcome.ACQUIRED


# --- The system's lock ---------------------------------------------------------------------


def _lock_file_descriptor(fd: int) -> None:
    """Hold the system's exclusive lock on the open file `fd`, or raise OSError at once."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd`."""
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _write_all(fd: int, data: bytes) -> None:
    """Replace the file's content with `data` (a locked byte on Windows may be written)."""
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


# --- Who owns it ---------------------------------------------------------------------------


def _host_name() -> str:
    """This computer's name, as `socket.gethostname()` gives it.

    On Linux and macOS that is the node name of `uname`, without importing `socket` (about
    5 ms before the first window); Windows has no `uname`.
    """
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _own_record() -> str:
    owner = owner_of(os.getpid())
    return (owner or Owner(os.getpid(), None, _boot_id(), _host_name())).record()


def owner_of(pid: int) -> Owner | None:
    """The running process `pid` as a lock's owner, or None if no such process runs."""
    if not _process_running(pid):
        return None
    return Owner(pid, _start_ticks(pid), _boot_id(), _host_name())


def read_owner(path: Path) -> Owner | None:
    """The owner recorded in the lock file `path`, in the app's record or in Qt's
    (`QLockFile`: process id, process name, host, machine id, boot id); None if unreadable."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return None
    lines = text.splitlines()
    if any(line.startswith("pid=") for line in lines):
        fields: dict[str, str] = {}
        for line in lines:
            key, _, value = line.partition("=")
            fields[key] = value
        started = fields.get("started", "")
        pid = fields.get("pid", "")
        if not pid.isdigit():
            return None
        return Owner(
            int(pid),
            int(started) if started.isdigit() else None,
            fields.get("boot") or None,
            fields.get("host", ""),
        )
    if not lines or not lines[0].strip().isdigit():
        return None
    host = lines[2].strip() if len(lines) > 2 else ""
    boot = lines[4].strip() if len(lines) > 4 else ""
    return Owner(int(lines[0]), None, boot or None, host)


def _owner_running(path: Path) -> bool:
    """Whether the owner recorded in the lock file `path` is still running.

    An unreadable record counts as running unless the file is old enough that no instance
    can be writing it: it was written at once by whoever created it.
    """
    owner = read_owner(path)
    if owner is None:
        return _age(path) < 60
    if owner.host and owner.host != _host_name():
        return True  # another computer sharing the folder: it cannot be checked from here
    boot = _boot_id()
    if owner.boot is not None and boot is not None and owner.boot != boot:
        return False  # written before the system last started
    if not _process_running(owner.pid):
        return False
    started = _start_ticks(owner.pid)
    if started is None:
        return True  # the id is alive and nothing more can be known: the safe answer
    if owner.started is not None:
        return started == owner.started
    # No start time recorded (Qt's lock): a process started after the file was last
    # written did not write it.
    began = _start_time(started)
    return began is None or began <= _modified(path) + _CLOCK_SLACK


def _process_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, as another user's
    return True


def _windows_process_running(pid: int) -> bool:
    """Whether `pid` is a live process on Windows (os.kill would end it there)."""
    if sys.platform != "win32":
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _start_ticks(pid: int) -> int | None:
    """When `pid` started, in clock ticks since boot (Linux's /proc), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", errors="replace")
    except OSError:
        return None
    # The command name (second field) may hold spaces and parentheses: count after it.
    fields = stat.rpartition(")")[2].split()
    try:
        return int(fields[19])  # the 22nd field, starttime
    except (IndexError, ValueError):
        return None


def _start_time(ticks: int) -> float | None:
    """The wall-clock time of `ticks` since boot, from the boot time in /proc/stat."""
    try:
        lines = Path("/proc/stat").read_text("ascii", errors="replace").splitlines()
        boot_time = next(int(line.split()[1]) for line in lines if line.startswith("btime "))
        per_second = os.sysconf("SC_CLK_TCK")
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    return boot_time + ticks / per_second


def _boot_id() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip() or None
    except OSError:
        return None


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def _age(path: Path) -> float:
    return time.time() - _modified(path)
