"""The last page of the sign-in flow: contact Amazon, and choose to keep the case in the list."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.wizard.content.guidance import GuidanceContent
from app.ui.wizard.pages.guidance_page import GuidancePage


class ContactPage(GuidancePage):
    def __init__(
        self,
        page_id: PageId,
        content: GuidanceContent,
        answers: Answers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(page_id, content, answers, parent)
        self.keep_case = QCheckBox()
        self.keep_case.setObjectName("keepCase")
        self.keep_case.setChecked(answers.keep_case)
        self.keep_case.toggled.connect(self._on_keep)
        self.under_question.add_widget(self.keep_case)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.keep_case.setText(
            self.tr("Add this to my list of cases, with my notes, so I can follow it up")
        )

    def _on_keep(self, checked: bool) -> None:
        self.answers.keep_case = checked
