"""`--smoke`: one JSON line on standard output saying what the first window really showed.

Checks of an installed or bundled copy read it: the window's title, the texts of its
visible buttons (Qt's own "Next" and "Cancel" among them, so a missing Qt translation
shows), the translation files in force, by path (so a bundle that loads them from outside
itself shows too), and the wall-clock time of the first paint (`painted_at`, seconds since
the epoch), from which a benchmark that knows when it started the process gets the time to
the first window without the work that follows it.

`--smoke` quits at the first paint, before the saved cases are loaded. To time the start to
a window that shows them, a benchmark starts the app normally (without `--smoke`) with
`ACCOUNT_ASSISTANT_SMOKE=loaded` in its environment: once the full load is done and the
window has been painted with the cases, the app prints one line, `smoke: {"loaded_at": ...,
"painted_at": ..., "rows": ...}` (`rows`: the rows the window's list shows, so that the
benchmark sees the cases really arrived), and quits. `report_when_loaded` is called once the
loaded cases are in the window (`AppController._document_loaded`, after the load in the
background); without the variable it does nothing.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QWidget,
)

from app.ui.shell.first_paint import FirstPaint
from app.ui.shell.language import LanguageSwitcher

LOADED_SMOKE_VARIABLE = "ACCOUNT_ASSISTANT_SMOKE"
LOADED_SMOKE_VALUE = "loaded"


def smoke_report(window: QWidget, switcher: LanguageSwitcher, painted_at: float) -> str:
    buttons = [
        button.text().replace("&", "")
        for button in window.findChildren(QAbstractButton)
        if button.isVisible() and button.text()
    ]
    report = {
        "language": switcher.current.value,
        "window": window.objectName(),
        "title": window.windowTitle(),
        "buttons": buttons,
        "translations": switcher.loaded_files(),
        "painted_at": painted_at,
    }
    return "smoke: " + json.dumps(report, ensure_ascii=False)


def print_smoke_report(window: QWidget, switcher: LanguageSwitcher, painted_at: float) -> None:
    """Print the report; a windowed program on Windows has no standard output: then skip."""
    if sys.stdout is not None:
        print(smoke_report(window, switcher, painted_at), flush=True)


def report_when_loaded(window: QWidget | None) -> None:
    """With ACCOUNT_ASSISTANT_SMOKE=loaded: after `window`'s next paint, report and quit."""
    if window is None or os.environ.get(LOADED_SMOKE_VARIABLE) != LOADED_SMOKE_VALUE:
        return
    _LoadedReport(window)


class _LoadedReport(QObject):
    """Waits for the paint that shows the loaded cases, then prints the line and quits."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # The paint that follows the load (the list was reset): asked for, in case the load
        # changed nothing visible.
        self._paint = FirstPaint(window, self._report)
        window.update()

    def _report(self) -> None:
        loaded_at = time.time()  # the paint is over: the user sees the cases
        first = [
            paint.painted_at
            for paint in self._window.findChildren(FirstPaint)
            if paint is not self._paint and paint.painted_at is not None
        ]
        views = [
            view
            for view in self._window.findChildren(QAbstractItemView)
            if view.isVisible() and not isinstance(view, QHeaderView)
        ]
        report = {
            "window": self._window.objectName(),
            "painted_at": min(first) if first else None,
            "loaded_at": loaded_at,
            "rows": sum(view.model().rowCount() for view in views),
        }
        if sys.stdout is not None:
            print("smoke: " + json.dumps(report), flush=True)
        QApplication.quit()
