"""A guidance page's own widgets sit where the user reads them, and Tab visits them in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget, QWizardPage
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId
from app.storage.email_hints import SERVICE_NAME, EmailHints
from app.ui.hints.hint_book import HintBook
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.content import customer_sign_in
from app.ui.wizard.pages.contact_page import ContactPage
from app.ui.wizard.pages.email_known_page import EmailKnownPage
from app.ui.wizard.pages.id_reset_page import IdResetPage
from app.ui.wizard.pages.pasted_password_page import PastedPasswordPage
from app.ui.wizard.pages.recovery_credentials_page import RecoveryCredentialsPage
from app.ui.wizard.pages.support_page import SupportPage
from tests.ui.driving import child
from tests.ui.keyring_fakes import MemoryKeyring, wait_for_keyring


def book() -> HintBook:
    hints = EmailHints(backend=MemoryKeyring({(SERVICE_NAME, "Negozio"): "mario@example.com"}))
    return HintBook(lambda: ["Negozio"], lambda labels: None, hints)


def seller() -> Answers:
    return Answers(job=Job.SELLER_SIGN_IN, account_label="Negozio")


Build = Callable[[], QWizardPage]

# Each page, and what a user sees from top to bottom: the page's text first, its own widgets
# between the text and the question (or below the answer), then the Tab order, which today
# visits the page's links and answer first and its own widgets after them.
PAGES: dict[str, tuple[Build, list[str], list[str]]] = {
    "pasted password": (
        lambda: PastedPasswordPage(seller()),
        ["body", "pastedPassword", "promise", "question", "yes", "no"],
        ["yes", "no", "pastedPassword"],
    ),
    "credentials": (
        lambda: RecoveryCredentialsPage(seller(), book()),
        ["body", "accountLabel", "hintShown", "hintEmail", "question", "yes", "no"],
        [
            "yes",
            "no",
            "accountLabel",
            "retryHints",  # shown only when the keyring failed and trying again may help
            "revealHint",
            "forgetHint",
            "hintEmail",
            "rememberHint",
        ],
    ),
    "identity document": (
        lambda: IdResetPage(seller(), lambda: dt.date(2026, 11, 22)),
        ["body", "warning", "documentSent", "reminderNote", "question", "yes", "no"],
        ["yes", "no", "documentSent", "documentSentOn"],
    ),
    "e-mail known": (
        lambda: EmailKnownPage(seller(), book()),
        ["body", "link:seller_sign_in_help", "savedHints", "revealHints", "question", "yes"],
        ["link:seller_sign_in_help", "yes", "no", "revealHints"],
    ),
    "support": (
        lambda: SupportPage(seller()),
        ["body", "link:seller_contact", "copyMessage", "supportMessage", "copyStatus", "keepCase"],
        [
            "link:seller_contact",
            "yes",
            "no",
            "messageLanguage:it",
            "messageLanguage:en",
            "copyMessage",
            "supportMessage",
            "keepCase",
        ],
    ),
    "contact": (
        lambda: ContactPage(
            PageId.SIGN_IN_CONTACT,
            customer_sign_in.CONTACT,
            Answers(job=Job.CUSTOMER_SIGN_IN, account_label="Mamma"),
        ),
        ["body", "link:customer_contact", "warning", "keepCase"],
        ["link:customer_contact", "yes", "no", "keepCase"],
    ),
}


def shown(qtbot: QtBot, build: Build) -> QWizardPage:
    page = build()
    qtbot.addWidget(page)
    page.resize(780, 700)
    page.initializePage()
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("name", PAGES)
def test_a_page_s_own_widgets_sit_between_its_text_and_its_question(
    switcher: LanguageSwitcher, qtbot: QtBot, name: str
) -> None:
    build, top_to_bottom, _ = PAGES[name]
    page = shown(qtbot, build)
    wait_for_keyring(qtbot)  # the saved e-mails are read off the GUI thread
    widgets = [child(page, QWidget, object_name) for object_name in top_to_bottom]
    for widget in widgets:
        assert widget.isVisible(), widget.objectName()
    tops = [widget.mapTo(page, widget.rect().topLeft()).y() for widget in widgets]
    bottoms = [widget.mapTo(page, widget.rect().bottomLeft()).y() for widget in widgets]
    for above, below, bottom, top in zip(widgets, widgets[1:], bottoms, tops[1:], strict=False):
        assert bottom < top, f"{above.objectName()} is not above {below.objectName()}"


@pytest.mark.parametrize("name", PAGES)
def test_tab_visits_the_answer_then_the_page_s_own_widgets(
    switcher: LanguageSwitcher, qtbot: QtBot, name: str
) -> None:
    build, _, tab_order = PAGES[name]
    page = shown(qtbot, build)
    chain: list[str] = []
    widget = page.nextInFocusChain()
    while widget is not page:
        policy = widget.focusPolicy()
        if widget.objectName() and policy.value & Qt.FocusPolicy.TabFocus.value:
            chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert [name for name in chain if not name.startswith("qt_")] == tab_order


def test_the_support_message_grows_with_the_window(
    switcher: LanguageSwitcher, qtbot: QtBot
) -> None:
    page = shown(qtbot, lambda: SupportPage(seller()))
    message = child(page, QPlainTextEdit, "supportMessage")
    before = message.height()
    page.resize(780, 1000)
    qtbot.waitUntil(lambda: message.height() > before + 100)
