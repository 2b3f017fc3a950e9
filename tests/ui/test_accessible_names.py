"""What a screen reader says: every field, button and list has a name, in both languages.

The walk covers each page of each flow, the main window and every dialog and question
(tests/ui/every_window.py). A widget the focus can reach (visible, enabled or not) must have
a name as Qt's accessibility layer gives it to the screen reader: its own accessible name, its
label's text (a buddy), or its own text for a button, a check box or a radio button. Names are
plain words: no HTML, no "&" of a mnemonic.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.languages import Language
from app.ui.cases.main_window import MainWindow
from app.ui.shell.language import LanguageSwitcher
from tests.ui.conftest import settle
from tests.ui.every_window import (
    TODAY,
    problems_everywhere,
    some_cases,
    visit_wizard_pages,
)

NO_FOCUS = Qt.FocusPolicy.NoFocus


def spoken_name(widget: QWidget) -> str:
    """The name Qt gives a screen reader for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget!r} has no accessible interface"
    return interface.text(QAccessible.Text.Name).strip()


def spoken_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Description).strip()


def judged(widget: QWidget) -> QWidget:
    """A field inside a date field or an editable list is read as that date field or list."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


def in_a_named_group(button: QRadioButton) -> bool:
    """A radio button is read with its question: in a titled group, or by its own name."""
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return True
        parent = parent.parentWidget()
    return bool(button.accessibleDescription() or button.accessibleName())


def problems(name: str, window: QWidget) -> list[str]:
    inside = window.findChildren(QWidget)  # Qt's own file dialog too
    wrong: list[str] = []
    judged_already: set[int] = set()
    for widget in inside:
        if widget.focusPolicy() == NO_FOCUS or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue  # an empty label shows nothing, and nothing can be clicked in it
        subject = judged(widget)
        if id(subject) in judged_already:
            continue
        judged_already.add(id(subject))
        who = f"{name}: {type(subject).__name__} {subject.objectName()!r}"
        spoken = spoken_name(subject)
        if not spoken:
            wrong.append(f"{who} has no name")
        elif re.search(r"</?(b|i|p|br|ul|ol|li|span|a|h\d)\b[^>]*>|&(?=[^\s&;])", spoken):
            wrong.append(f"{who} is named with markup: {spoken!r}")
        if isinstance(subject, QRadioButton) and not in_a_named_group(subject):
            wrong.append(f"{who} is not tied to its question")
    return wrong


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_everything_the_focus_reaches_has_a_name(
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


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_yes_and_no_are_read_with_their_question(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication, language: Language
) -> None:
    switcher.apply(language)
    settle(qapp)
    asked: list[str] = []

    def visit(name: str, window: QWidget) -> None:
        page = window.currentPage()  # type: ignore[attr-defined]
        question = getattr(getattr(page, "content", None), "question", None)
        if question is None:
            return
        words = page.t(question.text)
        for button in (page.yes_button, page.no_button):
            spoken = spoken_name(button)
            assert spoken.startswith(words), f"{name}: {spoken!r}"
            assert spoken.endswith(button.text().replace("&", "")), f"{name}: {spoken!r}"
        asked.append(name)

    visit_wizard_pages(switcher, qtbot, visit)
    assert len(asked) == 10  # the eight checks, and the first two sign-in pages


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_each_row_of_the_case_list_is_read_as_a_sentence(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication, language: Language
) -> None:
    from app.ui.cases.case_texts import state_name
    from app.ui.cases.cases_model import account_name
    from app.ui.flows.registry import flow_ui

    switcher.apply(language)
    settle(qapp)
    cases = some_cases()
    window = MainWindow(switcher, lambda: TODAY)
    qtbot.addWidget(window)
    window.set_cases(cases)
    window.show()
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table is not None
    assert table.text(QAccessible.Text.Name) == window.heading.text()
    cells = [table.child(index) for index in range(table.childCount())]
    first_cells = [
        cell
        for cell in cells
        if cell is not None
        and cell.role() == QAccessible.Role.Cell
        and cell.tableCellInterface().columnIndex() == 0  # type: ignore[union-attr]
    ]
    said = [cell.text(QAccessible.Text.Name) for cell in first_cells]
    waiting = cases[0]
    left = "3 giorni rimasti" if language is Language.ITALIAN else "3 days left"
    assert said[0] == ", ".join(
        [
            account_name(waiting),
            flow_ui(waiting.job).short_name_text(),
            state_name(waiting.state),
            left,
        ]
    )
    assert all(account_name(case) in said[row] for row, case in enumerate(window.model._cases))
    described = first_cells[0].text(QAccessible.Text.Description)
    assert "2026" in described and described.endswith(".")


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app asked a screen reader to say (Qt would pass it to the system's)."""
    said: list[str] = []

    def listen(event: object) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    return said


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_checker_s_verdict_is_said_once(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    heard: list[str],
    language: Language,
) -> None:
    from app.core.stores import ITALY
    from app.ui.checker.checker_dialog import CheckerDialog

    switcher.apply(language)
    settle(qapp)
    dialog = CheckerDialog(ITALY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.suspect.setFocus()
    qtbot.keyClicks(dialog.suspect, "https://amaz0n-it.com/login")
    qtbot.keyClick(dialog.suspect, Qt.Key.Key_Return)
    headline = "Non è Amazon." if language is Language.ITALIAN else "This is not Amazon."
    assert len(heard) == 1 and heard[0].startswith(headline), heard


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_change_its_undoing_and_a_new_day_s_countdown_are_said(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    heard: list[str],
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    today = [TODAY]
    window = MainWindow(switcher, lambda: today[0])
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    window.set_undo_stack(stack)
    window.set_cases(some_cases())
    window.show()
    window.table.selectRow(0)  # the seller account waiting for confirmation

    stack.push(QUndoCommand("case \u201cNegozio\u201d marked as confirmed"))
    window.tell_done(stack.undoText())
    stack.undo()
    if language is Language.ITALIAN:
        assert heard == [
            "Fatto: case \u201cNegozio\u201d marked as confirmed.",
            "Annullato: case \u201cNegozio\u201d marked as confirmed.",
        ]
    else:
        assert heard == [
            "Done: case \u201cNegozio\u201d marked as confirmed.",
            "Undone: case \u201cNegozio\u201d marked as confirmed.",
        ]
    assert window.done_label.text() == heard[-1]  # shown as well as said

    heard.clear()
    window.follow_the_day()
    assert heard == []  # the same day: nothing new
    today[0] = TODAY + dt.timedelta(days=1)
    window.follow_the_day()
    left = "2 giorni rimasti" if language is Language.ITALIAN else "2 days left"
    assert heard == [f"Negozio (amazon.it): {left}."]
    assert window.model.index(0, 4).data() == left


def test_what_the_pasted_password_page_found_is_said_without_the_password(
    switcher: LanguageSwitcher, qtbot: QtBot, heard: list[str]
) -> None:
    from app.ui.wizard.pages.pasted_password_page import PastedPasswordPage

    page = PastedPasswordPage(Answers())
    qtbot.addWidget(page)
    page.show()
    page.password.setFocus()
    qtbot.keyClicks(page.password, "Sentinel-Pa55word! ")
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    assert heard == ["It ends with a space or a tab: remove it."]
    assert not any("Sentinel" in said or "Pa55" in said for said in heard)
