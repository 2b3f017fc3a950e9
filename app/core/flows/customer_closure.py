"""Closing a customer account: the account, what to save first, the point of no return."""

from __future__ import annotations

from app.core.flow_spec import FlowSpec
from app.core.flows.closing import (
    CLOSURE_ANSWERS,
    after_request,
    closure_to_case,
    closure_to_case_on_leaving,
    request_sent,
)
from app.core.jobs import Job
from app.core.pages import PageId

FLOW = FlowSpec(
    job=Job.CLOSE_CUSTOMER_ACCOUNT,
    first_page=PageId.CUSTOMER_ACCOUNT,
    transitions={
        PageId.CUSTOMER_ACCOUNT: PageId.CUSTOMER_CHECKLIST,
        PageId.CUSTOMER_CHECKLIST: PageId.CUSTOMER_IRREVERSIBLE,
        PageId.CUSTOMER_IRREVERSIBLE: PageId.CUSTOMER_REQUEST,
        PageId.CUSTOMER_REQUEST: after_request(PageId.CUSTOMER_CONFIRM),
        PageId.CUSTOMER_CONFIRM: None,
    },
    steps=(
        PageId.CUSTOMER_ACCOUNT,
        PageId.CUSTOMER_CHECKLIST,
        PageId.CUSTOMER_IRREVERSIBLE,
        PageId.CUSTOMER_REQUEST,
        PageId.CUSTOMER_CONFIRM,
    ),
    to_case=closure_to_case,
    to_case_on_leaving=closure_to_case_on_leaving,
    keeps_as_it_goes=request_sent,
    answers=CLOSURE_ANSWERS,
    request_page=PageId.CUSTOMER_REQUEST,
    # after a refusal, from the checklist (the answers are kept)
    retry_page=PageId.CUSTOMER_CHECKLIST,
)
