"""Check 6: is the e-mail known to Amazon? The e-mails saved for all accounts, as reminders.

The hints are read (off the GUI thread, by the `HintBook`) when the page is shown, those not
known yet in this session; the page fills in as they come.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.answers import Answers
from app.core.email_address import mask_email
from app.core.pages import PageId
from app.ui.hints.hint_book import HintBook, HintState, usable_label
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.kit.widgets import wrapping_label
from app.ui.wizard.content.seller_recovery import EMAIL_KNOWN
from app.ui.wizard.pages.guidance_page import GuidancePage


class EmailKnownPage(GuidancePage):
    def __init__(self, answers: Answers, book: HintBook, parent: QWidget | None = None) -> None:
        super().__init__(PageId.RECOVERY_EMAIL_KNOWN, EMAIL_KNOWN, answers, parent)
        self.book = book
        self._revealed = False
        self.saved = wrapping_label("savedHints")
        self.reveal = QPushButton()
        self.reveal.setObjectName("revealHints")
        self.reveal.clicked.connect(self._toggle)
        self.above_question.add_widget(self.saved)
        self.above_question.add_widget(self.reveal)
        self._asked: set[str] = set()  # the accounts whose hints the page waits for
        # The wizard hides and shows its page again on every change of its buttons:
        # whether the page was really left is looked at once the events are done.
        self._hidden = QTimer(self)
        self._hidden.setSingleShot(True)
        self._hidden.setInterval(0)
        self._hidden.timeout.connect(self._left_if_hidden)
        book.state_changed.connect(self._on_book)
        book.hint_changed.connect(self._on_hint)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.reveal.setText(self.tr("Hi&de") if self._revealed else self.tr("&Show"))
        self._show_hints()

    def initializePage(self) -> None:
        super().initializePage()
        self._revealed = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.book.check()
        self._ask()
        self._show_hints()

    def hideEvent(self, event: QHideEvent) -> None:
        self._hidden.start()
        super().hideEvent(event)

    def _left_if_hidden(self) -> None:
        if self.isVisible():
            return
        for label in self._asked:
            self.book.unwant(label)  # a reading not started yet is withdrawn
        self._asked.clear()

    def _ask(self) -> None:
        """Ask for the hints not known yet (only while the page is on screen)."""
        if not self.isVisible() or self.book.state is not HintState.ON:
            return
        for label in self.book.labels():
            if label not in self._asked and not self.book.known(label):
                self._asked.add(label)
                self.book.want(label)

    def _on_book(self) -> None:
        if self.book.state is not HintState.ON:
            self._asked.clear()
        self._ask()
        self._show_hints()

    def _on_hint(self, label: str) -> None:
        self._asked.discard(label)
        self._show_hints()

    def _show_hints(self) -> None:
        """The hints as known now; asks nothing of the keyring."""
        if self.book.state is HintState.OFF:
            self.saved.setText(paragraphs([self.book.off_text()]))
            self.reveal.hide()
            return
        labels = self.book.labels()
        lines = []
        for label in labels:
            hint = self.book.hint(label)
            if hint is not None:
                shown = hint if self._revealed else mask_email(hint)
                lines.append(self.tr("{account}: {email}").format(account=label, email=shown))
        readable = [label for label in labels if usable_label(label.strip())]
        looking = self.book.state is not HintState.ON or not all(map(self.book.known, readable))
        if not lines:
            self.saved.setText(
                paragraphs(
                    [
                        self.tr("Looking for the e-mails you saved\u2026")
                        if looking and readable
                        else self.tr("You have not saved the e-mail of any account yet.")
                    ]
                )
            )
            self.reveal.hide()
            return
        more = [self.tr("Looking for the others\u2026")] if looking else []
        self.saved.setText(
            paragraphs([self.tr("The e-mails you saved for your accounts:")])
            + bullet_list(lines)
            + paragraphs(more)
        )
        self.reveal.show()

    def _toggle(self) -> None:
        self._revealed = not self._revealed
        self.retranslate()
