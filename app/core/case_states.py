"""Where a case can stand, and what each state means for reminders and for the list.

Plain Python, no pydantic: the window's list, the reminders and the flows ask these rules
before the first paint without loading the model of the saved file (`app.core.cases`).
A new state is added to `CaseState` and then, as the tests demand, to every table keyed by
it (`case_actions.py`, the texts in `app/ui/cases/case_texts.py`).
"""

from __future__ import annotations

from enum import StrEnum


class CaseState(StrEnum):
    # The values are written in the saved file: never change one.
    # Closing an account
    DRAFT = "draft"  # prepared, the request not sent yet
    WAITING_CONFIRMATION = "waiting_confirmation"  # sent; Amazon's link must be confirmed
    CONFIRMED = "confirmed"  # the user confirmed the closure: done
    EXPIRED = "expired"  # not confirmed in time: the request is void, start again
    REFUSED = "refused"  # Amazon refused, with reasons to fix
    ABANDONED = "abandoned"  # the user gave up on closing this account
    # Getting help to sign in
    IN_PROGRESS = "in_progress"  # the user is still working on it (e.g. waiting for Amazon)
    WAITING_FOR_RESET = "waiting_for_reset"  # ID document sent: Amazon's e-mail will follow
    SOLVED = "solved"


REMINDING_STATES = frozenset({CaseState.WAITING_CONFIRMATION, CaseState.WAITING_FOR_RESET})
"""States whose deadline gets reminders (the day before and the day itself) and a countdown."""

FINISHED_STATES = frozenset({CaseState.CONFIRMED, CaseState.ABANDONED, CaseState.SOLVED})
"""States in which nothing more is expected of the user: listed last, no reminders."""
