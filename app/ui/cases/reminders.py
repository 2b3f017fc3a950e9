"""Reminders while the app runs: the day before and on the deadline, and expiry.

At start-up, whatever needs attention is shown first, in one message. Afterwards a timer
checks again; a reminder goes to the system tray where there is one, otherwise to a dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from app.core.case_states import CaseState
from app.core.deadlines import Review, needing_attention, review, with_reminders_given
from app.core.reminder_kinds import ReminderKind
from app.ui.cases.case_texts import long_date, state_name, time_left
from app.ui.cases.cases_model import account_name
from app.ui.flows.registry import flow_ui
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.shell.notices import show_notice

if TYPE_CHECKING:
    from app.core.cases import Case

    Pending = tuple[str, ReminderKind, dt.date | None]
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
    open_requested = Signal()  # the tray's "Open" or a click on its message
    quit_requested = Signal()  # the tray's "Quit"

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
        self._tray_menu: QWidget | None = None
        self._shown: QMessageBox | None = None
        # Reminders shown and not yet acknowledged: (case id, kind, the deadline shown).
        self._waiting: set[Pending] = set()

    def _check_now(self) -> None:
        self.check(at_start_up=False)

    def start(self) -> None:
        self.timer.start()

    def check(self, at_start_up: bool) -> list[str]:
        """Expire what is overdue, show the reminders that are due; the messages shown.

        A reminder counts as given only once the user has closed the message that shows it
        (a tray message alone may never appear: Focus Assist, Do Not Disturb). Until then it
        is not shown twice; if the app ends first, it is shown again next time.
        """
        if not self.session.loaded:
            return []
        now = self.clock()
        today = now.date()
        result = review(self.session.cases(), today, now, record=False)
        if result.changed:  # expiries: saved at once
            self.session.replace_cases(result.cases)
        fresh = [
            (case, kind)
            for case, kind in result.reminders
            if (case.id, kind, case.deadline) not in self._waiting
        ]
        due: list[Pending] = [(case.id, kind, case.deadline) for case, kind in fresh]
        if at_start_up:
            attention = needing_attention(result.cases, today)
            if attention:
                self._show_at_start_up(attention, today, due)
                return [self._summary(attention, today)]
            return []
        messages = review_messages(dataclasses.replace(result, reminders=fresh))
        if messages:
            self._notify(messages, due)
        return messages

    def _acknowledge(self, given: list[Pending], _result: int = 0) -> None:
        """The user closed the message showing `given`: record them as given, for good."""
        for entry in given:
            self._waiting.discard(entry)
        by_id: dict[str, list[ReminderKind]] = {}
        for case_id, kind, deadline in given:
            case = self.session.case(case_id)
            if case is not None and case.deadline == deadline:
                by_id.setdefault(case_id, []).append(kind)
        if not by_id:
            return
        cases = [
            with_reminders_given(case, by_id[case.id]) if case.id in by_id else case
            for case in self.session.cases()
        ]
        self.session.replace_cases(cases)
        log.info("reminders acknowledged: %d", sum(len(kinds) for kinds in by_id.values()))

    def _summary(self, cases: list[Case], today: dt.date) -> str:
        lines = [attention_line(c, time_left(c.state, c.deadline, today)) for c in cases]
        return paragraphs(
            [QCoreApplication.translate("Reminders", "These cases need your attention:")]
        ) + bullet_list(lines)

    def _show_at_start_up(self, cases: list[Case], today: dt.date, due: list[Pending]) -> None:
        box = show_notice(
            self.message_parent(),
            QCoreApplication.translate("Reminders", "Reminders"),
            self._summary(cases, today),
            QMessageBox.Icon.Information,
        )
        box.setObjectName("attention")
        self._until_closed(box, due)
        box.raise_()
        self.case_to_show.emit(cases[0].id)

    def _notify(self, messages: list[str], due: list[Pending]) -> None:
        """A message that stays until closed, and a tray message when there is a tray."""
        title = QCoreApplication.translate("Reminders", "Account Assistant reminder")
        box = show_notice(
            self.message_parent(), title, paragraphs(messages), QMessageBox.Icon.Information
        )
        box.setObjectName("reminder")
        self._until_closed(box, due)
        box.raise_()
        box.activateWindow()
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray()
            tray.showMessage(title, tray_text(messages), QSystemTrayIcon.MessageIcon.Information)
            log.info("reminder also sent to the tray")

    def _until_closed(self, box: QMessageBox, due: list[Pending]) -> None:
        """`due` waits until `box` is closed, however it is closed; then it counts as given."""
        self._waiting.update(due)
        self._shown = box
        box.finished.connect(functools.partial(self._acknowledge, due))

    def _tray(self) -> QSystemTrayIcon:
        """The tray icon: the app's name as its tooltip, a menu to open the app or quit."""
        if self.tray is None:
            from PySide6.QtWidgets import QMenu

            tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            tray.setToolTip(QCoreApplication.translate("Reminders", "Account Assistant"))
            menu = QMenu()
            open_app = menu.addAction(
                QCoreApplication.translate("Reminders", "Open Account Assistant")
            )
            open_app.triggered.connect(self.open_requested)
            quit_app = menu.addAction(QCoreApplication.translate("Reminders", "Quit"))
            quit_app.triggered.connect(self.quit_requested)
            tray.setContextMenu(menu)
            self._tray_menu = menu
            tray.messageClicked.connect(self._show_waiting)
            tray.show()
            self.tray = tray
        return self.tray

    def _show_waiting(self) -> None:
        """The tray message was clicked: bring the reminder (and the app) forward."""
        self.open_requested.emit()
        if self._shown is not None and self._shown.isVisible():
            self._shown.raise_()
            self._shown.activateWindow()


# Windows cuts a tray message at 255 UTF-16 units (Qt's own limit there); the whole text is
# in the message box beside it.
TRAY_LIMIT = 255


def tray_text(messages: list[str]) -> str:
    """The first reminder, cut to what a tray message can show, pointing to the rest."""
    first = messages[0]
    if len(messages) > 1:
        first = QCoreApplication.translate("Reminders", "{count} reminders: {first}").format(
            count=len(messages), first=first
        )
    if len(first.encode("utf-16-le")) // 2 <= TRAY_LIMIT:
        return first
    cut = first
    while len(cut.encode("utf-16-le")) // 2 > TRAY_LIMIT - 1:
        cut = cut[: max(len(cut) - 8, 0)]
    return cut.rstrip() + "\u2026"
