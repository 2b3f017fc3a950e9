"""The eight Seller Central checks, the support message and the identity-document reminder."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.answers import Answers
from app.core.case_states import CaseState
from app.core.flow import FlowError, next_page, walk
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS, checks_tried, reset_case
from app.core.support_message import compose, unfilled_placeholders

NOW = dt.datetime(2026, 2, 27, 23, 30, tzinfo=dt.UTC)


def failing_until(solved_at: int | None) -> Answers:
    """Answers where checks fail until the one at `solved_at` (None: none solves it)."""
    answers = Answers(job=Job.SELLER_SIGN_IN, store_domain="amazon.it")
    for position, page in enumerate(CHECKS):
        if solved_at is not None and position > solved_at:
            break
        answers.checks[page.value] = position == solved_at
    return answers


@pytest.mark.parametrize("solved_at", range(len(CHECKS)))
def test_a_check_that_solves_it_leads_to_the_wrap_up(solved_at: int) -> None:
    pages = walk(failing_until(solved_at))
    assert pages == [PageId.START, *CHECKS[: solved_at + 1], PageId.RECOVERY_SOLVED]


def test_when_nothing_works_the_way_forward_is_seller_support() -> None:
    answers = failing_until(None)
    assert walk(answers) == [PageId.START, *CHECKS, PageId.RECOVERY_SUPPORT]
    assert checks_tried(answers) == list(CHECKS)


def test_an_unanswered_check_does_not_lead_anywhere() -> None:
    with pytest.raises(FlowError):
        next_page(PageId.RECOVERY_COOKIES, Answers(job=Job.SELLER_SIGN_IN))


@pytest.mark.parametrize("language", list(Language))
def test_the_support_message_lists_what_was_tried_and_needs_filling_in(
    language: Language,
) -> None:
    tried = [PageId.RECOVERY_CREDENTIALS, PageId.RECOVERY_COOKIES]
    message = compose(language, tried, "amazon.de")
    assert "amazon.de" in message
    assert message.count("\n- ") == 2
    placeholders = unfilled_placeholders(message)
    assert len(placeholders) == 4
    filled = message
    for placeholder in placeholders:
        filled = filled.replace(placeholder, "Rossi Srl")
    assert unfilled_placeholders(filled) == []
    if language is Language.ITALIAN:
        assert "Non ho aperto un nuovo account venditore" in message
    else:
        assert "I have not opened a new seller account" in message


def test_square_brackets_across_lines_are_not_taken_for_a_placeholder() -> None:
    assert unfilled_placeholders("a [b\nc] d [e]") == ["[e]"]


def test_sending_the_identity_document_makes_a_case_that_waits_two_days() -> None:
    answers = failing_until(None)
    answers.account_label = " Negozio "
    assert reset_case(answers, NOW) is None
    answers.id_document_sent_on = dt.date(2026, 2, 27)
    case = reset_case(answers, NOW)
    assert case is not None
    assert case.job is Job.SELLER_SIGN_IN and case.state is CaseState.WAITING_FOR_RESET
    assert (case.label, case.requested_on, case.deadline) == (
        "Negozio",
        dt.date(2026, 2, 27),
        dt.date(2026, 3, 1),
    )
