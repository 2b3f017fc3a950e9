"""Promise: no password or code the user pastes is ever written anywhere.

One whole session, as a worried seller lives it: the user pastes their password (with the
2-step code stuck to it, as Amazon's alternate sign-in has them typed) into the pasted-password
check, walks every check of the sign-in recovery to the support message and copies it, then
checks a suspicious link that carries the same password, and a sender. The app's real log runs
at its most detailed level throughout. Afterwards not one byte of the password or the code is
in the data folder, the home folder (settings, autostart, anything), the log, the keyring, the
clipboard, the answers kept in memory, or on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS
from app.storage.log_file import configure_logging
from app.ui.checker.checker_dialog import CheckerDialog
from app.ui.shell.language import LanguageSwitcher
from tests.ui.checker_steps import ask
from tests.ui.closing_steps import Clock, choose_job, finish, wizard
from tests.ui.driving import child, click, plain, type_into, visible_texts
from tests.ui.keyring_fakes import MemoryKeyring
from tests.ui.test_seller_recovery_flow import answer, start

PASSWORD = "Sentinel-Pa55word!"
CODE = "418207"  # a 2-step verification code


@pytest.fixture
def detailed_log(data_dir: Path) -> Iterator[Path]:
    """The app's real log file, recording everything, for the length of the test."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    log_file = configure_logging(data_dir)
    assert log_file is not None
    root.setLevel(logging.DEBUG)
    yield log_file
    for handler in root.handlers:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from (path for path in folder.rglob("*") if path.is_file())


def test_a_pasted_password_and_code_leave_no_trace_anywhere(
    switcher: LanguageSwitcher,
    data_dir: Path,
    detailed_log: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    opened_urls: list[str],
) -> None:
    keyring = MemoryKeyring({})
    controller = start(switcher, data_dir, qtbot, Clock(), keyring)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    page = w.currentPage()
    type_into(qtbot, child(page, QLineEdit, "accountLabel"), "Negozio")  # type: ignore[arg-type]
    type_into(qtbot, child(page, QLineEdit, "hintEmail"), "mario.rossi@example.com")  # type: ignore[arg-type]
    click(qtbot, child(page, QPushButton, "rememberHint"))
    answer(qtbot, w, solved=False)

    assert w.current_page_id() is PageId.RECOVERY_PASTED_PASSWORD
    field = child(w.currentPage(), QLineEdit, "pastedPassword")
    assert isinstance(field, QLineEdit)
    QGuiApplication.clipboard().setText(f" {PASSWORD}{CODE}")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "starts with a space" in plain(child(w.currentPage(), QLabel, "findings").text())  # type: ignore[attr-defined]

    for check in CHECKS[1:]:
        assert w.current_page_id() is check
        answer(qtbot, w, solved=False)
    assert w.current_page_id() is PageId.RECOVERY_SUPPORT
    message = child(w.currentPage(), QPlainTextEdit, "supportMessage")
    assert isinstance(message, QPlainTextEdit)
    filled = message.toPlainText()
    for placeholder in ("[your store name]", "[the account's e-mail address]", "[your name]"):
        filled = filled.replace(placeholder, "Mario")
    message.setPlainText(filled.replace("[paste the error message here]", "Errore"))
    click(qtbot, child(w.currentPage(), QPushButton, "copyMessage"))
    finish(qtbot, w)

    verdicts: list[str] = []

    def use_the_checker(dialog: CheckerDialog) -> int:
        dialog.show()
        for text in (
            f"https://mario:{PASSWORD}@www.amazon.it.evil.example/login?otp={CODE}",
            f"Amazon <{CODE}@pagamenti-amazon.it>",
        ):
            verdicts.append(ask(qtbot, dialog, text)[0])
        dialog.close()
        return 0

    monkeypatch.setattr(CheckerDialog, "exec", use_the_checker)
    window = controller.open_main_window()
    click(qtbot, child(window, QPushButton, "checker"))
    assert verdicts == ["This is not Amazon.", "This is not Amazon."]

    shown = " ".join(visible_texts(window))
    qapp.processEvents()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert detailed_log.stat().st_size > 0  # the log did record the session
    secrets = (PASSWORD, CODE)
    for secret in secrets:
        assert secret not in shown
        assert secret not in QGuiApplication.clipboard().text()
        assert secret not in repr(w.answers)
        assert all(secret not in value for value in keyring.entries.values())
        assert all(secret not in url for url in opened_urls)
        for path in files_under(data_dir, Path.home()):
            assert secret.encode() not in path.read_bytes(), path
