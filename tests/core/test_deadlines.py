"""The 5-day confirmation deadline: counted in local days, reminded once, expired when missed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.case_states import CaseState
from app.core.cases import Case, change_state, open_case
from app.core.deadlines import (
    CONFIRMATION_DAYS,
    Countdown,
    CountdownKind,
    DateProblem,
    confirmation_deadline,
    countdown,
    expire_overdue,
    local_today,
    needs_attention,
    reminders_due,
    review,
    validate_dates,
    with_reminders_given,
)
from app.core.jobs import Job
from app.core.limits import EARLIEST_DATE, LATEST_DATE
from app.core.reminder_kinds import ReminderKind

ROME = ZoneInfo("Europe/Rome")
REQUESTED = dt.date(2026, 3, 27)
DEADLINE = dt.date(2026, 4, 1)
SENT_AT = dt.datetime(2026, 3, 27, 10, 0, tzinfo=ROME)
DAY = dt.timedelta(days=1)


def waiting_case(
    requested_on: dt.date = REQUESTED,
    deadline: dt.date | None = DEADLINE,
    state: CaseState = CaseState.WAITING_CONFIRMATION,
) -> Case:
    """A seller-account closure request sent on `requested_on`, then moved to `state`."""
    case = open_case(Job.CLOSE_SELLER_ACCOUNT, "My shop", "amazon.it", "", SENT_AT)
    case = change_state(case, CaseState.WAITING_CONFIRMATION, SENT_AT)
    case = change_state(case, state, SENT_AT + DAY)
    return Case.model_validate(
        case.model_dump() | {"requested_on": requested_on, "deadline": deadline}
    )


def at_rome(utc: dt.datetime) -> dt.datetime:
    """The wall-clock time in Rome at the UTC instant `utc`, as the computer would show it."""
    return utc.replace(tzinfo=dt.UTC).astimezone(ROME)


# --- the deadline and the local day -------------------------------------------------------


@pytest.mark.parametrize(
    ("requested_on", "deadline"),
    [
        (dt.date(2026, 3, 27), dt.date(2026, 4, 1)),
        (dt.date(2026, 1, 29), dt.date(2026, 2, 3)),  # month end
        (dt.date(2028, 2, 26), dt.date(2028, 3, 2)),  # leap year: 29 February counts
        (dt.date(2027, 2, 26), dt.date(2027, 3, 3)),
        (dt.date(2026, 12, 29), dt.date(2027, 1, 3)),  # year end
    ],
)
def test_the_deadline_is_five_calendar_days_after_the_request(
    requested_on: dt.date, deadline: dt.date
) -> None:
    assert CONFIRMATION_DAYS == 5
    assert confirmation_deadline(requested_on) == deadline


def test_the_day_does_not_slip_when_summer_time_starts() -> None:
    # 29 March 2026, 02:00 in Rome: the clocks jump to 03:00 (01:00 UTC).
    before = at_rome(dt.datetime(2026, 3, 29, 0, 59, 59))
    after = at_rome(dt.datetime(2026, 3, 29, 1, 0, 1))
    assert (before.hour, after.hour) == (1, 3)
    assert before.utcoffset() != after.utcoffset()
    deadline = confirmation_deadline(REQUESTED)
    for moment in (before, after):
        assert local_today(moment) == dt.date(2026, 3, 29)
        assert countdown(deadline, local_today(moment)) == Countdown(CountdownKind.DAYS_LEFT, 3)
    # Just after midnight on the first summer day the local day has already changed,
    # although in UTC it is still the day before.
    first_summer_midnight = at_rome(dt.datetime(2026, 3, 29, 22, 0, 30))
    assert first_summer_midnight.date() == dt.date(2026, 3, 30)
    assert countdown(deadline, local_today(first_summer_midnight)) == Countdown(
        CountdownKind.DAYS_LEFT, 2
    )


def test_the_day_changes_at_local_midnight_on_both_sides_of_the_october_change() -> None:
    # 25 October 2026, 03:00 in Rome: the clocks go back to 02:00 (a 25-hour day).
    deadline = confirmation_deadline(dt.date(2026, 10, 22))
    assert deadline == dt.date(2026, 10, 27)
    last_summer_evening = at_rome(dt.datetime(2026, 10, 24, 21, 59, 30))  # 23:59:30 CEST
    after_summer_midnight = at_rome(dt.datetime(2026, 10, 24, 22, 0, 30))  # 00:00:30 CEST
    after_winter_midnight = at_rome(dt.datetime(2026, 10, 25, 23, 0, 30))  # 00:00:30 CET
    assert after_summer_midnight.utcoffset() == dt.timedelta(hours=2)
    assert after_winter_midnight.utcoffset() == dt.timedelta(hours=1)
    seen = [
        (local_today(moment), countdown(deadline, local_today(moment)))
        for moment in (last_summer_evening, after_summer_midnight, after_winter_midnight)
    ]
    assert seen == [
        (dt.date(2026, 10, 24), Countdown(CountdownKind.DAYS_LEFT, 3)),
        (dt.date(2026, 10, 25), Countdown(CountdownKind.DAYS_LEFT, 2)),
        (dt.date(2026, 10, 26), Countdown(CountdownKind.DAYS_LEFT, 1)),
    ]


def test_a_time_without_timezone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        local_today(dt.datetime(2026, 3, 29, 1, 30))


# --- the countdown ------------------------------------------------------------------------


def test_countdown_the_day_before_on_the_day_and_the_day_after() -> None:
    assert countdown(DEADLINE, DEADLINE - DAY) == Countdown(CountdownKind.DAYS_LEFT, 1)
    assert countdown(DEADLINE, DEADLINE) == Countdown(CountdownKind.DUE_TODAY, 0)
    assert countdown(DEADLINE, DEADLINE + DAY) == Countdown(CountdownKind.OVERDUE, 1)
    assert countdown(DEADLINE, DEADLINE + 4 * DAY) == Countdown(CountdownKind.OVERDUE, 4)


@given(
    requested_on=st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)),
    days=st.integers(1, 60),
)
def test_on_the_day_of_the_request_all_the_days_are_left(requested_on: dt.date, days: int) -> None:
    deadline = confirmation_deadline(requested_on, days)
    assert countdown(deadline, requested_on) == Countdown(CountdownKind.DAYS_LEFT, days)


# --- a deadline missed while the app was closed -------------------------------------------


def test_a_deadline_already_past_at_start_up_expires_the_request() -> None:
    now = dt.datetime(2026, 4, 3, 8, 15, tzinfo=ROME)
    case = waiting_case()
    expired = expire_overdue(case, local_today(now), now)
    assert expired.state is CaseState.EXPIRED
    assert [(change.state, change.at) for change in expired.history][-1] == (
        CaseState.EXPIRED,
        now,
    )
    assert expired.history[:-1] == case.history  # the past is kept
    assert case.state is CaseState.WAITING_CONFIRMATION  # the original is untouched
    assert needs_attention(expired, local_today(now))
    assert reminders_due(expired, local_today(now)) == []


def test_on_the_deadline_day_the_request_can_still_be_confirmed() -> None:
    case = waiting_case()
    assert expire_overdue(case, DEADLINE, SENT_AT + 5 * DAY) is case


# --- the clock moved back -----------------------------------------------------------------


def test_a_clock_before_the_request_shows_more_days_left_and_changes_nothing() -> None:
    today = REQUESTED - 7 * DAY
    case = waiting_case()
    assert countdown(DEADLINE, today) == Countdown(CountdownKind.DAYS_LEFT, 12)
    assert reminders_due(case, today) == []
    assert expire_overdue(case, today, SENT_AT) is case
    assert not needs_attention(case, today)


def test_an_expired_request_stays_expired_when_the_clock_goes_back() -> None:
    expired = expire_overdue(waiting_case(), DEADLINE + DAY, SENT_AT + 6 * DAY)
    for today in (DEADLINE - DAY, DEADLINE, REQUESTED - 30 * DAY):
        assert expire_overdue(expired, today, SENT_AT) is expired
        assert reminders_due(expired, today) == []


def test_reminders_already_given_are_not_given_again_when_the_clock_goes_back() -> None:
    case = waiting_case()
    case = with_reminders_given(case, reminders_due(case, DEADLINE - DAY))
    case = with_reminders_given(case, reminders_due(case, DEADLINE))
    assert reminders_due(case, DEADLINE - DAY) == []
    assert reminders_due(case, DEADLINE) == []


# --- reminders ----------------------------------------------------------------------------


def test_one_reminder_the_day_before_and_one_on_the_day_each_given_once() -> None:
    case = waiting_case()
    assert reminders_due(case, DEADLINE - 2 * DAY) == []
    assert reminders_due(case, DEADLINE - DAY) == [ReminderKind.DAY_BEFORE]
    case = with_reminders_given(case, [ReminderKind.DAY_BEFORE])
    assert reminders_due(case, DEADLINE - DAY) == []  # the app started again that day
    assert reminders_due(case, DEADLINE) == [ReminderKind.DEADLINE_DAY]
    case = with_reminders_given(case, [ReminderKind.DEADLINE_DAY])
    assert reminders_due(case, DEADLINE) == []
    assert reminders_due(case, DEADLINE + DAY) == []


def test_given_reminders_are_remembered_after_saving_and_loading() -> None:
    case = with_reminders_given(waiting_case(), [ReminderKind.DAY_BEFORE])
    reloaded = Case.model_validate_json(case.model_dump_json())
    assert reminders_due(reloaded, DEADLINE - DAY) == []


def test_recording_a_reminder_twice_keeps_one_record() -> None:
    case = with_reminders_given(waiting_case(), [ReminderKind.DAY_BEFORE])
    again = with_reminders_given(case, [ReminderKind.DAY_BEFORE])
    assert len(again.reminded) == 1
    assert with_reminders_given(case, []) is case


def test_a_missed_day_before_is_not_given_late_on_the_deadline_day() -> None:
    assert reminders_due(waiting_case(), DEADLINE) == [ReminderKind.DEADLINE_DAY]


def test_a_changed_deadline_gets_fresh_reminders() -> None:
    case = waiting_case()
    case = with_reminders_given(case, [ReminderKind.DAY_BEFORE])
    case = with_reminders_given(case, [ReminderKind.DEADLINE_DAY])
    later = DEADLINE + 2 * DAY
    case = case.model_validate(case.model_dump() | {"deadline": later})  # corrected by the user
    assert reminders_due(case, later - DAY) == [ReminderKind.DAY_BEFORE]
    assert reminders_due(case, later) == [ReminderKind.DEADLINE_DAY]


@pytest.mark.parametrize(
    "state",
    [CaseState.CONFIRMED, CaseState.REFUSED, CaseState.EXPIRED, CaseState.ABANDONED],
)
def test_no_reminders_once_the_request_is_settled(state: CaseState) -> None:
    case = waiting_case(state=state)
    assert reminders_due(case, DEADLINE - DAY) == []
    assert reminders_due(case, DEADLINE) == []


def test_no_reminders_without_a_deadline() -> None:
    case = waiting_case(deadline=None)
    assert reminders_due(case, DEADLINE - DAY) == []
    with pytest.raises(ValueError, match="deadline"):
        with_reminders_given(case, [ReminderKind.DAY_BEFORE])


# --- what start-up shows first ------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "today", "shown_first"),
    [
        (CaseState.WAITING_CONFIRMATION, DEADLINE - 2 * DAY, False),
        (CaseState.WAITING_CONFIRMATION, DEADLINE - DAY, True),
        (CaseState.WAITING_CONFIRMATION, DEADLINE, True),
        (CaseState.WAITING_CONFIRMATION, DEADLINE + DAY, True),
        (CaseState.EXPIRED, DEADLINE + DAY, True),
        (CaseState.REFUSED, DEADLINE - 3 * DAY, True),
        (CaseState.CONFIRMED, DEADLINE, False),
        (CaseState.ABANDONED, DEADLINE, False),
        (CaseState.DRAFT, DEADLINE, False),
        (CaseState.IN_PROGRESS, DEADLINE, False),
    ],
)
def test_what_needs_attention(state: CaseState, today: dt.date, shown_first: bool) -> None:
    assert needs_attention(waiting_case(state=state), today) is shown_first


# --- dates typed by the user --------------------------------------------------------------


TODAY = dt.date(2026, 3, 29)


@pytest.mark.parametrize(
    ("requested_on", "deadline", "problem"),
    [
        (TODAY, TODAY + 5 * DAY, None),
        (TODAY - 365 * DAY, TODAY - 360 * DAY, None),
        (TODAY - 3 * DAY, TODAY - 3 * DAY, None),
        (TODAY - 3 * DAY, TODAY + 57 * DAY, None),
        (TODAY + DAY, TODAY + 6 * DAY, DateProblem.REQUEST_IN_FUTURE),
        (TODAY - 366 * DAY, TODAY - 361 * DAY, DateProblem.REQUEST_TOO_OLD),
        (TODAY - 3 * DAY, TODAY - 4 * DAY, DateProblem.DEADLINE_BEFORE_REQUEST),
        (TODAY - 3 * DAY, TODAY + 58 * DAY, DateProblem.DEADLINE_TOO_FAR),
    ],
)
def test_implausible_dates_are_named(
    requested_on: dt.date, deadline: dt.date, problem: DateProblem | None
) -> None:
    assert validate_dates(requested_on, deadline, TODAY) is problem


# --- properties ---------------------------------------------------------------------------


@given(
    # Any request a case can hold, with room for its deadline and the days around it.
    requested_on=st.dates(EARLIEST_DATE + 70 * DAY, LATEST_DATE - 130 * DAY),
    days=st.integers(1, 60),
    offset=st.integers(-70, 70),
    state=st.sampled_from(CaseState),
)
def test_expiring_twice_is_the_same_as_expiring_once(
    requested_on: dt.date, days: int, offset: int, state: CaseState
) -> None:
    deadline = confirmation_deadline(requested_on, days)
    today = deadline + dt.timedelta(days=offset)
    now = dt.datetime.combine(today, dt.time(9), tzinfo=ROME)
    once = expire_overdue(waiting_case(requested_on, deadline, state), today, now)
    assert expire_overdue(once, today, now) == once
    overdue_and_waiting = offset > 0 and state is CaseState.WAITING_CONFIRMATION
    assert once.state is (CaseState.EXPIRED if overdue_and_waiting else state)


def test_importing_the_deadlines_loads_no_pydantic() -> None:
    # The UI imports this module before the first paint, where every millisecond shows.
    code = (
        "import sys, app.core.deadlines\nprint(any(m.startswith('pydantic') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert out.stdout.strip() == "False"


# -- a review over many cases ------------------------------------------------------------------


def test_a_review_looks_only_at_the_cases_waiting_with_a_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of finished cases cost a glance each: none is copied or checked again."""
    from app.core import deadlines

    opened = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    finished = [
        change_state(
            open_case(Job.CUSTOMER_SIGN_IN, f"Conto {n}", "amazon.it", "", opened),
            CaseState.SOLVED,
            opened,
        )
        for n in range(5_000)
    ]
    due = waiting_case(dt.date(2026, 3, 2), dt.date(2026, 3, 7))
    overdue = waiting_case(dt.date(2026, 2, 20), dt.date(2026, 2, 25))
    cases = [*finished[:2_500], due, *finished[2_500:], overdue]
    looked_at: list[Case] = []
    real = deadlines.expire_overdue

    def counting(case: Case, today: dt.date, now: dt.datetime) -> Case:
        looked_at.append(case)
        return real(case, today, now)

    monkeypatch.setattr(deadlines, "expire_overdue", counting)
    today = dt.date(2026, 3, 6)  # the day before the first deadline

    result = deadlines.review(cases, today, dt.datetime(2026, 3, 6, 9, 0, tzinfo=dt.UTC))

    assert looked_at == [due, overdue]
    assert [kind for _case, kind in result.reminders] == [ReminderKind.DAY_BEFORE]
    assert [case.state for case in result.expired] == [CaseState.EXPIRED]
    assert all(
        a is b for a, b in zip(result.cases, cases, strict=True) if a.id not in (due.id, overdue.id)
    )
    assert deadlines.needing_attention(result.cases, today) == [
        result.cases[2_500],
        result.cases[-1],
    ]


