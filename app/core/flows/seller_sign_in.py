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


def _to_case(answers: Answers, page: PageId, now: dt.datetime, case: Case | None) -> Case | None:
    """Waiting for Amazon's answer to the identity document, or followed up at Seller Support."""
    from app.core.seller_recovery import recovery_case

    return recovery_case(answers, page, now, case)


def _to_case_on_leaving(
    answers: Answers, page: PageId, now: dt.datetime, case: Case | None
) -> Case | None:
    from app.core.seller_recovery import recovery_case_on_leaving

    return recovery_case_on_leaving(answers, page, now, case)


FLOW = FlowSpec(
    job=Job.SELLER_SIGN_IN,
    first_page=PageId.RECOVERY_CREDENTIALS,
    transitions={
        **{check: after_check(check) for check in CHECKS},
        PageId.RECOVERY_SUPPORT: None,
        PageId.RECOVERY_SOLVED: None,
    },
    steps=(*CHECKS, PageId.RECOVERY_SUPPORT),
    to_case=_to_case,
    to_case_on_leaving=_to_case_on_leaving,
    keeps_as_it_goes=lambda answers: answers.id_document_sent_on is not None,
    answers=frozenset(
        {
            "account_label",
            "notes",
            "checks",
            "id_document_sent_on",
            "support_message_language",
            "keep_case",
        }
    ),
)
