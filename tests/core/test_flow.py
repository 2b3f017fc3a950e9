"""The order of the wizard's pages, decided by the answers alone (no Qt)."""

from __future__ import annotations

import pytest

from app.core.answers import Answers
from app.core.flow import TRANSITIONS, FlowError, is_last, next_page, walk
from app.core.jobs import Job
from app.core.pages import PageId

S = PageId


def sign_in(**answers: object) -> Answers:
    return Answers(job=Job.CUSTOMER_SIGN_IN, **answers)  # type: ignore[arg-type]


def test_works_again_after_waiting_ends_on_the_good_news_page() -> None:
    assert walk(sign_in(works_after_waiting=True)) == [S.START, S.SIGN_IN_OUTAGE, S.SIGN_IN_SOLVED]


def test_solved_by_amazons_help_ends_on_the_good_news_page() -> None:
    answers = sign_in(works_after_waiting=False, solved_by_help_page=True)
    assert walk(answers) == [S.START, S.SIGN_IN_OUTAGE, S.SIGN_IN_HELP, S.SIGN_IN_SOLVED]


def test_still_blocked_goes_on_to_prepare_and_contact_amazon() -> None:
    answers = sign_in(works_after_waiting=False, solved_by_help_page=False)
    assert walk(answers) == [
        S.START,
        S.SIGN_IN_OUTAGE,
        S.SIGN_IN_HELP,
        S.SIGN_IN_PREPARE,
        S.SIGN_IN_CONTACT,
    ]


@pytest.mark.parametrize("page", [S.SIGN_IN_CONTACT, S.SIGN_IN_SOLVED])
def test_the_flow_ends_on_contact_or_solved(page: PageId) -> None:
    assert is_last(page)
    assert next_page(page, sign_in()) is None


def test_a_question_not_answered_yet_does_not_choose_a_page() -> None:
    with pytest.raises(FlowError):
        next_page(S.SIGN_IN_OUTAGE, sign_in())
    with pytest.raises(FlowError):
        next_page(S.SIGN_IN_HELP, sign_in(works_after_waiting=False))


def test_no_job_chosen_cannot_leave_the_start_page() -> None:
    with pytest.raises(FlowError):
        next_page(S.START, Answers())


def test_every_page_has_a_transition_and_every_path_ends() -> None:
    assert set(TRANSITIONS) == set(PageId)
    for outage in (True, False):
        for helped in (True, False):
            pages = walk(sign_in(works_after_waiting=outage, solved_by_help_page=helped))
            assert is_last(pages[-1])
            assert len(pages) == len(set(pages))
