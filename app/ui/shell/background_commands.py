"""Commands that run without the main window: the calendar export and the login reminders."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.deadlines import review
from app.storage.paths import DOCUMENT_FILE_NAME
from app.ui.kit.translatable import CountingContext

log = logging.getLogger(__name__)

Commands = CountingContext("Commands")

EXIT_OK = 0
EXIT_FAILED = 1


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def export_deadlines(data_dir: Path, target: Path, now: dt.datetime | None = None) -> int:
    """Write every deadline waiting for confirmation to `target`; print where, or why not."""
    from app.storage.store import DocumentStore, LoadStatus
    from app.ui.cases.calendar_files import (
        calendar_path,
        deadline_entry,
        write_calendar,
        write_problem,
    )

    now = now or _now()
    result = DocumentStore(data_dir / DOCUMENT_FILE_NAME).load(look_only=True)
    if result.status not in {LoadStatus.OK, LoadStatus.MISSING}:
        print(
            QCoreApplication.translate(
                "Commands",
                "Your data file cannot be read ({path}): open Account Assistant to see why.",
            ).format(path=data_dir / DOCUMENT_FILE_NAME),
            file=sys.stderr,
        )
        return EXIT_FAILED
    from app.core.case_states import REMINDING_STATES

    entries = [
        deadline_entry(case.id, case.label, case.deadline, case.job)
        for case in result.document.cases
        if case.deadline is not None and case.state in REMINDING_STATES
    ]
    if not entries:
        print(
            QCoreApplication.translate(
                "Commands",
                "No deadline is waiting for confirmation, so there is nothing to put in a "
                "calendar: no file was written.",
            )
        )
        return EXIT_OK
    target = calendar_path(target)
    try:
        write_calendar(target, entries, now)
    except OSError as error:
        print(
            QCoreApplication.translate(
                "Commands", "The calendar file could not be written in {path}: {reason}."
            ).format(path=target, reason=write_problem(error)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    done = Commands.tr(
        "%n deadline(s) written to {path}.",
        None,
        len(entries),
        english=("%n deadline written to {path}.", "%n deadlines written to {path}."),
    )
    # Written to standard output (`--export-ics /dev/stdout`): the calendar alone goes there.
    print(done.format(path=target), file=sys.stderr if _is_standard_output(target) else sys.stdout)
    return EXIT_OK


def _is_standard_output(target: Path) -> bool:
    try:
        return sys.stdout is not None and os.path.samestat(
            target.stat(), os.fstat(sys.stdout.fileno())
        )
    except (OSError, ValueError):
        return False


def due_reminders(data_dir: Path, now: dt.datetime) -> list[str] | None:
    """The reminders due now, to show; None if nothing is due. Nothing is recorded here: a
    reminder counts as given once the user has seen it (`record_reminders_given`).

    Runs with the data folder locked by the caller, like the app itself.
    """
    from app.storage.store import DocumentStore, LoadStatus
    from app.ui.cases.reminders import review_messages

    result = DocumentStore(data_dir / DOCUMENT_FILE_NAME).load(look_only=True)
    if result.status is not LoadStatus.OK:
        return None  # nothing to remind of, or a problem the app will explain when opened
    seen = review(result.document.cases, now.date(), now, record=False)
    return review_messages(seen) or None


def record_reminders_given(data_dir: Path, now: dt.datetime) -> None:
    """The user has seen the reminders due at `now`: record them (and any expiry) as given."""
    from app.storage.store import DocumentStore, LoadStatus, StoreError

    store = DocumentStore(data_dir / DOCUMENT_FILE_NAME)
    result = store.load(look_only=True)
    if result.status is not LoadStatus.OK:
        return
    given = review(result.document.cases, now.date(), now)
    if not given.changed:
        return
    document = result.document.model_copy(update={"cases": given.cases})
    try:
        DocumentStore(store.path).save(document)  # a fresh store: `store` only looked
    except StoreError as error:  # shown, not recorded: it may be shown once more later
        log.error("could not record the reminders given: %s", error)


def ask_to_open(messages: list[str], smoke: bool) -> bool:
    """Show the reminders; True when the user wants to open the app."""
    from app.ui.kit.rich_text import paragraphs

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Reminders", "Account Assistant reminder"),
        paragraphs(messages),
    )
    box.setObjectName("loginReminder")
    open_button = box.addButton(
        QCoreApplication.translate("Commands", "Open Account Assistant"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Commands", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    if smoke:
        QTimer.singleShot(0, box.reject)
    box.exec()
    return box.clickedButton() is open_button and QApplication.instance() is not None
