"""Using "Is this really Amazon?" as a user does: paste or type, press Check, read the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.checker.checker_dialog import CheckerDialog
from tests.ui.driving import child, click, plain, type_into


def answer(dialog: CheckerDialog) -> tuple[str, str, str]:
    """The verdict, the reason and the advice shown, as plain text."""
    return tuple(  # type: ignore[return-value]
        plain(child(dialog, QLabel, name).text())  # type: ignore[attr-defined]
        for name in ("verdict", "reason", "advice")
    )


def ask(qtbot: QtBot, dialog: CheckerDialog, text: str) -> tuple[str, str, str]:
    """The verdict, the reason and the advice shown for `text`, typed in, as plain text."""
    field = child(dialog, QLineEdit, "suspect")
    field.clear()  # type: ignore[attr-defined]
    type_into(qtbot, field, text)  # type: ignore[arg-type]
    click(qtbot, child(dialog, QPushButton, "check"))
    return answer(dialog)


def paste_and_check(qtbot: QtBot, dialog: CheckerDialog, text: str) -> tuple[str, str, str]:
    """The same, for `text` put on the clipboard and pasted with Ctrl+V into the empty field."""
    QGuiApplication.clipboard().setText(text)
    field = child(dialog, QLineEdit, "suspect")
    field.clear()  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, child(dialog, QPushButton, "check"))
    return answer(dialog)


def notice(dialog: CheckerDialog) -> str:
    """The notice about a paste the field had to cut, as plain text; "" when not shown."""
    label = child(dialog, QLabel, "cutNotice")
    return plain(label.text()) if label.isVisible() else ""  # type: ignore[attr-defined]
