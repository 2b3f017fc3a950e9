"""Telling a screen reader about a change the user's focus is not on: a verdict, a saved case.

Qt (6.8 and later) passes an announcement to the system's accessibility layer (AT-SPI on
Linux, UI Automation on Windows, NSAccessibility on macOS); without a screen reader it costs
nothing. The text is plain: the caller passes the words, not the HTML of a label.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Have a screen reader say `message`, which is about `widget`.

    `urgent` interrupts what the reader is saying (a danger); otherwise it waits its turn.
    """
    text = " ".join(message.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
