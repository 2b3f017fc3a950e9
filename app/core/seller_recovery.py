"""Recovering access to Seller Central: eight checks in order, then Seller Support.

Each check ends with "did this solve it?": yes leads to a short wrap-up, no to the next check;
after the last one, the way forward is Seller Support (never a new seller account).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.pages import PageId

if TYPE_CHECKING:  # pydantic is imported only when a case is really made
    from app.core.cases import Case

CHECKS: tuple[PageId, ...] = (
    PageId.RECOVERY_CREDENTIALS,
    PageId.RECOVERY_PASTED_PASSWORD,
    PageId.RECOVERY_TWO_STEP_CODE,
    PageId.RECOVERY_NO_CODE,
    PageId.RECOVERY_COOKIES,
    PageId.RECOVERY_EMAIL_KNOWN,
    PageId.RECOVERY_RESET_PASSWORD,
    PageId.RECOVERY_SIGN_IN_AGAIN,
)

# Amazon answers an identity check "usually within 12 hours" (Seller help), "a couple of
# days at most" (the source): the reminder to look in the inbox comes after two days.
ID_RESET_ANSWER_DAYS = 2


class UnansweredCheck(ValueError):
    """The check's question has no answer yet (the UI keeps Next disabled meanwhile)."""


def after_check(page: PageId) -> Callable[[Answers], PageId]:
    """Where check `page` leads: the wrap-up when it solved the problem, else the next step."""
    position = CHECKS.index(page)
    following = CHECKS[position + 1] if position + 1 < len(CHECKS) else PageId.RECOVERY_SUPPORT

    def decide(answers: Answers) -> PageId:
        solved = answers.checks.get(page.value)
        if solved is None:
            raise UnansweredCheck(page.name)
        return PageId.RECOVERY_SOLVED if solved else following

    return decide


def checks_tried(answers: Answers) -> list[PageId]:
    """The checks the user went through without success, in order."""
    return [page for page in CHECKS if answers.checks.get(page.value) is False]


def recovery_case(
    answers: Answers, last_page: PageId, now: dt.datetime, existing: Case | None = None
) -> Case | None:
    """What a Seller Central recovery leaves in the list when it ends on `last_page`.

    An identity document sent: a case waiting for Amazon's answer, with its reminder date.
    Otherwise, ending at Seller Support with "add this to my list" ticked: a case in progress,
    to follow up. Ending solved, or unticked: nothing. `existing` (the case already saved for
    these answers) is carried on, its history kept.
    """
    case = reset_case(answers, now)
    if case is None and last_page is PageId.RECOVERY_SUPPORT and answers.keep_case:
        from app.core.cases import open_case

        case = open_case(
            Job.SELLER_SIGN_IN,
            answers.account_label,
            answers.store_domain,
            answers.notes,
            now,
            case_id=answers.case_id,
        )
    return _carried_on(existing, case, now) if case is not None else None


def recovery_case_on_leaving(
    answers: Answers, current_page: PageId, now: dt.datetime, existing: Case | None
) -> Case | None:
    """Leaving before the end (Esc, Cancel, quitting) keeps a sent identity document's case:
    its reminder must not be lost. Before that there is nothing to keep."""
    case = reset_case(answers, now)
    return _carried_on(existing, case, now) if case is not None else existing


def _carried_on(existing: Case | None, case: Case, now: dt.datetime) -> Case:
    """`case` as the continuation of `existing`: same opening day and history, the change of
    state (if any) recorded. Keeping the same answers twice gives the same case."""
    if existing is None:
        return case
    from app.core.cases import change_state

    moved = change_state(existing, case.state, now)
    kept = ("label", "store_domain", "notes", "requested_on", "deadline")
    return type(case).model_validate(
        moved.model_dump() | {field: getattr(case, field) for field in kept}
    )


def reset_case(answers: Answers, now: dt.datetime) -> Case | None:
    """A case that waits for Amazon's answer to the identity document, if one was sent."""
    sent = answers.id_document_sent_on
    if sent is None:
        return None
    from app.core.cases import open_case

    case = open_case(
        Job.SELLER_SIGN_IN,
        answers.account_label,
        answers.store_domain,
        answers.notes,
        now,
        state=CaseState.WAITING_FOR_RESET,
        case_id=answers.case_id,
    )
    return type(case).model_validate(
        case.model_dump()
        | {
            "requested_on": sent,
            "deadline": sent + dt.timedelta(days=ID_RESET_ANSWER_DAYS),
        }
    )
