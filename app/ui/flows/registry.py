"""Every job's `FlowUi`, by job: the one place that lists them."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.flow_spec import UnknownJob
from app.core.jobs import Job
from app.ui.flows import customer_closure, customer_sign_in, seller_closure, seller_sign_in
from app.ui.flows.flow_ui import FlowUi

FLOW_UIS: Mapping[Job, FlowUi] = {
    flow.job: flow
    for flow in (
        customer_closure.FLOW_UI,
        seller_closure.FLOW_UI,
        seller_sign_in.FLOW_UI,
        customer_sign_in.FLOW_UI,
    )
}


def flow_ui(job: Job) -> FlowUi:
    """What the user sees of `job`; `UnknownJob` if it has nothing."""
    try:
        return FLOW_UIS[job]
    except KeyError:
        raise UnknownJob(f"no screens for the job {job!r}") from None
