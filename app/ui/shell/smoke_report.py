"""`--smoke`: one JSON line on standard output saying what the first window really showed.

Checks of an installed or bundled copy read it: the window's title, the texts of its
visible buttons (Qt's own "Next" and "Cancel" among them, so a missing Qt translation
shows), the translation files in force, by path (so a bundle that loads them from outside
itself shows too), and the wall-clock time of the first paint (`painted_at`, seconds since
the epoch), from which a benchmark that knows when it started the process gets the time to
the first window without the work that follows it.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QAbstractButton, QWidget

from app.ui.shell.language import LanguageSwitcher


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
