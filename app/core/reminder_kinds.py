"""The reminders a deadline gets: the day before, and the day itself."""

from __future__ import annotations

from enum import StrEnum


class ReminderKind(StrEnum):
    DAY_BEFORE = "day_before"
    DEADLINE_DAY = "deadline_day"
