"""How a case's state and dates are written on screen, in the current language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.ui.translatable import QT_TRANSLATE_NOOP

_STATES = {
    "in_progress": QT_TRANSLATE_NOOP("CaseTexts", "In progress"),
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
