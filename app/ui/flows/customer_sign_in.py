"""'My customer account is blocked, or I can't sign in', on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId
from app.ui.flows.flow_ui import Clock, FlowUi
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.ui.hints.hint_book import HintBook
    from app.ui.wizard.pages.flow_page import FlowPage


def _pages(answers: Answers, _clock: Clock, _book: HintBook) -> dict[PageId, FlowPage]:
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


FLOW_UI = FlowUi(
    job=Job.CUSTOMER_SIGN_IN,
    choice=QT_TRANSLATE_NOOP("JobNames", "My customer account is blocked, or I can't sign in"),
    short_name=QT_TRANSLATE_NOOP("JobNames", "Customer account sign-in"),
    build_pages=_pages,
)
