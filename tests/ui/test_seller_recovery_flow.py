"""A seller who cannot sign in walks the eight checks, as a user would, in both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS
from app.storage.email_hints import SERVICE_NAME, EmailHints
from app.storage.store import DocumentStore
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from app.ui.wizard.content.seller_recovery import CHECK_CONTENT
from tests.catalog import italian
from tests.ui.closing_steps import NOW, TODAY, Clock, NoAutostart, choose_job, finish, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click, next_page, plain, type_into, visible_texts
from tests.ui.keyring_fakes import MemoryKeyring, wait_for_keyring

B = QWizard.WizardButton
SENTINEL = "Sentinel-Pa55word!"


def start(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    clock: Clock,
    keyring: MemoryKeyring | None = None,
) -> AppController:
    hints = EmailHints(backend=keyring) if keyring is not None else None
    controller = AppController(
        switcher, data_dir, clock=clock, autostart=NoAutostart(), hints=hints
    )
    qtbot.addWidget(controller.show_first_window(has_cases=False))
    controller.load_document()
    return controller


def answer(qtbot: QtBot, w: AssistantWizard, solved: bool) -> None:
    click(qtbot, child(w.currentPage(), QRadioButton, "yes" if solved else "no"))
    next_page(qtbot, w)


def translated(language: Language, source: str) -> str:
    return italian(source) if language is Language.ITALIAN else source


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
@pytest.mark.parametrize("solved_at", range(len(CHECKS)))
def test_solved_at_each_check_ends_on_the_wrap_up(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
    solved_at: int,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    for position, page in enumerate(CHECKS[: solved_at + 1]):
        assert w.current_page_id() is page
        assert not w.button(B.NextButton).isEnabled()  # answer first
        assert w.currentPage().title() == translated(language, CHECK_CONTENT[page].title)
        answer(qtbot, w, solved=position == solved_at)
    assert w.current_page_id() is PageId.RECOVERY_SOLVED
    assert translated(language, "Good: you are back in Seller Central") in visible_texts(w)
    finish(qtbot, w)
    assert controller.session.loaded and controller.session.cases() == []


def through_all_checks(qtbot: QtBot, w: AssistantWizard, label: str = "Negozio") -> None:
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    type_into(qtbot, child(w.currentPage(), QLineEdit, "accountLabel"), label)  # type: ignore[arg-type]
    for _ in CHECKS:
        answer(qtbot, w, solved=False)


def test_still_stuck_the_message_must_be_filled_in_before_it_is_copied(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
) -> None:
    QGuiApplication.clipboard().setText("something else")
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    through_all_checks(qtbot, w)
    assert w.current_page_id() is PageId.RECOVERY_SUPPORT
    page = w.currentPage()
    message = child(page, QPlainTextEdit, "supportMessage")
    assert isinstance(message, QPlainTextEdit)
    text = message.toPlainText()
    assert "I typed the password instead of pasting it" in text
    assert "I have not opened a new seller account" in text
    click(qtbot, child(page, QPushButton, "copyMessage"))
    status = child(page, QLabel, "copyStatus").text()  # type: ignore[attr-defined]
    assert status.startswith("Fill in these parts first: [the account's e-mail address]")
    assert "Store name: Negozio\n" in text
    assert QGuiApplication.clipboard().text() == "something else"

    # In Italian, for Seller Support in Italy; the user fills in the brackets.
    click(qtbot, child(page, QRadioButton, "messageLanguage:it"))
    text = message.toPlainText()
    assert text.startswith("Buongiorno,")
    for placeholder in (
        "[indirizzo e-mail dell'account]",
        "[copia qui il messaggio di errore]",
        "[il tuo nome]",
    ):
        text = text.replace(placeholder, "Rossi")
    message.setPlainText(text)
    click(qtbot, child(page, QPushButton, "copyMessage"))
    assert QGuiApplication.clipboard().text() == text
    click(qtbot, child(page, QPushButton, "link:seller_contact"))
    assert opened_urls == ["https://sellercentral.amazon.com/cu/contact-us"]
    finish(qtbot, w)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_identity_document_reminder_is_saved_shown_and_reminds(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    clock = Clock()
    controller = start(switcher, data_dir, qtbot, clock, MemoryKeyring({}))
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    type_into(qtbot, child(w.currentPage(), QLineEdit, "accountLabel"), "Negozio")  # type: ignore[arg-type]
    for page in CHECKS:
        if page is PageId.RECOVERY_NO_CODE:
            click(qtbot, child(w.currentPage(), QCheckBox, "documentSent"))
        answer(qtbot, w, solved=False)
    finish(qtbot, w)

    [case] = DocumentStore(data_dir / "account-assistant.json").load().document.cases
    assert case.job is Job.SELLER_SIGN_IN and case.state is CaseState.WAITING_FOR_RESET
    assert (case.label, case.requested_on, case.deadline) == (
        "Negozio",
        TODAY,
        TODAY + dt.timedelta(days=2),
    )
    window = controller.main_window
    assert window is not None and window.isVisible()
    row = [window.model.index(0, c).data() for c in range(window.model.columnCount())]
    assert row[2] == translated(language, "Waiting for Amazon's e-mail")
    assert row[4] == ("2 giorni rimasti" if language is Language.ITALIAN else "2 days left")

    clock.now = NOW + dt.timedelta(days=1)
    assert controller.reminders is not None
    [message] = controller.reminders.check(at_start_up=False)
    assert "Negozio" in message
    opening = "Controlla la posta:" if language is Language.ITALIAN else "Look in your inbox:"
    assert message.startswith(opening)
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def test_e_mail_hints_are_saved_masked_revealed_and_listed(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
) -> None:
    keyring = MemoryKeyring({})
    controller = start(switcher, data_dir, qtbot, Clock(), keyring)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    page = w.currentPage()
    type_into(qtbot, child(page, QLineEdit, "accountLabel"), "Negozio")  # type: ignore[arg-type]
    email = child(page, QLineEdit, "hintEmail")
    type_into(qtbot, email, "not an address")  # type: ignore[arg-type]
    click(qtbot, child(page, QPushButton, "rememberHint"))
    problem = child(page, QLabel, "hintProblem")
    assert problem.isVisible() and "does not look like an e-mail address" in problem.text()  # type: ignore[attr-defined]
    email.clear()  # type: ignore[attr-defined]
    type_into(qtbot, email, "  Mario.Rossi@Example.COM ")  # type: ignore[arg-type]
    click(qtbot, child(page, QPushButton, "rememberHint"))
    wait_for_keyring(qtbot)  # the keyring is called off the GUI thread
    shown = child(page, QLabel, "hintShown")
    assert shown.text() == "Saved e-mail: M•••@example.com"  # type: ignore[attr-defined]
    click(qtbot, child(page, QPushButton, "revealHint"))
    assert shown.text() == "Saved e-mail: Mario.Rossi@example.com"  # type: ignore[attr-defined]
    assert keyring.entries == {(SERVICE_NAME, "Negozio"): "Mario.Rossi@example.com"}
    saved = (data_dir / "account-assistant.json").read_text("utf-8")
    assert '"Negozio"' in saved and "Rossi@" not in saved  # the name, never the e-mail

    for _ in range(5):
        answer(qtbot, w, solved=False)
    assert w.current_page_id() is PageId.RECOVERY_EMAIL_KNOWN
    listed = plain(child(w.currentPage(), QLabel, "savedHints").text())  # type: ignore[attr-defined]
    assert "Negozio: M•••@example.com" in listed


def test_without_a_keyring_hints_say_they_are_off_and_the_flow_works(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
) -> None:
    controller = start(switcher, data_dir, qtbot, Clock())  # the system's: no bus in tests
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    off = child(w.currentPage(), QLabel, "hintsOff")
    assert off.isVisible()
    assert off.text().startswith("E-mail hints are off on this system.")  # type: ignore[attr-defined]
    assert not child(w.currentPage(), QLineEdit, "hintEmail").isVisible()
    answer(qtbot, w, solved=True)
    assert w.current_page_id() is PageId.RECOVERY_SOLVED


def test_a_pasted_password_is_checked_and_leaves_no_trace(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    import logging

    from app.storage.log_file import configure_logging

    log_file = configure_logging(data_dir)  # the app's real log, at the most detailed level
    assert log_file is not None
    logging.getLogger().setLevel(logging.DEBUG)
    keyring = MemoryKeyring({})
    controller = start(switcher, data_dir, qtbot, Clock(), keyring)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    answer(qtbot, w, solved=False)
    assert w.current_page_id() is PageId.RECOVERY_PASTED_PASSWORD
    page = w.currentPage()
    field = child(page, QLineEdit, "pastedPassword")
    assert isinstance(field, QLineEdit)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    QGuiApplication.clipboard().setText(SENTINEL + " \u200b")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == SENTINEL + " \u200b"
    findings = plain(child(page, QLabel, "findings").text())  # type: ignore[attr-defined]
    assert "It ends with a space or a tab" in findings
    assert "invisible character: zero-width space (position: 20)" in findings
    assert SENTINEL not in " ".join(visible_texts(w))

    answer(qtbot, w, solved=False)  # leave the page
    assert field.text() == ""
    assert not field.isUndoAvailable()
    field.undo()
    assert field.text() == ""
    assert SENTINEL not in QGuiApplication.clipboard().text()
    assert SENTINEL not in repr(w.answers)
    assert all(SENTINEL not in value for value in keyring.entries.values())
    w.reject()
    qapp.processEvents()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file.exists()
    for folder in (data_dir, Path.home()):
        for path in folder.rglob("*"):
            if path.is_file():
                assert SENTINEL.encode() not in path.read_bytes(), path


def test_hints_are_added_changed_revealed_and_forgotten_from_the_main_window(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.hints.hints_dialog import HintsDialog

    keyring = MemoryKeyring({})
    controller = AppController(
        switcher,
        data_dir,
        clock=Clock(),
        autostart=NoAutostart(),
        hints=EmailHints(backend=keyring),
    )
    window = controller.show_first_window(has_cases=True)
    qtbot.addWidget(window)
    controller.load_document()
    opened: list[HintsDialog] = []
    monkeypatch.setattr(HintsDialog, "exec", lambda self: opened.append(self) or 0)
    # Kept while the test uses it (the keyring's answers arrive as events, which would
    # also delete a dialog whose exec() has returned).
    monkeypatch.setattr(HintsDialog, "deleteLater", lambda self: None)
    controller.main_window.hints_action.trigger()  # type: ignore[union-attr]
    [dialog] = opened
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.account.setEditText("Mamma")
    email = child(dialog, QLineEdit, "hintEmail")
    type_into(qtbot, email, "anna@example.it")  # type: ignore[arg-type]
    click(qtbot, child(dialog, QPushButton, "rememberHint"))
    wait_for_keyring(qtbot)  # the keyring is called off the GUI thread
    type_into(qtbot, email, "anna.bianchi@example.it")  # type: ignore[arg-type]
    click(qtbot, child(dialog, QPushButton, "rememberHint"))  # changed
    wait_for_keyring(qtbot)
    assert keyring.entries == {(SERVICE_NAME, "Mamma"): "anna.bianchi@example.it"}
    assert [dialog.account.itemText(i) for i in range(dialog.account.count())] == ["Mamma"]
    click(qtbot, child(dialog, QPushButton, "revealHint"))
    assert child(dialog, QLabel, "hintShown").text() == (  # type: ignore[attr-defined]
        "Saved e-mail: anna.bianchi@example.it"
    )
    click(qtbot, child(dialog, QPushButton, "forgetHint"))
    wait_for_keyring(qtbot)
    assert keyring.entries == {}
    assert controller.session.loaded and controller.session.hint_labels() == []
    assert child(dialog, QLabel, "hintShown").text() == (  # type: ignore[attr-defined]
        "No e-mail saved for this account yet."
    )
