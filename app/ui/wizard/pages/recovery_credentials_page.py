"""Check 1: which account, the e-mail saved for it (masked, with "show"), and the question."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from app.core.answers import Answers
from app.core.limits import MAX_LABEL_LENGTH
from app.core.pages import PageId
from app.ui.hints.hint_book import HintBook
from app.ui.hints.hint_panel import HintPanel
from app.ui.kit.label_warning import LabelWarning
from app.ui.kit.widgets import field_width
from app.ui.wizard.content.seller_recovery import CREDENTIALS
from app.ui.wizard.pages.guidance_page import GuidancePage


class RecoveryCredentialsPage(GuidancePage):
    def __init__(self, answers: Answers, book: HintBook, parent: QWidget | None = None) -> None:
        super().__init__(PageId.RECOVERY_CREDENTIALS, CREDENTIALS, answers, parent)
        self.book = book
        self.account_caption = QLabel()
        self.account = QLineEdit()
        self.account.setObjectName("accountLabel")
        self.account.setMaximumWidth(field_width(self.account))
        self.account.setMaxLength(MAX_LABEL_LENGTH)
        self.known_accounts = QStringListModel()
        completer = QCompleter(self.known_accounts, self.account)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.account.setCompleter(completer)
        self.account.textChanged.connect(self._on_account)
        self.account_caption.setBuddy(self.account)
        self.hint = HintPanel(book, lambda: self.answers.account_label)
        self.account.editingFinished.connect(self.hint.label_done)
        self.label_warning = LabelWarning(self.account)
        form = QFormLayout()
        form.addRow(self.account_caption, self.account)
        form.addRow(self.label_warning)
        self.under_text.add_layout(form)
        self.under_text.add_widget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.account_caption.setText(self.tr("&Which account?"))
        self.account.setPlaceholderText(self.tr("The name you gave it, e.g. \u201cShop\u201d"))

    def initializePage(self) -> None:
        super().initializePage()
        self.known_accounts.setStringList(self.book.labels())
        blocked = self.account.blockSignals(True)
        self.account.setText(self.answers.account_label)
        self.account.blockSignals(blocked)
        self.label_warning.follow()
        self.hint.refresh()

    def isComplete(self) -> bool:
        return super().isComplete() and self.label_warning.problem is None

    def _on_account(self, text: str) -> None:
        self.answers.account_label = text
        self.hint.label_changed()  # the hint is read once typing pauses
        self.completeChanged.emit()
