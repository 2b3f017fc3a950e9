"""Opens every wizard page, the main window and the checker, in both languages, and lists what
is clipped.

Run by tests/ui/test_large_text.py in a process of its own (the scale factor and the screen
must be set before Qt starts):

    python -m tests.ui.large_text_probe [--font-scale 1.5]

with QT_QPA_PLATFORM giving an offscreen screen of a chosen size and, if wanted,
QT_SCALE_FACTOR. Prints one JSON object: {"problems": [...], "windows": {...}}; each problem is
a sentence naming the screen, the language and the widget.

What counts as clipped, for every visible label and button:
- its text does not fit: a wrapping label or check box shorter than the height its text needs
  at its width; anything else smaller than its size hint;
- it reaches outside its window, or, on a page that scrolls, outside the scroll area's width
  (a page scrolls up and down only: below its bottom edge is fine);
and for each window: larger than the screen's free area, or its Next, Finish or Cancel button
outside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "docs"))

from make_screenshots import CHECKER_EXAMPLES, NOW, answers_for, open_main_window  # noqa: E402
from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtGui import QFont, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
    QWizard,
)

from app.core.languages import Language  # noqa: E402
from app.core.pages import PageId  # noqa: E402
from app.ui.shell.language import LanguageSwitcher  # noqa: E402
from app.ui.wizard.assistant_wizard import AssistantWizard  # noqa: E402

_SLACK = 1  # pixels: rounding


def _scroll_area_of(widget: QWidget, window: QWidget) -> QScrollArea | None:
    """The scroll area `widget` is scrolled by, if any (its content, not its own bars)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def _text_fits(widget: QWidget) -> str | None:
    """Why `widget`'s text does not fit in it, or None."""
    width, height = widget.width(), widget.height()
    if (isinstance(widget, QLabel) and widget.wordWrap()) or widget.hasHeightForWidth():
        needed = widget.heightForWidth(width)
        if needed > height + _SLACK:
            return f"needs {needed} px of height at {width} px, has {height}"
        return None
    hint = widget.sizeHint()
    if hint.width() > width + _SLACK or hint.height() > height + _SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {width}x{height}"
    return None


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName() or '-'} ({text[:40]!r})"


def clipped(window: QWidget, screen: str) -> list[str]:
    """What is clipped on `window` (shown), each as a sentence."""
    problems: list[str] = []
    free = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    if not free.contains(window.frameGeometry()):
        problems.append(f"{screen}: the window {window.frameGeometry()} is larger than {free}")
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible():
            continue
        if not widget.text():  # an icon (a field's clear button, Qt's own) or an empty label
            continue
        why = _text_fits(widget)
        if why is not None:
            problems.append(f"{screen}: {_name(widget)}: its text is cut, {why}")
        area = _scroll_area_of(widget, window)
        content = area.widget() if area is not None else None
        if area is not None and content is not None:
            left = widget.mapTo(content, QPoint(0, 0)).x()
            if left < 0 or left + widget.width() > area.viewport().width() + _SLACK:
                problems.append(
                    f"{screen}: {_name(widget)} is wider than its page "
                    f"({left}+{widget.width()} > {area.viewport().width()})"
                )
            continue
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(where):
            problems.append(f"{screen}: {_name(widget)} {where} reaches outside {inside}")
    return problems


def probe_wizard(switcher: LanguageSwitcher, app: QApplication, page: PageId) -> list[str]:
    screen = f"{switcher.current.value} page {page.value} ({page.name})"
    wizard = AssistantWizard(switcher, answers_for(page), lambda: NOW, start=page)
    wizard.show()
    app.processEvents()
    app.processEvents()  # the side panel's steps come a turn later
    problems = clipped(wizard, screen)
    free = (wizard.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    for which in (
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    ):
        button = wizard.button(which)
        if button.isVisible():
            where = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
            if not free.contains(where):
                problems.append(f"{screen}: the {button.text()!r} button {where} is off {free}")
    wizard.close()
    wizard.deleteLater()
    app.processEvents()
    return problems


def probe_main_window(switcher: LanguageSwitcher, app: QApplication) -> list[str]:
    screen = f"{switcher.current.value} main window"
    with tempfile.TemporaryDirectory() as folder:
        controller, window = open_main_window(switcher, Path(folder))
        window.show()
        app.processEvents()
        problems = clipped(window, screen)
        table = window.table
        if table.horizontalScrollBar().isVisible():
            problems.append(f"{screen}: the list of cases scrolls sideways")
        header = table.horizontalHeader()
        account = max(table.sizeHintForColumn(0), header.sectionSizeHint(0))
        if header.sectionSize(0) < account:
            problems.append(
                f"{screen}: the Account column is {header.sectionSize(0)} px, "
                f"its names need {account}"
            )
        size = window.size()
        window.close()
        window.deleteLater()
        app.processEvents()
        del controller
    print(f"main window {size.width()}x{size.height()}", file=sys.stderr)
    return problems


def probe_checker(switcher: LanguageSwitcher, app: QApplication) -> list[str]:
    """ "Is this really Amazon?" with its longest verdict and advice."""
    from app.core.stores import ITALY
    from app.ui.checker.checker_dialog import CheckerDialog

    dialog = CheckerDialog(ITALY, text=CHECKER_EXAMPLES["lookalike"])
    dialog.show()
    app.processEvents()
    problems = clipped(dialog, f"{switcher.current.value} checker")
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--pages", default="all", help="'all', or ids separated by commas")
    args = parser.parse_args()
    app = QApplication([])
    if args.font_scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    pages = (
        list(PageId)
        if args.pages == "all"
        else [PageId(int(page)) for page in args.pages.split(",")]
    )
    switcher = LanguageSwitcher(app)
    problems: list[str] = []
    for language in (Language.ITALIAN, Language.ENGLISH):
        switcher.apply(language)
        app.processEvents()
        for page in pages:
            problems += probe_wizard(switcher, app, page)
        problems += probe_main_window(switcher, app)
        problems += probe_checker(switcher, app)
    free = QGuiApplication.primaryScreen().availableGeometry()
    print(json.dumps({"problems": problems, "screen": [free.width(), free.height()]}))


if __name__ == "__main__":
    main()
