"""Closing a Seller Central account, on screen."""

from __future__ import annotations

from app.core.jobs import Job
from app.ui.flows.closing import closure_flow_ui
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

FLOW_UI = closure_flow_ui(
    Job.CLOSE_SELLER_ACCOUNT,
    seller=True,
    choice=QT_TRANSLATE_NOOP("JobNames", "Close a seller account (Seller Central)"),
    short_name=QT_TRANSLATE_NOOP("JobNames", "Closing a seller account"),
)
