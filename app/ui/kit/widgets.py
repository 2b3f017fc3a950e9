"""Small widgets the pages share: wrapping labels, warnings, date fields, official-link buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QPushButton, QWidget

from app.ui.kit.labels import wrapping_label
from app.ui.kit.theme import Tone, keep_tone, text_style

__all__ = [  # wrapping_label lives in labels.py (cheap for the first window), named here too
    "FIELD_CHARS",
    "FIELD_WIDTH",
    "LinkButton",
    "date_field",
    "field_width",
    "follow_language",
    "from_qdate",
    "link_button",
    "show_and_dispose",
    "to_qdate",
    "warning_label",
    "warning_style",
    "wrapping_label",
]

# Names and dates need no more than this many average characters; full-width fields look
# unfinished. In characters of the field's font, so that a larger font gets a wider field.
FIELD_CHARS = 70
FIELD_WIDTH = 420  # the same in pixels of a 9-point font: prefer field_width(), which follows it


def field_width(widget: QWidget, share: float = 1.0) -> int:
    """The widest a field of names or dates should be, in `widget`'s font (`share` of it)."""
    return round(widget.fontMetrics().averageCharWidth() * FIELD_CHARS * share)


def warning_style(label: QLabel | None = None) -> str:
    """Bold text in the warning red, in a shade readable on the palette of `label`."""
    return text_style(Tone.DANGER, label, bold=True)


def warning_label(object_name: str = "warning") -> QLabel:
    label = wrapping_label(object_name)
    keep_tone(label, Tone.DANGER, bold=True)  # warning_style, after a change of scheme too
    return label


class LinkButton(QPushButton):
    """A button that opens the official page `url()` (computed when pressed) in the browser.

    Its tooltip is the address itself, computed again whenever the button is shown or the
    tooltip asked for (the store may have changed since).
    """

    def __init__(self, object_name: str, url: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.url = url
        self.clicked.connect(self.open_page)  # a bound method: Qt tracks its lifetime

    def open_page(self) -> None:
        from app.ui.kit.browser import open_official_page  # at the first press, not at start

        open_official_page(self.url(), self)

    def showEvent(self, event: QShowEvent) -> None:
        self.setToolTip(self.url())
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self.setToolTip(self.url())
        return super().event(event)


def link_button(object_name: str, url: Callable[[], str]) -> QPushButton:
    return LinkButton(object_name, url)


def show_and_dispose(dialog: QDialog) -> int:
    """Run `dialog` until it closes, then delete it: a parent would otherwise keep it for ever."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_field(object_name: str) -> QDateEdit:
    """A date field with a calendar, written the way the current language writes dates."""
    field = QDateEdit()
    field.setObjectName(object_name)
    field.setCalendarPopup(True)
    field.setMaximumWidth(field_width(field, 3 / 4))
    follow_language(field)
    return field


def follow_language(field: QDateEdit) -> None:
    """Call again after a language change: the date is then shown in the new language."""
    locale = QLocale()
    field.setLocale(locale)
    field.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))
