"""The small dialogs of the case actions: Amazon's reasons for a refusal, the case's notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.notes_check import looks_like_a_password
from app.ui.cases.cases_model import account_name
from app.ui.kit.password_in_notes import keep_notes_anyway, notes_warning_text
from app.ui.kit.text_limits import limit_plain_text
from app.ui.kit.widgets import warning_label, wrapping_label

if TYPE_CHECKING:
    from app.core.cases import Case


class CaseTextDialog(QDialog):
    """A few lines of text about one case, with Save and Cancel.

    With `check_passwords`, a text that seems to hold a password shows a warning as it is
    typed, and Save asks first (the app promises never to keep a password).
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explanation: str,
        text: str,
        *,
        check_passwords: bool,
        advice: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseText")
        self.setWindowTitle(title)
        self._check_passwords = check_passwords
        self.explanation = wrapping_label("explanation")
        self.explanation.setText(explanation)
        self.edit = QPlainTextEdit(text)
        self.edit.setObjectName("caseTextEdit")
        self.edit.setTabChangesFocus(True)
        self.explanation.setBuddy(self.edit)
        self.warning = warning_label("passwordWarning")
        self.warning.setText(notes_warning_text())
        self.advice = wrapping_label("advice")
        self.advice.setText(advice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.advice)
        layout.addWidget(buttons)
        self.advice.setVisible(bool(advice))
        self.edit.textChanged.connect(self._on_text)
        self._on_text()
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _on_text(self) -> None:
        text = limit_plain_text(self.edit)
        self.warning.setVisible(self._check_passwords and looks_like_a_password(text))

    def accept(self) -> None:
        password_like = self._check_passwords and looks_like_a_password(self.text())
        if password_like and not keep_notes_anyway(self):
            self.edit.setFocus()
            return
        super().accept()


def _ask_text(dialog: CaseTextDialog) -> str | None:
    """The text the user saved; None when the dialog was cancelled."""
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text()
    dialog.deleteLater()
    return text if saved else None


def ask_refusal_reasons(parent: QWidget | None, case: Case) -> str | None:
    """What Amazon gave as its reasons; None: the refusal is not recorded."""
    from app.ui.wizard.content.closing import refusal_advice

    return _ask_text(
        CaseTextDialog(
            parent,
            QCoreApplication.translate("CaseTextDialog", "Amazon refused"),
            QCoreApplication.translate(
                "CaseTextDialog",
                "Amazon refused to close \u201c{account}\u201d. Copy here the reasons its "
                "message gives: the case is then marked as refused, and you can try again.",
            ).format(account=account_name(case)),
            case.refusal_reasons,
            check_passwords=False,
            advice=refusal_advice(),
        )
    )


def ask_notes(parent: QWidget | None, case: Case) -> str | None:
    """The case's notes, changed; None: left as they were."""
    return _ask_text(
        CaseTextDialog(
            parent,
            QCoreApplication.translate("CaseTextDialog", "Notes"),
            QCoreApplication.translate(
                "CaseTextDialog", "Your notes on \u201c{account}\u201d (never a password):"
            ).format(account=account_name(case)),
            case.notes,
            check_passwords=True,
        )
    )
