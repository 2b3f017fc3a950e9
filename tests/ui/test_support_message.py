"""The message to Seller Support says only what is true, in the language the user picks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.closing_steps import Clock, choose_job, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click, type_into
from tests.ui.keyring_fakes import MemoryKeyring
from tests.ui.test_seller_recovery_flow import answer, start

ITALIAN_LINE = "- ho inviato il 22/11/2026 un documento d'identità"
ENGLISH_LINE = "- I sent an identity document on 22 November 2026"


def to_support_page(
    qtbot: QtBot, w: AssistantWizard, label: str, send_document: bool
) -> QPlainTextEdit:
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    if label:
        type_into(qtbot, child(w.currentPage(), QLineEdit, "accountLabel"), label)  # type: ignore[arg-type]
    for page in CHECKS:
        if page is PageId.RECOVERY_NO_CODE and send_document:
            click(qtbot, child(w.currentPage(), QCheckBox, "documentSent"))
        answer(qtbot, w, solved=False)
    assert w.current_page_id() is PageId.RECOVERY_SUPPORT
    message = child(w.currentPage(), QPlainTextEdit, "supportMessage")
    assert isinstance(message, QPlainTextEdit)
    return message


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
@pytest.mark.parametrize("send_document", [False, True])
def test_the_identity_document_is_listed_only_when_it_was_sent(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
    send_document: bool,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    text = to_support_page(qtbot, w, "Bottega Rossi", send_document).toPlainText()
    line = ITALIAN_LINE if language is Language.ITALIAN else ENGLISH_LINE
    assert (line in text) is send_document
    assert text.count("\n- ") == len(CHECKS) - (0 if send_document else 1)
    store_line = "Nome del negozio:" if language is Language.ITALIAN else "Store name:"
    assert f"{store_line} Bottega Rossi\n" in text


def test_without_an_account_name_the_store_name_stays_to_fill_in(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    text = to_support_page(qtbot, w, "", send_document=False).toPlainText()
    assert "Store name: [your store name]\n" in text


def answer_the_question(qtbot: QtBot, button_name: str | None, seen: list[QMessageBox]) -> None:
    """Once the question is open, click `button_name` on it (None: press Enter)."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "rewriteMessage"
        seen.append(box)
        if button_name is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            child(box, QPushButton, button_name).click()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_switching_the_message_s_language_writes_it_again_and_asks_if_it_was_edited(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    message = to_support_page(qtbot, w, "Negozio", send_document=True)
    page = w.currentPage()
    other = language.other
    greeting = {Language.ITALIAN: "Buongiorno,", Language.ENGLISH: "Hello,"}
    assert message.toPlainText().startswith(greeting[language])

    # Not edited: the message is written again in the other language, no question.
    click(qtbot, child(page, QRadioButton, f"messageLanguage:{other.value}"))
    assert message.toPlainText().startswith(greeting[other])
    assert (ITALIAN_LINE if other is Language.ITALIAN else ENGLISH_LINE) in message.toPlainText()
    click(qtbot, child(page, QRadioButton, f"messageLanguage:{language.value}"))
    assert message.toPlainText().startswith(greeting[language])

    # Edited: the user is asked, and Enter keeps the text (the default).
    message.moveCursor(message.textCursor().MoveOperation.End)
    type_into(qtbot, message, "P.S. Urgente")
    edited = message.toPlainText()
    seen: list[QMessageBox] = []
    answer_the_question(qtbot, None, seen)
    click(qtbot, child(page, QRadioButton, f"messageLanguage:{other.value}"))
    [box] = seen
    question = "You have changed the message. Write it again in {}? Your changes will be lost."
    expected = question.format("Italian" if other is Language.ITALIAN else "English")
    assert box.text() == (italian(expected) if language is Language.ITALIAN else expected)
    keep = "&Keep my text"
    assert child(box, QPushButton, "keepText").text() == (
        italian(keep) if language is Language.ITALIAN else keep
    )
    assert message.toPlainText() == edited
    assert child(page, QRadioButton, f"messageLanguage:{language.value}").isChecked()
    assert w.answers.support_message_language in ("", language.value)

    # Asked again, the user chooses to write it again.
    answer_the_question(qtbot, "rewrite", seen)
    click(qtbot, child(page, QRadioButton, f"messageLanguage:{other.value}"))
    assert len(seen) == 2
    assert message.toPlainText().startswith(greeting[other])
    assert "P.S. Urgente" not in message.toPlainText()
    assert w.answers.support_message_language == other.value


def test_the_message_grows_with_the_wizard(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    message = to_support_page(qtbot, w, "Negozio", send_document=False)
    w.resize(800, 640)
    settle(qapp)
    small = message.height()
    w.resize(800, 1000)
    qtbot.waitUntil(lambda: message.height() >= small + 300)
    # The message takes the free room: the page leaves no big empty band under it.
    page = w.currentPage()
    bottom = message.mapTo(page, message.rect().bottomLeft()).y()
    assert page.height() - bottom < 80