def test_a_review_that_changes_nothing_gives_back_the_same_cases() -> None:
    case = waiting_case(dt.date(2026, 3, 2), dt.date(2026, 3, 7))
    result = review([case], dt.date(2026, 3, 3), dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC))

    assert not result.changed and result.cases == [case] and result.cases[0] is case


def test_a_moment_on_any_day_within_the_years_is_kept_and_none_a_day_beyond() -> None:
    """The bounds are checked by pydantic-core, not a Python call per moment: every moment
    whose own day lies within EARLIEST_DATE..LATEST_DATE is accepted, as before."""
    from pydantic import ValidationError

    from app.core.cases import StateChange

    def at(*args: int, hours: int) -> dt.datetime:
        return dt.datetime(*args, tzinfo=dt.timezone(dt.timedelta(hours=hours)))

    for moment in (at(2000, 1, 1, 0, 0, hours=14), at(2099, 12, 31, 23, 59, hours=-12)):
        assert StateChange(state=CaseState.DRAFT, at=moment).at == moment
    for moment in (at(1999, 12, 30, 23, 0, hours=0), at(2100, 1, 2, 1, 0, hours=0)):
        with pytest.raises(ValidationError):
            StateChange(state=CaseState.DRAFT, at=moment)
    for day in (EARLIEST_DATE - DAY, LATEST_DATE + DAY):
        with pytest.raises(ValidationError):
            waiting_case(requested_on=day, deadline=None)
