"""'I can't sign in to Seller Central': eight checks in order, then Seller Support."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.flow_spec import FlowSpec
from app.core.jobs import Job
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS, after_check

if TYPE_CHECKING:
    from app.core.cases import Case


def _to_case(answers: Answers, _page: PageId, now: dt.datetime, _case: Case | None) -> Case | None:
    """A case that waits for Amazon's answer to the identity document, if one was sent."""
    from app.core.seller_recovery import reset_case

    return reset_case(answers, now)


FLOW = FlowSpec(
    job=Job.SELLER_SIGN_IN,
    first_page=PageId.RECOVERY_CREDENTIALS,
    transitions={
        **{check: after_check(check) for check in CHECKS},
        PageId.RECOVERY_SUPPORT: None,
        PageId.RECOVERY_SOLVED: None,
    },
    to_case=_to_case,
    answers=frozenset(
        {"account_label", "notes", "checks", "id_document_sent_on", "support_message_language"}
    ),
)
