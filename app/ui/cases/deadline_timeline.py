"""A waiting case's days as a small timeline: the day the request was sent, today, the deadline.

Drawn with the palette's own colours; every mark has its words beside it (never a colour
alone), and the whole timeline is one sentence for screen readers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.cases.case_texts import long_date, short_date


class DeadlineTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineTimeline")
        self._days: tuple[dt.date, dt.date, dt.date] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 3 + 6)
        self.setAccessibleName(QCoreApplication.translate("DeadlineTimeline", "Deadline"))

    def show_days(self, requested_on: dt.date, today: dt.date, deadline: dt.date) -> None:
        self._days = (requested_on, today, deadline)
        total = max((deadline - requested_on).days, 1)
        day = min(max((today - requested_on).days, 0), total)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "DeadlineTimeline",
                "Request sent on {sent}; today, {today}, is day {day} of {total}; confirm by "
                "{deadline}.",
            ).format(
                sent=long_date(requested_on),
                today=long_date(today),
                day=day,
                total=total,
                deadline=long_date(deadline),
            )
        )
        self.setToolTip(self.accessibleDescription())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if self._days is None:
            return
        requested_on, today, deadline = self._days
        total = max((deadline - requested_on).days, 1)
        metrics = self.fontMetrics()
        line_height = metrics.height()
        margin = metrics.averageCharWidth() * 2
        left, right = float(margin), float(self.width() - margin)
        y = line_height * 1.5 + 2

        def x_of(day: int) -> float:
            return left + (right - left) * min(max(day, 0), total) / total

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(text, 2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        for day in range(total + 1):  # a tick for each day
            painter.drawLine(QPointF(x_of(day), y - 4), QPointF(x_of(day), y + 4))

        today_x = x_of((today - requested_on).days)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(accent)
        radius = line_height / 3
        painter.drawEllipse(QPointF(today_x, y), radius, radius)

        painter.setPen(text)
        sent = QCoreApplication.translate("DeadlineTimeline", "sent {date}").format(
            date=short_date(requested_on)
        )
        confirm_by = QCoreApplication.translate("DeadlineTimeline", "confirm by {date}").format(
            date=short_date(deadline)
        )
        today_text = QCoreApplication.translate("DeadlineTimeline", "today")
        below = y + line_height * 0.5
        painter.drawText(QRectF(0, below, self.width() / 2, line_height), sent)
        painter.drawText(
            QRectF(self.width() / 2, below, self.width() / 2 - 1, line_height),
            int(Qt.AlignmentFlag.AlignRight),
            confirm_by,
        )
        width = metrics.horizontalAdvance(today_text)
        text_left = min(max(today_x - width / 2, 0), self.width() - width)
        painter.drawText(QPointF(text_left, y - radius - 4), today_text)
        painter.end()
