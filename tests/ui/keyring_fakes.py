"""A keyring that lives in memory, so the UI tests can use e-mail hints without a real one."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot


class MemoryKeyring(KeyringBackend):
    """It must be given its entries, so `keyring` never picks it as the system's keyring
    (keyring builds candidate backends without arguments and skips those that fail)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, entries: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.entries = entries

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


class CountingKeyring(MemoryKeyring):
    """A keyring that works and counts the calls made to it, and on which thread.

    `calls` lists (operation, service, username) in the order made: "get", "set", "delete".
    """

    def __init__(self, entries: dict[tuple[str, str], str]) -> None:
        super().__init__(entries)
        self.calls: list[tuple[str, str, str]] = []
        self.threads: set[str] = set()

    def _count(self, operation: str, service: str, username: str) -> None:
        import threading

        self.calls.append((operation, service, username))
        self.threads.add(threading.current_thread().name)

    def reads(self) -> int:
        return sum(1 for call in self.calls if call[0] == "get")

    def writes(self) -> int:
        return sum(1 for call in self.calls if call[0] != "get")

    def get_password(self, service: str, username: str) -> str | None:
        self._count("get", service, username)
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._count("set", service, username)
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._count("delete", service, username)
        super().delete_password(service, username)


class SlowKeyring(CountingKeyring):
    """A keyring each call of which takes `seconds` (a locked Secret Service, a prompt...).

    A call may be let go early with `release()`; `started` is set when a call begins and
    `finished` counts the calls that returned, so a test can tell one is running.
    """

    def __init__(self, entries: dict[tuple[str, str], str], seconds: float = 3.0) -> None:
        import threading

        super().__init__(entries)
        self.seconds = seconds
        self.started = threading.Event()
        self.finished = 0
        self._go = threading.Event()

    def release(self) -> None:
        self._go.set()

    def hold(self) -> None:
        """From now on, calls take their full time again."""
        self._go.clear()
        self.started.clear()

    def _slowly(self) -> None:
        self.started.set()
        self._go.wait(self.seconds)

    def get_password(self, service: str, username: str) -> str | None:
        self._slowly()
        try:
            return super().get_password(service, username)
        finally:
            self.finished += 1

    def set_password(self, service: str, username: str, password: str) -> None:
        self._slowly()
        try:
            super().set_password(service, username, password)
        finally:
            self.finished += 1

    def delete_password(self, service: str, username: str) -> None:
        self._slowly()
        try:
            super().delete_password(service, username)
        finally:
            self.finished += 1


class LockedKeyring(CountingKeyring):
    """A keyring that stays locked (every call raises `KeyringLocked`) until `unlock()`."""

    def __init__(self, entries: dict[tuple[str, str], str]) -> None:
        super().__init__(entries)
        self.locked = True

    def unlock(self) -> None:
        self.locked = False

    def _count(self, operation: str, service: str, username: str) -> None:
        from keyring.errors import KeyringLocked

        super()._count(operation, service, username)
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")


def wait_for_keyring(qtbot: QtBot, timeout_ms: int = 10_000) -> None:
    """Wait, as a user would, until every keyring call made so far has been answered.

    The app makes them off the GUI thread; their answers reach the windows as events.
    """
    from app.ui.hints import keyring_worker

    qtbot.waitUntil(lambda: keyring_worker.pending() == 0, timeout=timeout_ms)
