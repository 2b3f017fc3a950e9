"""Every change of a case can be taken back: Ctrl+Z, Edit > Undo, the message's "Undo"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.document import Document
from app.core.jobs import Job
from app.storage.store import DocumentStore
from app.ui.cases.main_window import MainWindow
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from tests.ui.closing_steps import NoAutostart
from tests.ui.driving import child, click

OPENED = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 11, 22, 18, 0, tzinfo=dt.UTC)


def waiting_case() -> Case:
    case = open_case(
        Job.CLOSE_CUSTOMER_ACCOUNT,
        "Negozio",
        "amazon.it",
        "",
        OPENED,
        state=CaseState.WAITING_CONFIRMATION,
    )
    return case.model_copy(
        update={"requested_on": dt.date(2026, 11, 20), "deadline": dt.date(2026, 11, 25)}
    )


@pytest.fixture
def store(data_dir: Path) -> DocumentStore:
    store = DocumentStore(data_dir / "account-assistant.json")
    other = open_case(Job.CUSTOMER_SIGN_IN, "Altro", "amazon.de", "", OPENED)
    store.save(Document(cases=[waiting_case(), other]))
    return store


def saved_cases(store: DocumentStore) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in store.load().document.cases]


def open_app(switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot) -> MainWindow:
    controller = AppController(switcher, data_dir, clock=lambda: NOW, autostart=NoAutostart())
    window = controller.show_first_window(has_cases=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    controller.load_document()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def say_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )


def choose_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.ui.cases.deadline_dialog as dialog

    monkeypatch.setattr(dialog, "ask_new_deadline", lambda *a: dt.date(2026, 11, 27))


def select(window: MainWindow, label: str) -> None:
    for row in range(window.model.rowCount()):
        if window.model.case_at(row).label == label:
            window.table.selectRow(row)
            return
    raise AssertionError(f"no case {label!r}")


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("action", ["mark_confirmed", "abandon", "delete", "change_deadline"])
def test_ctrl_z_brings_the_case_back_exactly(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    action: str,
    language: str,
) -> None:
    from app.core.languages import Language

    switcher.apply(Language(language))
    say_yes(monkeypatch)
    choose_deadline(monkeypatch)
    before = saved_cases(store)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Negozio")
    click(qtbot, child(window, QPushButton, action))
    assert saved_cases(store) != before
    done = child(window, QLabel, "done").text()  # type: ignore[attr-defined]
    assert "Negozio" in done
    assert window.undo_action is not None and "Negozio" in window.undo_action.text()
    if language == "it":
        assert done.startswith("Fatto:") and window.undo_action.text().startswith("Annulla:")
        assert child(window, QPushButton, "undoLast").text() == "Ann&ulla"  # type: ignore[attr-defined]

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved_cases(store) == before
    assert not child(window, QPushButton, "undoLast").isVisible()

    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert saved_cases(store) != before


def test_the_message_s_undo_button_undoes_the_change(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    say_yes(monkeypatch)
    before = saved_cases(store)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Negozio")
    click(qtbot, child(window, QPushButton, "mark_confirmed"))
    assert "marked as confirmed" in child(window, QLabel, "done").text()  # type: ignore[attr-defined]
    click(qtbot, child(window, QPushButton, "undoLast"))
    assert saved_cases(store) == before
    assert window.model.rowCount() == 2


@pytest.mark.parametrize(("language", "words"), [("en", "as confirmed"), ("it", "come confermata")])
def test_marking_confirmed_says_what_happens_and_asks_no_by_default(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    language: str,
    words: str,
) -> None:
    from PySide6.QtCore import QTimer

    from app.core.languages import Language

    switcher.apply(Language(language))
    before = saved_cases(store)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Negozio")
    seen: list[str] = []

    def answer_with_the_default() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        default = box.defaultButton()
        seen.append(box.standardButton(default).name)
        default.click()

    QTimer.singleShot(0, answer_with_the_default)
    click(qtbot, child(window, QPushButton, "mark_confirmed"))
    assert words in seen[0] and "Negozio" in seen[0]
    assert seen[1] == "No"
    assert saved_cases(store) == before
    assert window.undo_stack is not None and window.undo_stack.count() == 0


def test_every_row_has_the_same_buttons_in_the_same_place_and_a_menu_with_them(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.case_actions import CaseAction, actions_for

    window = open_app(switcher, data_dir, qtbot)
    places = []
    for label in ("Negozio", "Altro"):
        select(window, label)
        case = window.selected_case()
        assert case is not None
        buttons = [child(window, QPushButton, a.value) for a in CaseAction]
        assert all(b.isVisible() for b in buttons)
        places.append([b.geometry() for b in buttons])
        offered = actions_for(case.state, case.job)
        assert [b.isEnabled() for b in buttons] == [a in offered for a in CaseAction]
        menu = window.case_menu()
        items = [i for i in menu.actions() if i.objectName()]
        assert [i.text() for i in items] == [b.text() for b in buttons]  # type: ignore[attr-defined]
        assert [i.isEnabled() for i in items] == [a in offered for a in CaseAction]
        menu.deleteLater()
    assert places[0] == places[1]

    say_yes(monkeypatch)
    select(window, "Negozio")
    menu = window.case_menu()
    next(i for i in menu.actions() if i.objectName() == "mark_confirmed").trigger()
    assert window.selected_case() is not None
    assert window.selected_case().state is CaseState.CONFIRMED  # type: ignore[union-attr]
    menu.deleteLater()


def test_a_double_click_opens_the_case(
    switcher: LanguageSwitcher, data_dir: Path, store: DocumentStore, qtbot: QtBot
) -> None:
    window = open_app(switcher, data_dir, qtbot)
    window.table.clearSelection()
    row = next(
        r for r in range(window.model.rowCount()) if window.model.case_at(r).label == "Altro"
    )
    index = window.model.index(row, 0)
    rect = window.table.visualRect(index)
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    case = window.selected_case()
    assert case is not None and case.label == "Altro"
    assert "amazon.de" in child(window, QLabel, "details").text()  # type: ignore[attr-defined]
