"""The warning shown when notes seem to hold a password (the app promises never to keep one).

Used wherever the user writes notes that are then saved: the wizard's checklist pages and the
main window's Notes dialog. The rule itself is `app.core.notes_check.looks_like_a_password`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def notes_warning_text() -> str:
    """The line shown under the notes while they seem to contain a password."""
    return QCoreApplication.translate(
        "PasswordInNotes",
        "These notes seem to contain a password. Remove it: the notes are saved on this "
        "computer as plain text, and this app never keeps passwords.",
    )


def keep_notes_anyway(parent: QWidget) -> bool:
    """Ask before notes that seem to hold a password are saved; default: go back and edit."""
    box = QMessageBox(parent)
    box.setObjectName("passwordInNotes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PasswordInNotes", "A password in your notes?"))
    box.setText(
        QCoreApplication.translate(
            "PasswordInNotes",
            "Your notes seem to contain a password. Notes are saved on this computer as "
            "plain text, where anyone using it can read them: remove the password first.",
        )
    )
    edit = box.addButton(
        QCoreApplication.translate("PasswordInNotes", "&Edit the notes"),
        QMessageBox.ButtonRole.RejectRole,
    )
    edit.setObjectName("editNotes")
    keep = box.addButton(
        QCoreApplication.translate("PasswordInNotes", "&There is no password"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep.setObjectName("keepNotes")
    box.setDefaultButton(edit)
    box.setEscapeButton(edit)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is keep
