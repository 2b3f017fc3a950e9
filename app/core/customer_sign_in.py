"""The end of the "customer account blocked / can't sign in" flow: what is kept afterwards."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId

if TYPE_CHECKING:  # pydantic is imported only when a case is really made
    from app.core.cases import Case


def case_to_keep(answers: Answers, last_page: PageId, now: dt.datetime) -> Case | None:
    """A case in progress when the user went on to contact Amazon and asked to keep it."""
    if last_page is not PageId.SIGN_IN_CONTACT or not answers.keep_case:
        return None
    from app.core.cases import open_case

    return open_case(
        job=Job.CUSTOMER_SIGN_IN,
        label=answers.account_label,
        store_domain=answers.store_domain,
        notes=answers.notes,
        now=now,
    )
