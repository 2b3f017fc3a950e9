"""What a user does and sees: click, type, press Next; the texts on screen."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.objectName()} is not visible"
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    if isinstance(button, QCheckBox | QRadioButton):
        # Where a user clicks: on the box and its text, not in the empty space beyond.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))
    QApplication.processEvents()


def next_page(qtbot: QtBot, wizard: QWizard) -> None:
    press(qtbot, wizard, QWizard.WizardButton.NextButton)


def child(parent: QWidget, kind: type, name: str) -> QWidget:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found  # type: ignore[no-any-return]


def type_into(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def plain(text: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


def visible_texts(window: QWidget) -> list[str]:
    """Every text a user can read in `window`: labels, buttons, titles, hints."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if widget.toolTip():
            texts.append(widget.toolTip())
    if isinstance(window, QWizard) and window.currentPage() is not None:
        page = window.currentPage()
        texts += [page.title(), page.subTitle()]
    return [text for text in texts if text]
