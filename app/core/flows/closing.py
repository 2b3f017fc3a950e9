"""What the two closure flows share: the request page's decision and the case they leave."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.pages import PageId

if TYPE_CHECKING:
    from app.core.cases import Case

# The answers both closure flows fill in.
CLOSURE_ANSWERS: frozenset[str] = frozenset(
    {
        "account_label",
        "notes",
        "checklist",
        "request_sent",
        "requested_on",
        "deadline",
        "start_next_closure",
        "remind_at_login",
        "case_id",
    }
)


def after_request(confirm_page: PageId) -> Callable[[Answers], PageId | None]:
    """Sent: go on to the confirmation; not sent yet: the flow ends (the case is a draft)."""

    def decide(answers: Answers) -> PageId | None:
        return confirm_page if answers.request_sent else None

    return decide


def request_sent(answers: Answers) -> bool:
    """From here on a closure's case waits for confirmation: it is saved at every step."""
    return answers.request_sent and answers.requested_on is not None


def closure_to_case(
    answers: Answers, last_page: PageId, now: dt.datetime, existing: Case | None
) -> Case | None:
    """The closure case: new, or the one being continued or restarted."""
    from app.core.closure_outcome import closure_case

    return closure_case(answers, last_page, now, existing)


def closure_to_case_on_leaving(
    answers: Answers, current_page: PageId, now: dt.datetime, existing: Case | None
) -> Case | None:
    """A sent request waiting for confirmation, a draft, or nothing (see closure_outcome)."""
    from app.core.closure_outcome import case_on_leaving

    return case_on_leaving(answers, current_page, now, existing)
