"""Where the user is in the flow: the job, "Step 3 of 6", and the steps with the current one.

Shown beside every page but the start page. The steps come from the flow
(`FlowSpec.steps_shown`), their names are the pages' own titles. The current step is marked
with words and a sign, not only with a colour or a weight, and the whole panel is one text a
screen reader reads as a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.kit.labels import wrapping_label
from app.ui.kit.rich_text import escape

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
        bold = self.job.font()
        bold.setBold(True)
        self.job.setFont(bold)

    def show_steps(self, job_name: str, titles: Sequence[str], current: int) -> None:
        """`titles` of the steps in order; the user is on the one at `current` (from 0)."""
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
        here = QCoreApplication.translate(
            "ProgressPanel", "{job}: step {number} of {total}, {title}."
        ).format(job=job_name, number=number, total=total, title=titles[current])
        self.setAccessibleName(QCoreApplication.translate("ProgressPanel", "Progress"))
        self.setAccessibleDescription(here)
        self.steps.setAccessibleName(here)
