"""Using "Is this really Amazon?" as a user does: paste or type, press Check, read the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.checker.checker_dialog import CheckerDialog
from tests.ui.driving import child, click, plain, type_into


def ask(qtbot: QtBot, dialog: CheckerDialog, text: str) -> tuple[str, str, str]:
    """The verdict, the reason and the advice shown for `text`, as plain text."""
    field = child(dialog, QLineEdit, "suspect")
    field.clear()  # type: ignore[attr-defined]
    type_into(qtbot, field, text)  # type: ignore[arg-type]
    click(qtbot, child(dialog, QPushButton, "check"))
    return tuple(  # type: ignore[return-value]
        plain(child(dialog, QLabel, name).text())  # type: ignore[attr-defined]
        for name in ("verdict", "reason", "advice")
    )
