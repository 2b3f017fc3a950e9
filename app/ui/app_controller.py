"""Ties the windows to the data: which window opens, loading, saving, remembering choices."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.answers import Answers
from app.core.languages import Language
from app.core.pages import PageId
from app.core.stores import default_store
from app.storage.paths import DOCUMENT_FILE_NAME
from app.ui.language import LanguageSwitcher
from app.ui.notices import load_problem, save_problem, show_notice

if TYPE_CHECKING:
    from app.core.document import Document
    from app.storage.store import Store
    from app.ui.main_window import MainWindow
    from app.ui.wizard import AssistantWizard

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class AppController(QObject):
    def __init__(
        self, switcher: LanguageSwitcher, data_dir: Path, clock: Clock = _local_now
    ) -> None:
        super().__init__()
        self.switcher = switcher
        self.data_dir = data_dir
        self.document_path = data_dir / DOCUMENT_FILE_NAME
        self.clock = clock
        self.store: Store | None = None
        self.document: Document | None = None
        self.main_window: MainWindow | None = None
        self.wizard: AssistantWizard | None = None
        self._pending_language: Language | None = None

    # -- start-up --------------------------------------------------------------------------

    def show_first_window(self, has_cases: bool) -> QWidget:
        """The main window when there are cases to show, otherwise the wizard's start page."""
        window: QWidget = self.open_main_window() if has_cases else self.open_wizard()
        self.switcher.changed.connect(self._remember_language)
        return window

    def load_document(self) -> None:
        """The full, validated load: after the first paint, so that start-up stays fast."""
        from app.storage.store import Store

        self.store = Store(self.document_path)
        result = self.store.load()
        log.info("loaded %s: %s %s", self.document_path, result.status, result.detail)
        self.document = result.document
        problem = load_problem(result, self.document_path)
        if problem is not None:
            show_notice(
                self._active_window(),
                QCoreApplication.translate("Notices", "About your saved data"),
                problem,
                QMessageBox.Icon.Warning,
            )
        if self._pending_language is not None:
            self._remember_language(self._pending_language)
        self._refresh()

    # -- windows ---------------------------------------------------------------------------

    def open_main_window(self) -> MainWindow:
        if self.main_window is None:
            from app.ui.main_window import MainWindow  # only users with cases need it

            window = MainWindow(self.switcher)
            window.new_case_requested.connect(self.open_wizard)
            window.mark_solved_requested.connect(self.mark_solved)
            window.delete_requested.connect(self.delete_case)
            window.open_data_folder_requested.connect(self.open_data_folder)
            self.main_window = window
            self._refresh()
        self.main_window.show()
        self.main_window.raise_()
        return self.main_window

    def open_wizard(self) -> AssistantWizard:
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from app.ui.wizard import AssistantWizard  # users with cases may never open it

        store = default_store(QLocale.system().name().split("_")[-1], self.switcher.current)
        wizard = AssistantWizard(self.switcher, Answers(store_domain=store.domain))
        wizard.completed.connect(self._on_wizard_completed)
        wizard.finished.connect(self._forget_wizard)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _forget_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    def _active_window(self) -> QWidget | None:
        """The window a message belongs to: a visible one, never one about to close."""
        for window in (self.wizard, self.main_window):
            if window is not None and window.isVisible():
                return window
        return None

    # -- changes to the data ---------------------------------------------------------------

    def _on_wizard_completed(self, answers: Answers, last_page: PageId) -> None:
        from app.core.customer_sign_in import case_to_keep

        case = case_to_keep(answers, last_page, self.clock())
        if case is None or self.document is None:
            return
        self.document.cases.append(case)
        self.save()
        self.open_main_window()
        self._refresh()

    def mark_solved(self, case_id: str) -> None:
        from app.core.cases import CaseState, change_state

        if self.document is None:
            return
        self.document.cases = [
            change_state(case, CaseState.SOLVED, self.clock()) if case.id == case_id else case
            for case in self.document.cases
        ]
        self.save()
        self._refresh()

    def delete_case(self, case_id: str) -> None:
        if self.document is None:
            return
        self.document.cases = [case for case in self.document.cases if case.id != case_id]
        self.save()
        self._refresh()

    def _remember_language(self, language: Language) -> None:
        if self.document is None:  # the load has not happened yet: remember it afterwards
            self._pending_language = language
            return
        self._pending_language = None
        if self.document.preferences.language is language:
            return
        self.document.preferences.language = language
        if self.store is not None and self.store.read_only:
            log.info("language %s not remembered: the data file is read-only", language)
            return
        self.save()

    def save(self) -> bool:
        from app.storage.store import StoreError

        if self.store is None or self.document is None:
            return False
        try:
            self.store.save(self.document)
        except StoreError as error:
            log.error("saving %s failed: %s", self.document_path, error)
            show_notice(
                self._active_window(),
                QCoreApplication.translate("Notices", "Not saved"),
                save_problem(error, self.document_path),
                QMessageBox.Icon.Warning,
            )
            return False
        return True

    def _refresh(self) -> None:
        if self.main_window is not None and self.document is not None:
            self.main_window.set_cases(list(self.document.cases))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
