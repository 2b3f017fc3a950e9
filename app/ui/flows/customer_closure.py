"""Closing a customer account, on screen."""

from __future__ import annotations

from app.core.jobs import Job
from app.ui.flows.closing import closure_flow_ui
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

FLOW_UI = closure_flow_ui(
    Job.CLOSE_CUSTOMER_ACCOUNT,
    seller=False,
    choice=QT_TRANSLATE_NOOP("JobNames", "Close a customer account"),
    short_name=QT_TRANSLATE_NOOP("JobNames", "Closing a customer account"),
)
