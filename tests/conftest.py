"""Every test runs headless, in a temporary data folder, and never opens a real browser."""

from __future__ import annotations

import gc
import os

# Before Qt is imported anywhere: no screen here, and no session bus unless a test starts one.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
os.environ.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Every window a test left open is deleted before the next test starts.

    A window that lives on (a message box, a dialog, a window a test forgot) can be deleted
    by Qt later, in the middle of another test, while PySide still holds a wrapper for its
    address: the next `topLevelWidgets()` then hands out a dead object and the process
    crashes (seen about once in three full runs). Deleting them here, with the deferred
    deletions delivered at once, keeps each test's windows inside that test.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    leftovers = [widget for widget in app.topLevelWidgets() if widget.parent() is None]
    for widget in leftovers:
        widget.close()
        widget.deleteLater()
    leftovers.clear()  # no wrapper of a deleted window is kept
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's home: autostart entries, documents, configs.

    The home lies outside the test's own tmp_path, which some tests list.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also given through the environment so nothing touches ~/."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ACCOUNT_ASSISTANT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Addresses the app asked the system browser to open, instead of opening them."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []

    def fake_open(url: object) -> bool:
        opened.append(url.toString())  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    yield opened


# -- leaving the test process ----------------------------------------------------------------
#
# After the last test, the interpreter's own shutdown destroys whatever Qt objects the tests
# left to the garbage collector, in no particular order; about one full run in three then
# crashed (SIGSEGV) after the results were printed, turning a green run red. The app itself
# never exits that way: it quits through QApplication's orderly shutdown, which the process
# tests (--smoke, --check-reminders, the installed bundle) exercise on every run. So once
# pytest has reported, the process ends at once with pytest's own exit status.


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # No garbage collection from here on: it could destroy a Qt object's leftovers while the
    # summary is printed.
    gc.disable()
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    status = config.stash.get(_EXIT_STATUS, None)
    if status is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


_EXIT_STATUS = pytest.StashKey[int]()
