"""Deadlines exported to a calendar file that real calendar software reads back exactly."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.calendar_export import CalendarEntry, clean_text, to_icalendar

NOW = dt.datetime(2026, 3, 27, 18, 45, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))
DEADLINE = dt.date(2026, 4, 1)
TRICKY = "Chiusura: conferma, subito; C:\\Users\\Mamma\nperché è già così 🙂"


def entry(
    summary: str = "Confirm the closure",
    description: str = "Open Amazon's e-mail and click the link.",
    uid: str = "0123abcd",
    day: dt.date = DEADLINE,
) -> CalendarEntry:
    return CalendarEntry(uid=uid, day=day, summary=summary, description=description)


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text.encode("utf-8"))


def events(text: str) -> list[icalendar.Event]:
    return list(parse(text).walk("VEVENT"))


def physical_lines(text: str) -> list[bytes]:
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    return data[: -len(b"\r\n")].split(b"\r\n")


def test_the_deadline_is_an_all_day_event_on_the_right_day_with_its_uid() -> None:
    text = to_icalendar([entry()], NOW)
    calendar = parse(text)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//Account Assistant//EN"
    assert calendar["METHOD"] == "PUBLISH"
    [event] = events(text)
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    # A plain date, not a datetime: shown as an all-day event in every calendar.
    assert type(start) is dt.date and type(end) is dt.date
    assert start == DEADLINE
    assert end == dt.date(2026, 4, 2)
    assert str(event["UID"]) == "0123abcd@account-assistant"
    assert event.decoded("DTSTAMP") == dt.datetime(2026, 3, 27, 17, 45, 10, tzinfo=dt.UTC)
    assert str(event["TRANSP"]) == "TRANSPARENT"


def test_two_alarms_at_nine_the_day_before_and_on_the_day() -> None:
    [event] = events(to_icalendar([entry()], NOW))
    alarms = list(event.walk("VALARM"))
    assert sorted(alarm.decoded("TRIGGER") for alarm in alarms) == [
        dt.timedelta(hours=-15),
        dt.timedelta(hours=9),
    ]
    for alarm in alarms:
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == "Confirm the closure"
    midnight = dt.datetime.combine(DEADLINE, dt.time())
    fire_times = sorted(midnight + alarm.decoded("TRIGGER") for alarm in alarms)
    assert fire_times == [dt.datetime(2026, 3, 31, 9), dt.datetime(2026, 4, 1, 9)]


def test_punctuation_backslashes_newlines_accents_and_emoji_come_back_exactly() -> None:
    [event] = events(to_icalendar([entry(summary=TRICKY, description=TRICKY * 3)], NOW))
    assert str(event["SUMMARY"]) == TRICKY
    assert str(event["DESCRIPTION"]) == TRICKY * 3


def test_every_line_fits_in_75_octets_and_ends_with_crlf() -> None:
    long_text = "àèìòù🙂€" * 40  # 2-, 3- and 4-byte characters: folds must not cut one
    text = to_icalendar([entry(summary=long_text, description=long_text)], NOW)
    lines = physical_lines(text)
    assert len(lines) > 20
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is whole UTF-8 on its own
        assert b"\r" not in line and b"\n" not in line
    assert text.count("\n") == text.count("\r\n")
    [event] = events(text)
    assert str(event["SUMMARY"]) == long_text


def test_no_deadlines_give_a_valid_empty_calendar() -> None:
    text = to_icalendar([], NOW)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert events(text) == []
    assert parse(text)["VERSION"] == "2.0"


def test_several_deadlines_give_one_event_each() -> None:
    entries = [
        entry(uid="a", day=dt.date(2026, 4, 1), summary="Seller account"),
        entry(uid="b", day=dt.date(2026, 12, 31), summary="Customer account"),
        entry(uid="c", day=dt.date(2027, 1, 3), summary="Account di mamma"),
    ]
    found = {
        str(event["UID"]): (event.decoded("DTSTART"), str(event["SUMMARY"]))
        for event in events(to_icalendar(entries, NOW))
    }
    assert found == {f"{e.uid}@account-assistant": (e.day, e.summary) for e in entries}


def test_a_time_without_timezone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        to_icalendar([entry()], dt.datetime(2026, 3, 27, 9))


def test_control_characters_are_dropped_and_line_ends_become_newlines() -> None:
    assert clean_text("a\x00b\x07c\r\nd\re\tf\x7f") == "abc\nd\ne\tf"


@given(summary=st.text(), description=st.text())
def test_any_text_round_trips_and_lines_stay_short(summary: str, description: str) -> None:
    text = to_icalendar([entry(summary=summary, description=description)], NOW)
    for line in physical_lines(text):
        assert len(line) <= 75
    [event] = events(text)
    assert str(event.get("SUMMARY", "")) == clean_text(summary)
    assert str(event.get("DESCRIPTION", "")) == clean_text(description)
