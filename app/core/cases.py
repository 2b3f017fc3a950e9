"""A case: one account and one job the user is following through, with its history."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from uuid import uuid4

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.limits import EARLIEST_DATE, LATEST_DATE, MAX_LABEL_LENGTH, MAX_NOTES_LENGTH
from app.core.regions import SellerRegion
from app.core.reminder_kinds import ReminderKind

Label = Annotated[str, StringConstraints(max_length=MAX_LABEL_LENGTH)]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES_LENGTH)]


# The bounds are pydantic-core constraints, checked without a Python call per value (a data
# file holds tens of thousands of dates). A day lies between EARLIEST_DATE and LATEST_DATE. A
# moment is compared as an instant: from the first to the last instant at which it is one of
# those days somewhere (UTC+24 hours to UTC-24 hours), so every moment whose own day is within
# the years is accepted, and none is more than a day outside them.
CaseDate = Annotated[dt.date, Field(ge=EARLIEST_DATE, le=LATEST_DATE)]
CaseMoment = Annotated[
    AwareDatetime,
    Field(
        ge=dt.datetime.combine(EARLIEST_DATE - dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC),
        lt=dt.datetime.combine(LATEST_DATE + dt.timedelta(days=2), dt.time(), tzinfo=dt.UTC),
    ),
]


class StateChange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    state: CaseState
    at: CaseMoment


class Reminder(BaseModel):
    """A reminder already given, so that it is given once per deadline."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ReminderKind
    deadline: CaseDate


class Case(BaseModel):
    # Frozen: a change is a new, validated case (model_validate), never a field assigned in
    # place, which pydantic would keep even when the check of the whole case then refuses it.
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(default_factory=lambda: uuid4().hex, min_length=1, max_length=64)
    job: Job
    label: Label
    store_domain: str = Field(min_length=1, max_length=64)
    state: CaseState
    opened_on: CaseDate
    deadline: CaseDate | None = None
    notes: Notes = ""
    history: list[StateChange] = Field(min_length=1)
    # Closing a seller account
    region: SellerRegion | None = None
    eu_unified: bool = False
    # Closing any account
    requested_on: CaseDate | None = None  # the day the closure request was sent
    refusal_reasons: Notes = ""
    checklist: list[Annotated[str, StringConstraints(max_length=64)]] = Field(
        default_factory=list, max_length=64
    )  # keys of the checklist items the user ticked
    reminded: list[Reminder] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _deadline_not_before_request(self) -> Case:
        if self.deadline and self.requested_on and self.deadline < self.requested_on:
            raise ValueError("the deadline is before the day of the request")
        return self


def open_case(
    job: Job,
    label: str,
    store_domain: str,
    notes: str,
    now: dt.datetime,
    *,
    state: CaseState = CaseState.IN_PROGRESS,
    case_id: str | None = None,
) -> Case:
    """A new case in `state`, opened at `now` (an aware datetime)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return Case(
        id=case_id or uuid4().hex,
        job=job,
        label=label.strip(),
        store_domain=store_domain,
        state=state,
        opened_on=now.date(),
        notes=notes.strip(),
        history=[StateChange(state=state, at=now)],
    )


def change_state(case: Case, state: CaseState, now: dt.datetime) -> Case:
    """The same case in `state`, with the change recorded in its history."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if state is case.state:
        return case
    return case.model_copy(
        update={"state": state, "history": [*case.history, StateChange(state=state, at=now)]}
    )
