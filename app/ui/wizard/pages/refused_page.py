"""Amazon refused a seller account's closure: note the reasons; what to fix before trying again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.kit.text_limits import limit_plain_text
from app.ui.kit.widgets import wrapping_label
from app.ui.wizard.content.closing import refusal_advice
from app.ui.wizard.pages.flow_page import FlowPage


class RefusedPage(FlowPage):
    def __init__(self, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(PageId.SELLER_REFUSED, answers, "Closing", parent)
        self.reasons_caption = QLabel()
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("refusalReasons")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMaximumHeight(110)
        self.reasons_caption.setBuddy(self.reasons)
        self.reasons.textChanged.connect(self._on_reasons)
        self.to_fix = wrapping_label("toFix")
        layout = QVBoxLayout(self)
        layout.addWidget(self.reasons_caption)
        layout.addWidget(self.reasons)
        layout.addWidget(self.to_fix)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Amazon refused the closure"))
        self.setSubTitle(self.tr("It happens: fix what Amazon asks for, then try again."))
        self.reasons_caption.setText(self.tr("Amazon's &reasons, in its own words:"))
        self.reasons.setPlaceholderText(self.tr("Copy or summarise the reasons from the message."))
        self.to_fix.setText(refusal_advice())

    def initializePage(self) -> None:
        self.reasons.setPlainText(self.answers.refusal_reasons)
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.answers.refusal_reasons.strip())

    def _on_reasons(self) -> None:
        self.answers.refusal_reasons = limit_plain_text(self.reasons)
        self.completeChanged.emit()
