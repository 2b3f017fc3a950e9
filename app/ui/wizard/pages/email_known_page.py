"""Check 6: is the e-mail known to Amazon? The e-mails saved for all accounts, as reminders."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.core.answers import Answers
from app.core.email_address import mask_email
from app.core.pages import PageId
from app.ui.hints.hint_book import HintBook
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
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.reveal.setText(self.tr("Hide") if self._revealed else self.tr("Show"))
        self._show_hints()

    def initializePage(self) -> None:
        super().initializePage()
        self._revealed = False
        self.retranslate()

    def _show_hints(self) -> None:
        if not self.book.available():
            self.saved.setText(paragraphs([self.book.problem]))
            self.reveal.hide()
            return
        lines = []
        for label in self.book.labels():
            hint = self.book.recall(label)
            if hint is not None:
                shown = hint if self._revealed else mask_email(hint)
                lines.append(self.tr("{account}: {email}").format(account=label, email=shown))
        if not lines:
            self.saved.setText(
                paragraphs([self.tr("You have not saved the e-mail of any account yet.")])
            )
            self.reveal.hide()
            return
        self.saved.setText(
            paragraphs([self.tr("The e-mails you saved for your accounts:")]) + bullet_list(lines)
        )
        self.reveal.show()

    def _toggle(self) -> None:
        self._revealed = not self._revealed
        self.retranslate()
