"""Confirmation deadlines as an iCalendar file (RFC 5545), to put them in the user's calendar.

Written by hand, with only the plain properties that Google Calendar, Outlook and Apple
Calendar all read: one all-day event per deadline, with a display alarm at 09:00 the day
before and one at 09:00 on the day.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

_Path = TypeVar("_Path", bound=PurePath)

PRODID: Final = "-//Account Assistant//EN"
SUFFIX: Final = ".ics"
UID_DOMAIN: Final = "account-assistant"

_CRLF: Final = "\r\n"
_MAX_LINE_OCTETS: Final = 75  # RFC 5545 §3.1, not counting the CRLF
# All-day events start at midnight: these fire at 09:00 the day before and on the day.
_TRIGGER_DAY_BEFORE: Final = "-PT15H"
_TRIGGER_ON_THE_DAY: Final = "PT9H"
# Control characters and lone surrogates (Unicode general categories).
_UNWRITABLE_CATEGORIES: Final = frozenset({"Cc", "Cs"})


@dataclass(frozen=True)
class CalendarEntry:
    """One deadline to export: an all-day event on `day`.

    `uid` must stay the same for the same case, so that importing again updates the event
    instead of adding a second one.
    """

    uid: str
    day: dt.date
    summary: str
    description: str


def with_calendar_suffix(path: _Path) -> _Path:
    """`path` as a calendar file's name: `.ics` added to a name that does not end with it.

    Added, not put in place of another ending: `deadlines.2026` becomes
    `deadlines.2026.ics`, never `deadlines.ics` (which may be another file).
    """
    if not path.name or path.name.lower().endswith(SUFFIX):
        return path
    return path.with_name(path.name + SUFFIX)


def to_icalendar(entries: Sequence[CalendarEntry], now: dt.datetime) -> str:
    """The text of a calendar publishing `entries`, stamped at `now` (an aware datetime).

    Lines end with CRLF and are folded at 75 octets, so the text must be written as UTF-8
    bytes exactly as it is (not through a text-mode file, which would change the line ends
    on Windows). Text values lose any control character except newline and tab, which
    iCalendar cannot carry (see `clean_text`).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for entry in entries:
        lines += _event_lines(entry, stamp)
    lines.append("END:VCALENDAR")
    return "".join(f"{folded}{_CRLF}" for line in lines for folded in _fold(line))


def _event_lines(entry: CalendarEntry, stamp: str) -> list[str]:
    """The content lines of one all-day event with its two alarms, not yet folded."""
    summary = escape_text(entry.summary)
    end = entry.day + dt.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(f'{entry.uid}@{UID_DOMAIN}')}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(entry.day)}",
        f"DTEND;VALUE=DATE:{_date(end)}",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{escape_text(entry.description)}",
        "TRANSP:TRANSPARENT",
    ]
    for trigger in (_TRIGGER_DAY_BEFORE, _TRIGGER_ON_THE_DAY):
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{summary}",
            f"TRIGGER:{trigger}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def _date(day: dt.date) -> str:
    """A DATE value: the day as YYYYMMDD."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def clean_text(text: str) -> str:
    """`text` as iCalendar can carry it: line ends made `\\n`, other control characters gone.

    RFC 5545 TEXT values cannot hold control characters except tab (and a newline written
    as an escape), so the others (NUL, form feed, DEL, ...) are dropped, and so are lone
    surrogates, which cannot be written in UTF-8 at all.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        char
        for char in text
        if char in "\n\t" or unicodedata.category(char) not in _UNWRITABLE_CATEGORIES
    )


def escape_text(text: str) -> str:
    """A TEXT value for a content line: cleaned, then `\\ ; , newline` escaped."""
    return (
        clean_text(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> Iterator[str]:
    """`line` cut into physical lines of at most 75 octets, never inside a UTF-8 character.

    Every line after the first starts with the space that marks a continuation, and that
    space counts towards the 75 octets.
    """
    chunk: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > _MAX_LINE_OCTETS:
            yield "".join(chunk)
            chunk, size = [" "], 1
        chunk.append(char)
        size += width
    yield "".join(chunk)
