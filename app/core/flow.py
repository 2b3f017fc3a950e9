"""Which wizard page follows which, given the answers: data plus small pure functions.

The Qt wizard asks `next_page()` from `QWizardPage.nextId()`; nothing here knows about Qt,
so every path through every flow is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.core.answers import Answers, SellerOutcome
from app.core.jobs import Job, is_available
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS, UnansweredCheck, after_check

Next = PageId | Callable[[Answers], PageId | None] | None


class FlowError(ValueError):
    """The answers do not allow going on from this page (a programming error, not user input)."""


def _after_start(answers: Answers) -> PageId:
    if answers.job is None:
        raise FlowError("no job chosen on the start page")
    if not is_available(answers.job):
        raise FlowError(f"the {answers.job.value} flow is not available in this version")
    return FIRST_PAGE[answers.job]


def _after_outage(answers: Answers) -> PageId:
    if answers.works_after_waiting is None:
        raise FlowError("the outage question was not answered")
    return PageId.SIGN_IN_SOLVED if answers.works_after_waiting else PageId.SIGN_IN_HELP


def _after_help(answers: Answers) -> PageId:
    if answers.solved_by_help_page is None:
        raise FlowError("the help-page question was not answered")
    return PageId.SIGN_IN_SOLVED if answers.solved_by_help_page else PageId.SIGN_IN_PREPARE


def _after_request(confirm_page: PageId) -> Callable[[Answers], PageId | None]:
    """Sent: go on to the confirmation; not sent yet: the flow ends (the case is a draft)."""

    def decide(answers: Answers) -> PageId | None:
        return confirm_page if answers.request_sent else None

    return decide


def _after_seller_account(answers: Answers) -> PageId:
    if answers.region is None:
        raise FlowError("no seller region chosen")
    return PageId.SELLER_PREREQUISITES


def _after_seller_outcome(answers: Answers) -> PageId:
    if answers.seller_outcome is None:
        raise FlowError("the outcome was not answered")
    if answers.seller_outcome is SellerOutcome.REFUSED:
        return PageId.SELLER_REFUSED
    return PageId.SELLER_CONFIRM


FIRST_PAGE: Mapping[Job, PageId] = {
    Job.CUSTOMER_SIGN_IN: PageId.SIGN_IN_OUTAGE,
    Job.CLOSE_CUSTOMER_ACCOUNT: PageId.CUSTOMER_ACCOUNT,
    Job.CLOSE_SELLER_ACCOUNT: PageId.SELLER_ACCOUNT,
    Job.SELLER_SIGN_IN: PageId.RECOVERY_CREDENTIALS,
}

# Where a closure starts again: after a refusal, from the checklist (the answers are kept);
# after an expiry, from the beginning; a draft goes on from sending the request.
RETRY_PAGE: Mapping[Job, PageId] = {
    Job.CLOSE_CUSTOMER_ACCOUNT: PageId.CUSTOMER_CHECKLIST,
    Job.CLOSE_SELLER_ACCOUNT: PageId.SELLER_PREREQUISITES,
}
REQUEST_PAGE: Mapping[Job, PageId] = {
    Job.CLOSE_CUSTOMER_ACCOUNT: PageId.CUSTOMER_REQUEST,
    Job.CLOSE_SELLER_ACCOUNT: PageId.SELLER_REQUEST,
}

TRANSITIONS: Mapping[PageId, Next] = {
    PageId.START: _after_start,
    PageId.SIGN_IN_OUTAGE: _after_outage,
    PageId.SIGN_IN_HELP: _after_help,
    PageId.SIGN_IN_PREPARE: PageId.SIGN_IN_CONTACT,
    PageId.SIGN_IN_CONTACT: None,
    PageId.SIGN_IN_SOLVED: None,
    PageId.CUSTOMER_ACCOUNT: PageId.CUSTOMER_CHECKLIST,
    PageId.CUSTOMER_CHECKLIST: PageId.CUSTOMER_IRREVERSIBLE,
    PageId.CUSTOMER_IRREVERSIBLE: PageId.CUSTOMER_REQUEST,
    PageId.CUSTOMER_REQUEST: _after_request(PageId.CUSTOMER_CONFIRM),
    PageId.CUSTOMER_CONFIRM: None,
    PageId.SELLER_ACCOUNT: _after_seller_account,
    PageId.SELLER_PREREQUISITES: PageId.SELLER_IRREVERSIBLE,
    PageId.SELLER_IRREVERSIBLE: PageId.SELLER_REQUEST,
    PageId.SELLER_REQUEST: _after_request(PageId.SELLER_OUTCOME),
    PageId.SELLER_OUTCOME: _after_seller_outcome,
    PageId.SELLER_CONFIRM: None,
    PageId.SELLER_REFUSED: None,
    **{check: after_check(check) for check in CHECKS},
    PageId.RECOVERY_SUPPORT: None,
    PageId.RECOVERY_SOLVED: None,
}


def next_page(current: PageId, answers: Answers) -> PageId | None:
    """The page after `current`, or None when `current` is the last one of its flow."""
    step = TRANSITIONS[current]
    if step is None or isinstance(step, PageId):
        return step
    try:
        return step(answers)
    except UnansweredCheck as unanswered:
        raise FlowError(f"check {unanswered} was not answered") from unanswered


def is_last(page: PageId) -> bool:
    """True for a page after which the flow always ends (others may end on some answers)."""
    return TRANSITIONS[page] is None


def walk(answers: Answers, start: PageId = PageId.START) -> list[PageId]:
    """Every page a user with these answers sees, in order, from `start` to the end."""
    pages = [start]
    while (following := next_page(pages[-1], answers)) is not None:
        if following in pages:
            raise FlowError(f"the flow loops back to {following.name}")
        pages.append(following)
    return pages
