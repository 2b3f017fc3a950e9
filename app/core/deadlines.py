"""The 5-day confirmation deadline of a closure request: countdown, reminders and expiry.

Amazon voids an account-closure request that is not confirmed within five days; it must
then be sent again. Everything here is a pure function of the case and of the day or time
handed in (`today`, `now`): nothing reads the clock, so the rules can be tested for any
day, including a clock that was moved back.

The UI imports this module before the first paint, so pydantic (through `app.core.cases`)
is only imported inside the functions that need a `Case`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from app.core.case_states import REMINDING_STATES, CaseState
from app.core.reminder_kinds import ReminderKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.core.cases import Case

CONFIRMATION_DAYS: Final = 5
"""Days Amazon gives to confirm a closure request before it becomes void."""

MAX_REQUEST_AGE_DAYS: Final = 365
"""A request older than this is almost certainly a typo in the year."""

MAX_DEADLINE_DAYS: Final = 60
"""A deadline further than this from the request is almost certainly a typo."""

_MAX_REMINDERS_KEPT: Final = 1000
"""The most reminder records a case may hold (the limit of `Case.reminded`)."""


def confirmation_deadline(requested_on: dt.date, days: int = CONFIRMATION_DAYS) -> dt.date:
    """The last day on which a request sent on `requested_on` can still be confirmed."""
    if days < 0:
        raise ValueError("days must not be negative")
    return requested_on + dt.timedelta(days=days)


def local_today(now: dt.datetime) -> dt.date:
    """The calendar day `now` falls on where the user is, i.e. in `now`'s own timezone.

    The caller passes the local time with its zone (e.g. `datetime.now().astimezone()`);
    converting to UTC first would give the wrong day around midnight. A naive datetime is
    refused because its day cannot be told for sure.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return now.date()


class CountdownKind(StrEnum):
    """How a deadline stands on a given day, as the case list shows it."""

    DAYS_LEFT = "days_left"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Countdown:
    """What to tell the user about a deadline today.

    `days` is the number of days left for DAYS_LEFT, 0 for DUE_TODAY, and the number of
    days late for OVERDUE: always a whole, non-negative number.
    """

    kind: CountdownKind
    days: int


def countdown(deadline: dt.date, today: dt.date) -> Countdown:
    """How many whole calendar days separate `today` from `deadline`, and in which direction.

    If the clock was moved back before the request, the days left are simply more than
    five: the count is still correct for the day the computer believes it is.
    """
    difference = (deadline - today).days
    if difference > 0:
        return Countdown(CountdownKind.DAYS_LEFT, difference)
    if difference == 0:
        return Countdown(CountdownKind.DUE_TODAY, 0)
    return Countdown(CountdownKind.OVERDUE, -difference)


def reminders_due(case: Case, today: dt.date) -> list[ReminderKind]:
    """The reminders to give now for `case`, at most one, never one given before.

    Only a case waiting with a deadline (for the user's confirmation of a closure, or for
    Amazon's answer to an identity check) gets reminders:
    DAY_BEFORE on the day before the deadline and DEADLINE_DAY on the deadline itself. A
    reminder is never repeated for the same deadline, but a changed deadline gets its own.
    A missed DAY_BEFORE (the app did not run that day) is not given late: on the deadline
    day only DEADLINE_DAY is due.
    """
    from app.core.cases import Reminder

    deadline = case.deadline
    if case.state not in REMINDING_STATES or deadline is None:
        return []
    if today == deadline - dt.timedelta(days=1):
        kind = ReminderKind.DAY_BEFORE
    elif today == deadline:
        kind = ReminderKind.DEADLINE_DAY
    else:
        return []
    if Reminder(kind=kind, deadline=deadline) in case.reminded:
        return []
    return [kind]


def with_reminders_given(case: Case, kinds: Iterable[ReminderKind]) -> Case:
    """`case` with a record that the reminders `kinds` were given for its current deadline.

    Records already there are not duplicated. Only the most recent records are kept when
    there would be more than a case may hold. A case without a deadline cannot have been
    reminded of one: recording a reminder for it is a programming error (ValueError).
    """
    from app.core.cases import Reminder

    new_kinds = list(kinds)
    if not new_kinds:
        return case
    if case.deadline is None:
        raise ValueError("a case without a deadline gets no reminders")
    reminded = list(case.reminded)
    for kind in new_kinds:
        record = Reminder(kind=kind, deadline=case.deadline)
        if record not in reminded:
            reminded.append(record)
    return case.model_copy(update={"reminded": reminded[-_MAX_REMINDERS_KEPT:]})


