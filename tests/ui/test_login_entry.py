"""'Remind me when I log in' from the main window: kept pointing at this install, and honest
where it cannot work (Microsoft Store Python, a translocated macOS app)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.storage.autostart import LinuxAutostart
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.closing_steps import TODAY, Clock
from tests.ui.conftest import settle
from tests.ui.test_deadlines_and_reminders import boxes, start, waiting_case

STORE_PYTHON = r"C:\Users\anna\AppData\Local\Microsoft\WindowsApps\python3.11.exe"
STORE_TEXT = (
    "Reminders at login cannot work with this copy of Python: it comes from the Microsoft "
    "Store, which hides the login entry from Windows. Install Account Assistant with its "
    "installer, or use Python from python.org."
)


def test_an_entry_written_for_another_data_folder_is_brought_up_to_date(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    waiting_case(data_dir, TODAY + dt.timedelta(days=4))
    autostart = LinuxAutostart(tmp_path / "config")
    autostart.enable(["/old/install/account-assistant", "--check-reminders"])
    controller = start(switcher, data_dir, qtbot, Clock(), autostart=autostart)
    window = controller.main_window
    assert window is not None and window.login_action.isChecked()
    command = autostart.exec_command()
    assert command is not None and command[0] != "/old/install/account-assistant"
    assert command[-1] == "--check-reminders"


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_microsoft_store_python_is_told_plainly_and_nothing_is_written(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    waiting_case(data_dir, TODAY + dt.timedelta(days=4))
    autostart = LinuxAutostart(tmp_path / "config")
    controller = start(switcher, data_dir, qtbot, Clock(), autostart=autostart)
    window = controller.main_window
    assert window is not None
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", STORE_PYTHON)
    window.login_action.trigger()
    monkeypatch.undo()
    assert not autostart.path.exists()
    assert not window.login_action.isChecked()
    [notice] = boxes(qapp, "notice")
    expected = italian(STORE_TEXT) if language is Language.ITALIAN else STORE_TEXT
    assert notice.text() == expected
