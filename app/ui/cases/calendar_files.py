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
from app.ui.shell.notices import show_notice

log = logging.getLogger(__name__)


def deadline_entry(
    case_id: str, label: str, deadline: dt.date, job: Job = Job.CLOSE_CUSTOMER_ACCOUNT
) -> CalendarEntry:
    """The calendar event for one case's deadline, in the current language."""
    if job is Job.SELLER_SIGN_IN:
        return CalendarEntry(
            uid=case_id,
            day=deadline,
            summary=QCoreApplication.translate(
                "Calendar", "Look for Amazon's e-mail about \u201c{label}\u201d"
            ).format(label=label),
            description=QCoreApplication.translate(
                "Calendar",
                "You sent an identity document to reset two-step verification on Seller "
                "Central. Amazon should answer by e-mail by {date}. No answer? Contact Seller "
                "Support; do not open a new seller account.",
            ).format(date=long_date(deadline)),
        )
    summary = QCoreApplication.translate(
        "Calendar", "Confirm the closure of the Amazon account \u201c{label}\u201d"
    ).format(label=label)
    description = QCoreApplication.translate(
        "Calendar",
        "Amazon sent an e-mail or a text message with a link to confirm the closure. Confirm "
        "it by {date}, or the request is void and everything starts again. Open the link only "
        "if the message really comes from Amazon.",
    ).format(date=long_date(deadline))
    return CalendarEntry(uid=case_id, day=deadline, summary=summary, description=description)


def write_calendar(path: Path, entries: Sequence[CalendarEntry], now: dt.datetime) -> None:
    """Write the .ics file (UTF-8 bytes: its lines must end in CRLF on every system)."""
    write_atomically(path, to_icalendar(entries, now).encode("utf-8"))


def save_calendar_file(
    parent: QWidget | None, entries: Sequence[CalendarEntry], now: dt.datetime
) -> Path | None:
    """Ask where to save, write the file, and tell the user; None if cancelled or failed."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or Path.home()) / "amazon-deadlines.ics")
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
            ).format(path=path, reason=error.strerror or error),
            QMessageBox.Icon.Warning,
        )
        return None
    show_notice(
        parent,
        QCoreApplication.translate("Calendar", "Calendar file saved"),
        QCoreApplication.translate(
            "Calendar",
            "Saved as {path}. Open it, or import it into Google Calendar, Outlook or Apple "
            "Calendar: you get a reminder the day before and on the day.",
        ).format(path=path),
        QMessageBox.Icon.Information,
    )
    return path
