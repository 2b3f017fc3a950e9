"""Every job has one flow spec, and the specs say the same as the flows users walk."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.core.answers import Answers, SellerOutcome
from app.core.flow import TRANSITIONS, next_page, walk
from app.core.flow_spec import SHARED_ANSWERS, FlowError, FlowSpec, UnknownJob
from app.core.flows.registry import FLOWS, flow_for
from app.core.jobs import Job
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.core.seller_recovery import CHECKS


def test_every_job_has_exactly_one_flow() -> None:
    assert set(FLOWS) == set(Job)
    assert all(flow.job is job for job, flow in FLOWS.items())


def test_an_unknown_job_is_an_error_not_another_flow() -> None:
    with pytest.raises(UnknownJob):
        flow_for("close_a_bank_account")  # type: ignore[arg-type]


def test_every_page_belongs_to_exactly_one_flow_or_is_the_start() -> None:
    owners: dict[PageId, list[Job]] = {}
    for flow in FLOWS.values():
        for page in flow.pages:
            owners.setdefault(page, []).append(flow.job)

    assert set(owners) | {PageId.START} == set(PageId)
    assert {page: jobs for page, jobs in owners.items() if len(jobs) > 1} == {}
    assert set(TRANSITIONS) == set(PageId)


@pytest.mark.parametrize("job", list(Job))
def test_choosing_a_job_leads_to_its_flows_first_page(job: Job) -> None:
    assert next_page(PageId.START, Answers(job=job)) == flow_for(job).first_page


def test_every_answer_is_filled_in_by_some_flow_or_by_the_start_page() -> None:
    owned = set(SHARED_ANSWERS).union(*(flow.answers for flow in FLOWS.values()))
    assert owned == {field.name for field in dataclasses.fields(Answers)}


def test_only_closures_can_be_continued_or_tried_again() -> None:
    resumable = {job for job, flow in FLOWS.items() if flow.request_page or flow.retry_page}
    assert resumable == {Job.CLOSE_CUSTOMER_ACCOUNT, Job.CLOSE_SELLER_ACCOUNT}


def test_a_spec_naming_a_page_of_another_flow_is_refused() -> None:
    with pytest.raises(FlowError, match="first page"):
        FlowSpec(
            job=Job.CUSTOMER_SIGN_IN,
            first_page=PageId.SELLER_ACCOUNT,
            transitions={PageId.SIGN_IN_OUTAGE: None},
            to_case=lambda answers, page, now, case: None,
            answers=frozenset(),
        )


def test_a_spec_owning_an_answer_that_does_not_exist_is_refused() -> None:
    with pytest.raises(FlowError, match="unknown answers"):
        FlowSpec(
            job=Job.CUSTOMER_SIGN_IN,
            first_page=PageId.SIGN_IN_OUTAGE,
            transitions={PageId.SIGN_IN_OUTAGE: None},
            to_case=lambda answers, page, now, case: None,
            answers=frozenset({"password"}),
        )


def test_each_flow_turns_its_finished_answers_into_its_own_case() -> None:
    now = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
    closure = Answers(
        job=Job.CLOSE_CUSTOMER_ACCOUNT,
        account_label="Mamma",
        request_sent=True,
        requested_on=now.date(),
        deadline=now.date() + dt.timedelta(days=5),
    )
    case = flow_for(Job.CLOSE_CUSTOMER_ACCOUNT).to_case(closure, PageId.CUSTOMER_CONFIRM, now, None)

    assert case is not None and case.job is Job.CLOSE_CUSTOMER_ACCOUNT
    assert case.deadline == now.date() + dt.timedelta(days=5)


# The answers of someone for whom nothing ends the flow early: the way the steps describe.
_GOING_ON = {
    Job.CLOSE_CUSTOMER_ACCOUNT: Answers(
        job=Job.CLOSE_CUSTOMER_ACCOUNT, request_sent=True, requested_on=dt.date(2026, 3, 2)
    ),
    Job.CLOSE_SELLER_ACCOUNT: Answers(
        job=Job.CLOSE_SELLER_ACCOUNT,
        region=SellerRegion.EUROPE,
        request_sent=True,
        requested_on=dt.date(2026, 3, 2),
        seller_outcome=SellerOutcome.CONFIRMATION_REQUESTED,
    ),
    Job.CUSTOMER_SIGN_IN: Answers(
        job=Job.CUSTOMER_SIGN_IN, works_after_waiting=False, solved_by_help_page=False
    ),
    Job.SELLER_SIGN_IN: Answers(
        job=Job.SELLER_SIGN_IN, checks={page.value: False for page in CHECKS}
    ),
}


@pytest.mark.parametrize("job", list(Job))
def test_each_flows_steps_are_the_way_through_when_nothing_ends_it_early(job: Job) -> None:
    assert walk(_GOING_ON[job])[1:] == list(flow_for(job).steps)


def test_steps_that_skip_a_page_are_refused() -> None:
    flow = flow_for(Job.CLOSE_CUSTOMER_ACCOUNT)
    with pytest.raises(FlowError):
        dataclasses.replace(flow, steps=(PageId.CUSTOMER_ACCOUNT, PageId.CUSTOMER_REQUEST))
    with pytest.raises(FlowError):
        dataclasses.replace(flow, steps=(PageId.CUSTOMER_CHECKLIST,))


def test_ending_early_lists_the_steps_seen_then_the_end() -> None:
    flow = flow_for(Job.CUSTOMER_SIGN_IN)
    seen = [PageId.SIGN_IN_OUTAGE, PageId.SIGN_IN_HELP]
    assert flow.steps_shown(seen, PageId.SIGN_IN_SOLVED) == (*seen, PageId.SIGN_IN_SOLVED)
    assert flow.steps_shown(seen, PageId.SIGN_IN_HELP) == flow.steps
