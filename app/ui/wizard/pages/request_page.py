"""Sending the closure request on Amazon's page, and the day it was sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from app.core.answers import Answers
from app.core.deadlines import confirmation_deadline, validate_dates
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.ui.kit.check_box import WrappingCheckBox
from app.ui.kit.date_problems import date_problem_message
from app.ui.kit.rich_text import numbered_list, paragraphs
from app.ui.kit.widgets import (
    date_field,
    follow_language,
    from_qdate,
    link_button,
    to_qdate,
    wrapping_label,
)
from app.ui.wizard.content.closing import CUSTOMER_REQUEST_STEPS, SELLER_REQUEST_STEPS
from app.ui.wizard.pages.flow_page import FlowPage


class RequestPage(FlowPage):
    def __init__(
        self,
        page_id: PageId,
        answers: Answers,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(page_id, answers, "Closing", parent)
        self.seller = page_id is PageId.SELLER_REQUEST
        self.today = today
        self.body = wrapping_label("body")
        self.open_button = link_button("link:close", self._url)
        self.sent: QCheckBox = WrappingCheckBox()
        self.sent.setObjectName("requestSent")
        self.sent.toggled.connect(self._on_sent)
        self.sent_on = date_field("requestedOn")
        self.sent_on.dateChanged.connect(self._on_date)
        self.draft_note = wrapping_label("draftNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent)  # a WrappingCheckBox: its text wraps if the row is short
        sent_row.addWidget(self.sent_on)
        sent_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addLayout(sent_row)
        layout.addWidget(self.draft_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        steps = SELLER_REQUEST_STEPS if self.seller else CUSTOMER_REQUEST_STEPS
        if self.seller:
            self.setTitle(self.tr("Send the request in Seller Central"))
            self.open_button.setText(self.tr("&Open Amazon's help on closing a seller account"))
        else:
            self.setTitle(self.tr("Send the request on Amazon's page"))
            self.open_button.setText(
                self.tr("&Open the closure page of {store}").format(store=self.store.domain)
            )
        self.setSubTitle(self.tr("Follow these steps in your browser, then come back here."))
        self.body.setText(numbered_list(self.t(step) for step in steps))
        self.sent.setText(self.tr("I have &sent the request, on"))
        self.sent_on.setAccessibleName(self.tr("Day you sent the request"))
        self.draft_note.setText(
            paragraphs(
                [
                    self.tr(
                        "Not sent yet? Press Finish: the case stays in your list as a draft, "
                        "and you can carry on from there."
                    )
                ]
            )
        )
        follow_language(self.sent_on)

    def initializePage(self) -> None:
        today = self.today()
        self.sent_on.setMaximumDate(to_qdate(today))
        self.sent_on.setDate(to_qdate(self.answers.requested_on or today))
        blocked = self.sent.blockSignals(True)
        self.sent.setChecked(self.answers.request_sent)
        self.sent.blockSignals(blocked)
        self._show_sent(self.answers.request_sent)
        self.retranslate()

    def validatePage(self) -> bool:
        if not self.answers.request_sent or self.answers.requested_on is None:
            return True
        day = self.answers.requested_on
        problem = validate_dates(day, confirmation_deadline(day), self.today())
        if problem is None:
            return True
        QMessageBox.warning(self, self.tr("Please check the date"), date_problem_message(problem))
        return False

    def _show_sent(self, on: bool) -> None:
        self.sent_on.setEnabled(on)
        self.draft_note.setVisible(not on)

    def _on_sent(self, on: bool) -> None:
        self.answers.request_sent = on
        self.answers.requested_on = from_qdate(self.sent_on.date()) if on else None
        self._show_sent(on)
        # QWizard decides Next or Finish when a page is entered; this answer changes it (not
        # sent yet: Finish keeps a draft). setFinalPage() on the current page makes it look
        # again; the page is still final only when nextId() says so.
        self.setFinalPage(False)

    def _on_date(self) -> None:
        if self.answers.request_sent:
            self.answers.requested_on = from_qdate(self.sent_on.date())
            self.answers.deadline = None  # the default deadline follows the request day

    def _url(self) -> str:
        from app.core.official_links import link_for_store, seller_link

        if self.seller:
            return seller_link(
                "seller_close_account", self.answers.region or SellerRegion.OTHER, self.store
            ).url
        return link_for_store("customer_close_account", self.store).url
