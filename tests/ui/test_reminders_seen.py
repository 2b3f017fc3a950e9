"""A reminder counts as given only once the user has seen it: a tray message alone may never
appear (Windows Focus Assist, macOS Do Not Disturb, no notification centre)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.core.reminder_kinds import ReminderKind
from app.ui.cases.reminders import TRAY_LIMIT, tray_text
from app.ui.shell.language import LanguageSwitcher
from tests.ui.closing_steps import NOW, TODAY, Clock
from tests.ui.driving import plain
from tests.ui.test_deadlines_and_reminders import boxes, saved, start, waiting_case


class SilentTray:
    """A tray that takes messages and shows nothing, as under Focus Assist."""

    shown: list[tuple[str, str]] = []  # noqa: RUF012

    def showMessage(self, title: str, text: str, *args: object) -> None:
        self.shown.append((title, text))


@pytest.fixture
def silent_tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    from app.ui.cases import reminders

    SilentTray.shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(reminders.Reminders, "_tray", lambda self: SilentTray())
    return SilentTray.shown


def test_with_a_tray_that_shows_nothing_the_reminder_still_waits_on_screen(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    silent_tray: list[tuple[str, str]],
) -> None:
    waiting_case(data_dir, TODAY + dt.timedelta(days=2))
    clock = Clock()
    controller = start(switcher, data_dir, qtbot, clock)
    assert controller.reminders is not None
    clock.now = NOW + dt.timedelta(days=1)
    [message] = controller.reminders.check(at_start_up=False)
    assert silent_tray and silent_tray[0][1].startswith("Tomorrow")
    [box] = boxes(qapp, "reminder")  # on screen as well, until closed
    assert message in plain(box.text())
    assert saved(data_dir)[0].reminded == []  # not seen yet: not given
    box.reject()  # Esc or the close box count as seen too
    assert [r.kind for r in saved(data_dir)[0].reminded] == [ReminderKind.DAY_BEFORE]


def test_a_reminder_never_seen_is_shown_again_after_a_restart(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    silent_tray: list[tuple[str, str]],
) -> None:
    waiting_case(data_dir, TODAY + dt.timedelta(days=2))
    clock = Clock(NOW + dt.timedelta(days=1))
    first = start(switcher, data_dir, qtbot, clock)
    assert first.reminders is not None
    for box in boxes(qapp, "attention"):
        box.hide()  # the app ends with the message never closed (a crash, a logout)
    assert saved(data_dir)[0].reminded == []
    first.reminders.timer.stop()
    second = start(switcher, data_dir, qtbot, clock)
    assert second.reminders is not None
    assert boxes(qapp, "attention"), "the unseen reminder is shown again"


def test_a_long_reminder_fits_a_windows_tray_message() -> None:
    long = "Oggi (martedì 24 novembre 2026) è l'ultimo giorno: " + "x" * 400
    text = tray_text([long, "another"])
    assert len(text.encode("utf-16-le")) // 2 <= TRAY_LIMIT
    assert text.endswith("\u2026")
    assert tray_text(["short"]) == "short"
