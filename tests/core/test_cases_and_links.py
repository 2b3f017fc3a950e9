"""Cases kept after the sign-in flow, their history, and the official links per store."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.answers import Answers
from app.core.case_states import CaseState
from app.core.cases import change_state, open_case
from app.core.customer_sign_in import case_to_keep
from app.core.jobs import Job
from app.core.official_links import Certainty, link_for_store, official_links
from app.core.pages import PageId
from app.core.stores import STORES, store_by_domain

NOW = dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_contacting_amazon_keeps_a_case_with_the_users_words() -> None:
    answers = Answers(
        job=Job.CUSTOMER_SIGN_IN,
        store_domain="amazon.de",
        account_label="  Mamma  ",
        notes="Errore dopo il codice\n",
        keep_case=True,
    )
    case = case_to_keep(answers, PageId.SIGN_IN_CONTACT, NOW)
    assert case is not None
    assert (case.label, case.store_domain, case.notes) == (
        "Mamma",
        "amazon.de",
        "Errore dopo il codice",
    )
    assert case.state is CaseState.IN_PROGRESS
    assert case.opened_on == dt.date(2026, 3, 29)
    assert case.deadline is None
    assert [change.state for change in case.history] == [CaseState.IN_PROGRESS]


def test_nothing_is_kept_when_solved_or_when_the_user_said_no() -> None:
    answers = Answers(job=Job.CUSTOMER_SIGN_IN, keep_case=True)
    assert case_to_keep(answers, PageId.SIGN_IN_SOLVED, NOW) is None
    answers.keep_case = False
    assert case_to_keep(answers, PageId.SIGN_IN_CONTACT, NOW) is None


def test_marking_solved_records_when_and_keeps_the_past() -> None:
    case = open_case(Job.CUSTOMER_SIGN_IN, "x", "amazon.it", "", NOW)
    later = NOW + dt.timedelta(days=3)
    solved = change_state(case, CaseState.SOLVED, later)
    assert solved.state is CaseState.SOLVED
    assert [(c.state, c.at) for c in solved.history] == [
        (CaseState.IN_PROGRESS, NOW),
        (CaseState.SOLVED, later),
    ]
    assert change_state(solved, CaseState.SOLVED, later) is solved
    assert case.state is CaseState.IN_PROGRESS  # the original is unchanged


def test_times_without_a_timezone_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        open_case(Job.CUSTOMER_SIGN_IN, "", "amazon.it", "", dt.datetime(2026, 1, 1))


def test_every_official_link_is_https_on_the_chosen_store_with_its_certainty() -> None:
    data = official_links()
    assert data.checked_on == dt.date(2026, 11, 22)
    for link in data.links:
        for store in STORES:
            resolved = link_for_store(link.key, store)
            assert resolved.url.startswith(f"https://www.{store.domain}/")
    italy = store_by_domain("amazon.it")
    usa = store_by_domain("amazon.com")
    assert italy is not None and usa is not None
    # Seen on amazon.com, only built by pattern on amazon.it.
    assert link_for_store("customer_contact", usa).certainty is Certainty.SEEN
    assert link_for_store("customer_contact", italy).certainty is Certainty.PATTERN
    assert link_for_store("customer_two_step_recovery", usa).certainty is Certainty.INDEX
    with pytest.raises(KeyError):
        link_for_store("no_such_page", italy)
