"""The one question asked when a closure is left before its request is sent."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class LeaveChoice(Enum):
    KEEP_DRAFT = auto()  # the default: nothing the user typed is lost
    DROP = auto()
    STAY = auto()  # back to the wizard


def ask_keep_draft(parent: QWidget | None, account: str) -> LeaveChoice:
    """Keep the account in the list as a draft? Asked in plain words; Enter keeps it."""
    box = QMessageBox(parent)
    box.setObjectName("keepDraft")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("LeaveQuestion", "Keep it in your list?"))
    box.setText(
        QCoreApplication.translate(
            "LeaveQuestion",
            "You have not sent the request to close \u201c{account}\u201d yet. Keep it in your "
            "list as a draft, so that you can carry on later?",
        ).format(account=account)
    )
    keep = box.addButton(
        QCoreApplication.translate("LeaveQuestion", "&Keep as a draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    drop = box.addButton(
        QCoreApplication.translate("LeaveQuestion", "&Don't keep it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("LeaveQuestion", "&Go back to the assistant"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is drop:
        return LeaveChoice.DROP
    if clicked is stay:
        return LeaveChoice.STAY
    return LeaveChoice.KEEP_DRAFT
