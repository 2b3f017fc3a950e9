"""Every case state has its own name on screen, in English and Italian; a countdown is shown
only for the states whose deadline reminds, and for an expired request."""

from __future__ import annotations

import datetime as dt

from app.core.case_states import FINISHED_STATES, REMINDING_STATES, CaseState
from app.core.languages import Language
from app.ui.cases.case_texts import state_name, time_left
from app.ui.shell.language import LanguageSwitcher
from tests import catalog

TODAY = dt.date(2026, 11, 20)


def test_every_state_has_a_name_of_its_own_in_both_languages(switcher: LanguageSwitcher) -> None:
    english = [state_name(state) for state in CaseState]  # a missing state is a KeyError
    assert all(english)
    assert len(set(english)) == len(english)
    switcher.apply(Language.ITALIAN)
    assert [state_name(state) for state in CaseState] == [catalog.italian(n) for n in english]


def test_a_countdown_only_where_the_deadline_reminds(switcher: LanguageSwitcher) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    for state in CaseState:
        left = time_left(state, tomorrow, TODAY)
        if state in REMINDING_STATES:
            assert left == "1 day left"
        elif state is CaseState.EXPIRED:
            assert left == "expired"
        else:
            assert left == "", state
    assert all(time_left(state, tomorrow, TODAY) == "" for state in FINISHED_STATES)
