"""Switching language at any point re-translates everything at once and keeps what was typed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.core.pages import PageId
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian, messages
from tests.ui.conftest import settle
from tests.ui.driving import child, click, next_page, type_into, visible_texts
from tests.ui.test_customer_sign_in_flow import answer, choose_blocked_account, start

B = QWizard.WizardButton


def english_left_over(texts: list[str]) -> list[str]:
    """Visible texts that are still the English source of a message translated differently."""
    screen = "\n".join(texts)
    return sorted(
        m.source
        for m in messages()
        if m.translation != m.source
        and "{" not in m.source
        and len(m.source) > 3
        and m.source in screen
    )


def test_switching_on_a_middle_page_translates_everything_and_keeps_typed_text(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    controller = start(switcher, data_dir, qtbot)
    wizard = controller.wizard
    assert wizard is not None
    choose_blocked_account(qtbot, wizard, "amazon.it")
    answer(qtbot, wizard, yes=False)
    answer(qtbot, wizard, yes=False)
    assert wizard.current_page_id() is PageId.SIGN_IN_PREPARE
    page = wizard.currentPage()
    label = child(page, QLineEdit, "accountLabel")
    notes = child(page, QPlainTextEdit, "notes")
    type_into(qtbot, label, "Personale")
    type_into(qtbot, notes, "Messaggio: account sospeso")
    english = visible_texts(wizard)
    assert "Before you contact Amazon" in english
    assert "&Next >" in english and "< &Back" in english and "Cancel" in english

    # The language button shows the other language, named in itself.
    assert wizard.button(B.CustomButton1).text() == "&Italiano"
    click(qtbot, wizard.button(B.CustomButton1))
    settle(qapp)

    now = visible_texts(wizard)
    assert english_left_over(now) == []
    assert italian("Before you contact Amazon") in now
    # Qt's own buttons come from qtbase_it.qm.
    assert wizard.button(B.NextButton).text() == "&Successivo >"
    assert wizard.button(B.BackButton).text() == "< &Precedente"
    assert wizard.button(B.CancelButton).text() == "Annulla"
    assert wizard.windowTitle() == "Assistente Account"
    assert wizard.button(B.CustomButton1).text() == "&English"
    # Nothing typed is lost, and the answers still lead on.
    assert label.text() == "Personale"  # type: ignore[attr-defined]
    assert notes.toPlainText() == "Messaggio: account sospeso"  # type: ignore[attr-defined]
    next_page(qtbot, wizard)
    assert wizard.current_page_id() is PageId.SIGN_IN_CONTACT
    assert wizard.button(B.FinishButton).text() == "&Fine"
    assert english_left_over(visible_texts(wizard)) == []

    # And back to English.
    click(qtbot, wizard.button(B.CustomButton1))
    settle(qapp)
    assert wizard.button(B.FinishButton).text() == "&Finish"
    assert "Contact Amazon customer service" in visible_texts(wizard)


def test_the_start_page_switch_works_and_the_choice_is_remembered(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    controller = start(switcher, data_dir, qtbot)
    wizard = controller.wizard
    assert wizard is not None
    # One language switch on the start page: the wizard's button, named in the other language.
    assert wizard.currentPage().findChildren(QRadioButton, "language:it") == []
    switch = wizard.button(B.CustomButton1)
    assert switch.text() == "&Italiano"
    click(qtbot, switch)
    settle(qapp)
    assert switcher.current is Language.ITALIAN
    texts = visible_texts(wizard)
    assert italian("What do you need to do?") in texts
    assert english_left_over(texts) == []
    saved_file = data_dir / "account-assistant.json"
    qtbot.waitUntil(saved_file.exists, timeout=5000)  # written a moment later, off the GUI
    saved = json.loads(saved_file.read_text("utf-8"))
    assert saved["preferences"]["language"] == "it"
    assert saved["cases"] == []


def test_the_main_window_follows_the_language_too(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    controller = AppController(switcher, data_dir)
    window = controller.show_first_window(has_cases=True)
    qtbot.addWidget(window)
    controller.load_document()
    assert window.windowTitle() == "Account Assistant"
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    texts = visible_texts(window)
    assert english_left_over(texts) == []
    assert italian("Your cases") in texts
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [
        italian("&File"),
        italian("&Edit"),
        italian("&Reminders"),
        italian("&Language"),
        italian("&Help"),
    ]
    header = window.table.model().headerData(0, window.table.horizontalHeader().orientation())
    assert header == italian("Account")
