"""With saved cases, the main window opens: the list, its details and its actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.storage.store import DocumentStore
from app.ui.cases.main_window import MainWindow
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.closing_steps import NoAutostart
from tests.ui.driving import child, click, plain

OPENED = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 22, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
def saved(data_dir: Path) -> DocumentStore:
    store = DocumentStore(data_dir / "account-assistant.json")
    store.save(
        Document(
            cases=[
                open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "Errore 503", OPENED),
                open_case(
                    Job.CUSTOMER_SIGN_IN, "", "amazon.de", "", OPENED - dt.timedelta(days=30)
                ),
            ]
        )
    )
    return store


def open_app(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> tuple[AppController, MainWindow]:
    controller = AppController(switcher, data_dir, clock=lambda: LATER, autostart=NoAutostart())
    window = controller.show_first_window(has_cases=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    controller.load_document()
    return controller, window


def rows(window: MainWindow) -> list[list[str]]:
    model = window.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_cases_are_listed_newest_first_with_state_and_deadline(
    switcher: LanguageSwitcher, data_dir: Path, saved: DocumentStore, qtbot: QtBot
) -> None:
    _, window = open_app(switcher, data_dir, qtbot)
    assert window.table.isVisible()
    assert not child(window, QLabel, "empty").isVisible()
    listed = rows(window)
    assert [row[0] for row in listed] == ["Personale (amazon.it)", "amazon.de"]
    assert all(row[2] == "In progress" and row[3] == "No deadline" for row in listed)
    window.table.selectRow(0)
    details = plain(child(window, QLabel, "details").text())  # type: ignore[attr-defined]
    assert "Your notes: Errore 503" in details
    assert "Opened on Friday, 20 November 2026." in details


def test_marking_solved_is_saved_with_its_date(
    switcher: LanguageSwitcher, data_dir: Path, saved: DocumentStore, qtbot: QtBot
) -> None:
    _, window = open_app(switcher, data_dir, qtbot)
    window.table.selectRow(0)
    click(qtbot, child(window, QPushButton, "mark_solved"))
    # Solved cases move below the open ones.
    assert [row[0] for row in rows(window)] == ["amazon.de", "Personale (amazon.it)"]
    assert rows(window)[1][2] == "Solved"
    window.table.selectRow(1)
    assert not child(window, QPushButton, "mark_solved").isEnabled()
    case = next(c for c in saved.load().document.cases if c.label == "Personale")
    assert case.state is CaseState.SOLVED
    assert [(c.state, c.at) for c in case.history][-1] == (CaseState.SOLVED, LATER)


@pytest.mark.parametrize(("confirm", "left"), [(False, 2), (True, 1)])
def test_deleting_asks_first(
    switcher: LanguageSwitcher,
    data_dir: Path,
    saved: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    confirm: bool,
    left: int,
) -> None:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    _, window = open_app(switcher, data_dir, qtbot)
    window.table.selectRow(0)
    click(qtbot, child(window, QPushButton, "delete"))
    assert len(asked) == 1 and "Personale (amazon.it)" in asked[0]
    assert len(saved.load().document.cases) == left
    assert window.model.rowCount() == left


def test_start_a_new_case_opens_the_wizard_on_its_start_page(
    switcher: LanguageSwitcher,
    data_dir: Path,
    saved: DocumentStore,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    controller, window = open_app(switcher, data_dir, qtbot)
    click(qtbot, child(window, QPushButton, "newCase"))
    wizard = controller.wizard
    assert isinstance(wizard, AssistantWizard) and wizard.isVisible()
    qtbot.addWidget(wizard)
    assert wizard.currentId() == 1
    wizard.reject()
    qapp.processEvents()
    assert controller.wizard is None
    assert window.isVisible()


def test_no_cases_shows_an_invitation_instead_of_an_empty_table(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    _, window = open_app(switcher, data_dir, qtbot)
    empty = child(window, QLabel, "empty")
    assert empty.isVisible() and "no cases yet" in empty.text()  # type: ignore[attr-defined]
    assert not window.table.isVisible()
    assert not child(window, QPushButton, "delete").isEnabled()


def test_thousands_of_cases_add_rows_not_widgets(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QWidget

    _, window = open_app(switcher, data_dir, qtbot)
    few = len(window.findChildren(QWidget))
    many = [
        open_case(Job.CUSTOMER_SIGN_IN, f"Account {n}", "amazon.it", "", OPENED)
        for n in range(3000)
    ]
    window.set_cases(many)
    assert window.model.rowCount() == 3000
    assert len(window.findChildren(QWidget)) <= few + 5  # a model and a view, not 3000 rows
