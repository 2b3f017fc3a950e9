"""A name for an account pasted with a line break, a direction trick or only spaces is refused
with a message, on every page and dialog where an account is named; nothing is saved with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.storage.email_hints import EmailHints
from app.ui.hints.hint_book import HintBook
from app.ui.hints.hints_dialog import HintsDialog
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.closing_steps import Clock, choose_job, launch, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click, next_page, type_into
from tests.ui.keyring_fakes import MemoryKeyring

NEXT = QWizard.WizardButton.NextButton


def paste(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QApplication.clipboard().setText(text)
    field.paste()


def name_field(w: AssistantWizard) -> QLineEdit:
    field = child(w.currentPage(), QLineEdit, "accountLabel")
    assert isinstance(field, QLineEdit)
    return field


def warning(parent: QWizard | HintsDialog) -> QLabel:
    found = [label for label in parent.findChildren(QLabel, "labelProblem") if label.isVisible()]
    assert len(found) <= 1
    return found[0] if found else QLabel()


def test_a_pasted_line_break_stops_the_closure_until_the_name_is_typed_again(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    assert w.current_page_id() is PageId.CUSTOMER_ACCOUNT
    field = name_field(w)

    paste(field, "Account di mamma\nOrdini 2019")
    assert "line break" in warning(w).text()
    assert not w.button(NEXT).isEnabled()
    assert field.text() == "Account di mamma\nOrdini 2019"  # kept, to be corrected

    paste(field, "   ")
    assert "only spaces" in warning(w).text()
    assert not w.button(NEXT).isEnabled()

    paste(field, "Shop \u202egnp.exe")
    assert "direction of the text" in warning(w).text()
    assert not w.button(NEXT).isEnabled()

    field.clear()
    type_into(qtbot, field, "Account di mamma")
    field.insert(" 👩")  # as an emoji picker or input method enters it
    assert not warning(w).isVisible()
    assert w.button(NEXT).isEnabled()
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.CUSTOMER_CHECKLIST


def test_the_message_is_in_italian_and_follows_a_language_switch(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_SELLER_ACCOUNT)
    paste(name_field(w), "Negozio\tEuropa")
    english = warning(w).text()
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    assert warning(w).text() == italian(
        "The name contains a line break, a tab or another invisible character, probably "
        "pasted with it. Type the name again on one line."
    )
    assert warning(w).text() != english
    assert name_field(w).text() == "Negozio\tEuropa"


def test_an_optional_name_may_stay_empty_but_not_hold_a_control_character(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CUSTOMER_SIGN_IN)
    for _ in range(2):  # "is it an outage?" no; "did the help solve it?" no
        click_no(qtbot, w)
    assert w.current_page_id() is PageId.SIGN_IN_PREPARE
    assert w.button(NEXT).isEnabled()  # no name needed here
    paste(name_field(w), "Personale\x07")
    assert "invisible character" in warning(w).text()
    assert not w.button(NEXT).isEnabled()
    name_field(w).clear()
    assert w.button(NEXT).isEnabled()


def click_no(qtbot: QtBot, w: AssistantWizard) -> None:
    click(qtbot, child(w.currentPage(), QRadioButton, "no"))  # type: ignore[arg-type]
    next_page(qtbot, w)


def test_an_e_mail_is_not_remembered_under_a_name_with_a_hidden_character(
    qtbot: QtBot,
) -> None:
    names: list[str] = []
    book = HintBook(names.copy, names.extend, EmailHints(backend=MemoryKeyring({})))
    dialog = HintsDialog(book)
    qtbot.addWidget(dialog)
    dialog.show()
    combo_edit = dialog.account.lineEdit()
    assert combo_edit is not None
    paste(combo_edit, "Negozio\r\n")
    assert "line break" in warning(dialog).text()
    assert not child(dialog, QPushButton, "rememberHint").isEnabled()
    paste(combo_edit, "Negozio")
    assert not warning(dialog).isVisible()
    assert child(dialog, QPushButton, "rememberHint").isEnabled()
