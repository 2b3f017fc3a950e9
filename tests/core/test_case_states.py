"""The per-state rules: every CaseState is in every table, and the tables agree (no Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.core.case_actions import CaseAction, actions_for
from app.core.case_states import FINISHED_STATES, REMINDING_STATES, CaseState

S = CaseState
REPO = Path(__file__).resolve().parents[2]

OFFERED = {
    S.DRAFT: {CaseAction.CONTINUE, CaseAction.ABANDON},
    S.WAITING_CONFIRMATION: {
        CaseAction.MARK_CONFIRMED,
        CaseAction.AMAZON_REFUSED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
        CaseAction.ABANDON,
    },
    S.CONFIRMED: set(),
    S.EXPIRED: {CaseAction.RESTART, CaseAction.CONFIRMED_IN_TIME, CaseAction.ABANDON},
    S.REFUSED: {CaseAction.TRY_AGAIN, CaseAction.ABANDON},
    S.ABANDONED: set(),
    S.IN_PROGRESS: {CaseAction.MARK_SOLVED, CaseAction.ABANDON},
    S.WAITING_FOR_RESET: {
        CaseAction.MARK_SOLVED,
        CaseAction.CHANGE_DEADLINE,
        CaseAction.ADD_TO_CALENDAR,
    },
    S.SOLVED: set(),
}


def test_the_saved_values_never_change() -> None:
    assert [state.value for state in CaseState] == [
        "draft",
        "waiting_confirmation",
        "confirmed",
        "expired",
        "refused",
        "abandoned",
        "in_progress",
        "waiting_for_reset",
        "solved",
    ]


def test_this_test_knows_every_state() -> None:
    assert set(OFFERED) == set(CaseState)


@pytest.mark.parametrize("state", list(CaseState))
def test_each_state_offers_its_actions_and_delete(state: CaseState) -> None:
    offered = actions_for(state)  # a state missing from the table is a KeyError
    assert set(offered) == OFFERED[state] | {CaseAction.EDIT_NOTES, CaseAction.DELETE}
    assert offered[-1] is CaseAction.DELETE
    assert len(set(offered)) == len(offered)


def test_finished_states_offer_no_reminders_and_nothing_but_delete() -> None:
    assert FINISHED_STATES.isdisjoint(REMINDING_STATES)
    for state in FINISHED_STATES:
        assert actions_for(state) == (CaseAction.EDIT_NOTES, CaseAction.DELETE)


def test_every_open_state_offers_a_way_forward() -> None:
    assert {S.CONFIRMED, S.ABANDONED, S.SOLVED} == FINISHED_STATES
    for state in set(CaseState) - FINISHED_STATES:
        rest = set(actions_for(state)) - {CaseAction.EDIT_NOTES, CaseAction.DELETE}
        assert rest, f"{state} leads nowhere"


def test_a_deadline_that_reminds_can_be_changed_and_put_in_a_calendar() -> None:
    assert {S.WAITING_CONFIRMATION, S.WAITING_FOR_RESET} == REMINDING_STATES
    for state in CaseState:
        offered = set(actions_for(state))
        assert (CaseAction.CHANGE_DEADLINE in offered) == (state in REMINDING_STATES)
        assert (CaseAction.ADD_TO_CALENDAR in offered) == (state in REMINDING_STATES)


def test_the_states_and_their_actions_load_without_pydantic() -> None:
    code = (
        "import sys\n"
        "import app.core.case_actions, app.core.case_states\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=REPO,
    )
    assert out.stdout.strip() == "[]"


def test_only_a_seller_closure_can_record_amazon_s_refusal() -> None:
    from app.core.jobs import Job

    waiting = S.WAITING_CONFIRMATION
    assert CaseAction.AMAZON_REFUSED in actions_for(waiting, Job.CLOSE_SELLER_ACCOUNT)
    assert CaseAction.AMAZON_REFUSED not in actions_for(waiting, Job.CLOSE_CUSTOMER_ACCOUNT)
