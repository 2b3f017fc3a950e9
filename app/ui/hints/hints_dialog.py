"""The e-mails of the user's accounts: add, change, reveal and forget them (main window)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.limits import MAX_LABEL_LENGTH
from app.ui.hints.hint_book import HintBook
from app.ui.hints.hint_panel import HintPanel
from app.ui.kit.label_warning import LabelWarning
from app.ui.kit.rich_text import paragraphs
from app.ui.kit.widgets import FIELD_WIDTH, wrapping_label


class HintsDialog(QDialog):
    def __init__(self, book: HintBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hintsDialog")
        self.book = book
        self.setWindowTitle(self.tr("E-mails of your accounts"))
        intro = wrapping_label("intro")
        intro.setText(
            paragraphs(
                [
                    self.tr(
                        "Remember which e-mail each Amazon account was opened with: it is kept "
                        "in your system's keyring, never in a file, and never with a password."
                    )
                ]
            )
        )
        self.account = QComboBox()
        self.account.setObjectName("accountLabel")
        self.account.setEditable(True)
        self.account.setMaximumWidth(FIELD_WIDTH)
        self.account.addItems(book.labels())
        line_edit = self.account.lineEdit()
        assert line_edit is not None
        line_edit.setMaxLength(MAX_LABEL_LENGTH)
        line_edit.setPlaceholderText(self.tr("The name of the account, e.g. \u201cShop\u201d"))
        caption = QLabel(self.tr("&Account:"))
        caption.setBuddy(self.account)
        self.panel = HintPanel(book, self.account.currentText)
        self.panel.changed.connect(self._reload)
        self.account.currentTextChanged.connect(self._on_account)
        line_edit.editingFinished.connect(self.panel.label_done)
        self.label_warning = LabelWarning(line_edit)
        form = QFormLayout()
        form.addRow(caption, self.account)
        form.addRow(self.label_warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def _on_account(self, _text: str) -> None:
        self.panel.label_changed()

    def _reload(self) -> None:
        current = self.account.currentText()
        blocked = self.account.blockSignals(True)
        self.account.clear()
        self.account.addItems(self.book.labels())
        self.account.setEditText(current)
        self.account.blockSignals(blocked)
        self.panel.refresh()
