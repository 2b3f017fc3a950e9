"""Alt+letter: every button and check box has an underlined letter, unique in its window.

In both languages, on every page of every flow (with the wizard's own buttons: Back, Next,
Finish, Help, the language, the checker, the commit), in the main window (with its menus) and
in every dialog and question. Two widgets with the same letter would make Alt+letter only
move between them instead of pressing the button.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.core.pages import PAGES_ABOUT_MESSAGES
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import CHECKER_BUTTON, LANGUAGE_BUTTON
from tests.ui.conftest import settle
from tests.ui.every_window import (
    problems_everywhere,
)

B = QWizard.WizardButton


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def is_standard(button: QAbstractButton) -> bool:
    """One of Qt's own OK, Cancel, Close, Save...: Qt gives its text (Enter and Esc press it)."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox | QMessageBox):
        box = box.parent()
    if isinstance(box, QDialogButtonBox):
        return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    if isinstance(box, QMessageBox):
        return box.standardButton(button) != QMessageBox.StandardButton.NoButton
    return False


def owners(window: QWidget) -> list[tuple[str, str, QWidget | None]]:
    """(text, who, widget) of everything in `window` that can have an underlined letter."""
    found: list[tuple[str, str, QWidget | None]] = []
    inside: QWidget = window
    if isinstance(window, QWizard):
        page = window.currentPage()
        inside = page
        wanted = [B.BackButton, B.NextButton, B.FinishButton, B.HelpButton, LANGUAGE_BUTTON]
        if window.currentId() in PAGES_ABOUT_MESSAGES:
            wanted.append(CHECKER_BUTTON)
        if page.isCommitPage():
            wanted.append(B.CommitButton)
        for which in wanted:
            button = window.button(which)
            found.append((button.text(), f"wizard button {which.name}", None))
    for widget in inside.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) and widget.text():
            found.append((widget.text(), f"{type(widget).__name__} {widget.objectName()}", widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), f"label of {widget.buddy().objectName()}", None))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), f"group {widget.objectName()}", None))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append((action.text(), "menu", None))
    return found


def problems(name: str, window: QWidget) -> list[str]:
    seen: dict[str, list[str]] = defaultdict(list)
    wrong = []
    for text, who, widget in owners(window):
        letter = mnemonic(text)
        if letter is not None:
            seen[letter].append(f"{who} ({text!r})")
        elif isinstance(widget, QPushButton | QCheckBox) and not is_standard(widget):
            wrong.append(f"{name}: {who} ({text!r}) has no underlined letter")
    for letter, sharing in seen.items():
        if len(sharing) > 1:
            wrong.append(f"{name}: Alt+{letter.upper()} is shared by {', '.join(sharing)}")
    return wrong


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_every_window_has_one_letter_per_button(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    visited, found = problems_everywhere(switcher, qtbot, tmp_path, problems)
    assert len(visited) > 30
    assert found == [], "\n".join(found)
