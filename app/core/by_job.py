"""Tables with one entry per job (a flow, what the user sees of it): built and read safely.

Kept apart from `flow_spec` so that the start page can list the jobs without loading the
flows themselves: this module is cheap to import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from app.core.jobs import Job


class FlowError(ValueError):
    """The answers do not allow going on from this page (a programming error, not user input)."""


class UnknownJob(FlowError):
    """A job with no flow: never a silent fall-through to another job's flow."""


class _OfAJob(Protocol):
    @property
    def job(self) -> Job: ...


Entry = TypeVar("Entry", bound=_OfAJob)


def one_per_job(entries: Iterable[Entry]) -> Mapping[Job, Entry]:
    """`entries` by their job; two for one job is a programming error."""
    table: dict[Job, Entry] = {}
    for entry in entries:
        if entry.job in table:
            raise FlowError(f"two entries for the job {entry.job.value}")
        table[entry.job] = entry
    return table


def entry_for(table: Mapping[Job, Entry], job: Job) -> Entry:
    """The entry of `job`; `UnknownJob` if it has none."""
    try:
        return table[job]
    except KeyError:
        raise UnknownJob(f"nothing is registered for the job {job!r}") from None
