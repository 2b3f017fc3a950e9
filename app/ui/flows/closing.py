"""What the two closure flows share on screen: their pages and what their deadline says."""

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

CLOSURE_DEADLINE = DeadlineTexts(
    day_before=QT_TRANSLATE_NOOP(
        "Reminders",
        "Tomorrow ({date}) is the last day to confirm the closure of \u201c{account}\u201d. "
        "Look for Amazon's e-mail or text message and press its link.",
    ),
    on_the_day=QT_TRANSLATE_NOOP(
        "Reminders",
        "Today ({date}) is the last day to confirm the closure of \u201c{account}\u201d. "
        "Look for Amazon's e-mail or text message and press its link.",
    ),
    calendar_summary=QT_TRANSLATE_NOOP(
        "Calendar", "Confirm the closure of the Amazon account \u201c{label}\u201d"
    ),
    calendar_description=QT_TRANSLATE_NOOP(
        "Calendar",
        "Amazon sent an e-mail or a text message with a link to confirm the closure. Confirm "
        "it by {date}, or the request is void and everything starts again. Open the link only "
        "if the message really comes from Amazon.",
    ),
    dialog_question=QT_TRANSLATE_NOOP(
        "DeadlineDialog",
        "Confirm the closure of \u201c{label}\u201d by which day? Use the date written "
        "in Amazon's message.",
    ),
)


def closure_flow_ui(job: Job, *, seller: bool, choice: str, short_name: str) -> FlowUi:
    """The screens of a closure job: the closure pages and the closure deadline's texts."""

    def pages(answers: Answers, clock: Clock, book: HintBook) -> dict[PageId, FlowPage]:
        return closure_pages(seller, answers, clock, book)

    return FlowUi(job, choice, short_name, pages, CLOSURE_DEADLINE)


def closure_pages(
    seller: bool, answers: Answers, clock: Clock, book: HintBook
) -> dict[PageId, FlowPage]:
    """The pages of a closure flow; a seller's has two more (Amazon's outcome, a refusal)."""
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
