"""What the user can do with a case in each state (the main window offers exactly these)."""

from __future__ import annotations

from enum import StrEnum


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


_BY_STATE: dict[str, tuple[CaseAction, ...]] = {
    "draft": (CaseAction.CONTINUE, CaseAction.ABANDON),
    "waiting_confirmation": (
        CaseAction.MARK_CONFIRMED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
        CaseAction.ABANDON,
    ),
    "expired": (CaseAction.RESTART, CaseAction.ABANDON),
    "refused": (CaseAction.TRY_AGAIN, CaseAction.ABANDON),
    "in_progress": (CaseAction.MARK_SOLVED,),
    "waiting_for_reset": (
        CaseAction.MARK_SOLVED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
    ),
}


def actions_for(state: str) -> tuple[CaseAction, ...]:
    """The actions offered for a case in `state` (a CaseState value); delete is always there."""
    return (*_BY_STATE.get(state, ()), CaseAction.DELETE)
