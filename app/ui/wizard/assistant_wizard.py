"""The assistant's wizard: Qt renders the pages, the core flow decides their order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PAGES_ABOUT_MESSAGES, PageId
from app.ui.flows.flow_ui import Clock
from app.ui.flows.registry import flow_ui
from app.ui.hints.hint_book import HintBook
from app.ui.kit.scrolling import scroll_contents
from app.ui.kit.system_palette import follow_system_palette
from app.ui.kit.window_size import fit_window, text_size
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.pages.flow_page import FlowPage
from app.ui.wizard.pages.start_page import StartPage
from app.ui.wizard.progress_panel import ProgressPanel

LANGUAGE_BUTTON = QWizard.WizardButton.CustomButton1
CHECKER_BUTTON = QWizard.WizardButton.CustomButton2


def language_button_text(language: Language) -> str:
    """The other language's own name, with its first letter for Alt ("&Italiano", "&English")."""
    return f"&{language.native_name}"


class AssistantWizard(QWizard):
    """Emits `completed(answers, last_page)` when the user presses Finish.

    `page_reached(answers, page)` follows every change of page, so that what is worth keeping
    is saved as the user goes. Every other way out (Esc, Cancel, the close box) passes
    through `reject()`, which first asks `leave_guard(answers, page)`: False keeps the
    wizard open (the user chose to go back to it).
    """

    completed = Signal(object, object)  # Answers, PageId
    page_reached = Signal(object, object)  # Answers, PageId

    def __init__(
        self,
        switcher: LanguageSwitcher,
        answers: Answers,
        clock: Clock,
        *,
        start: PageId = PageId.START,
        book: HintBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        follow_system_palette()  # a dark palette: edges of boxes and fields that can be seen
        self.setObjectName("assistantWizard")
        self.switcher = switcher
        self.answers = answers
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._on_custom_button)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)  # and F1: the page's help
        self.helpRequested.connect(self.show_page_help)
        help_key = QAction(self)  # F1, and the system's own help key if it has another
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        help_key.setShortcuts(keys if QKeySequence("F1") in keys else [QKeySequence("F1"), *keys])
        help_key.triggered.connect(self.show_page_help)
        self.addAction(help_key)
        b = QWizard.WizardButton
        self.setButtonLayout(
            [
                b.HelpButton,
                LANGUAGE_BUTTON,
                CHECKER_BUTTON,
                b.Stretch,
                b.BackButton,
                b.NextButton,
                b.CommitButton,
                b.FinishButton,
                b.CancelButton,
            ]
        )
        self.progress = ProgressPanel()
        self.setSideWidget(self.progress)
        self.progress.hide()  # on the start page there is no flow yet
        self._fit_on_screen()

        self.clock = clock
        self.book = book or HintBook(list, lambda _labels: None)  # no document: nothing kept
        self.start_page = StartPage(answers)
        self.start_page.job_chosen.connect(self.ensure_flow)
        scroll_contents(self.start_page)
        self.setPage(int(PageId.START), self.start_page)
        self._flows_built: set[Job] = set()
        if answers.job is not None:
            self.ensure_flow(answers.job)
        self.setStartId(int(start))
        self.currentIdChanged.connect(self._offer_checker)
        self.currentIdChanged.connect(self._show_progress)
        self.currentIdChanged.connect(self._on_page_reached)
        self.currentIdChanged.connect(self._focus_first_field)
        self.leave_guard: Callable[[Answers, PageId], bool] | None = None
        switcher.changed.connect(self._on_language)
        self._on_language(switcher.current)
        # Qt's own button texts are already those of the installed translation here.
        self.retranslate(reload_qt_buttons=False)
        self._buttons_in_reading_order()

    def ensure_flow(self, job: Job) -> None:
        """Build the pages of `job`'s flow the first time they are needed."""
        if job in self._flows_built:
            return
        pages = flow_ui(job).build_pages(self.answers, self.clock, self.book)
        for page_id, page in pages.items():
            scroll_contents(page)  # a long page scrolls, whatever the font and the screen
            self.setPage(int(page_id), page)
        self._flows_built.add(job)

    def _fit_on_screen(self) -> None:
        """Sizes in characters and lines of the font, within the screen's free area.

        A page that does not fit scrolls (`scroll_contents`), so the minimum only keeps room
        for the header, a few lines of the page and the buttons.
        """
        panel = self.progress.width()
        minimum = text_size(self, 64, 24) + QSize(panel, 0)
        preferred = text_size(self, 124, 42) + QSize(panel, 0)
        fit_window(self, minimum=minimum, preferred=preferred)

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

    def retranslate(self, *, reload_qt_buttons: bool = True) -> None:
        self.setWindowTitle(self.tr("Account Assistant"))
        if not self.progress.isHidden():
            QTimer.singleShot(0, self, self._show_progress)  # once the pages have new titles
        other = self.switcher.current.other
        self.setButtonText(LANGUAGE_BUTTON, language_button_text(other))
        self.button(LANGUAGE_BUTTON).setToolTip(self.tr("Show the assistant in another language"))
        self.setButtonText(CHECKER_BUTTON, self.tr("Is this really &Amazon?\u2026"))
        self.button(CHECKER_BUTTON).setToolTip(
            self.tr("Check a link or the sender of a message before you trust it")
        )
        if not reload_qt_buttons:
            return
        # QWizard reads its own button texts (Back, Next, Cancel, Finish) from Qt's
        # translations only when its style is set: set it again to pick up the new language.
        style = self.wizardStyle()
        self.setWizardStyle(
            QWizard.WizardStyle.ClassicStyle
            if style != QWizard.WizardStyle.ClassicStyle
            else QWizard.WizardStyle.ModernStyle
        )
        self.setWizardStyle(style)
        self._buttons_in_reading_order()

    def accept(self) -> None:
        last_page = self.current_page_id()
        super().accept()  # QWizard asks the page first: it may refuse (a wrong date...)
        if self.result() == QDialog.DialogCode.Accepted:
            self.completed.emit(self.answers, last_page)

    def reject(self) -> None:
        """Esc, Cancel and the close box: keep what is worth keeping, then close."""
        guard = self.leave_guard
        if guard is not None and not guard(self.answers, self.current_page_id()):
            return  # the user went back to the assistant
        super().reject()

    def _on_page_reached(self, page_id: int) -> None:
        if page_id > 0:  # -1 while the wizard closes
            self.page_reached.emit(self.answers, PageId(page_id))

    def _on_language(self, language: Language) -> None:
        self.setButtonText(LANGUAGE_BUTTON, language_button_text(language.other))

    def _show_progress(self) -> None:
        """The side panel: the current job's steps, the current one marked."""
        current = self.currentId()
        if self.answers.job is None or current <= int(PageId.START):
            self.progress.hide()
            return
        from app.core.flows.registry import flow_for  # not before the start page is shown

        visited = [PageId(page) for page in self.visitedIds() if page > 0]
        steps = flow_for(self.answers.job).steps_shown(visited, PageId(current))
        titles = [self.page(int(step)).title() for step in steps]
        name = flow_ui(self.answers.job).short_name_text()
        self.progress.show_steps(name, titles, steps.index(PageId(current)))
        self.progress.show()

    def _offer_checker(self, page_id: int) -> None:
        self.button(CHECKER_BUTTON).setVisible(page_id in PAGES_ABOUT_MESSAGES)  # IntEnum ids

    def _on_custom_button(self, which: int) -> None:
        if which == LANGUAGE_BUTTON.value:
            self.switcher.apply(self.switcher.current.other)
        elif which == CHECKER_BUTTON.value:
            from app.core.stores import ITALY, store_by_domain
            from app.ui.checker.checker_dialog import CheckerDialog
            from app.ui.kit.widgets import show_and_dispose

            store = store_by_domain(self.answers.store_domain) or ITALY
            show_and_dispose(CheckerDialog(store, self))

    def show_page_help(self) -> None:
        """F1 or Help: the current page's longer explanation."""
        from app.ui.wizard.page_help_dialog import show_page_help

        if self.currentId() > 0:
            show_page_help(self.page_of(self.current_page_id()), self)

    def initializePage(self, page_id: int) -> None:
        """Before a page is shown and its first field given the focus: Tab in reading order."""
        super().initializePage(page_id)
        # The scroll areas of the pages and of the side panel are no Tab stop from the start
        # (`scroll_contents`): no search for them here, before the first paint.
        page = self.page(page_id)
        if isinstance(page, FlowPage):
            page.prepare_keyboard()

    def _focus_first_field(self, page_id: int) -> None:
        """The page opens with the focus on what to fill in first, else on Next or Finish:
        Enter goes on, and never opens a link by surprise."""
        if page_id <= int(PageId.START):
            return  # the start page's first choice has it already (Qt's own rule)
        page = self.page(page_id)
        target = page.first_field() if isinstance(page, FlowPage) else None
        if target is None:
            b = QWizard.WizardButton
            buttons = (
                self.button(which) for which in (b.CommitButton, b.NextButton, b.FinishButton)
            )
            target = next((it for it in buttons if it.isVisibleTo(self) and it.isEnabled()), None)
        if target is not None:
            target.setFocus()

    def _buttons_in_reading_order(self) -> None:
        """Tab goes through the buttons as they read, left to right: Help, the language, the
        checker, then Back, Next, the commit, Finish and Cancel (Qt's own order is Back,
        Next... then Help)."""
        from itertools import pairwise

        b = QWizard.WizardButton
        order = [
            b.HelpButton,
            LANGUAGE_BUTTON,
            CHECKER_BUTTON,
            b.BackButton,
            b.NextButton,
            b.CommitButton,
            b.FinishButton,
            b.CancelButton,
        ]
        buttons = [self.button(which) for which in order]
        for before, after in pairwise(buttons):
            QWidget.setTabOrder(before, after)
