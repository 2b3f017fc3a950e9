"""What the user can do with a case in each state (the main window offers exactly these)."""

from __future__ import annotations

from enum import StrEnum

from app.core.case_states import CaseState


class CaseAction(StrEnum):
    MARK_CONFIRMED = "mark_confirmed"
    CHANGE_DEADLINE = "change_deadline"
    ADD_TO_CALENDAR = "add_to_calendar"
    CONTINUE = "continue"  # a draft: carry on from sending the request
    RESTART = "restart"  # expired: the whole procedure starts again
    TRY_AGAIN = "try_again"  # refused: back to the checklist, answers kept
    MARK_SOLVED = "mark_solved"
    ABANDON = "abandon"
    DELETE = "delete"


# Every state is listed, a finished one with nothing to offer; a test walks every CaseState.
_BY_STATE: dict[CaseState, tuple[CaseAction, ...]] = {
    CaseState.DRAFT: (CaseAction.CONTINUE, CaseAction.ABANDON),
    CaseState.WAITING_CONFIRMATION: (
        CaseAction.MARK_CONFIRMED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
        CaseAction.ABANDON,
    ),
    CaseState.CONFIRMED: (),
    CaseState.EXPIRED: (CaseAction.RESTART, CaseAction.ABANDON),
    CaseState.REFUSED: (CaseAction.TRY_AGAIN, CaseAction.ABANDON),
    CaseState.ABANDONED: (),
    CaseState.IN_PROGRESS: (CaseAction.MARK_SOLVED,),
    CaseState.WAITING_FOR_RESET: (
        CaseAction.MARK_SOLVED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
    ),
    CaseState.SOLVED: (),
}


def actions_for(state: CaseState) -> tuple[CaseAction, ...]:
    """The actions offered for a case in `state`; delete is always there.

    A state missing from the table is a KeyError, never a case that silently offers less.
    """
    return (*_BY_STATE[state], CaseAction.DELETE)
