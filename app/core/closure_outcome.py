"""The end of a closure flow: the case it leaves behind, new or continued."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.answers import Answers, SellerOutcome
from app.core.case_states import CaseState
from app.core.deadlines import confirmation_deadline
from app.core.jobs import Job
from app.core.pages import PageId

if TYPE_CHECKING:  # pydantic is imported only when a case is really made
    from app.core.cases import Case

CLOSURE_JOBS = frozenset({Job.CLOSE_CUSTOMER_ACCOUNT, Job.CLOSE_SELLER_ACCOUNT})


def state_after(answers: Answers, last_page: PageId) -> CaseState:
    """Where the flow ended says where the case stands."""
    if last_page is PageId.SELLER_REFUSED:
        return CaseState.REFUSED
    if last_page in {PageId.CUSTOMER_CONFIRM, PageId.SELLER_CONFIRM} and answers.request_sent:
        return CaseState.WAITING_CONFIRMATION
    return CaseState.DRAFT


def closure_case(
    answers: Answers, last_page: PageId, now: dt.datetime, existing: Case | None = None
) -> Case:
    """The case for this closure: `existing` carried on (same id, history kept) or a new one."""
    from app.core.cases import change_state, open_case

    if answers.job not in CLOSURE_JOBS:
        raise ValueError(f"not a closure: {answers.job}")
    assert answers.job is not None
    state = state_after(answers, last_page)
    waiting = state is CaseState.WAITING_CONFIRMATION
    requested_on = answers.requested_on if answers.request_sent else None
    deadline = None
    if waiting:
        if requested_on is None:
            raise ValueError("a request waiting for confirmation needs its date")
        deadline = answers.deadline or confirmation_deadline(requested_on)
    if existing is None:
        case = open_case(
            answers.job,
            answers.account_label,
            answers.store_domain,
            answers.notes,
            now,
            state=state,
            case_id=answers.case_id,
        )
    else:
        case = change_state(existing, state, now)
    seller = answers.job is Job.CLOSE_SELLER_ACCOUNT
    refused = answers.seller_outcome is SellerOutcome.REFUSED and state is CaseState.REFUSED
    return type(case).model_validate(  # validated: nothing saved that could not load again
        case.model_dump()
        | {
            "label": answers.account_label.strip(),
            "store_domain": answers.store_domain,
            "notes": answers.notes.strip() if answers.notes.strip() else case.notes,
            "region": answers.region if seller else None,
            "eu_unified": answers.eu_unified if seller else False,
            "requested_on": requested_on,
            "deadline": deadline,
            "refusal_reasons": answers.refusal_reasons.strip() if refused else "",
            "checklist": sorted(answers.checklist),
        }
    )


# Where a closure waits for the user to confirm: reaching it means the request was sent.
_CONFIRM_PAGE = {
    Job.CLOSE_CUSTOMER_ACCOUNT: PageId.CUSTOMER_CONFIRM,
    Job.CLOSE_SELLER_ACCOUNT: PageId.SELLER_CONFIRM,
}


def case_on_leaving(
    answers: Answers, current_page: PageId, now: dt.datetime, existing: Case | None
) -> Case | None:
    """What a closure flow keeps when it is left before its end (Esc, Cancel, quitting...).

    A request marked as sent is never lost: the case waits for confirmation, with its
    deadline (or is refused, when the user is on the refusal page). Before that, an account
    that has a name is kept as a draft; with no name there is nothing to keep. The same
    answers kept again give the same case: saving as the user goes is safe to repeat.
    """
    if answers.job not in CLOSURE_JOBS or not answers.account_label.strip():
        return existing
    assert answers.job is not None
    if answers.request_sent and answers.requested_on is not None:
        page = current_page if current_page is PageId.SELLER_REFUSED else _CONFIRM_PAGE[answers.job]
    else:
        page = current_page
    return closure_case(answers, page, now, existing)


def answers_from_case(case: Case) -> Answers:
    """The answers that lead back to `case`, to continue it or try again."""
    return Answers(
        job=case.job,
        store_domain=case.store_domain,
        account_label=case.label,
        notes=case.notes,
        region=case.region,
        eu_unified=case.eu_unified,
        checklist=set(case.checklist),
        request_sent=case.requested_on is not None,
        requested_on=case.requested_on,
        deadline=case.deadline,
        refusal_reasons=case.refusal_reasons,
        case_id=case.id,
    )
