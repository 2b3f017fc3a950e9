"""Every window a user meets, built and shown: each page of each flow, the main window, each
dialog and each question. The accessibility tests walk them all, in both languages.

A window is given to the test by `visit(name, window)`, shown, then closed. Modal questions
(run by `exec()`) are looked at while they wait for an answer, then answered with Esc.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.jobs import ALL_JOBS, Job
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.storage.email_hints import SERVICE_NAME, EmailHints
from app.ui.hints.hint_book import HintBook
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.conftest import settle
from tests.ui.keyring_fakes import MemoryKeyring, wait_for_keyring

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
ACCOUNT = "Negozio"

Visit = Callable[[str, QWidget], None]


def hint_book() -> HintBook:
    """E-mail hints that work, with one saved for `ACCOUNT`: every hint button shows."""
    keyring = MemoryKeyring({(SERVICE_NAME, ACCOUNT): "mario.rossi@example.com"})
    return HintBook(lambda: [ACCOUNT], lambda _labels: None, EmailHints(backend=keyring))


def every_page() -> Iterator[tuple[Job, PageId]]:
    """Each page of each flow, the start page first."""
    from app.ui.flows.registry import flow_ui

    yield ALL_JOBS[0], PageId.START
    for job in ALL_JOBS:
        pages = flow_ui(job).build_pages(Answers(), lambda: NOW, hint_book())
        for page_id in sorted(pages):
            yield job, page_id
        for page in pages.values():
            page.deleteLater()


def visit_wizard_pages(switcher: LanguageSwitcher, qtbot: QtBot, visit: Visit) -> None:
    """Each page, reached with what a user would have answered before it."""
    for job, page_id in every_page():
        answers = Answers()
        if page_id is not PageId.START:
            answers.job = job
            answers.account_label = ACCOUNT
            answers.region = SellerRegion.EUROPE
            answers.requested_on = TODAY
            answers.request_sent = True
        w = AssistantWizard(switcher, answers, lambda: NOW, start=page_id, book=hint_book())
        w.show()
        w.activateWindow()
        wait_for_keyring(qtbot)
        settle(QApplication.instance())  # type: ignore[arg-type]
        visit(f"page {page_id.name}", w)
        w.close()
        w.deleteLater()


def some_cases() -> list[Case]:
    waiting = open_case(
        Job.CLOSE_SELLER_ACCOUNT,
        ACCOUNT,
        "amazon.it",
        "Seconda richiesta",
        NOW - dt.timedelta(days=2),
        state=CaseState.WAITING_CONFIRMATION,
    ).model_copy(
        update={
            "requested_on": TODAY - dt.timedelta(days=2),
            "deadline": TODAY + dt.timedelta(days=3),
            "region": SellerRegion.EUROPE,
        }
    )
    draft = open_case(
        Job.CLOSE_CUSTOMER_ACCOUNT, "Personale", "amazon.it", "", NOW, state=CaseState.DRAFT
    )
    blocked = open_case(Job.CUSTOMER_SIGN_IN, "", "amazon.de", "", NOW - dt.timedelta(days=30))
    return [waiting, draft, blocked]


def visit_main_window(switcher: LanguageSwitcher, qtbot: QtBot, visit: Visit) -> None:
    from app.ui.cases.main_window import MainWindow

    window = MainWindow(switcher, lambda: TODAY)
    stack = QUndoStack(window)
    window.set_undo_stack(stack)
    window.set_cases(some_cases())
    window.show()
    window.activateWindow()
    window.table.selectRow(0)  # the waiting case: its timeline shows too
    window.tell_done("case marked as confirmed")  # the status bar's message and Undo
    settle(QApplication.instance())  # type: ignore[arg-type]
    visit("main window", window)
    window.close()
    window.deleteLater()


def while_modal(qtbot: QtBot, open_it: Callable[[], object], visit: Visit, name: str) -> None:
    """Call `open_it`, which shows a modal window and waits; visit it, then leave with Esc."""
    seen: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, look)  # not up yet
            return
        try:
            seen.append(type(modal).__name__)
            visit(name, modal)
        finally:
            if isinstance(modal, QMessageBox) and modal.escapeButton() is not None:
                modal.escapeButton().click()  # type: ignore[union-attr]
            elif isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    QTimer.singleShot(0, look)
    open_it()
    assert seen, f"{name}: no modal window appeared"


def visit_dialogs(switcher: LanguageSwitcher, qtbot: QtBot, visit: Visit, tmp: Path) -> None:
    """Every dialog and question, over the main window as the app shows them."""
    from app.core.stores import ITALY
    from app.ui.cases.calendar_files import save_calendar_file
    from app.ui.cases.case_dialogs import ask_notes, ask_refusal_reasons
    from app.ui.cases.deadline_dialog import ask_new_deadline
    from app.ui.cases.main_window import MainWindow
    from app.ui.checker.checker_dialog import CheckerDialog
    from app.ui.hints.hints_dialog import HintsDialog
    from app.ui.kit.link_dialog import LinkDialog
    from app.ui.kit.password_in_notes import keep_notes_anyway
    from app.ui.shell.about_dialog import AboutDialog
    from app.ui.wizard.leave_question import ask_keep_draft
    from app.ui.wizard.page_help_dialog import PageHelpDialog

    window = MainWindow(switcher, lambda: TODAY)
    window.show()
    waiting, draft, _ = some_cases()

    def shown(name: str, dialog: QDialog) -> None:
        dialog.show()
        wait_for_keyring(qtbot)
        settle(QApplication.instance())  # type: ignore[arg-type]
        visit(name, dialog)
        dialog.close()
        dialog.deleteLater()

    shown("checker", CheckerDialog(ITALY, window))
    shown("checker with a verdict", CheckerDialog(ITALY, window, "https://amaz0n-it.com/login"))
    book = hint_book()
    shown("e-mail hints", HintsDialog(book, window))
    shown("about", AboutDialog(tmp, lambda: None, window))
    shown("link", LinkDialog("https://www.amazon.it/gp/help", "customer_contact", window))
    wizard = AssistantWizard(switcher, Answers(job=Job.CLOSE_CUSTOMER_ACCOUNT), lambda: NOW)
    wizard.ensure_flow(Job.CLOSE_CUSTOMER_ACCOUNT)
    shown("page help", PageHelpDialog(wizard.page_of(PageId.CUSTOMER_ACCOUNT), wizard))
    while_modal(qtbot, lambda: ask_notes(window, waiting), visit, "case notes")
    while_modal(qtbot, lambda: ask_refusal_reasons(window, waiting), visit, "refusal")
    while_modal(qtbot, lambda: ask_new_deadline(window, waiting, TODAY), visit, "deadline")
    while_modal(qtbot, lambda: ask_keep_draft(window, draft.label), visit, "leave question")
    while_modal(qtbot, lambda: keep_notes_anyway(window), visit, "password in notes")
    while_modal(
        qtbot,
        lambda: save_calendar_file(window, [], NOW),
        visit,
        "calendar file",
    )
    wizard.deleteLater()
    window.close()
    window.deleteLater()


def problems_everywhere(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    tmp_path: Path,
    problems: Callable[[str, QWidget], list[str]],
) -> tuple[list[str], list[str]]:
    """Every page, the main window and every dialog, each given to `problems`: the names of
    the windows visited, and the problems found."""
    found: list[str] = []
    visited: list[str] = []

    def visit(name: str, window: QWidget) -> None:
        visited.append(name)
        found.extend(problems(name, window))

    visit_wizard_pages(switcher, qtbot, visit)
    visit_main_window(switcher, qtbot, visit)
    visit_dialogs(switcher, qtbot, visit, tmp_path)
    return visited, found
