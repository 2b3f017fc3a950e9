"""What the user has answered so far in the wizard: the only input the flow looks at."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.jobs import Job


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
