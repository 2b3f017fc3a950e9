"""Closing a Seller Central account: region, prerequisites, request, Amazon's answer."""

from __future__ import annotations

from app.core.answers import Answers, SellerOutcome
from app.core.flow_spec import FlowError, FlowSpec
from app.core.flows.closing import (
    CLOSURE_ANSWERS,
    after_request,
    closure_to_case,
    closure_to_case_on_leaving,
    request_sent,
)
from app.core.jobs import Job
from app.core.pages import PageId


def _after_account(answers: Answers) -> PageId:
    if answers.region is None:
        raise FlowError("no seller region chosen")
    return PageId.SELLER_PREREQUISITES


def _after_outcome(answers: Answers) -> PageId:
    if answers.seller_outcome is None:
        raise FlowError("the outcome was not answered")
    if answers.seller_outcome is SellerOutcome.REFUSED:
        return PageId.SELLER_REFUSED
    return PageId.SELLER_CONFIRM


FLOW = FlowSpec(
    job=Job.CLOSE_SELLER_ACCOUNT,
    first_page=PageId.SELLER_ACCOUNT,
    transitions={
        PageId.SELLER_ACCOUNT: _after_account,
        PageId.SELLER_PREREQUISITES: PageId.SELLER_IRREVERSIBLE,
        PageId.SELLER_IRREVERSIBLE: PageId.SELLER_REQUEST,
        PageId.SELLER_REQUEST: after_request(PageId.SELLER_OUTCOME),
        PageId.SELLER_OUTCOME: _after_outcome,
        PageId.SELLER_CONFIRM: None,
        PageId.SELLER_REFUSED: None,
    },
    steps=(
        PageId.SELLER_ACCOUNT,
        PageId.SELLER_PREREQUISITES,
        PageId.SELLER_IRREVERSIBLE,
        PageId.SELLER_REQUEST,
        PageId.SELLER_OUTCOME,
        PageId.SELLER_CONFIRM,
    ),
    to_case=closure_to_case,
    to_case_on_leaving=closure_to_case_on_leaving,
    keeps_as_it_goes=request_sent,
    answers=CLOSURE_ANSWERS | {"region", "eu_unified", "seller_outcome", "refusal_reasons"},
    request_page=PageId.SELLER_REQUEST,
    retry_page=PageId.SELLER_PREREQUISITES,
)
