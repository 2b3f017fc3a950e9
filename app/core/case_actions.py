"""What the user can do with a case in each state (the main window offers exactly these)."""

from __future__ import annotations

from enum import StrEnum

from app.core.case_states import CaseState
from app.core.jobs import Job


class CaseAction(StrEnum):
    MARK_CONFIRMED = "mark_confirmed"
    CHANGE_DEADLINE = "change_deadline"
    ADD_TO_CALENDAR = "add_to_calendar"
    CONTINUE = "continue"  # a draft: carry on from sending the request
    RESTART = "restart"  # expired: the whole procedure starts again
    TRY_AGAIN = "try_again"  # refused: back to the checklist, answers kept
    AMAZON_REFUSED = "amazon_refused"  # a seller closure: Amazon said no, with reasons
    CONFIRMED_IN_TIME = "confirmed_in_time"  # expired here, but the user did confirm it
    MARK_SOLVED = "mark_solved"
    ABANDON = "abandon"
    EDIT_NOTES = "edit_notes"  # any case
    DELETE = "delete"


# Every state is listed, a finished one with nothing to offer; a test walks every CaseState.
_BY_STATE: dict[CaseState, tuple[CaseAction, ...]] = {
    CaseState.DRAFT: (CaseAction.CONTINUE, CaseAction.ABANDON),
    CaseState.WAITING_CONFIRMATION: (
        CaseAction.MARK_CONFIRMED,
        CaseAction.AMAZON_REFUSED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
        CaseAction.ABANDON,
    ),
    CaseState.CONFIRMED: (),
    CaseState.EXPIRED: (CaseAction.RESTART, CaseAction.CONFIRMED_IN_TIME, CaseAction.ABANDON),
    CaseState.REFUSED: (CaseAction.TRY_AGAIN, CaseAction.ABANDON),
    CaseState.ABANDONED: (),
    CaseState.IN_PROGRESS: (CaseAction.MARK_SOLVED, CaseAction.ABANDON),
    CaseState.WAITING_FOR_RESET: (
        CaseAction.MARK_SOLVED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
    ),
    CaseState.SOLVED: (),
}


def actions_for(state: CaseState, job: Job | None = None) -> tuple[CaseAction, ...]:
    """The actions offered for a case in `state`; notes and delete are always there.

    "Amazon refused" is a seller closure's only (`job` given and not a seller closure: not
    offered). A state missing from the table is a KeyError, never a case that silently
    offers less.
    """
    offered = _BY_STATE[state]
    if job is not None and job is not Job.CLOSE_SELLER_ACCOUNT:
        offered = tuple(a for a in offered if a is not CaseAction.AMAZON_REFUSED)
    return (*offered, CaseAction.EDIT_NOTES, CaseAction.DELETE)
