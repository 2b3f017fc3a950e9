"""Where the user is in the flow: the job, "Step 3 of 6", and the steps with the current one.

Shown beside every page but the start page. The steps come from the flow
(`FlowSpec.steps_shown`), their names are the pages' own titles. The current step is marked
with words and a sign, not only with a colour or a weight, and the whole panel is one text a
screen reader reads as a sentence.

Each step is a plain label of its own: on Next only the two steps whose mark changes are
measured and drawn again (one rich text of all the steps was laid out some ten times per
page change, about a sixth of Next; docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.kit.labels import wrapping_label
from app.ui.kit.scrolling import scroll_contents

_DONE, _HERE = "\u2713", "\u25b6"  # check mark, right-pointing triangle


def _row(title: str, index: int, current: int) -> tuple[str, bool]:
    """A step's text and whether it is bold: done, current or to come."""
    if index < current:
        return f"{_DONE} {title}", False
    if index == current:
        return f"{_HERE} {title}", True
    return title, False


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.job = wrapping_label("progressJob")
        self.position = QLabel()
        self.position.setObjectName("progressPosition")
        self.steps = QWidget()
        self.steps.setObjectName("progressSteps")
        self._step_layout = QVBoxLayout(self.steps)
        self._step_layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[QLabel] = []
        self._shown: list[tuple[str, bool]] = []  # each row's text and whether it is bold
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
            # The scroll bar's range follows the steps' height: keep the current step in view.
            self.step_scroll.verticalScrollBar().rangeChanged.connect(self._show_current)
            self._following_the_scroll_bar = True
        number, total = current + 1, len(titles)
        self.job.setText(job_name)
        position = QCoreApplication.translate("ProgressPanel", "Step {number} of {total}").format(
            number=number, total=total
        )
        self.position.setText(position)
        self._show_rows([_row(title, index, current) for index, title in enumerate(titles)], titles)
        self._current = current
        QTimer.singleShot(0, self, self._show_current)  # once the panel has its new layout
        here = QCoreApplication.translate(
            "ProgressPanel", "{job}: step {number} of {total}, {title}."
        ).format(job=job_name, number=number, total=total, title=titles[current])
        self.setAccessibleName(QCoreApplication.translate("ProgressPanel", "Progress"))
        self.setAccessibleDescription(here)
        self.steps.setAccessibleName(here)

    def steps_text(self) -> str:
        """The steps as they read, one per line (marks included)."""
        return "\n".join(text for text, _bold in self._shown)

    def _show_rows(self, rows: list[tuple[str, bool]], titles: Sequence[str]) -> None:
        """Change only the rows whose text or weight changed; hide the ones left over."""
        while len(self._rows) < len(rows):
            label = QLabel()
            label.setObjectName("progressStep")
            label.setWordWrap(True)
            label.setProperty("textFormat", "PlainText")  # a title is never markup
            self._step_layout.addWidget(label)
            self._rows.append(label)
        shown = self._shown + [("", False)] * (len(rows) - len(self._shown))
        for label, row, before, title in zip(self._rows, rows, shown, titles, strict=False):
            if row == before and not label.isHidden():
                continue
            text, bold = row
            label.setText(text)
            if bold != label.font().bold():
                font = label.font()
                font.setBold(bold)
                label.setFont(font)
            label.setAccessibleName(title)  # the name without its sign
            label.show()
        for label in self._rows[len(rows) :]:
            label.hide()
        self._shown = rows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_current()

    def _show_current(self) -> None:
        """Scroll the steps so that the current one is in sight, with a line around it."""
        if self.step_scroll is None or self._current >= len(self._shown):
            return
        line = self.fontMetrics().lineSpacing()
        self.step_scroll.ensureWidgetVisible(self._rows[self._current], 0, line)
