"""The base of every wizard page: it asks the core flow what comes next, and retranslates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget, QWizardPage

from app.core.answers import Answers
from app.core.pages import PageId
from app.core.stores import ITALY, AmazonStore, store_by_domain


class FlowPage(QWizardPage):
    def __init__(
        self,
        page_id: PageId,
        answers: Answers,
        context: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.answers = answers
        self.context = context  # the translation context of this page's content texts
        self._keyboard_ready = False

    def prepare_keyboard(self) -> None:
        """Once, before the page is first shown: Tab goes through it in reading order.

        The wizard calls it before it gives the page's first field the focus.
        """
        if self._keyboard_ready:
            return
        self._keyboard_ready = True
        self.order_tab()

    def order_tab(self) -> None:
        from app.ui.kit.focus import tab_in_reading_order  # Qt's namespace: not at start

        tab_in_reading_order(self)

    def first_field(self) -> QWidget | None:
        """Where the focus goes when the page opens: the first thing to fill in, tick or
        choose, in reading order; None when the page only explains (and links to pages).

        Never a button that opens a page: Enter would open the browser instead of going on.
        """
        from app.ui.kit.focus import first_field

        return first_field(self)

    def nextId(self) -> int:
        # The flows are loaded with the first page that needs them, not before the first paint.
        from app.core.flow import FlowError, is_last, next_page

        if is_last(self.page_id):
            return -1
        try:
            following = next_page(self.page_id, self.answers)
        except FlowError:
            # Not answered yet: Next stays disabled (isComplete() is False), but the button
            # must still read "Next" rather than "Finish", so name this page itself.
            return int(self.page_id)
        return -1 if following is None else int(following)

    def t(self, source: str) -> str:
        """A content text in the current language, with `{store}` and `{label}` filled in."""
        text = QCoreApplication.translate(self.context, source)
        return text.replace("{store}", self.store.domain).replace(
            "{label}", self.answers.account_label.strip()
        )

    @property
    def store(self) -> AmazonStore:
        return store_by_domain(self.answers.store_domain) or ITALY

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""
        raise NotImplementedError
