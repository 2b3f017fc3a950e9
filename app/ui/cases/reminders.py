"""Reminders while the app runs: the day before and on the deadline, and expiry.

At start-up, whatever needs attention is shown first, in one message. Afterwards a timer
checks again; a reminder goes to the system tray where there is one, otherwise to a dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from app.core.case_states import CaseState
from app.core.deadlines import Review, needing_attention, review
from app.core.reminder_kinds import ReminderKind
from app.ui.cases.case_texts import long_date, state_name, time_left
from app.ui.cases.cases_model import account_name
from app.ui.flows.registry import flow_ui
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.shell.notices import show_notice

if TYPE_CHECKING:
    from app.core.cases import Case
    from app.ui.shell.document_session import DocumentSession

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000


def reminder_text(case: Case, kind: ReminderKind) -> str:
    """The reminder of `kind` about `case`'s deadline, as its job words it."""
    texts = flow_ui(case.job).deadline
    if texts is None or case.deadline is None:
        raise ValueError(f"a {case.job.value} case without a deadline gets no reminder")
    return texts.reminder(kind).format(date=long_date(case.deadline), account=account_name(case))


def expired_text(case: Case) -> str:
    return QCoreApplication.translate(
        "Reminders",
        "The deadline to confirm the closure of \u201c{account}\u201d has passed, and it was "
        "not marked as confirmed here. If you did confirm it in time, select it in your list "
        "and press \u201cI did confirm it in time\u201d; if not, the request is void: press "
        "\u201cStart again\u201d.",
    ).format(account=account_name(case))


def review_messages(result: Review) -> list[str]:
    """What the user is told after a review, in the current language."""
    return [expired_text(case) for case in result.expired] + [
        reminder_text(case, kind) for case, kind in result.reminders
    ]


def attention_line(case: Case, today_left: str) -> str:
    state = state_name(case.state)
    if today_left and case.state is not CaseState.EXPIRED:  # "Deadline passed" says it all
        return QCoreApplication.translate("Reminders", "{account}: {state}, {left}").format(
            account=account_name(case), state=state, left=today_left
        )
    return QCoreApplication.translate("Reminders", "{account}: {state}").format(
        account=account_name(case), state=state
    )


class Reminders(QObject):
    """Reviews the open cases now and every ten minutes: expiries, then the reminders due.

    It changes cases through the session (which saves them), and asks `message_parent` for
    the window its messages belong to; `case_to_show` names the case the user should see.
    """

    case_to_show = Signal(str)  # a case id

    def __init__(
        self,
        session: DocumentSession,
        clock: Callable[[], dt.datetime],
        message_parent: Callable[[], QWidget | None],
    ) -> None:
        super().__init__(session)
        self.session = session
        self.clock = clock
        self.message_parent = message_parent
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._check_now)
        self.tray: QSystemTrayIcon | None = None

    def _check_now(self) -> None:
        self.check(at_start_up=False)

    def start(self) -> None:
        self.timer.start()

    def check(self, at_start_up: bool) -> list[str]:
        """Expire what is overdue, give the reminders that are due; the messages shown."""
        if not self.session.loaded:
            return []
        now = self.clock()
        today = now.date()
        result = review(self.session.cases(), today, now)
        if result.changed:
            self.session.replace_cases(result.cases)
        if at_start_up:
            attention = needing_attention(result.cases, today)
            if attention:
                self._show_at_start_up(attention, today)
                return [self._summary(attention, today)]
            return []
        messages = review_messages(result)
        for message in messages:
            self._notify(message)
        return messages

    def _summary(self, cases: list[Case], today: dt.date) -> str:
        lines = [attention_line(c, time_left(c.state, c.deadline, today)) for c in cases]
        return paragraphs(
            [QCoreApplication.translate("Reminders", "These cases need your attention:")]
        ) + bullet_list(lines)

    def _show_at_start_up(self, cases: list[Case], today: dt.date) -> None:
        box = show_notice(
            self.message_parent(),
            QCoreApplication.translate("Reminders", "Reminders"),
            self._summary(cases, today),
            QMessageBox.Icon.Information,
        )
        box.setObjectName("attention")
        box.raise_()
        self.case_to_show.emit(cases[0].id)

    def _notify(self, message: str) -> None:
        title = QCoreApplication.translate("Reminders", "Account Assistant reminder")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information)
            log.info("reminder sent to the tray")
            return
        box = show_notice(self.message_parent(), title, message, QMessageBox.Icon.Information)
        box.setObjectName("reminder")
