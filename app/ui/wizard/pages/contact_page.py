"""The last page of the sign-in flow: contact Amazon, and choose to keep the case in the list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.wizard.content.guidance import GuidanceContent
from app.ui.wizard.pages.guidance_page import GuidancePage
from app.ui.wizard.pages.keep_case_box import KeepCaseBox


class ContactPage(GuidancePage):
    def __init__(
        self,
        page_id: PageId,
        content: GuidanceContent,
        answers: Answers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(page_id, content, answers, parent)
        self.keep_case = KeepCaseBox(answers)
        self.under_question.add_widget(self.keep_case)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.keep_case.retranslate()
