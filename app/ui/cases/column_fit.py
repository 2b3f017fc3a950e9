"""The case list's columns as wide as what they show, measured only where something changed.

Qt's own `ResizeToContents` measures again, after any change to the model however small, every
row on screen, and every row of the list when the table is hidden: with the main window
closed while the wizard saves a case at each step, 10,000 cases froze the app for three
seconds at each step, and with the window open it was a good part of each Next. Here:

- the rows on screen are measured when the list starts over (the first cases, a new
  document, a case deleted, a change of language, font or style), once the event loop is
  back (one measure for several such changes), and never while the table is hidden: then
  as it is shown, before it is painted;
- one case added, moved or changed widens, at once, a column its new texts need: only its
  row is measured. Columns do not narrow for one case; they do at the next whole measure.

The stretched column takes the room left, as before; columns cannot be dragged, as before.
A plain class, not a `QObject` (defining one costs about a millisecond before the first
paint): the table tells it when it is shown and when its font or style changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel, QModelIndex
    from PySide6.QtWidgets import QTableView

# More changed rows than this at once (a new day, a change of language: every countdown is
# asked for again) are measured as a whole, rows on screen only, not row by row.
_ROWS_ONE_BY_ONE = 8


class ColumnFit:
    def __init__(self, table: QTableView, stretched: int) -> None:
        self._table = table
        self._stretched = stretched
        self._model: QAbstractItemModel | None = None
        self._connections: list[tuple[Any, Callable[..., None]]] = []
        self._whole_due = True  # measured when the table is next shown
        self._scheduled = False
        # The rows on screen, not all of them, whenever Qt measures a whole column.
        table.horizontalHeader().setResizeContentsPrecision(0)

    def follow(self, model: QAbstractItemModel) -> None:
        """Fit the columns to `model` from now on (the table's model, once it is set: the
        header has its sections only then)."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._model = model
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self._stretched, QHeaderView.ResizeMode.Stretch)
        # `measure_whole` takes no parameter: PySide would otherwise convert the signals' (a
        # `Qt.Orientation` builds the whole `Qt` namespace, before the first paint).
        self._connections = [
            (model.modelReset, self.measure_whole),
            (model.layoutChanged, self.measure_whole),
            (model.rowsRemoved, self.measure_whole),
            (model.headerDataChanged, self.measure_whole),
            (model.rowsInserted, self._on_rows_inserted),
            (model.dataChanged, self._on_data_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.measure_whole()

    def measure_whole(self) -> None:
        """Measure the rows on screen once the event loop is back (once for many calls)."""
        self._whole_due = True
        if self._scheduled or not self._table.isVisible():
            return  # hidden: measured when shown (`table_shown`)
        self._scheduled = True
        QTimer.singleShot(0, self._table, self._measure_whole_now)  # not once it is gone

    def _measure_whole_now(self) -> None:
        self._scheduled = False
        if not self._whole_due or not self._table.isVisible():
            return
        self._whole_due = False
        for column in self._fitted_columns():
            self._table.resizeColumnToContents(column)  # the rows on screen (precision 0)

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._widen_for(first, last)

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object
    ) -> None:
        first, last = top_left.row(), bottom_right.row()
        if last - first + 1 > _ROWS_ONE_BY_ONE:
            self.measure_whole()
        else:
            self._widen_for(first, last)

    def _widen_for(self, first: int, last: int) -> None:
        """Widen each column to what rows `first`..`last` need, measuring only them."""
        model = self._model
        if model is None or self._whole_due or not self._table.isVisible():
            self.measure_whole()  # hidden, or a whole measure pending: that one covers them
            return
        header = self._table.horizontalHeader()
        grid = 1 if self._table.showGrid() else 0  # as Qt's own measure of a column adds
        for column in self._fitted_columns():
            needed = max(
                self._table.sizeHintForIndex(model.index(row, column)).width() + grid
                for row in range(first, last + 1)
            )
            if needed > header.sectionSize(column):
                header.resizeSection(column, min(needed, header.maximumSectionSize()))

    def _fitted_columns(self) -> list[int]:
        count = self._model.columnCount() if self._model is not None else 0
        return [column for column in range(count) if column != self._stretched]

    def table_shown(self) -> None:
        """The table is shown: measure now if a measure is due (before it is painted)."""
        if self._whole_due:
            self._measure_whole_now()
