"""What the user has answered so far in the wizard: the only input the flow looks at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.jobs import Job
from app.core.regions import SellerRegion


class SellerOutcome(StrEnum):
    """What Amazon answered to a seller's closure request."""

    CONFIRMATION_REQUESTED = "confirmation_requested"  # a link to confirm came by e-mail/SMS
    NO_ANSWER_YET = "no_answer_yet"
    REFUSED = "refused"


@dataclass(slots=True)
class Answers:
    job: Job | None = None
    store_domain: str = "amazon.it"
    # Customer sign-in flow. None means "not answered yet".
    works_after_waiting: bool | None = None
    solved_by_help_page: bool | None = None
    account_label: str = ""
    notes: str = ""
    keep_case: bool = True
    # Closing an account (label, notes and store as above)
    region: SellerRegion | None = None
    eu_unified: bool = False
    checklist: set[str] = field(default_factory=set)  # keys of the ticked items
    request_sent: bool = False
    requested_on: dt.date | None = None
    deadline: dt.date | None = None
    seller_outcome: SellerOutcome | None = None
    refusal_reasons: str = ""
    start_next_closure: bool = False
    # "Remind me when I log in", as chosen on the confirmation page (None: not shown yet)
    remind_at_login: bool | None = None
    case_id: str | None = None  # the case being continued or restarted, if any
    # Seller Central sign-in: each check's "did this solve it?" answer
    checks: dict[int, bool] = field(default_factory=dict)  # PageId value -> solved
    id_document_sent_on: dt.date | None = None
    support_message_language: str = ""  # "it" or "en"; empty: the interface's language
