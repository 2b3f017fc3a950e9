"""The assistant's wizard: Qt renders the pages, the core flow decides their order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from app.core.answers import Answers
from app.core.languages import Language
from app.core.pages import PageId
from app.ui.content import customer_sign_in
from app.ui.language import LanguageSwitcher
from app.ui.pages.checklist_page import ChecklistPage
from app.ui.pages.closure_account_page import ClosureAccountPage
from app.ui.pages.closure_checklist_page import ClosureChecklistPage
from app.ui.pages.confirm_page import Clock, ConfirmPage
from app.ui.pages.contact_page import ContactPage
from app.ui.pages.flow_page import FlowPage
from app.ui.pages.guidance_page import GuidancePage
from app.ui.pages.irreversible_page import IrreversiblePage
from app.ui.pages.refused_page import RefusedPage
from app.ui.pages.request_page import RequestPage
from app.ui.pages.seller_outcome_page import SellerOutcomePage
from app.ui.pages.start_page import StartPage

LANGUAGE_BUTTON = QWizard.WizardButton.CustomButton1


class AssistantWizard(QWizard):
    """Emits `completed(answers, last_page)` when the user presses Finish."""

    completed = Signal(object, object)  # Answers, PageId

    def __init__(
        self,
        switcher: LanguageSwitcher,
        answers: Answers,
        clock: Clock,
        start: PageId = PageId.START,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assistantWizard")
        self.switcher = switcher
        self.answers = answers
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._on_custom_button)
        b = QWizard.WizardButton
        self.setButtonLayout(
            [
                LANGUAGE_BUTTON,
                b.Stretch,
                b.BackButton,
                b.NextButton,
                b.CommitButton,
                b.FinishButton,
                b.CancelButton,
            ]
        )
        self.setMinimumSize(640, 520)
        self.resize(780, 620)

        self.start_page = StartPage(answers)
        self.start_page.language_chosen.connect(switcher.apply)
        pages: dict[PageId, FlowPage] = {
            PageId.START: self.start_page,
            PageId.SIGN_IN_OUTAGE: GuidancePage(
                PageId.SIGN_IN_OUTAGE, customer_sign_in.OUTAGE, answers
            ),
            PageId.SIGN_IN_HELP: GuidancePage(PageId.SIGN_IN_HELP, customer_sign_in.HELP, answers),
            PageId.SIGN_IN_PREPARE: ChecklistPage(
                PageId.SIGN_IN_PREPARE, customer_sign_in.PREPARE, answers
            ),
            PageId.SIGN_IN_CONTACT: ContactPage(
                PageId.SIGN_IN_CONTACT, customer_sign_in.CONTACT, answers
            ),
            PageId.SIGN_IN_SOLVED: GuidancePage(
                PageId.SIGN_IN_SOLVED, customer_sign_in.SOLVED, answers
            ),
        }

        def today() -> dt.date:
            return clock().date()

        for seller in (False, True):
            first = PageId.SELLER_ACCOUNT if seller else PageId.CUSTOMER_ACCOUNT
            checklist = PageId.SELLER_PREREQUISITES if seller else PageId.CUSTOMER_CHECKLIST
            point_of_no_return = (
                PageId.SELLER_IRREVERSIBLE if seller else PageId.CUSTOMER_IRREVERSIBLE
            )
            request = PageId.SELLER_REQUEST if seller else PageId.CUSTOMER_REQUEST
            confirm = PageId.SELLER_CONFIRM if seller else PageId.CUSTOMER_CONFIRM
            pages[first] = ClosureAccountPage(first, answers)
            pages[checklist] = ClosureChecklistPage(checklist, answers)
            pages[point_of_no_return] = IrreversiblePage(point_of_no_return, answers)
            pages[request] = RequestPage(request, answers, today)
            pages[confirm] = ConfirmPage(confirm, answers, clock)
        pages[PageId.SELLER_OUTCOME] = SellerOutcomePage(answers)
        pages[PageId.SELLER_REFUSED] = RefusedPage(answers)
        for page_id, page in pages.items():
            self.setPage(int(page_id), page)
        self.setStartId(int(start))
        switcher.changed.connect(self._on_language)
        self._on_language(switcher.current)
        self.retranslate()

    def page_of(self, page_id: PageId) -> FlowPage:
        page = self.page(int(page_id))
        assert isinstance(page, FlowPage)
        return page

    def current_page_id(self) -> PageId:
        return PageId(self.currentId())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Account Assistant"))
        other = self.switcher.current.other
        self.setButtonText(LANGUAGE_BUTTON, other.native_name)
        self.button(LANGUAGE_BUTTON).setToolTip(self.tr("Show the assistant in another language"))
        # QWizard reads its own button texts (Back, Next, Cancel, Finish) from Qt's
        # translations only when its style is set: set it again to pick up the new language.
        style = self.wizardStyle()
        self.setWizardStyle(
            QWizard.WizardStyle.ClassicStyle
            if style != QWizard.WizardStyle.ClassicStyle
            else QWizard.WizardStyle.ModernStyle
        )
        self.setWizardStyle(style)

    def accept(self) -> None:
        last_page = self.current_page_id()
        super().accept()  # QWizard asks the page first: it may refuse (a wrong date...)
        if self.result() == QDialog.DialogCode.Accepted:
            self.completed.emit(self.answers, last_page)

    def _on_language(self, language: Language) -> None:
        self.start_page.show_language(language)
        self.setButtonText(LANGUAGE_BUTTON, language.other.native_name)

    def _on_custom_button(self, which: int) -> None:
        if which == LANGUAGE_BUTTON.value:
            self.switcher.apply(self.switcher.current.other)
