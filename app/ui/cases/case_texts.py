"""How a case's state, dates and countdown are written on screen, in the current language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.core.case_states import REMINDING_STATES, CaseState
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, CountingContext, SentenceTable

STATE_NAMES = SentenceTable(
    "CaseTexts",
    {
        CaseState.DRAFT: QT_TRANSLATE_NOOP("CaseTexts", "Request not sent yet"),
        CaseState.WAITING_CONFIRMATION: QT_TRANSLATE_NOOP(
            "CaseTexts", "Waiting for your confirmation"
        ),
        CaseState.CONFIRMED: QT_TRANSLATE_NOOP("CaseTexts", "Confirmed"),
        CaseState.EXPIRED: QT_TRANSLATE_NOOP("CaseTexts", "Deadline passed"),
        CaseState.REFUSED: QT_TRANSLATE_NOOP("CaseTexts", "Refused by Amazon"),
        CaseState.ABANDONED: QT_TRANSLATE_NOOP("CaseTexts", "Abandoned"),
        CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseTexts", "In progress"),
        CaseState.WAITING_FOR_RESET: QT_TRANSLATE_NOOP("CaseTexts", "Waiting for Amazon's e-mail"),
        CaseState.SOLVED: QT_TRANSLATE_NOOP("CaseTexts", "Solved"),
    },
)
# One line of a case's history: what happened on that day, in a full sentence.
HISTORY_LINES = SentenceTable(
    "CaseTexts",
    {
        CaseState.DRAFT: QT_TRANSLATE_NOOP("CaseTexts", "Started on {date}, request not sent yet."),
        CaseState.WAITING_CONFIRMATION: QT_TRANSLATE_NOOP(
            "CaseTexts", "Waiting for your confirmation since {date}."
        ),
        CaseState.CONFIRMED: QT_TRANSLATE_NOOP("CaseTexts", "Confirmed on {date}."),
        CaseState.EXPIRED: QT_TRANSLATE_NOOP(
            "CaseTexts", "On {date} the deadline passed without being marked as confirmed."
        ),
        CaseState.REFUSED: QT_TRANSLATE_NOOP("CaseTexts", "Refused by Amazon on {date}."),
        CaseState.ABANDONED: QT_TRANSLATE_NOOP("CaseTexts", "Abandoned on {date}."),
        CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseTexts", "Opened on {date}."),
        CaseState.WAITING_FOR_RESET: QT_TRANSLATE_NOOP(
            "CaseTexts", "Waiting for Amazon's e-mail since {date}."
        ),
        CaseState.SOLVED: QT_TRANSLATE_NOOP("CaseTexts", "Solved on {date}."),
    },
)
CaseTexts = CountingContext("CaseTexts")  # for the sentences with a number


def state_name(state: CaseState) -> str:
    """The state in words; a state missing from the table is a KeyError (a test walks them)."""
    return STATE_NAMES[state]


def history_line(state: CaseState, day: dt.date) -> str:
    """What the history's date `day` is, e.g. "Confirmed on 22 November 2026."."""
    return HISTORY_LINES[state].format(date=long_date(day))


def long_date(day: dt.date) -> str:
    """`day` as the current language writes it in full, e.g. "22 novembre 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def no_deadline() -> str:
    return QCoreApplication.translate("CaseTexts", "No deadline")


def time_left(state: CaseState, deadline: dt.date | None, today: dt.date) -> str:
    """The countdown in words: "3 days left", "due today", "expired"; empty when none applies."""
    if state is CaseState.EXPIRED:
        return QCoreApplication.translate("CaseTexts", "expired")
    if state not in REMINDING_STATES or deadline is None:
        return ""
    from app.core.deadlines import CountdownKind, countdown  # not before the first paint

    left = countdown(deadline, today)
    if left.kind is CountdownKind.DAYS_LEFT:
        return CaseTexts.tr(
            "%n day(s) left", None, left.days, english=("%n day left", "%n days left")
        )
    if left.kind is CountdownKind.DUE_TODAY:
        return QCoreApplication.translate("CaseTexts", "due today")
    return QCoreApplication.translate("CaseTexts", "expired")
