"""Closing a customer account, on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId
from app.ui.flows.closing import CLOSURE_DEADLINE, closure_pages
from app.ui.flows.flow_ui import Clock, FlowUi
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.ui.hints.hint_book import HintBook
    from app.ui.wizard.pages.flow_page import FlowPage


def _pages(answers: Answers, clock: Clock, book: HintBook) -> dict[PageId, FlowPage]:
    return closure_pages(False, answers, clock, book)


FLOW_UI = FlowUi(
    job=Job.CLOSE_CUSTOMER_ACCOUNT,
    choice=QT_TRANSLATE_NOOP("JobNames", "Close a customer account"),
    short_name=QT_TRANSLATE_NOOP("JobNames", "Closing a customer account"),
    build_pages=_pages,
    deadline=CLOSURE_DEADLINE,
)
