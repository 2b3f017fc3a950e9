""" "Add to calendar": deadlines written to an iCalendar (.ics) file the user chooses."""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.calendar_export import CalendarEntry, to_icalendar, with_calendar_suffix
from app.core.jobs import Job
from app.storage.atomic_file import NoReaderError, NotAFileError, write_file
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


def calendar_path(chosen: Path) -> Path:
    """Where to write the calendar the user asked for at `chosen`.

    A name without `.ics` gets it (`with_calendar_suffix`); what already exists and is not
    a regular file (a pipe, a device such as `/dev/stdout`, a folder) is kept as named: the
    write goes into it, or says why it cannot. A link is followed by the write itself.
    """
    try:
        existing_file = chosen.is_file() or not chosen.exists()
    except OSError:  # a loop of links...: the write will say what is wrong
        existing_file = True
    return with_calendar_suffix(chosen) if existing_file else chosen


def write_calendar(path: Path, entries: Sequence[CalendarEntry], now: dt.datetime) -> None:
    """Write the .ics file (UTF-8 bytes: its lines must end in CRLF on every system).

    A regular file is replaced atomically, through a link; a pipe or a character device
    is written into, never replaced (`app.storage.atomic_file.write_file`).
    """
    write_file(path, to_icalendar(entries, now).encode("utf-8"))


def write_problem(error: OSError) -> str:
    """Why the calendar could not be written, in the user's language (after "...: ")."""
    if isinstance(error, NoReaderError):
        return QCoreApplication.translate("Calendar", "no program is reading from that pipe")
    if isinstance(error, NotAFileError):
        return QCoreApplication.translate(
            "Calendar",
            "that name belongs to a device or another special file, not to a regular file",
        )
    if error.errno == errno.ELOOP:
        return QCoreApplication.translate("Calendar", "its symbolic links form a loop")
    return os_error_text(error)


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
    path = calendar_path(Path(chosen))
    try:
        write_calendar(path, entries, now)
    except OSError as error:
        log.error("writing %s failed: %s", path, error)
        show_notice(
            parent,
            QCoreApplication.translate("Calendar", "Not saved"),
            QCoreApplication.translate(
                "Calendar", "The calendar file could not be written in {path}: {reason}."
            ).format(path=path, reason=write_problem(error)),
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
