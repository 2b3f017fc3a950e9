"""Every job's `FlowUi`, by job: the one place that lists them."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.by_job import entry_for, one_per_job
from app.core.jobs import Job
from app.ui.flows import customer_closure, customer_sign_in, seller_closure, seller_sign_in
from app.ui.flows.flow_ui import FlowUi

FLOW_UIS: Mapping[Job, FlowUi] = one_per_job(
    (
        customer_closure.FLOW_UI,
        seller_closure.FLOW_UI,
        seller_sign_in.FLOW_UI,
        customer_sign_in.FLOW_UI,
    )
)


def flow_ui(job: Job) -> FlowUi:
    """What the user sees of `job`; `UnknownJob` if it has nothing."""
    return entry_for(FLOW_UIS, job)
