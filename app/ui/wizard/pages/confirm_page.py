"""After sending: confirm with Amazon's link before the deadline; reminders; the next account."""

from __future__ import annotations

import datetime as dt
from uuid import uuid4

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.answers import Answers
from app.core.deadlines import confirmation_deadline, validate_dates
from app.core.pages import PageId
from app.ui.cases.calendar_files import deadline_entry, save_calendar_file
from app.ui.cases.case_texts import long_date
from app.ui.flows.flow_ui import Clock
from app.ui.kit.check_box import WrappingCheckBox
from app.ui.kit.date_problems import date_problem_message
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.kit.widgets import date_field, follow_language, from_qdate, to_qdate, wrapping_label
from app.ui.wizard.pages.flow_page import FlowPage


class ConfirmPage(FlowPage):
    def __init__(
        self, page_id: PageId, answers: Answers, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(page_id, answers, "Closing", parent)
        self.clock = clock
        self.body = wrapping_label("body")
        self.deadline_caption = QLabel()
        self.deadline = date_field("deadline")
        self.deadline_caption.setBuddy(self.deadline)
        self.deadline.dateChanged.connect(self._on_deadline)
        form = QFormLayout()
        form.addRow(self.deadline_caption, self.deadline)
        self.deadline_hint = wrapping_label("deadlineHint")
        self.calendar_button = QPushButton()
        self.calendar_button.setObjectName("addToCalendar")
        self.calendar_button.clicked.connect(self._add_to_calendar)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.calendar_button)
        calendar_row.addStretch(1)
        self.at_login: QCheckBox = WrappingCheckBox()
        self.at_login.setObjectName("remindAtLogin")
        self.at_login.toggled.connect(self._on_at_login)
        self.at_login_note = wrapping_label("remindAtLoginNote")
        self.promise = wrapping_label("reminderPromise")
        self.next_account: QCheckBox = WrappingCheckBox()
        self.next_account.setObjectName("startNext")
        self.next_account.toggled.connect(self._on_next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addLayout(form)
        layout.addWidget(self.deadline_hint)
        layout.addWidget(self.at_login)
        layout.addWidget(self.at_login_note)
        layout.addLayout(calendar_row)
        layout.addWidget(self.promise)
        layout.addSpacing(8)
        layout.addWidget(self.next_account)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Confirm with the link Amazon sends"))
        self.setSubTitle(self.tr("The closure happens only when you confirm it, in time."))
        self.body.setText(
            paragraphs(
                [
                    self.tr(
                        "Amazon now sends an e-mail or a text message with a link. Confirm it "
                        "before the deadline: after that the request is void and everything "
                        "starts again from the beginning."
                    ),
                    self.tr("Before you press the link, check that the message is genuine:"),
                ]
            )
            + bullet_list(
                [
                    self.tr(
                        "the link must lead to an address that ends in .{store}, such as "
                        "www.{store};"
                    ).format(store=self.store.domain),
                    self.tr("Amazon never asks for your password by e-mail or text message;"),
                    self.tr("the same message also appears in the Message Centre of the account."),
                ]
            )
        )
        self.deadline_caption.setText(self.tr("&Confirm by:"))
        self.deadline_hint.setText(
            self.tr(
                "Usually 5 days after the request: change the date if Amazon's message says "
                "otherwise."
            )
        )
        self.at_login.setText(self.tr("&Remind me when I log in to this computer (recommended)"))
        self.at_login_note.setText(
            self.tr(
                "Then Account Assistant opens by itself when you log in, only on the days a "
                "reminder is due, even if you forgot to start it."
            )
        )
        self.calendar_button.setText(self.tr("Add to ca&lendar\u2026"))
        self._show_promise()
        self.next_account.setText(
            self.tr("&When I press Finish, start closing another account (one at a time)")
        )
        follow_language(self.deadline)

    def initializePage(self) -> None:
        if self.answers.case_id is None:  # one identity for the case and its calendar event
            self.answers.case_id = uuid4().hex
        requested = self.answers.requested_on or self.clock().date()
        default = self.answers.deadline or confirmation_deadline(requested)
        self.deadline.setMinimumDate(to_qdate(requested))
        self.deadline.setDate(to_qdate(default))
        self.answers.deadline = default
        self.next_account.setChecked(self.answers.start_next_closure)
        if self.answers.remind_at_login is None:
            self.answers.remind_at_login = True  # recommended: on unless the user says no
        self.at_login.setChecked(self.answers.remind_at_login)
        self.retranslate()

    def validatePage(self) -> bool:
        problem = self._problem()
        if problem is None:
            return True
        QMessageBox.warning(self, self.tr("Please check the date"), problem)
        return False

    def _problem(self) -> str | None:
        requested, deadline = self.answers.requested_on, self.answers.deadline
        if requested is None or deadline is None:
            return None
        problem = validate_dates(requested, deadline, self.clock().date())
        return None if problem is None else date_problem_message(problem)

    def _on_deadline(self) -> None:
        self.answers.deadline = from_qdate(self.deadline.date())
        self._show_promise()

    def _on_at_login(self, on: bool) -> None:
        self.answers.remind_at_login = on
        self._show_promise()

    def _show_promise(self) -> None:
        """What will happen, exactly, with the choices made on this page."""
        deadline = self.answers.deadline
        if deadline is None:
            self.promise.setText("")
            return
        dates = {"before": long_date(deadline - dt.timedelta(days=1)), "day": long_date(deadline)}
        if self.answers.remind_at_login is not False:
            text = self.tr(
                "I will remind you on {before} and on {day}: while Account Assistant is open, "
                "and when you log in to this computer."
            )
        else:
            text = self.tr(
                "I will remind you on {before} and on {day}, but only if Account Assistant is "
                "open then. Add the deadline to your calendar to be reminded anyway."
            )
        self.promise.setText(paragraphs([text.format(**dates)]))

    def _on_next(self, on: bool) -> None:
        self.answers.start_next_closure = on

    def _add_to_calendar(self) -> None:
        problem = self._problem()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Please check the date"), problem)
            return
        answers = self.answers
        assert answers.case_id and answers.deadline and answers.job
        entry = deadline_entry(
            answers.case_id, answers.account_label.strip(), answers.deadline, answers.job
        )
        save_calendar_file(self, [entry], self.clock())
