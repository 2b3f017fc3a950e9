"""Window sizes from the font, never larger than the free part of the screen.

A size in pixels is right for one font and one scale only: with a 150% font the texts no
longer fit, and at 200% on a 1920x1080 screen (960x540 to Qt) a window of 920x620 hangs off the
bottom, with its Next and Cancel buttons. So windows ask for a number of average characters
and lines of their own font, and get at most what the screen has free (without the panels and
docks), less room for the title bar the window manager adds around them.

Cheap to import (no `Qt` namespace): the first window uses it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def text_size(widget: QWidget, chars: int, lines: int) -> QSize:
    """The room for `lines` lines of `chars` average characters in `widget`'s font."""
    metrics = widget.fontMetrics()
    return QSize(metrics.averageCharWidth() * chars, metrics.lineSpacing() * lines)


def room_on_screen(widget: QWidget) -> QSize:
    """The largest window `widget` may be: its screen's free area less the window's frame.

    The frame (title bar and borders) is not known before the window is shown: two lines of
    the font above, half a line at the sides, which covers the common window managers.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    line = widget.fontMetrics().lineSpacing()
    return QSize(max(free.width() - line // 2, 1), max(free.height() - 2 * line, 1))


def fit_window(widget: QWidget, *, minimum: QSize, preferred: QSize) -> None:
    """Give `widget` its minimum and preferred sizes, each bounded by the room on its screen."""
    room = room_on_screen(widget)
    widget.setMinimumSize(minimum.boundedTo(room))
    widget.resize(preferred.expandedTo(minimum).boundedTo(room))
