"""What the assistant knows about one job's flow, in one record: the `FlowSpec`.

Each job has one spec in `app/core/flows/` (its first page, its transitions, the answers it
fills in, where a case of it starts again, and how its finished answers become a case), and
`app/core/flows/registry.py` lists them. Nothing here imports Qt or pydantic: the wizard asks
the flow which page comes next while it starts, before pydantic is loaded, so a spec's
`to_case` loads the case model only when a flow ends.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.answers import Answers
from app.core.by_job import FlowError, UnknownJob, entry_for, one_per_job
from app.core.jobs import Job
from app.core.pages import PageId

if TYPE_CHECKING:
    from app.core.cases import Case

# What follows a page: a page, a decision on the answers (None ends the flow), or the end.
Next = PageId | Callable[[Answers], PageId | None] | None
# The finished answers, the last page shown, the time, and the case being continued (if any)
# make the case to keep; None when there is nothing to keep.
ToCase = Callable[[Answers, PageId, dt.datetime, "Case | None"], "Case | None"]

# Filled in by the start page, whatever the job.
SHARED_ANSWERS: frozenset[str] = frozenset({"job", "store_domain"})


@dataclass(frozen=True, slots=True)
class FlowSpec:
    job: Job
    first_page: PageId
    transitions: Mapping[PageId, Next]
    to_case: ToCase
    # The fields of `Answers` this flow's pages fill in (besides SHARED_ANSWERS).
    answers: frozenset[str]
    # A draft (the request not sent yet) goes on from here.
    request_page: PageId | None = None
    # A refused request starts again from here, the answers kept.
    retry_page: PageId | None = None
    # What the flow keeps when it is left before its end, from the page the user is on;
    # None: nothing (leaving means "never mind").
    to_case_on_leaving: ToCase | None = None
    # From the moment this says yes (a request or a document sent), the flow's case is saved
    # at every step, so that a crash or a logout cannot lose its deadline.
    keeps_as_it_goes: Callable[[Answers], bool] | None = None
    # The steps the wizard's progress panel lists, in order: the way through when nothing
    # ends the flow early (not solved, request sent, confirmation asked).
    steps: tuple[PageId, ...] = ()

    def __post_init__(self) -> None:
        pages = set(self.transitions)
        for name, page in (
            ("first page", self.first_page),
            ("request page", self.request_page),
            ("retry page", self.retry_page),
        ):
            if page is not None and page not in pages:
                raise FlowError(f"the {self.job.value} flow's {name} {page.name} is not its own")
        outside = [page.name for page in self.steps if page not in pages]
        if outside or (self.steps and self.steps[0] is not self.first_page):
            raise FlowError(f"the {self.job.value} flow's steps {outside} do not start its flow")
        for page, following in zip(self.steps, self.steps[1:], strict=False):
            fixed = self.transitions[page]
            if (isinstance(fixed, PageId) and fixed is not following) or fixed is None:
                raise FlowError(f"the {self.job.value} flow's steps skip from {page.name}")
        unknown = self.answers - {field.name for field in dataclasses.fields(Answers)}
        if unknown:
            raise FlowError(f"the {self.job.value} flow owns unknown answers {sorted(unknown)}")

    @property
    def pages(self) -> frozenset[PageId]:
        """Every page of this flow."""
        return frozenset(self.transitions)

    def steps_shown(self, visited: Sequence[PageId], current: PageId) -> tuple[PageId, ...]:
        """The steps to list while the user is on `current`, having seen `visited` (in order).

        On the usual way through, all its steps; on a page that ends the flow early (solved,
        refused), the steps seen so far, then that page: the flow ends there.
        """
        if current in self.steps:
            return self.steps
        seen = tuple(page for page in visited if page in self.steps and page is not current)
        return (*seen, current)


__all__ = [
    "SHARED_ANSWERS",
    "FlowError",
    "FlowSpec",
    "Next",
    "ToCase",
    "UnknownJob",
    "entry_for",
    "one_per_job",
]
