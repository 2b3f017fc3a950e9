"""A case: one account and one job the user is following through, with its history."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated
from uuid import uuid4

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.jobs import Job
from app.core.limits import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH

Label = Annotated[str, StringConstraints(max_length=MAX_LABEL_LENGTH)]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES_LENGTH)]


class CaseState(StrEnum):
    IN_PROGRESS = "in_progress"  # the user is still working on it (e.g. waiting for Amazon)
    SOLVED = "solved"


class StateChange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    state: CaseState
    at: dt.datetime  # timezone-aware


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=lambda: uuid4().hex, min_length=1, max_length=64)
    job: Job
    label: Label
    store_domain: str = Field(min_length=1, max_length=64)
    state: CaseState
    opened_on: dt.date
    deadline: dt.date | None = None
    notes: Notes = ""
    history: list[StateChange] = Field(min_length=1)


def open_case(job: Job, label: str, store_domain: str, notes: str, now: dt.datetime) -> Case:
    """A new case in progress, opened at `now` (an aware datetime)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return Case(
        job=job,
        label=label.strip(),
        store_domain=store_domain,
        state=CaseState.IN_PROGRESS,
        opened_on=now.date(),
        notes=notes.strip(),
        history=[StateChange(state=CaseState.IN_PROGRESS, at=now)],
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
