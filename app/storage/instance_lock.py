"""One running instance per data folder, so that two windows never race on the same file."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QLockFile

from app.storage.paths import LOCK_FILE_NAME


class LockOutcome(Enum):
    ACQUIRED = auto()
    HELD_ELSEWHERE = auto()  # another instance is running with this data folder
    FAILED = auto()  # the lock file could not be written (permissions, missing folder)


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._lock = QLockFile(str(self.path))
        # Never treat a live instance's lock as stale because of its age; a lock left by a
        # crashed process is still recognised (its process is gone) and taken over.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockOutcome:
        """Try to own the data folder; say why not when another instance or the system refuses."""
        if self._lock.tryLock(200):
            return LockOutcome.ACQUIRED
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return LockOutcome.HELD_ELSEWHERE
        return LockOutcome.FAILED

    def release(self) -> None:
        self._lock.unlock()
