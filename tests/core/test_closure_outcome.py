"""What a closure flow leaves behind (no Qt); what each state offers is in test_case_states."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pydantic import ValidationError

from app.core.answers import Answers, SellerOutcome
from app.core.case_states import CaseState
from app.core.closure_outcome import answers_from_case, closure_case, state_after
from app.core.flow import walk
from app.core.jobs import Job
from app.core.pages import PageId
from app.core.regions import SellerRegion

NOW = dt.datetime(2026, 12, 30, 22, 0, tzinfo=dt.UTC)
LEAVE_NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
P = PageId


def seller(**changes: object) -> Answers:
    answers = Answers(
        job=Job.CLOSE_SELLER_ACCOUNT,
        account_label="Negozio",
        region=SellerRegion.EUROPE,
        request_sent=True,
        requested_on=NOW.date(),
        checklist={"bank_details", "zero_balance"},
    )
    return dataclasses.replace(answers, **changes)  # type: ignore[arg-type]


def test_the_seller_flow_branches_on_amazons_answer() -> None:
    confirm = seller(seller_outcome=SellerOutcome.CONFIRMATION_REQUESTED)
    assert walk(confirm) == [
        P.START,
        P.SELLER_ACCOUNT,
        P.SELLER_PREREQUISITES,
        P.SELLER_IRREVERSIBLE,
        P.SELLER_REQUEST,
        P.SELLER_OUTCOME,
        P.SELLER_CONFIRM,
    ]
    refused = seller(seller_outcome=SellerOutcome.REFUSED)
    assert walk(refused)[-1] is P.SELLER_REFUSED
    draft = seller(request_sent=False)
    assert walk(draft)[-1] is P.SELLER_REQUEST


def test_the_customer_flow_ends_at_the_request_when_not_sent_yet() -> None:
    answers = Answers(job=Job.CLOSE_CUSTOMER_ACCOUNT, account_label="x")
    assert walk(answers)[-1] is P.CUSTOMER_REQUEST
    answers.request_sent = True
    assert walk(answers)[-1] is P.CUSTOMER_CONFIRM


def test_a_confirmation_request_waits_five_days_across_the_year_end() -> None:
    case = closure_case(
        seller(seller_outcome=SellerOutcome.CONFIRMATION_REQUESTED), P.SELLER_CONFIRM, NOW
    )
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert (case.requested_on, case.deadline) == (dt.date(2026, 12, 30), dt.date(2027, 1, 4))
    assert case.checklist == ["bank_details", "zero_balance"]
    assert (case.region, case.eu_unified) == (SellerRegion.EUROPE, False)


def test_a_refusal_keeps_the_reasons_and_no_deadline() -> None:
    case = closure_case(
        seller(seller_outcome=SellerOutcome.REFUSED, refusal_reasons=" Saldo negativo "),
        P.SELLER_REFUSED,
        NOW,
    )
    assert case.state is CaseState.REFUSED
    assert case.refusal_reasons == "Saldo negativo"
    assert case.deadline is None


def test_carrying_on_a_case_keeps_its_identity_and_history() -> None:
    refused = closure_case(
        seller(seller_outcome=SellerOutcome.REFUSED, refusal_reasons="x"), P.SELLER_REFUSED, NOW
    )
    again = answers_from_case(refused)
    assert again.case_id == refused.id and again.checklist == set(refused.checklist)
    again.seller_outcome = SellerOutcome.NO_ANSWER_YET
    later = NOW + dt.timedelta(days=10)
    again.requested_on = later.date()
    confirmed = closure_case(again, P.SELLER_CONFIRM, later, existing=refused)
    assert confirmed.id == refused.id
    assert [h.state for h in confirmed.history] == [
        CaseState.REFUSED,
        CaseState.WAITING_CONFIRMATION,
    ]
    assert confirmed.refusal_reasons == ""


def test_a_deadline_before_the_request_can_never_be_saved() -> None:
    bad = seller(
        seller_outcome=SellerOutcome.CONFIRMATION_REQUESTED,
        deadline=NOW.date() - dt.timedelta(days=1),
    )
    with pytest.raises(ValidationError, match="before the day of the request"):
        closure_case(bad, P.SELLER_CONFIRM, NOW)


def test_a_sign_in_answer_is_not_a_closure() -> None:
    assert state_after(seller(), P.SELLER_REQUEST) is CaseState.DRAFT
    with pytest.raises(ValueError, match="not a closure"):
        closure_case(Answers(job=Job.CUSTOMER_SIGN_IN), P.SIGN_IN_CONTACT, NOW)


def test_one_review_expires_reminds_and_leaves_the_rest_alone() -> None:
    from app.core.deadlines import review
    from app.core.reminder_kinds import ReminderKind

    def waiting(deadline: dt.date) -> object:
        case = closure_case(
            seller(seller_outcome=SellerOutcome.CONFIRMATION_REQUESTED), P.SELLER_CONFIRM, NOW
        )
        return case.model_copy(update={"deadline": deadline})

    today = NOW.date() + dt.timedelta(days=3)
    later = NOW + dt.timedelta(days=3)
    overdue, tomorrow, far = (
        waiting(today - dt.timedelta(days=1)),
        waiting(today + dt.timedelta(days=1)),
        waiting(today + dt.timedelta(days=2)),
    )
    result = review([overdue, tomorrow, far], today, later)  # type: ignore[list-item]
    assert [c.state for c in result.cases] == [
        CaseState.EXPIRED,
        CaseState.WAITING_CONFIRMATION,
        CaseState.WAITING_CONFIRMATION,
    ]
    assert [c.id for c in result.expired] == [overdue.id]  # type: ignore[attr-defined]
    assert [(c.id, k) for c, k in result.reminders] == [
        (
            tomorrow.id,  # type: ignore[attr-defined]
            ReminderKind.DAY_BEFORE,
        )
    ]
    assert result.cases[2] is far
    again = review(result.cases, today, later)
    assert not again.changed


# -- leaving a closure before its end -------------------------------------------------------


def _leaving(**answers: object) -> Answers:
    return Answers(job=Job.CLOSE_SELLER_ACCOUNT, store_domain="amazon.it", **answers)  # type: ignore[arg-type]


def test_leaving_without_an_account_name_keeps_nothing() -> None:
    from app.core.closure_outcome import case_on_leaving

    assert case_on_leaving(_leaving(), PageId.SELLER_ACCOUNT, LEAVE_NOW, None) is None


def test_leaving_a_named_account_before_sending_keeps_a_draft() -> None:
    from app.core.closure_outcome import case_on_leaving

    case = case_on_leaving(
        _leaving(account_label="Bottega"), PageId.SELLER_REQUEST, LEAVE_NOW, None
    )
    assert case is not None and case.state is CaseState.DRAFT and case.deadline is None


def test_leaving_after_sending_keeps_the_request_waiting_with_its_deadline() -> None:
    from app.core.closure_outcome import case_on_leaving

    sent = _leaving(account_label="Bottega", request_sent=True, requested_on=LEAVE_NOW.date())
    case = case_on_leaving(sent, PageId.SELLER_OUTCOME, LEAVE_NOW, None)

    assert case is not None and case.state is CaseState.WAITING_CONFIRMATION
    assert case.deadline == LEAVE_NOW.date() + dt.timedelta(days=5)
    # kept again at the next step (saving as the user goes): the same case, unchanged
    again = case_on_leaving(sent, PageId.SELLER_CONFIRM, LEAVE_NOW, case)
    assert again == case


def test_leaving_on_the_refusal_page_keeps_the_refusal() -> None:
    from app.core.closure_outcome import case_on_leaving

    refused = _leaving(
        account_label="Bottega",
        request_sent=True,
        requested_on=LEAVE_NOW.date(),
        seller_outcome=SellerOutcome.REFUSED,
        refusal_reasons="Saldo negativo",
    )
    case = case_on_leaving(refused, PageId.SELLER_REFUSED, LEAVE_NOW, None)

    assert case is not None and case.state is CaseState.REFUSED
