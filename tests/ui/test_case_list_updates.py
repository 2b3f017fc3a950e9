"""A change to one case changes one row: the list keeps the selected case, says nothing
wrong to Qt's views (checked by Qt's own model tester) and never starts over for it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.jobs import Job
from app.ui.cases.cases_model import ACCOUNT, JOB, STATE, TIME_LEFT, CasesModel
from app.ui.cases.main_window import MainWindow
from app.ui.shell.language import LanguageSwitcher
from tests.ui.conftest import settle

TODAY = dt.date(2026, 12, 1)
OPENED = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def case(label: str, deadline_in_days: int | None = None) -> Case:
    made = open_case(Job.CLOSE_SELLER_ACCOUNT, label, "amazon.it", "", OPENED)
    if deadline_in_days is None:
        return made
    return made.model_copy(
        update={
            "state": CaseState.WAITING_CONFIRMATION,
            "deadline": TODAY + dt.timedelta(days=deadline_in_days),
        }
    )


@dataclasses.dataclass
class Told:
    resets: int = 0
    inserted: int = 0
    removed: int = 0
    moved: int = 0
    changed: int = 0


@pytest.fixture
def model(qapp: QApplication) -> tuple[CasesModel, Told]:
    model = CasesModel(lambda: TODAY)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    told = Told()
    model.modelReset.connect(lambda: setattr(told, "resets", told.resets + 1))
    model.rowsInserted.connect(lambda *_: setattr(told, "inserted", told.inserted + 1))
    model.rowsRemoved.connect(lambda *_: setattr(told, "removed", told.removed + 1))
    model.rowsMoved.connect(lambda *_: setattr(told, "moved", told.moved + 1))
    model.dataChanged.connect(lambda *_: setattr(told, "changed", told.changed + 1))
    return model, told


def accounts(model: CasesModel) -> list[str]:
    return [model.index(row, ACCOUNT).data() for row in range(model.rowCount())]


def test_one_new_case_is_inserted_where_it_sorts(model: tuple[CasesModel, Told]) -> None:
    cases_model, told = model
    first, last = case("Uno", 1), case("Tre", 3)
    cases_model.set_cases([first, last])
    cases_model.set_cases([first, last, case("Due", 2)])
    assert accounts(cases_model)[:3] == ["Uno (amazon.it)", "Due (amazon.it)", "Tre (amazon.it)"]
    assert (told.resets, told.inserted, told.changed) == (1, 1, 0)


def test_a_deleted_case_is_removed_and_the_rest_stay(model: tuple[CasesModel, Told]) -> None:
    cases_model, told = model
    cases = [case("Uno", 1), case("Due", 2), case("Tre", 3)]
    cases_model.set_cases(cases)
    cases_model.set_cases([cases[0], cases[2]])
    assert accounts(cases_model) == ["Uno (amazon.it)", "Tre (amazon.it)"]
    assert (told.resets, told.removed) == (1, 1)


def test_a_case_whose_deadline_moves_changes_place_and_text(
    model: tuple[CasesModel, Told],
) -> None:
    cases_model, told = model
    cases = [case("Uno", 1), case("Due", 2), case("Tre", 3)]
    cases_model.set_cases(cases)
    later = cases[0].model_copy(update={"deadline": TODAY + dt.timedelta(days=9)})
    cases_model.set_cases([later, cases[1], cases[2]])
    assert accounts(cases_model) == ["Due (amazon.it)", "Tre (amazon.it)", "Uno (amazon.it)"]
    assert (told.resets, told.moved, told.changed) == (1, 1, 1)
    assert "9" in cases_model.index(2, TIME_LEFT).data()  # its time left: 9 days


def test_a_case_that_changes_in_place_is_repainted(model: tuple[CasesModel, Told]) -> None:
    cases_model, told = model
    cases = [case("Uno"), case("Due")]
    cases_model.set_cases(cases)
    before = cases_model.index(0, STATE).data()
    refused = cases[0].model_copy(update={"state": CaseState.REFUSED})
    cases_model.set_cases([refused, cases[1]])
    assert cases_model.index(0, STATE).data() != before
    assert (told.resets, told.changed) == (1, 1)


def test_nothing_changed_tells_nothing(model: tuple[CasesModel, Told]) -> None:
    cases_model, told = model
    cases = [case("Uno", 1), case("Due", 2)]
    cases_model.set_cases(cases)
    cases_model.set_cases(list(cases))
    assert dataclasses.astuple(told) == (1, 0, 0, 0, 0)


def test_two_changes_at_once_start_over(model: tuple[CasesModel, Told]) -> None:
    cases_model, told = model
    cases = [case("Uno", 1), case("Due", 2)]
    cases_model.set_cases(cases)
    cases_model.set_cases([case("Altro", 1), case("Ancora", 2), case("Nuovo", 3)])
    assert told.resets == 2
    assert len(accounts(cases_model)) == 3


def test_the_main_window_keeps_the_selected_case_while_another_one_changes(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> None:
    window = MainWindow(switcher, lambda: TODAY)
    qtbot.addWidget(window)
    cases = [case("Uno", 1), case("Due", 2), case("Tre", 3)]
    window.set_cases(cases)
    window.show()
    qtbot.waitExposed(window)
    window.select_case(cases[1].id)
    window.set_cases([*cases, case("Primo", 0)])  # a new case sorts above the selected one
    selected = window.selected_case()
    assert selected is not None and selected.id == cases[1].id
    assert window.table.currentIndex().row() == 2
    moved = cases[1].model_copy(update={"deadline": TODAY + dt.timedelta(days=30)})
    window.set_cases([cases[0], moved, cases[2], window.model.case_at(0)])
    selected = window.selected_case()
    assert selected is not None and selected.deadline == moved.deadline
    assert window.table.currentIndex().row() == 3
    assert "Due" in window.details.text()


def _window(switcher: LanguageSwitcher, qtbot: QtBot, cases: list[Case]) -> MainWindow:
    window = MainWindow(switcher, lambda: TODAY)
    qtbot.addWidget(window)
    window.set_cases(cases)
    window.show()
    qtbot.waitExposed(window)
    return window


def account_column_fits(window: MainWindow) -> bool:
    """Every account name on screen is shown whole (its column as wide as it needs)."""
    table = window.table
    width = table.horizontalHeader().sectionSize(ACCOUNT)
    rows = range(window.model.rowCount())
    return all(
        table.sizeHintForIndex(window.model.index(row, ACCOUNT)).width() <= width for row in rows
    )


def test_a_new_case_with_a_long_name_widens_its_column_at_once(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> None:
    cases = [case("Uno", 1), case("Due", 2)]
    window = _window(switcher, qtbot, cases)
    settle(qapp)
    before = window.table.horizontalHeader().sectionSize(ACCOUNT)
    longer = case("Negozio di articoli da regalo e cartoleria", 3)
    window.set_cases([*cases, longer])
    assert window.table.horizontalHeader().sectionSize(ACCOUNT) > before
    assert account_column_fits(window)


def test_a_deleted_long_name_gives_its_room_back(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> None:
    cases = [case("Uno", 1), case("Negozio di articoli da regalo e cartoleria", 2)]
    window = _window(switcher, qtbot, cases)
    settle(qapp)
    wide = window.table.horizontalHeader().sectionSize(ACCOUNT)
    window.set_cases(cases[:1])
    settle(qapp)
    assert window.table.horizontalHeader().sectionSize(ACCOUNT) < wide
    assert account_column_fits(window)


def test_with_the_window_closed_a_change_among_ten_thousand_cases_reads_one_row(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    data_calls: list[int],
) -> None:
    """The main window closed while the wizard saves a case at each step: Qt measured every
    row again at each save (three seconds with 10,000 cases); now nothing until it is shown."""
    many = [case(f"Conto {n}") for n in range(10_000)]
    window = _window(switcher, qtbot, many)
    settle(qapp)
    window.close()
    data_calls[0] = 0
    changed = many[5].model_copy(update={"label": "Un nome molto, molto più lungo degli altri"})
    window.set_cases([*many[:5], changed, *many[6:]])
    settle(qapp)
    assert data_calls[0] < 100
    window.show()
    qtbot.waitExposed(window)
    settle(qapp)
    assert account_column_fits(window)  # measured as it is shown: the long name included


def test_what_takes_the_room_the_other_columns_leave(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> None:
    """No empty band at the right of the list, before and after a case changes."""
    cases = [case("Uno", 1), case("Due", 2)]
    window = _window(switcher, qtbot, cases)
    settle(qapp)
    header = window.table.horizontalHeader()
    viewport = window.table.viewport().width()
    assert header.length() == viewport
    assert header.sectionSize(JOB) > header.sectionSize(TIME_LEFT)
    account = header.sectionSize(ACCOUNT)
    window.set_cases([*cases, case("Bottega Rossi", 3)])  # a wider account column
    settle(qapp)
    assert header.sectionSize(ACCOUNT) > account
    assert header.length() == window.table.viewport().width()  # "What" gave the room
