"""The point of no return: what is lost, in plain words, confirmed by typing the account's name.

This is QWizard's commit page: once the user goes on, Back cannot undo the decision.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget, QWizard

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.kit.widgets import field_width, warning_label, wrapping_label
from app.ui.wizard.content.closing import CUSTOMER_LOSSES, SELLER_LOSSES
from app.ui.wizard.pages.flow_page import FlowPage


def same_name(typed: str, label: str) -> bool:
    """What the user typed matches the account's name (spaces and capitals aside)."""
    return " ".join(typed.split()).casefold() == " ".join(label.split()).casefold() != ""


class IrreversiblePage(FlowPage):
    def __init__(self, page_id: PageId, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(page_id, answers, "Closing", parent)
        self.seller = page_id is PageId.SELLER_IRREVERSIBLE
        self.setCommitPage(True)
        self.body = wrapping_label("body")
        self.unified = warning_label("unifiedWarning")
        self.confirm_caption = wrapping_label("confirmCaption")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("typedLabel")
        self.confirm_edit.setMaximumWidth(field_width(self.confirm_edit))
        self.confirm_caption.setBuddy(self.confirm_edit)
        self.confirm_edit.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.unified)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_caption)
        layout.addWidget(self.confirm_edit)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        label = self.answers.account_label.strip()
        self.setTitle(self.tr("Closing cannot be undone"))
        if self.seller:
            self.setSubTitle(self.tr("A closed seller account cannot be reopened."))
            intro = self.tr("If Amazon closes the account \u201c{label}\u201d, you lose:")
            losses: tuple[str, ...] = SELLER_LOSSES
        else:
            self.setSubTitle(self.tr("Nobody can restore a closed account: not you, not Amazon."))
            intro = self.tr(
                "Closing \u201c{label}\u201d deletes it on every Amazon store. You lose:"
            )
            losses = CUSTOMER_LOSSES
        self.body.setText(
            paragraphs([intro.format(label=label)]) + bullet_list(self.t(x) for x in losses)
        )
        self.unified.setText(
            self.tr(
                "This is a European Unified Account: closing it closes your account on every "
                "European store."
            )
        )
        self.unified.setVisible(self.seller and self.answers.eu_unified)
        caption = self.tr(
            "If you have decided, type the name of the account to confirm: <b>{label}</b>"
        )
        self.confirm_caption.setText(caption.format(label=escape(label)))
        # Its label read as words, not as the label's HTML.
        plain = caption.replace("<b>", "").replace("</b>", "")
        self.confirm_edit.setAccessibleName(plain.format(label=label))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("I have &decided"))

    def initializePage(self) -> None:
        self.confirm_edit.clear()
        self.retranslate()

    def _typed(self, _text: str) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return same_name(self.confirm_edit.text(), self.answers.account_label)