def expire_overdue(case: Case, today: dt.date, now: dt.datetime) -> Case:
    """`case` marked EXPIRED if it was still waiting for confirmation after its deadline.

    The change is recorded in the history at `now`. Any other case comes back unchanged;
    in particular an EXPIRED case stays expired even if the clock is later moved back.
    """
    from app.core.cases import change_state

    if (
        case.state is CaseState.WAITING_CONFIRMATION
        and case.deadline is not None
        and case.deadline < today
    ):
        return change_state(case, CaseState.EXPIRED, now)
    return case


@dataclass(frozen=True)
class Review:
    """One pass over the cases: what changed, and what the user must now be told."""

    cases: list[Case]  # the cases after the review, in the same order
    expired: list[Case]  # cases that have just expired
    # Reminders to give now; recorded as given in `cases` only when the review was asked to.
    reminders: list[tuple[Case, ReminderKind]]
    recorded: bool = True

    @property
    def changed(self) -> bool:
        """Whether `cases` differ from the cases reviewed (and should be saved)."""
        return bool(self.expired or (self.recorded and self.reminders))


def review(
    cases: Iterable[Case], today: dt.date, now: dt.datetime, *, record: bool = True
) -> Review:
    """Expire what is overdue and give each due reminder once (the app and the login check).

    With `record`, the reminders due are recorded as given in the cases returned; without,
    they are only listed, for the caller to record with `with_reminders_given` once the user
    has seen them (a tray message may never appear: Focus Assist, Do Not Disturb).

    Only the cases waiting with a deadline are looked at (nothing else can expire or be due
    a reminder), and only those that change are copied: with thousands of finished cases a
    review costs a glance at each state. When nothing changes, `cases` holds the very same
    cases, in the same order.
    """
    reviewed = list(cases)
    updated = reviewed
    expired: list[Case] = []
    reminders: list[tuple[Case, ReminderKind]] = []
    for index, case in enumerate(reviewed):
        if case.state not in REMINDING_STATES or case.deadline is None:
            continue  # expire_overdue and reminders_due would leave it as it is
        current = expire_overdue(case, today, now)
        if current.state is not case.state:
            expired.append(current)
        kinds = reminders_due(current, today)
        if kinds:
            if record:
                current = with_reminders_given(current, kinds)
            reminders += [(current, kind) for kind in kinds]
        if current is not case:
            if updated is reviewed:
                updated = list(reviewed)
            updated[index] = current
    return Review(updated, expired, reminders, record)


_ATTENTION_STATES: Final = REMINDING_STATES | {CaseState.EXPIRED, CaseState.REFUSED}
"""The only states `needs_attention` can be true for."""


def needing_attention(cases: Iterable[Case], today: dt.date) -> list[Case]:
    """The cases `needs_attention` is true for, in order, with a glance at the others."""
    return [c for c in cases if c.state in _ATTENTION_STATES and needs_attention(c, today)]


def needs_attention(case: Case, today: dt.date) -> bool:
    """Whether start-up should show `case` first, because the user must act on it soon.

    That is a case waiting with a deadline that is tomorrow, today or already past (a
    closure to confirm, an identity check Amazon should have answered); an expired request
    (to send again); and a refused one (reasons to fix).
    """
    if case.state in {CaseState.EXPIRED, CaseState.REFUSED}:
        return True
    if case.state in REMINDING_STATES and case.deadline is not None:
        return (case.deadline - today).days <= 1
    return False


class DateProblem(StrEnum):
    """Why the dates the user typed for a request cannot be right; the UI translates these."""

    REQUEST_IN_FUTURE = "request_in_future"
    REQUEST_TOO_OLD = "request_too_old"
    DEADLINE_BEFORE_REQUEST = "deadline_before_request"
    DEADLINE_TOO_FAR = "deadline_too_far"


def validate_dates(requested_on: dt.date, deadline: dt.date, today: dt.date) -> DateProblem | None:
    """The first problem with a request day and its deadline, or None if they are plausible.

    The request must not be after `today` nor more than a year before it; the deadline must
    be neither before the request nor more than 60 days after it.
    """
    if requested_on > today:
        return DateProblem.REQUEST_IN_FUTURE
    if (today - requested_on).days > MAX_REQUEST_AGE_DAYS:
        return DateProblem.REQUEST_TOO_OLD
    if deadline < requested_on:
        return DateProblem.DEADLINE_BEFORE_REQUEST
    if (deadline - requested_on).days > MAX_DEADLINE_DAYS:
        return DateProblem.DEADLINE_TOO_FAR
    return None
