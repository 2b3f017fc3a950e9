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
_ROLES_ANSWERED = frozenset(
    {DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE, ACCESSIBLE_DESCRIPTION_ROLE}
)


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
        """Show `cases`; one case added, removed, moved or changed is told to the views as
        that one step, so that they keep their selection and repaint what changed."""
        # After the first paint (the cases come with the deferred load): not with the module.
        from app.core.list_changes import Inserted, Moved, Removed, Unmoved, list_change

        # Open cases first, the nearest deadline first; then the newest.
        ordered = sorted(
            cases,
            key=lambda case: (
                case.state in FINISHED_STATES,
                case.deadline or dt.date.max,
                -case.opened_on.toordinal(),
            ),
        )
        before = self._cases
        change = list_change([case.id for case in before], [case.id for case in ordered])
        root = QModelIndex()
        if isinstance(change, Unmoved):
            self._cases = ordered
        elif isinstance(change, Inserted):
            self.beginInsertRows(root, change.row, change.row)
            self._cases = ordered
            self.endInsertRows()
        elif isinstance(change, Removed):
            self.beginRemoveRows(root, change.row, change.row)
            self._cases = ordered
            self.endRemoveRows()
        elif isinstance(change, Moved):
            source, destination = change.source, change.destination
            # Qt counts the destination in the rows as they were: below the row, one more.
            below = destination + 1 if destination > source else destination
            self.beginMoveRows(root, source, source, root, below)
            self._cases = ordered
            self.endMoveRows()
        else:
            self.beginResetModel()
            self._cases = ordered
            self.endResetModel()
            return
        self._tell_changed_rows(before)

    def _tell_changed_rows(self, before: list[Case]) -> None:
        """dataChanged for the rows whose case is not the one they showed (one range); a row
        just inserted is new to the views already."""
        shown = {case.id: case for case in before}
        changed = [
            row
            for row, case in enumerate(self._cases)
            if (was := shown.get(case.id)) is not None and was is not case and was != case
        ]
        if changed:
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], len(_HEADERS) - 1)
            )

    def case_at(self, row: int) -> Case:
        return self._cases[row]

    def row_of(self, case_id: str) -> int | None:
        """The row that shows the case with `case_id`; None if none does."""
        return next((row for row, case in enumerate(self._cases) if case.id == case_id), None)

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
        # The role first: a painted cell is asked for seven roles, five of them none of ours,
        # and each look at `index` is a call into Qt.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        if role in (ACCESSIBLE_TEXT_ROLE, ACCESSIBLE_DESCRIPTION_ROLE):
            return self._spoken(index, role)
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
