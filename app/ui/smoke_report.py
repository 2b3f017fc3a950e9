"""`--smoke`: one line on standard output saying what the first window really showed.

Checks of an installed or bundled copy read it: the window's title, the texts of its
visible buttons (Qt's own "Next" and "Cancel" among them, so a missing Qt translation
shows), and the translation files in force, by path (so a bundle that loads them from
outside itself shows too).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QAbstractButton, QWidget

from app.ui.language import LanguageSwitcher


def smoke_report(window: QWidget, switcher: LanguageSwitcher) -> str:
    buttons = [
        button.text().replace("&", "")
        for button in window.findChildren(QAbstractButton)
        if button.isVisible() and button.text()
    ]
    return (
        f"smoke: language={switcher.current.value} window={window.objectName() or 'window'} "
        f"title={window.windowTitle()!r} buttons={buttons!r} "
        f"translations={switcher.loaded_files()!r}"
    )


def print_smoke_report(window: QWidget, switcher: LanguageSwitcher) -> None:
    """Print the report; a windowed program on Windows has no standard output: then skip."""
    if sys.stdout is not None:
        print(smoke_report(window, switcher), flush=True)
