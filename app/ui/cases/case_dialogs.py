"""The small dialogs of the case actions: Amazon's reasons for a refusal, the case's notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.ui.cases.cases_model import account_name

if TYPE_CHECKING:
    from app.core.cases import Case


def _ask_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    """A few lines of text; None when the user cancels."""
    answer, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    return answer.strip() if ok else None


def ask_refusal_reasons(parent: QWidget | None, case: Case) -> str | None:
    """What Amazon gave as its reasons; None: the refusal is not recorded."""
    return _ask_text(
        parent,
        QCoreApplication.translate("CaseDialogs", "Amazon refused"),
        QCoreApplication.translate(
            "CaseDialogs",
            "Amazon refused to close \u201c{account}\u201d. Copy here the reasons its "
            "message gives: the case is then marked as refused, and you can try again.",
        ).format(account=account_name(case)),
        case.refusal_reasons,
    )


def ask_notes(parent: QWidget | None, case: Case) -> str | None:
    """The case's notes, changed; None: left as they were."""
    return _ask_text(
        parent,
        QCoreApplication.translate("CaseDialogs", "Notes"),
        QCoreApplication.translate(
            "CaseDialogs", "Your notes on \u201c{account}\u201d (never a password):"
        ).format(account=account_name(case)),
        case.notes,
    )
