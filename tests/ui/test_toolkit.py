"""The Qt binding itself must be sound: a leak in it would crash the app after a while."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.cases.main_window import MainWindow
from app.ui.shell.language import LanguageSwitcher


def test_qt_calling_our_change_event_many_times_keeps_none_alive(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> None:
    """PySide6 6.12.0 drops a reference to None on each call of a Python changeEvent(); on
    Python 3.11 the interpreter then aborts ("deallocating None") after some thousands."""
    window = MainWindow(switcher, lambda: __import__("datetime").date(2026, 1, 1))
    qtbot.addWidget(window)
    before = sys.getrefcount(None)
    for number in range(3000):
        window.setWindowTitle(str(number))  # each sends a WindowTitleChange to changeEvent()
    assert sys.getrefcount(None) - before > -500
