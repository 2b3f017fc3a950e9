"""'I can't sign in to Seller Central', on screen: the checks, and the identity-document wait."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId
from app.ui.flows.flow_ui import Clock, DeadlineTexts, FlowUi
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.ui.hints.hint_book import HintBook
    from app.ui.wizard.pages.flow_page import FlowPage


def _pages(answers: Answers, clock: Clock, book: HintBook) -> dict[PageId, FlowPage]:
    from app.ui.wizard.content import seller_recovery as content
    from app.ui.wizard.pages.email_known_page import EmailKnownPage
    from app.ui.wizard.pages.guidance_page import GuidancePage
    from app.ui.wizard.pages.id_reset_page import IdResetPage
    from app.ui.wizard.pages.pasted_password_page import PastedPasswordPage
    from app.ui.wizard.pages.recovery_credentials_page import RecoveryCredentialsPage
    from app.ui.wizard.pages.support_page import SupportPage

    def today() -> dt.date:
        return clock().date()

    pages: dict[PageId, FlowPage] = {
        page: GuidancePage(page, text, answers) for page, text in content.CHECK_CONTENT.items()
    }
    pages[PageId.RECOVERY_CREDENTIALS] = RecoveryCredentialsPage(answers, book)
    pages[PageId.RECOVERY_PASTED_PASSWORD] = PastedPasswordPage(answers)
    pages[PageId.RECOVERY_NO_CODE] = IdResetPage(answers, today)
    pages[PageId.RECOVERY_EMAIL_KNOWN] = EmailKnownPage(answers, book)
    pages[PageId.RECOVERY_SUPPORT] = SupportPage(answers)
    pages[PageId.RECOVERY_SOLVED] = GuidancePage(PageId.RECOVERY_SOLVED, content.SOLVED, answers)
    return pages


# The case of this job waits for Amazon's answer to an identity document.
IDENTITY_RESET_DEADLINE = DeadlineTexts(
    day_before=QT_TRANSLATE_NOOP(
        "Reminders",
        "Look in your inbox: Amazon usually answers within 12 hours, at most in a couple "
        "of days, about the identity document for \u201c{account}\u201d.",
    ),
    on_the_day=QT_TRANSLATE_NOOP(
        "Reminders",
        "By today ({date}) Amazon should have answered about the identity document for "
        "\u201c{account}\u201d. No e-mail, not even in the spam folder? Contact Seller "
        "Support.",
    ),
    calendar_summary=QT_TRANSLATE_NOOP(
        "Calendar", "Look for Amazon's e-mail about \u201c{label}\u201d"
    ),
    calendar_description=QT_TRANSLATE_NOOP(
        "Calendar",
        "You sent an identity document to reset two-step verification on Seller "
        "Central. Amazon should answer by e-mail by {date}. No answer? Contact Seller "
        "Support; do not open a new seller account.",
    ),
    dialog_question=QT_TRANSLATE_NOOP(
        "DeadlineDialog",
        "By which day should Amazon have answered about the identity document for "
        "\u201c{label}\u201d? Its e-mail usually comes within two days.",
    ),
)

FLOW_UI = FlowUi(
    job=Job.SELLER_SIGN_IN,
    choice=QT_TRANSLATE_NOOP("JobNames", "I can't sign in to Seller Central"),
    short_name=QT_TRANSLATE_NOOP("JobNames", "Seller Central sign-in"),
    build_pages=_pages,
    deadline=IDENTITY_RESET_DEADLINE,
)
