"""A page whose steps are a checklist the user ticks, plus a name and notes for the case."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.answers import Answers
from app.core.limits import MAX_LABEL_LENGTH
from app.core.notes_check import looks_like_a_password
from app.core.pages import PageId
from app.ui.kit.check_box import WrappingCheckBox
from app.ui.kit.label_warning import LabelWarning
from app.ui.kit.password_in_notes import keep_notes_anyway, notes_warning_text
from app.ui.kit.text_limits import limit_plain_text
from app.ui.kit.widgets import warning_label
from app.ui.wizard.content.guidance import GuidanceContent
from app.ui.wizard.pages.flow_page import FlowPage


class ChecklistPage(FlowPage):
    def __init__(
        self,
        page_id: PageId,
        content: GuidanceContent,
        answers: Answers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(page_id, answers, content.context, parent)
        self.content = content
        self.items: list[QCheckBox] = [WrappingCheckBox() for _ in content.steps]
        for index, box in enumerate(self.items):
            box.setObjectName(f"item{index}")
        self.warning = warning_label()

        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("accountLabel")
        self.label_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.label_edit.textChanged.connect(self._on_label)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.textChanged.connect(self._on_notes)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.label_caption = QLabel()
        self.label_caption.setBuddy(self.label_edit)
        self.notes_caption = QLabel()
        self.notes_caption.setBuddy(self.notes_edit)
        self.label_warning = LabelWarning(self.label_edit)
        self.notes_warning = warning_label("notesWarning")
        self.form.addRow(self.label_caption, self.label_edit)
        self.form.addRow(self.label_warning)
        self.form.addRow(self.notes_caption, self.notes_edit)
        self.form.addRow(self.notes_warning)

        layout = QVBoxLayout(self)
        for box in self.items:
            layout.addWidget(box)
        layout.addWidget(self.warning)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        self.notes_warning.setVisible(False)  # only once it has a parent: no window of its own
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.t(self.content.title))
        self.setSubTitle(self.t(self.content.subtitle))
        for box, step in zip(self.items, self.content.steps, strict=True):
            box.setText(self.t(step))
        self.warning.setText(self.t(self.content.warning))
        self.label_caption.setText(self.tr("Name of the &account:"))
        self.label_edit.setPlaceholderText(
            self.tr("Optional, for your list of cases: for example \u201cPersonal\u201d")
        )
        self.notes_caption.setText(self.tr("N&otes:"))
        self.notes_edit.setPlaceholderText(
            self.tr("Optional: what happened, in your own words. Never write a password here.")
        )
        self.notes_warning.setText(notes_warning_text())

    def isComplete(self) -> bool:
        return super().isComplete() and self.label_warning.problem is None

    def _on_label(self, text: str) -> None:
        self.answers.account_label = text
        self.completeChanged.emit()

    def _on_notes(self) -> None:
        self.answers.notes = limit_plain_text(self.notes_edit)
        self.notes_warning.setVisible(looks_like_a_password(self.answers.notes))

    def validatePage(self) -> bool:
        """Before the notes go on to be saved: warn if they seem to hold a password."""
        if not looks_like_a_password(self.answers.notes) or keep_notes_anyway(self):
            return super().validatePage()
        self.notes_edit.setFocus()
        return False
