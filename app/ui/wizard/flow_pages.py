"""The pages of each flow, built only when the user chooses that job (start-up stays light)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId
from app.ui.hints.hint_book import HintBook
from app.ui.wizard.pages.flow_page import FlowPage

Clock = Callable[[], dt.datetime]


def build_pages(job: Job, answers: Answers, clock: Clock, book: HintBook) -> dict[PageId, FlowPage]:
    """Every page of `job`'s flow, sharing `answers`."""
    if job is Job.CUSTOMER_SIGN_IN:
        return _customer_sign_in(answers)
    if job is Job.SELLER_SIGN_IN:
        return _seller_sign_in(answers, clock, book)
    return _closure(job is Job.CLOSE_SELLER_ACCOUNT, answers, clock, book)


def _seller_sign_in(answers: Answers, clock: Clock, book: HintBook) -> dict[PageId, FlowPage]:
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


def _customer_sign_in(answers: Answers) -> dict[PageId, FlowPage]:
    from app.ui.wizard.content import customer_sign_in as content
    from app.ui.wizard.pages.checklist_page import ChecklistPage
    from app.ui.wizard.pages.contact_page import ContactPage
    from app.ui.wizard.pages.guidance_page import GuidancePage

    return {
        PageId.SIGN_IN_OUTAGE: GuidancePage(PageId.SIGN_IN_OUTAGE, content.OUTAGE, answers),
        PageId.SIGN_IN_HELP: GuidancePage(PageId.SIGN_IN_HELP, content.HELP, answers),
        PageId.SIGN_IN_PREPARE: ChecklistPage(PageId.SIGN_IN_PREPARE, content.PREPARE, answers),
        PageId.SIGN_IN_CONTACT: ContactPage(PageId.SIGN_IN_CONTACT, content.CONTACT, answers),
        PageId.SIGN_IN_SOLVED: GuidancePage(PageId.SIGN_IN_SOLVED, content.SOLVED, answers),
    }


def _closure(
    seller: bool, answers: Answers, clock: Clock, book: HintBook
) -> dict[PageId, FlowPage]:
    from app.ui.wizard.pages.closure_account_page import ClosureAccountPage
    from app.ui.wizard.pages.closure_checklist_page import ClosureChecklistPage
    from app.ui.wizard.pages.confirm_page import ConfirmPage
    from app.ui.wizard.pages.irreversible_page import IrreversiblePage
    from app.ui.wizard.pages.refused_page import RefusedPage
    from app.ui.wizard.pages.request_page import RequestPage
    from app.ui.wizard.pages.seller_outcome_page import SellerOutcomePage

    def today() -> dt.date:
        return clock().date()

    first = PageId.SELLER_ACCOUNT if seller else PageId.CUSTOMER_ACCOUNT
    checklist = PageId.SELLER_PREREQUISITES if seller else PageId.CUSTOMER_CHECKLIST
    no_return = PageId.SELLER_IRREVERSIBLE if seller else PageId.CUSTOMER_IRREVERSIBLE
    request = PageId.SELLER_REQUEST if seller else PageId.CUSTOMER_REQUEST
    confirm = PageId.SELLER_CONFIRM if seller else PageId.CUSTOMER_CONFIRM
    pages: dict[PageId, FlowPage] = {
        first: ClosureAccountPage(first, answers, book),
        checklist: ClosureChecklistPage(checklist, answers),
        no_return: IrreversiblePage(no_return, answers),
        request: RequestPage(request, answers, today),
        confirm: ConfirmPage(confirm, answers, clock),
    }
    if seller:
        pages[PageId.SELLER_OUTCOME] = SellerOutcomePage(answers)
        pages[PageId.SELLER_REFUSED] = RefusedPage(answers)
    return pages
