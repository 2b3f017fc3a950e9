"""Check 4: reset two-step verification with an identity document, and remember the day sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.core.answers import Answers
from app.core.pages import PageId
from app.core.seller_recovery import ID_RESET_ANSWER_DAYS
from app.ui.kit.check_box import WrappingCheckBox
from app.ui.kit.widgets import date_field, follow_language, from_qdate, to_qdate, wrapping_label
from app.ui.wizard.content.seller_recovery import NO_CODE
from app.ui.wizard.pages.guidance_page import GuidancePage


class IdResetPage(GuidancePage):
    def __init__(
        self, answers: Answers, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(PageId.RECOVERY_NO_CODE, NO_CODE, answers, parent)
        self.today = today
        self.sent: QCheckBox = WrappingCheckBox()
        self.sent.setObjectName("documentSent")
        self.sent_on = date_field("documentSentOn")
        self.reminder_note = wrapping_label("reminderNote")
        self.sent.toggled.connect(self._on_sent)
        self.sent_on.dateChanged.connect(self._on_sent_on)
        row = QHBoxLayout()
        row.addWidget(self.sent)  # a WrappingCheckBox: its text wraps if the row is short
        row.addWidget(self.sent_on)
        row.addStretch(1)
        self.above_question.add_layout(row)
        self.above_question.add_widget(self.reminder_note)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.sent.setText(self.tr("I have &sent my identity document, on"))
        self.sent_on.setAccessibleName(self.tr("Day you sent your identity document"))
        self.reminder_note.setText(
            self.tr(
                "I add a case to your list and remind you to look for Amazon's e-mail {days} "
                "days later."
            ).format(days=ID_RESET_ANSWER_DAYS)
        )
        follow_language(self.sent_on)

    def initializePage(self) -> None:
        super().initializePage()
        today = self.today()
        self.sent_on.setMaximumDate(to_qdate(today))
        self.sent_on.setMinimumDate(to_qdate(today - dt.timedelta(days=60)))
        self.sent_on.setDate(to_qdate(self.answers.id_document_sent_on or today))
        blocked = self.sent.blockSignals(True)
        self.sent.setChecked(self.answers.id_document_sent_on is not None)
        self.sent.blockSignals(blocked)
        self.sent_on.setEnabled(self.sent.isChecked())

    def _on_sent(self, on: bool) -> None:
        self.sent_on.setEnabled(on)
        self.answers.id_document_sent_on = from_qdate(self.sent_on.date()) if on else None

    def _on_sent_on(self) -> None:
        if self.sent.isChecked():
            self.answers.id_document_sent_on = from_qdate(self.sent_on.date())
