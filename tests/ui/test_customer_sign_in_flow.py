"""A user with a blocked customer account walks the wizard from the start page to the end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.pages import PageId
from app.storage.store import DocumentStore, LoadStatus
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.driving import child, click, next_page, press, type_into, visible_texts

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def start(switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot) -> AppController:
    controller = AppController(switcher, data_dir, clock=lambda: NOW)
    window = controller.show_first_window(has_cases=False)
    qtbot.addWidget(window)
    controller.load_document()  # what the app does right after the first paint
    return controller


def wizard_of(controller: AppController) -> AssistantWizard:
    assert controller.wizard is not None
    return controller.wizard


def choose_blocked_account(qtbot: QtBot, wizard: AssistantWizard, store: str) -> None:
    page = wizard.currentPage()
    click(qtbot, child(page, QRadioButton, f"job:{Job.CUSTOMER_SIGN_IN.value}"))
    combo = child(page, QComboBox, "store")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(store))
    next_page(qtbot, wizard)


def answer(qtbot: QtBot, wizard: AssistantWizard, yes: bool) -> None:
    click(qtbot, child(wizard.currentPage(), QRadioButton, "yes" if yes else "no"))
    next_page(qtbot, wizard)


def test_still_blocked_user_prepares_contacts_amazon_and_keeps_the_case(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller = start(switcher, data_dir, qtbot)
    wizard = wizard_of(controller)
    assert wizard.current_page_id() is PageId.START
    choose_blocked_account(qtbot, wizard, "amazon.de")

    assert wizard.current_page_id() is PageId.SIGN_IN_OUTAGE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # answer first
    click(qtbot, child(wizard.currentPage(), QPushButton, "link:home"))
    answer(qtbot, wizard, yes=False)

    assert wizard.current_page_id() is PageId.SIGN_IN_HELP
    click(qtbot, child(wizard.currentPage(), QPushButton, "link:customer_forgot_password"))
    answer(qtbot, wizard, yes=False)

    assert wizard.current_page_id() is PageId.SIGN_IN_PREPARE
    page = wizard.currentPage()
    type_into(qtbot, child(page, QLineEdit, "accountLabel"), "Account di mamma")
    type_into(qtbot, child(page, QPlainTextEdit, "notes"), "Dice: account bloccato")
    next_page(qtbot, wizard)

    assert wizard.current_page_id() is PageId.SIGN_IN_CONTACT
    click(qtbot, child(wizard.currentPage(), QPushButton, "link:customer_contact"))
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert opened_urls == [
        "https://www.amazon.de/",
        "https://www.amazon.de/ap/forgotpassword",
        "https://www.amazon.de/gp/help/customer/contact-us",
    ]
    saved = DocumentStore(data_dir / "account-assistant.json").load()
    assert saved.status is LoadStatus.OK
    [case] = saved.document.cases
    assert (case.job, case.label, case.store_domain) == (
        Job.CUSTOMER_SIGN_IN,
        "Account di mamma",
        "amazon.de",
    )
    assert case.notes == "Dice: account bloccato"
    assert case.state is CaseState.IN_PROGRESS
    assert case.opened_on == NOW.date()
    assert [c.at for c in case.history] == [NOW]

    # The main window now lists it.
    main = controller.main_window
    assert main is not None and main.isVisible()
    qtbot.addWidget(main)
    assert main.model.rowCount() == 1
    row = [main.model.index(0, column).data() for column in range(main.model.columnCount())]
    assert row[:3] == ["Account di mamma (amazon.de)", "Customer account sign-in", "In progress"]
    assert row[3] == "No deadline"


def test_user_who_can_sign_in_after_waiting_finishes_without_a_case(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller = start(switcher, data_dir, qtbot)
    wizard = wizard_of(controller)
    choose_blocked_account(qtbot, wizard, "amazon.it")
    answer(qtbot, wizard, yes=True)
    assert wizard.current_page_id() is PageId.SIGN_IN_SOLVED
    assert "Good: you are back in" in visible_texts(wizard)
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert controller.main_window is None
    assert controller.session.loaded and controller.session.cases() == []
    assert not (data_dir / "account-assistant.json").exists()


def test_solved_by_the_help_page_and_a_declined_case_keep_nothing(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller = start(switcher, data_dir, qtbot)
    wizard = wizard_of(controller)
    choose_blocked_account(qtbot, wizard, "amazon.it")
    answer(qtbot, wizard, yes=False)
    click(qtbot, child(wizard.currentPage(), QPushButton, "link:customer_two_step_help"))
    answer(qtbot, wizard, yes=True)
    assert wizard.current_page_id() is PageId.SIGN_IN_SOLVED
    assert opened_urls == ["https://www.amazon.it/gp/help/customer/display.html?nodeId=201962400"]

    # Back to the help page: it still shows the answer given; the user changes their mind.
    press(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.current_page_id() is PageId.SIGN_IN_HELP
    assert child(wizard.currentPage(), QRadioButton, "yes").isChecked()  # type: ignore[attr-defined]
    answer(qtbot, wizard, yes=False)
    assert wizard.current_page_id() is PageId.SIGN_IN_PREPARE
    next_page(qtbot, wizard)
    click(qtbot, child(wizard.currentPage(), QCheckBox, "keepCase"))
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert controller.main_window is None
    assert controller.session.loaded and controller.session.cases() == []


def test_start_page_offers_every_job_and_the_stores(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    controller = start(switcher, data_dir, qtbot)
    wizard = wizard_of(controller)
    page = wizard.currentPage()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # choose first
    for job in Job:
        button = child(page, QRadioButton, f"job:{job.value}")
        assert button.isVisible() and button.isEnabled()
        assert "not available" not in button.text()  # type: ignore[attr-defined]
    stores = child(page, QComboBox, "store")
    assert isinstance(stores, QComboBox)
    domains = [stores.itemText(i) for i in range(stores.count())]
    assert {
        "amazon.it",
        "amazon.com",
        "amazon.co.uk",
        "amazon.de",
        "amazon.fr",
        "amazon.es",
    } <= set(domains)
