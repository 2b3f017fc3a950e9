""" "Add to calendar": deadlines written to an iCalendar (.ics) file the user chooses."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.calendar_export import CalendarEntry, to_icalendar
from app.core.jobs import Job
from app.storage.atomic_file import write_atomically
from app.ui.cases.case_texts import long_date
from app.ui.flows.registry import flow_ui
from app.ui.kit.os_errors import os_error_text
from app.ui.shell.notices import show_notice

log = logging.getLogger(__name__)


def deadline_entry(case_id: str, label: str, deadline: dt.date, job: Job) -> CalendarEntry:
    """The calendar event for one case's deadline, in the current language."""
    texts = flow_ui(job).deadline
    if texts is None:
        raise ValueError(f"cases of {job.value} have no deadline to put in a calendar")
    summary, description = texts.calendar()
    return CalendarEntry(
        uid=case_id,
        day=deadline,
        summary=summary.format(label=label),
        description=description.format(date=long_date(deadline)),
    )


def write_calendar(path: Path, entries: Sequence[CalendarEntry], now: dt.datetime) -> None:
    """Write the .ics file (UTF-8 bytes: its lines must end in CRLF on every system)."""
    write_atomically(path, to_icalendar(entries, now).encode("utf-8"))


def starting_folder() -> Path:
    """Where the file dialog opens: the user's Documents, else the Desktop, else home.

    Only a folder that exists: given one that does not, the dialog would open in the current
    folder instead (wherever the app was started from).
    """
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def save_calendar_file(
    parent: QWidget | None, entries: Sequence[CalendarEntry], now: dt.datetime
) -> Path | None:
    """Ask where to save, write the file, and tell the user; None if cancelled or failed."""
    suggested = str(starting_folder() / "amazon-deadlines.ics")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Calendar", "Add to calendar"),
        suggested,
        QCoreApplication.translate("Calendar", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_suffix(".ics")
    try:
        write_calendar(path, entries, now)
    except OSError as error:
        log.error("writing %s failed: %s", path, error)
        show_notice(
            parent,
            QCoreApplication.translate("Calendar", "Not saved"),
            QCoreApplication.translate(
                "Calendar", "The calendar file could not be written in {path}: {reason}."
            ).format(path=path, reason=os_error_text(error)),
            QMessageBox.Icon.Warning,
        )
        return None
    show_notice(
        parent,
        QCoreApplication.translate("Calendar", "Calendar file saved"),
        QCoreApplication.translate(
            "Calendar",
            "Saved as {path}. Open it with your calendar, or import it. Outlook, Apple "
            "Calendar and Thunderbird also take its two reminders (the day before and on the "
            "day); Google Calendar takes only the date, so set a reminder there yourself.",
        ).format(path=path),
        QMessageBox.Icon.Information,
    )
    return path
