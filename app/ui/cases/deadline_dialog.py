"""Changing a confirmation deadline to match the message Amazon sent."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.deadlines import validate_dates
from app.ui.flows.registry import flow_ui
from app.ui.kit.date_problems import date_problem_message
from app.ui.kit.widgets import date_field, from_qdate, to_qdate

if TYPE_CHECKING:
    from app.core.cases import Case


class DeadlineDialog(QDialog):
    def __init__(self, parent: QWidget | None, case: Case, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineDialog")
        assert case.requested_on is not None and case.deadline is not None
        self.requested_on = case.requested_on
        self.today = today
        self.setWindowTitle(self.tr("Change deadline"))
        texts = flow_ui(case.job).deadline
        assert texts is not None  # only cases with a deadline offer to change it
        text = QLabel(texts.question().format(label=case.label))
        text.setWordWrap(True)
        self.field = date_field("newDeadline")
        self.field.setDate(to_qdate(case.deadline))
        self.field.setAccessibleName(self.tr("New deadline"))
        self.field.setAccessibleDescription(text.text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.field)
        layout.addWidget(buttons)

    def chosen(self) -> dt.date:
        return from_qdate(self.field.date())

    def accept(self) -> None:
        problem = validate_dates(self.requested_on, self.chosen(), self.today)
        if problem is not None:
            QMessageBox.warning(
                self, self.tr("Please check the date"), date_problem_message(problem)
            )
            return
        super().accept()


def ask_new_deadline(parent: QWidget | None, case: Case, today: dt.date) -> dt.date | None:
    dialog = DeadlineDialog(parent, case, today)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen()
    dialog.deleteLater()
    return chosen if accepted else None
