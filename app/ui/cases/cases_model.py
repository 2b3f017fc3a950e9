"""The list of cases as a Qt table model: one model for any number of rows.

`Qt` is imported by the methods that need it, never with the module: its first use builds
every one of its enums (about 35 ms), and the main window is built before its first paint
(its header takes the labels from `header_texts`, see `MainWindow`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex

from app.core.case_states import FINISHED_STATES
from app.ui.cases.case_texts import long_date, no_deadline, short_date, state_name, time_left
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from app.core.cases import Case

_HEADERS = (
    QT_TRANSLATE_NOOP("CasesModel", "Account"),
    QT_TRANSLATE_NOOP("CasesModel", "What"),
    QT_TRANSLATE_NOOP("CasesModel", "State"),
    QT_TRANSLATE_NOOP("CasesModel", "Next deadline"),
    QT_TRANSLATE_NOOP("CasesModel", "Time left"),
    QT_TRANSLATE_NOOP("CasesModel", "Opened on"),
)
ACCOUNT, JOB, STATE, DEADLINE, TIME_LEFT, OPENED = range(len(_HEADERS))
Index = QModelIndex | QPersistentModelIndex
# Qt.ItemDataRole.DisplayRole and ToolTipRole, as the ints Qt passes to `data` (called for
# every cell painted: no import there).
DISPLAY_ROLE, TOOLTIP_ROLE = 0, 3
# Qt.ItemDataRole.AccessibleTextRole and AccessibleDescriptionRole: what a screen reader says
# of a cell (asked only while one is running). The first cell of a row says the whole row.
ACCESSIBLE_TEXT_ROLE, ACCESSIBLE_DESCRIPTION_ROLE = 11, 12


def row_sentence(case: Case, today: dt.date) -> str:
    """The row as a screen reader says it: "Negozio (amazon.it), Seller account closure,
    Waiting for your confirmation, 3 days left"."""
    from app.ui.flows.registry import flow_ui

    parts = {
        "account": account_name(case),
        "what": flow_ui(case.job).short_name_text(),
        "state": state_name(case.state),
        "left": time_left(case.state, case.deadline, today),
    }
    if parts["left"]:
        return QCoreApplication.translate(
            "CasesModel", "{account}, {what}, {state}, {left}"
        ).format(**parts)
    return QCoreApplication.translate("CasesModel", "{account}, {what}, {state}").format(**parts)


def row_details(case: Case) -> str:
    """The dates of the row, in words, for a screen reader after its sentence."""
    opened = long_date(case.opened_on)
    if case.state not in FINISHED_STATES and case.deadline is not None:
        return QCoreApplication.translate(
            "CasesModel", "Next deadline: {deadline}. Opened on {opened}."
        ).format(deadline=long_date(case.deadline), opened=opened)
    return QCoreApplication.translate("CasesModel", "Opened on {opened}.").format(opened=opened)


def account_name(case: Case) -> str:
    if case.label:
        return QCoreApplication.translate("CasesModel", "{label} ({store})").format(
            label=case.label, store=case.store_domain
        )
    return case.store_domain


class CasesModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._cases: list[Case] = []
        self.today = today

    def set_cases(self, cases: list[Case]) -> None:
        self.beginResetModel()
        # Open cases first, the nearest deadline first; then the newest.
        self._cases = sorted(
            cases,
            key=lambda case: (
                case.state in FINISHED_STATES,
                case.deadline or dt.date.max,
                -case.opened_on.toordinal(),
            ),
        )
        self.endResetModel()

    def case_at(self, row: int) -> Case:
        return self._cases[row]

    def header_texts(self) -> list[str]:
        """The columns' names in the current language."""
        return [QCoreApplication.translate("CasesModel", header) for header in _HEADERS]

    def retranslate(self) -> None:
        """Every text depends on the language: tell the views to ask again."""
        from PySide6.QtCore import Qt

        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._cases:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._cases) - 1, len(_HEADERS) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CasesModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        if role in (ACCESSIBLE_TEXT_ROLE, ACCESSIBLE_DESCRIPTION_ROLE):
            return self._spoken(index, role)
        if role not in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return None
        case = self._cases[index.row()]
        column = index.column()
        if column == ACCOUNT:
            return account_name(case)
        if column == JOB:
            from app.ui.flows.registry import flow_ui

            return flow_ui(case.job).short_name_text()
        if column == STATE:
            return state_name(case.state)
        if column == DEADLINE:
            if case.state in FINISHED_STATES:
                return ""  # finished: there is no next deadline
            return long_date(case.deadline) if case.deadline else no_deadline()
        if column == TIME_LEFT:
            return time_left(case.state, case.deadline, self.today())
        if role == TOOLTIP_ROLE:
            return long_date(case.opened_on)
        return short_date(case.opened_on)

    def _spoken(self, index: Index, role: int) -> str | None:
        """The first cell says the row as a sentence; the other cells say what they show."""
        if index.column() != ACCOUNT:
            return None
        case = self._cases[index.row()]
        if role == ACCESSIBLE_TEXT_ROLE:
            return row_sentence(case, self.today())
        return row_details(case)
