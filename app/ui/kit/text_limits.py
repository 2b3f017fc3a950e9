"""Keeping multi-line text within what the data file accepts, without losing the cursor."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from app.core.limits import MAX_NOTES_LENGTH


def limit_plain_text(edit: QPlainTextEdit, limit: int = MAX_NOTES_LENGTH) -> str:
    """The edit's text, cut to `limit` characters in the widget itself if it grew longer."""
    text = edit.toPlainText()
    if len(text) <= limit:
        return text
    text = text[:limit]
    blocked = edit.blockSignals(True)
    edit.setPlainText(text)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.blockSignals(blocked)
    return text
