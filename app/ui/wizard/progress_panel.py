"""Where the user is in the flow: the job, "Step 3 of 6", and the steps with the current one.

Shown beside every page but the start page. The steps come from the flow
(`FlowSpec.steps_shown`), their names are the pages' own titles. The current step is marked
with words and a sign, not only with a colour or a weight, and the whole panel is one text a
screen reader reads as a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.kit.labels import wrapping_label
from app.ui.kit.rich_text import escape
from app.ui.kit.scrolling import scroll_contents

_DONE, _HERE = "\u2713", "\u25b6"  # check mark, right-pointing triangle


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.job = wrapping_label("progressJob")
        self.position = QLabel()
        self.position.setObjectName("progressPosition")
        self.steps = wrapping_label("progressSteps")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.job)
        layout.addWidget(self.position)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 24)
        # Nine steps in a large font are taller than a small screen: the panel then scrolls,
        # and keeps the current step in sight.
        self.step_scroll = scroll_contents(self, "progressScroll")
        self._following_the_scroll_bar = False  # connected at the first steps: not at start
        self._current = 0
        bold = self.job.font()
        bold.setBold(True)
        self.job.setFont(bold)

    def show_steps(self, job_name: str, titles: Sequence[str], current: int) -> None:
        """`titles` of the steps in order; the user is on the one at `current` (from 0)."""
        if self.step_scroll is not None and not self._following_the_scroll_bar:
            # The scroll bar's range follows the text's height: keep the current step in view.
            self.step_scroll.verticalScrollBar().rangeChanged.connect(self._show_current)
            self._following_the_scroll_bar = True
        number, total = current + 1, len(titles)
        self.job.setText(job_name)
        position = QCoreApplication.translate("ProgressPanel", "Step {number} of {total}").format(
            number=number, total=total
        )
        self.position.setText(position)
        rows = []
        for index, title in enumerate(titles):
            if index < current:
                rows.append(f"<p>{_DONE} {escape(title)}</p>")
            elif index == current:
                rows.append(f"<p><b>{_HERE} {escape(title)}</b></p>")
            else:
                rows.append(f"<p>{escape(title)}</p>")
        self.steps.setText("".join(rows))
        self._current = current
        QTimer.singleShot(0, self, self._show_current)  # once the panel has its new layout
        here = QCoreApplication.translate(
            "ProgressPanel", "{job}: step {number} of {total}, {title}."
        ).format(job=job_name, number=number, total=total, title=titles[current])
        self.setAccessibleName(QCoreApplication.translate("ProgressPanel", "Progress"))
        self.setAccessibleDescription(here)
        self.steps.setAccessibleName(here)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_current()

    def _show_current(self) -> None:
        """Scroll the steps so that the current one is in sight, with a line around it."""
        if self.step_scroll is None or not self.steps.text():
            return
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.steps.font())
        document.setTextWidth(max(self.steps.width(), 1))
        document.setHtml(self.steps.text())
        block = document.findBlockByNumber(self._current)
        if not block.isValid():
            return
        where = document.documentLayout().blockBoundingRect(block)
        line = self.steps.fontMetrics().lineSpacing()
        middle = self.steps.y() + round(where.center().y())
        self.step_scroll.ensureVisible(0, middle, 0, round(where.height() / 2) + line)
