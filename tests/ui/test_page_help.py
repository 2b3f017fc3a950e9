"""F1, or the wizard's Help button, explains the page the user is on, in the user's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from app.ui.wizard.content.page_help import CONTEXT, HEADINGS, PAGE_HELP, help_sections
from app.ui.wizard.page_help_dialog import PageHelpDialog
from tests.catalog import italian
from tests.ui.closing_steps import Clock, choose_job, launch, name_account, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
B = QWizard.WizardButton


def parts(page: PageId) -> list[str]:
    entry = PAGE_HELP[page]
    return [entry.purpose, entry.next_step, entry.unsure, entry.where]


def in_language(language: Language, source: str) -> str:
    text = italian(source, CONTEXT) if language is Language.ITALIAN else source
    return text.replace("{store}", "amazon.it").replace("{days}", "2")


def answers_at(page: PageId) -> Answers:
    """What a user who reached `page` has answered (enough for the page to show)."""
    job = {
        "SIGN": Job.CUSTOMER_SIGN_IN,
        "CUSTOMER": Job.CLOSE_CUSTOMER_ACCOUNT,
        "SELLER": Job.CLOSE_SELLER_ACCOUNT,
        "RECOVERY": Job.SELLER_SIGN_IN,
    }.get(page.name.split("_")[0])
    seller = job is Job.CLOSE_SELLER_ACCOUNT
    return Answers(
        job=job,
        account_label="Personale",
        region=SellerRegion.EUROPE if seller else None,
        request_sent=page in {PageId.CUSTOMER_CONFIRM, PageId.SELLER_CONFIRM},
        requested_on=NOW.date(),
    )


def help_dialog(qtbot: QtBot) -> PageHelpDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PageHelpDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PageHelpDialog)
    qtbot.waitExposed(dialog)
    return dialog


def press_f1(qtbot: QtBot, w: AssistantWizard, *, in_field: bool = False) -> PageHelpDialog:
    """F1 where the user is: on the widget that has the focus in the wizard."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    target = QApplication.focusWidget() or w
    assert isinstance(target, QLineEdit) or not in_field
    qtbot.keyClick(target, Qt.Key.Key_F1)
    return help_dialog(qtbot)


def close_with_escape(qtbot: QtBot, dialog: PageHelpDialog, w: AssistantWizard) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QApplication.activeModalWidget() is None
    assert w.isVisible()  # only the help closed, not the assistant


def shows_the_help_of(dialog: PageHelpDialog, page: PageId, language: Language) -> None:
    wizard_page = dialog.page
    assert wizard_page.page_id is page
    assert dialog.heading.text() == wizard_page.title()
    assert wizard_page.title() in dialog.windowTitle()
    shown = dialog.text.toPlainText()
    for heading, text in zip(HEADINGS, parts(page), strict=True):
        assert in_language(language, heading) in shown
        assert in_language(language, text) in shown
    assert "{" not in shown


def test_every_page_has_help_in_english_and_italian(switcher: LanguageSwitcher) -> None:
    assert set(PAGE_HELP) == set(PageId)
    for page in PageId:
        english = help_sections(page, "amazon.it")
        assert len(english) == 4
        assert all(heading and text for heading, text in english), page
        assert [text for _, text in english] == [
            in_language(Language.ENGLISH, p) for p in parts(page)
        ]
    switcher.apply(Language.ITALIAN)
    for page in PageId:
        for (heading, text), source in zip(
            help_sections(page, "amazon.it"), parts(page), strict=True
        ):
            assert text == in_language(Language.ITALIAN, source) != source, (page, source)
            assert heading != "" and "{" not in text


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_f1_opens_the_help_of_the_page_and_escape_closes_it(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    w = wizard(launch(switcher, data_dir, qtbot, Clock(), has_cases=False), qtbot)

    dialog = press_f1(qtbot, w)
    shows_the_help_of(dialog, PageId.START, language)
    close_with_escape(qtbot, dialog, w)

    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, "Personale")
    dialog = press_f1(qtbot, w, in_field=True)  # pressed while typing the name
    shows_the_help_of(dialog, PageId.CUSTOMER_ACCOUNT, language)
    close_with_escape(qtbot, dialog, w)
    field = child(w.currentPage(), QLineEdit, "accountLabel")
    assert isinstance(field, QLineEdit) and field.text() == "Personale"  # nothing lost


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_help_button_opens_the_same_help_and_close_closes_it(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    w = wizard(launch(switcher, data_dir, qtbot, Clock(), has_cases=False), qtbot)
    help_button = w.button(B.HelpButton)
    assert help_button.text() == ("&Aiuto" if language is Language.ITALIAN else "&Help")
    # At the left of the button row, before the language button, every other button kept.
    assert help_button.x() < w.button(B.CustomButton1).x() < w.button(B.CancelButton).x()

    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    click(qtbot, help_button)
    dialog = help_dialog(qtbot)
    shows_the_help_of(dialog, PageId.RECOVERY_CREDENTIALS, language)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert w.currentId() == PageId.RECOVERY_CREDENTIALS


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_f1_explains_every_page(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication, language: Language
) -> None:
    switcher.apply(language)
    settle(qapp)
    for page in PageId:
        w = AssistantWizard(switcher, answers_at(page), Clock(NOW), start=page)
        qtbot.addWidget(w)
        w.leave_guard = None
        w.show()
        qtbot.waitExposed(w)
        dialog = press_f1(qtbot, w)
        shows_the_help_of(dialog, page, language)
        close_with_escape(qtbot, dialog, w)
        w.close()


def test_the_open_help_follows_a_change_of_language(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    w = wizard(launch(switcher, data_dir, qtbot, Clock(), has_cases=False), qtbot)
    choose_job(qtbot, w, Job.CUSTOMER_SIGN_IN)
    dialog = press_f1(qtbot, w)
    shows_the_help_of(dialog, PageId.SIGN_IN_OUTAGE, Language.ENGLISH)
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    qtbot.waitUntil(
        lambda: (
            in_language(Language.ITALIAN, PAGE_HELP[PageId.SIGN_IN_OUTAGE].purpose)
            in dialog.text.toPlainText()
        )
    )
    shows_the_help_of(dialog, PageId.SIGN_IN_OUTAGE, Language.ITALIAN)
    close_with_escape(qtbot, dialog, w)
