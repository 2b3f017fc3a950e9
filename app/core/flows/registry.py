"""Every job's flow, by job: the one place that lists them."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.flow_spec import FlowSpec, entry_for, one_per_job
from app.core.flows import customer_closure, customer_sign_in, seller_closure, seller_sign_in
from app.core.jobs import Job

FLOWS: Mapping[Job, FlowSpec] = one_per_job(
    (customer_closure.FLOW, seller_closure.FLOW, seller_sign_in.FLOW, customer_sign_in.FLOW)
)


def flow_for(job: Job) -> FlowSpec:
    """The flow of `job`; `UnknownJob` if it has none."""
    return entry_for(FLOWS, job)
