"""How a case's state, dates and countdown are written on screen, in the current language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.core.deadlines import CountdownKind, countdown
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

_STATES = {
    "draft": QT_TRANSLATE_NOOP("CaseTexts", "Request not sent yet"),
    "waiting_confirmation": QT_TRANSLATE_NOOP("CaseTexts", "Waiting for your confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("CaseTexts", "Confirmed"),
    "expired": QT_TRANSLATE_NOOP("CaseTexts", "Expired: start again"),
    "refused": QT_TRANSLATE_NOOP("CaseTexts", "Refused by Amazon"),
    "abandoned": QT_TRANSLATE_NOOP("CaseTexts", "Abandoned"),
    "in_progress": QT_TRANSLATE_NOOP("CaseTexts", "In progress"),
    "waiting_for_reset": QT_TRANSLATE_NOOP("CaseTexts", "Waiting for Amazon's e-mail"),
    "solved": QT_TRANSLATE_NOOP("CaseTexts", "Solved"),
}


def state_name(state: str) -> str:
    return QCoreApplication.translate("CaseTexts", _STATES.get(state, state))


def long_date(day: dt.date) -> str:
    """`day` as the current language writes it in full, e.g. "22 novembre 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def no_deadline() -> str:
    return QCoreApplication.translate("CaseTexts", "No deadline")


def time_left(state: str, deadline: dt.date | None, today: dt.date) -> str:
    """The countdown in words: "3 days left", "due today", "expired"; empty when none applies."""
    if state == "expired":
        return QCoreApplication.translate("CaseTexts", "expired")
    if state not in {"waiting_confirmation", "waiting_for_reset"} or deadline is None:
        return ""
    left = countdown(deadline, today)
    if left.kind is CountdownKind.DUE_TODAY:
        return QCoreApplication.translate("CaseTexts", "due today")
    if left.kind is CountdownKind.OVERDUE:
        return QCoreApplication.translate("CaseTexts", "expired")
    if left.days == 1:  # Italian and English share the one/other plural rule
        return QCoreApplication.translate("CaseTexts", "1 day left")
    return QCoreApplication.translate("CaseTexts", "{count} days left").format(count=left.days)
