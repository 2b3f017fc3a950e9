"""'My customer account is blocked, or I can't sign in': wait, Amazon's help page, then contact."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.flow_spec import FlowError, FlowSpec
from app.core.jobs import Job
from app.core.pages import PageId

if TYPE_CHECKING:
    from app.core.cases import Case


def _after_outage(answers: Answers) -> PageId:
    if answers.works_after_waiting is None:
        raise FlowError("the outage question was not answered")
    return PageId.SIGN_IN_SOLVED if answers.works_after_waiting else PageId.SIGN_IN_HELP


def _after_help(answers: Answers) -> PageId:
    if answers.solved_by_help_page is None:
        raise FlowError("the help-page question was not answered")
    return PageId.SIGN_IN_SOLVED if answers.solved_by_help_page else PageId.SIGN_IN_PREPARE


def _to_case(answers: Answers, last_page: PageId, now: dt.datetime, _: Case | None) -> Case | None:
    from app.core.customer_sign_in import case_to_keep

    return case_to_keep(answers, last_page, now)


FLOW = FlowSpec(
    job=Job.CUSTOMER_SIGN_IN,
    first_page=PageId.SIGN_IN_OUTAGE,
    transitions={
        PageId.SIGN_IN_OUTAGE: _after_outage,
        PageId.SIGN_IN_HELP: _after_help,
        PageId.SIGN_IN_PREPARE: PageId.SIGN_IN_CONTACT,
        PageId.SIGN_IN_CONTACT: None,
        PageId.SIGN_IN_SOLVED: None,
    },
    steps=(
        PageId.SIGN_IN_OUTAGE,
        PageId.SIGN_IN_HELP,
        PageId.SIGN_IN_PREPARE,
        PageId.SIGN_IN_CONTACT,
    ),
    to_case=_to_case,
    answers=frozenset(
        {"works_after_waiting", "solved_by_help_page", "account_label", "notes", "keep_case"}
    ),
)
