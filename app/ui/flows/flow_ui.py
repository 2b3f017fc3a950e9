"""What the user sees of one job, in one record: the `FlowUi`.

Each job has one in `app/ui/flows/` (the twin of its `FlowSpec` in `app/core/flows/`): how
the start page and the case list name it, its wizard pages (built only when the job is
chosen), and, for jobs whose cases have a deadline, what reminders, calendar entries and the
deadline dialog say. The texts are marked with `QT_TRANSLATE_NOOP` in the context named
beside each field, and translated when shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.pages import PageId
from app.core.reminder_kinds import ReminderKind

if TYPE_CHECKING:
    from app.ui.hints.hint_book import HintBook
    from app.ui.wizard.pages.flow_page import FlowPage

Clock = Callable[[], dt.datetime]
PageBuilder = Callable[[Answers, Clock, "HintBook"], "dict[PageId, FlowPage]"]

NAMES_CONTEXT = "JobNames"
REMINDERS_CONTEXT = "Reminders"
CALENDAR_CONTEXT = "Calendar"
DIALOG_CONTEXT = "DeadlineDialog"


class DeadlineTexts(NamedTuple):  # not a dataclass: 1 ms less before the first window
    """What the app says about the deadline of a case of this job (marked source texts)."""

    day_before: str  # Reminders: {date}, {account}
    on_the_day: str  # Reminders: {date}, {account}
    calendar_summary: str  # Calendar: {label}
    calendar_description: str  # Calendar: {date}
    dialog_question: str  # DeadlineDialog: {label}

    def reminder(self, kind: ReminderKind) -> str:
        """The reminder of `kind`, translated, placeholders still to fill in."""
        source = self.day_before if kind is ReminderKind.DAY_BEFORE else self.on_the_day
        return QCoreApplication.translate(REMINDERS_CONTEXT, source)

    def calendar(self) -> tuple[str, str]:
        """The calendar entry's summary and description, translated."""
        return (
            QCoreApplication.translate(CALENDAR_CONTEXT, self.calendar_summary),
            QCoreApplication.translate(CALENDAR_CONTEXT, self.calendar_description),
        )

    def question(self) -> str:
        """What the deadline dialog asks, translated."""
        return QCoreApplication.translate(DIALOG_CONTEXT, self.dialog_question)


class FlowUi(NamedTuple):  # as DeadlineTexts
    job: Job
    choice: str  # JobNames: how the start page offers the job, a whole sentence
    short_name: str  # JobNames: the job in a column of the case list
    build_pages: PageBuilder
    deadline: DeadlineTexts | None = None  # None: this job's cases have no deadline

    def choice_text(self) -> str:
        return QCoreApplication.translate(NAMES_CONTEXT, self.choice)

    def short_name_text(self) -> str:
        return QCoreApplication.translate(NAMES_CONTEXT, self.short_name)
