"""Thousands of cases: the main window asks its model for what is on screen, not for every row.

Timings are the benchmark's job (`make bench`); here the work is counted, so a change that
measures every row again (and freezes the window for seconds) fails whatever the machine.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.cases import Case, open_case
from app.core.jobs import Job
from app.core.languages import Language
from app.ui.cases.main_window import MainWindow
from app.ui.shell.language import LanguageSwitcher
from tests.ui.conftest import settle

CASES = 10_000
OPENED = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
# Enough for every cell on screen, many times over; far below one look at every row.
AT_MOST = 20 * 6 * 40


@pytest.fixture(scope="module")
def many_cases() -> list[Case]:
    return [
        open_case(Job.CUSTOMER_SIGN_IN, f"Conto {n}", "amazon.it", "", OPENED) for n in range(CASES)
    ]


def _shown_with(
    cases: list[Case], switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> MainWindow:
    window = MainWindow(switcher, lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(window)
    window.set_cases(cases)
    window.show()
    qtbot.waitExposed(window)
    qapp.processEvents()
    return window


def test_showing_ten_thousand_cases_reads_only_the_rows_on_screen(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    many_cases: list[Case],
    data_calls: list[int],
) -> None:
    window = _shown_with(many_cases, switcher, qtbot, qapp)
    assert window.model.rowCount() == CASES
    assert 0 < data_calls[0] <= AT_MOST


def test_switching_language_with_ten_thousand_cases_reads_only_the_rows_on_screen(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    many_cases: list[Case],
    data_calls: list[int],
) -> None:
    window = _shown_with(many_cases, switcher, qtbot, qapp)
    data_calls[0] = 0
    switcher.apply(Language.ITALIAN)
    settle(qapp)  # the new texts, the columns measured again, painted
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Che cosa"
    assert 0 < data_calls[0] <= AT_MOST
