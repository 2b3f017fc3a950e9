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
from app.core.seller_recovery import (
    CHECKS,
    checks_tried,
    recovery_case,
    recovery_case_on_leaving,
    reset_case,
)
from app.core.support_message import compose, steps_tried, unfilled_placeholders

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
    answers = Answers(job=Job.SELLER_SIGN_IN)
    answers.checks = {
        page.value: False for page in (PageId.RECOVERY_CREDENTIALS, PageId.RECOVERY_COOKIES)
    }
    message = compose(language, answers, "amazon.de")
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


@pytest.mark.parametrize("language", list(Language))
def test_the_identity_document_reset_is_listed_only_when_the_document_was_sent(
    language: Language,
) -> None:
    answers = failing_until(None)  # "no" on every check, the identity-document page too
    assert PageId.RECOVERY_NO_CODE not in steps_tried(answers)
    message = compose(language, answers, "amazon.it")
    assert message.count("\n- ") == len(CHECKS) - 1
    assert "identit" not in message

    answers.id_document_sent_on = dt.date(2026, 3, 2)
    assert steps_tried(answers) == list(CHECKS)
    message = compose(language, answers, "amazon.it")
    assert message.count("\n- ") == len(CHECKS)
    if language is Language.ITALIAN:
        assert "- ho inviato il 02/03/2026 un documento d'identità" in message
    else:
        assert "- I sent an identity document on 2 March 2026" in message


def test_only_checks_answered_did_not_solve_it_are_listed() -> None:
    answers = Answers(job=Job.SELLER_SIGN_IN)
    answers.checks = {PageId.RECOVERY_CREDENTIALS.value: False, PageId.RECOVERY_COOKIES.value: True}
    assert steps_tried(answers) == [PageId.RECOVERY_CREDENTIALS]
    message = compose(Language.ENGLISH, answers, "amazon.it")
    assert "cookies" not in message
    assert "\n- [write what you tried]" in compose(Language.ENGLISH, Answers(), "amazon.it")


@pytest.mark.parametrize(
    ("language", "line", "placeholder"),
    [
        (Language.ITALIAN, "Nome del negozio: {}\n", "[nome del negozio]"),
        (Language.ENGLISH, "Store name: {}\n", "[your store name]"),
    ],
)
def test_the_store_name_is_the_account_s_name_when_the_user_gave_one(
    language: Language, line: str, placeholder: str
) -> None:
    answers = failing_until(None)
    assert line.format(placeholder) in compose(language, answers, "amazon.it")
    answers.account_label = "  Bottega Rossi "
    message = compose(language, answers, "amazon.it")
    assert line.format("Bottega Rossi") in message
    assert placeholder not in unfilled_placeholders(message)


def test_the_recovery_keeps_a_case_at_seller_support_only_when_asked() -> None:
    answers = failing_until(None)
    answers.account_label = "Negozio"
    assert recovery_case(answers, PageId.RECOVERY_SOLVED, NOW) is None
    kept = recovery_case(answers, PageId.RECOVERY_SUPPORT, NOW)
    assert kept is not None and kept.state is CaseState.IN_PROGRESS and kept.deadline is None
    answers.keep_case = False
    assert recovery_case(answers, PageId.RECOVERY_SUPPORT, NOW) is None


def test_a_document_sent_after_the_case_was_kept_carries_the_same_case_on() -> None:
    answers = failing_until(None)
    answers.account_label = "Negozio"
    first = recovery_case(answers, PageId.RECOVERY_SUPPORT, NOW)
    assert first is not None
    answers.case_id = first.id
    answers.id_document_sent_on = dt.date(2026, 2, 27)
    later = NOW + dt.timedelta(hours=1)
    carried = recovery_case(answers, PageId.RECOVERY_SUPPORT, later, first)
    assert carried is not None and carried.id == first.id
    assert [c.state for c in carried.history] == [
        CaseState.IN_PROGRESS,
        CaseState.WAITING_FOR_RESET,
    ]
    assert carried.deadline == dt.date(2026, 3, 1)


def test_leaving_keeps_the_document_case_and_keeping_it_again_changes_nothing() -> None:
    answers = failing_until(None)
    answers.account_label = "Negozio"
    assert recovery_case_on_leaving(answers, PageId.RECOVERY_COOKIES, NOW, None) is None
    answers.id_document_sent_on = dt.date(2026, 2, 27)
    kept = recovery_case_on_leaving(answers, PageId.RECOVERY_COOKIES, NOW, None)
    assert kept is not None and kept.state is CaseState.WAITING_FOR_RESET
    answers.case_id = kept.id
    later = NOW + dt.timedelta(minutes=5)
    assert recovery_case_on_leaving(answers, PageId.RECOVERY_EMAIL_KNOWN, later, kept) == kept
