"""A note that looks like it holds a password is warned about before it is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.core.pages import PageId
from app.storage.store import DocumentStore
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.conftest import settle
from tests.ui.driving import child, next_page, type_into
from tests.ui.test_customer_sign_in_flow import answer, choose_blocked_account, start, wizard_of

WARNING = (
    "These notes seem to contain a password. Remove it: the notes are saved on this computer as "
    "plain text, and this app never keeps passwords."
)
QUESTION = (
    "Your notes seem to contain a password. Notes are saved on this computer as plain text, "
    "where anyone using it can read them: remove the password first."
)


def to_the_notes(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> tuple[AssistantWizard, QPlainTextEdit]:
    w = wizard_of(start(switcher, data_dir, qtbot))
    choose_blocked_account(qtbot, w, "amazon.it")
    answer(qtbot, w, yes=False)
    answer(qtbot, w, yes=False)
    assert w.current_page_id() is PageId.SIGN_IN_PREPARE
    notes = child(w.currentPage(), QPlainTextEdit, "notes")
    assert isinstance(notes, QPlainTextEdit)
    return w, notes


def on_the_question(qtbot: QtBot, button: str | None, seen: list[str]) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "passwordInNotes"
        seen.append(box.text())
        if button is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            child(box, QPushButton, button).click()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_password_in_the_notes_is_warned_about_and_not_saved_unasked(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)

    def shown(source: str) -> str:
        return italian(source) if language is Language.ITALIAN else source

    w, notes = to_the_notes(switcher, data_dir, qtbot)
    warning = child(w.currentPage(), QLabel, "notesWarning")
    type_into(qtbot, notes, "Errore 503. ")
    assert not warning.isVisible()
    type_into(qtbot, notes, "La mia password ")
    notes.insertPlainText("\u00e8")  # the è key of an Italian keyboard (keyClicks: ASCII only)
    assert not warning.isVisible()
    type_into(qtbot, notes, " Gatto123")
    assert warning.isVisible()
    assert warning.text() == shown(WARNING)  # type: ignore[attr-defined]

    # Next asks first; Enter (the default) goes back to the notes.
    seen: list[str] = []
    on_the_question(qtbot, None, seen)
    next_page(qtbot, w)
    assert seen == [shown(QUESTION)]
    assert w.current_page_id() is PageId.SIGN_IN_PREPARE
    assert w.focusWidget() is notes  # the wizard's focus, once it is active again

    # The user removes it: the warning goes away and Next goes on, with no question.
    notes.clear()
    type_into(qtbot, notes, "Errore 503")
    assert not warning.isVisible()
    next_page(qtbot, w)
    assert len(seen) == 1
    assert w.current_page_id() is PageId.SIGN_IN_CONTACT
    w.reject()


def test_the_user_may_keep_a_note_that_only_looks_like_a_password(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    w, notes = to_the_notes(switcher, data_dir, qtbot)
    type_into(qtbot, notes, "PIN: the one on the letter")
    seen: list[str] = []
    on_the_question(qtbot, "keepNotes", seen)
    next_page(qtbot, w)
    assert len(seen) == 1
    assert w.current_page_id() is PageId.SIGN_IN_CONTACT
    assert w.answers.notes == "PIN: the one on the letter"
    assert not (data_dir / "account-assistant.json").exists() or all(
        "PIN" not in case.notes
        for case in DocumentStore(data_dir / "account-assistant.json").load().document.cases
    )
    w.reject()
