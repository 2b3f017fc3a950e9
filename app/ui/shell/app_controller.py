"""Ties the windows to the data: which window opens, and what each case action does.

The data itself is the `DocumentSession`'s: the controller asks it for changes and, like the
main window and the reminders, hears about them through its signals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QWidget  # QMessageBox where used: not before the first paint

from app.core.answers import Answers
from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.stores import AmazonStore, default_store
from app.storage.paths import DOCUMENT_FILE_NAME
from app.ui.hints.hint_book import HintBook
from app.ui.kit.os_errors import os_error_text
from app.ui.kit.translatable import QT_TRANSLATE_NOOP
from app.ui.shell.document_session import DocumentSession
from app.ui.shell.language import LanguageSwitcher
from app.ui.shell.notices import load_problem, show_notice

if TYPE_CHECKING:
    from app.core.case_actions import CaseAction
    from app.core.cases import Case
    from app.core.flow_spec import FlowSpec
    from app.storage.autostart import Autostart, Unavailable
    from app.storage.email_hints import EmailHints
    from app.storage.store import LoadResult
    from app.ui.cases.main_window import MainWindow
    from app.ui.cases.reminders import Reminders
    from app.ui.wizard.assistant_wizard import AssistantWizard

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def _page(page: PageId | None) -> PageId:
    """A page a case action needs; its flow not having one is a programming error."""
    if page is None:
        raise ValueError("this action is not offered for a case of this job")
    return page


def _unavailable_text(reason: Unavailable) -> str:
    """Why reminders at login cannot be switched on from here, and what to do instead."""
    from app.storage.autostart import Unavailable

    if reason is Unavailable.MICROSOFT_STORE_PYTHON:
        return QCoreApplication.translate(
            "Notices",
            "Reminders at login cannot work with this copy of Python: it comes from the "
            "Microsoft Store, which hides the login entry from Windows. Install Account "
            "Assistant with its installer, or use Python from python.org.",
        )
    return QCoreApplication.translate(
        "Notices",
        "Account Assistant is running from the temporary copy macOS makes of an app opened "
        "straight from a download, and a login entry pointing there would stop working. Move "
        "Account Assistant to Applications, open it from there, then switch this on again.",
    )


def flow_for(job: Job) -> FlowSpec:
    """The flow of `job`, loaded when first needed (not before the first window is painted)."""
    from app.core.flows.registry import flow_for as registered

    return registered(job)


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class AppController(QObject):
    def __init__(
        self,
        switcher: LanguageSwitcher,
        data_dir: Path,
        *,
        clock: Clock = _local_now,
        autostart: Autostart | None = None,
        custom_data_dir: bool = False,
        hints: EmailHints | None = None,
    ) -> None:
        super().__init__()
        self.switcher = switcher
        self.data_dir = data_dir
        self.custom_data_dir = custom_data_dir  # then "remind me at login" must pass it on
        self.document_path = data_dir / DOCUMENT_FILE_NAME
        self.clock = clock
        self._autostart = autostart
        self._login_entry_checked = False
        self.session = DocumentSession(self.document_path, self)
        self.session.cases_changed.connect(self._refresh)
        self.session.save_failed.connect(self._tell_not_saved)
        self.session.load_finished.connect(self._document_loaded)
        # Quitting or logging out: the load finished and what waits to be saved written,
        # before anything else is kept (these come before start-up's own connections).
        from PySide6.QtGui import QGuiApplication

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.session.flush)
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.session.flush)
        self.main_window: MainWindow | None = None
        self.wizard: AssistantWizard | None = None
        self.reminders: Reminders | None = None
        self._pending_language: Language | None = None
        self.hint_book = HintBook(self.session.hint_labels, self.session.set_hint_labels, hints)
        self._case_actions: dict[CaseAction, Callable[[Case], None]] = {}

    def today(self) -> dt.date:
        return self.clock().date()

    # -- start-up --------------------------------------------------------------------------

    def show_first_window(self, has_cases: bool) -> QWidget:
        """The main window when there are cases to show, otherwise the wizard's start page."""
        window: QWidget = self.open_main_window() if has_cases else self.open_wizard()
        self.switcher.changed.connect(self._remember_language)
        return window

    def load_document(self) -> None:
        """The full, validated load, at once (what `start_loading_document` does in the
        background)."""
        self._document_loaded(self.session.load())

    def start_loading_document(self) -> None:
        """The full, validated load after the first paint, in a worker thread: the window
        keeps painting and says that the list is loading; the rest follows the load."""
        if self.session.loaded or self.session.loading:
            return
        self.session.load_in_background()
        self._show_loading()

    def _document_loaded(self, result: LoadResult) -> None:
        """Everything that waits for the cases: the file's problems, the language chosen
        meanwhile, the reminders; the cases are in the window by now."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui.cases.reminders import Reminders

        if self.main_window is not None:
            self.main_window.statusBar().clearMessage()
        problem = load_problem(result, self.document_path)
        if problem is not None:
            show_notice(
                self.active_window(),
                QCoreApplication.translate("Notices", "About your saved data"),
                problem,
                QMessageBox.Icon.Warning,
            )
        if self._pending_language is not None:
            self._remember_language(self._pending_language)
        if self.main_window is not None:  # "remind me at login", as the system has it
            self.main_window.show_login_reminders(self._login_reminders_on())
        self.reminders = Reminders(self.session, self.clock, self._message_parent())
        self.reminders.case_to_show.connect(self._show_case)
        self.reminders.open_requested.connect(self.open_main_window)
        self.reminders.quit_requested.connect(self.quit_app)
        self.reminders.check(at_start_up=True)
        self.reminders.start()
        from app.ui.shell.smoke_report import report_when_loaded  # `make bench`: see there

        report_when_loaded(self.active_window())

    def _message_parent(self) -> Callable[[], QWidget | None]:
        """`active_window`, without holding the controller: the reminders belong to the
        session, a child of the controller, and a strong reference back would keep the
        whole controller alive in a cycle that only the garbage collector can free (at any
        moment, tearing down live Qt objects in no particular order)."""
        method = weakref.WeakMethod(self.active_window)

        def message_parent() -> QWidget | None:
            active_window = method()
            return active_window() if active_window is not None else None

        return message_parent

    def _show_loading(self) -> None:
        """While the load runs: the main window says so (again after a change of language)."""
        if self.main_window is not None and self.session.loading:
            self.main_window.statusBar().showMessage(
                QCoreApplication.translate("Loading", "Loading your cases\u2026")
            )

    def _loaded_now(self) -> bool:
        """Whether the cases are loaded, waiting for a load still running (for what cannot
        wait: the wizard's case, kept on leaving or at quit)."""
        self.session.finish_loading()
        return self.session.loaded

    # -- windows ---------------------------------------------------------------------------

    def open_main_window(self) -> MainWindow:
        if self.main_window is None:
            from app.ui.cases.main_window import MainWindow  # only users with cases need it

            window = MainWindow(self.switcher, self.today)
            window.new_case_requested.connect(self.start_new_case)
            window.case_action_requested.connect(self.act_on_case)
            window.open_data_folder_requested.connect(self.open_data_folder)
            window.login_reminders_toggled.connect(self.set_login_reminders)
            window.export_all_requested.connect(self.export_all_deadlines)
            window.hints_requested.connect(self.edit_hints)
            window.checker_requested.connect(self.open_checker)
            window.about_requested.connect(self.show_about)
            window.quit_requested.connect(self.quit_app)
            window.set_undo_stack(self.session.undo_stack)
            self.main_window = window
            window.destroyed.connect(self.session.flush_quietly)  # see _remember_language
            if self.session.loaded:  # else the load ticks it, after the first paint
                window.show_login_reminders(self._login_reminders_on())
            self._refresh()
        self.main_window.show()
        self.main_window.raise_()
        return self.main_window

    def start_new_case(self) -> None:
        self.open_wizard()

    def open_wizard(
        self, answers: Answers | None = None, start: PageId = PageId.START
    ) -> AssistantWizard:
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from app.ui.wizard.assistant_wizard import (
            AssistantWizard,  # users with cases may never open it
        )

        if answers is None:
            answers = Answers(store_domain=self._system_store().domain)
        wizard = AssistantWizard(
            self.switcher, answers, self.clock, start=start, book=self.hint_book
        )
        wizard.completed.connect(self._on_wizard_completed)
        wizard.page_reached.connect(self._keep_sent_request)
        wizard.leave_guard = self._on_wizard_leaving
        wizard.finished.connect(self._forget_wizard)
        self.wizard = wizard
        wizard.destroyed.connect(self.session.flush_quietly)  # see _remember_language
        wizard.show()
        return wizard

    def _forget_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    def active_window(self) -> QWidget | None:
        """The window a message belongs to: a visible one, never one about to close."""
        for window in (self.wizard, self.main_window):
            if window is not None and window.isVisible():
                return window
        return None

    # -- changes to the data ---------------------------------------------------------------

    def _on_wizard_completed(self, answers: Answers, last_page: PageId) -> None:
        if answers.job is None or not self._loaded_now():
            return
        self._apply_login_choice(answers)
        case = flow_for(answers.job).to_case(
            answers, last_page, self.clock(), self.session.case(answers.case_id)
        )
        if case is None:
            return
        self.session.put(case)
        self.open_main_window().select_case(case.id)
        if answers.start_next_closure:
            job, store = answers.job, answers.store_domain
            QTimer.singleShot(0, lambda: self._start_next(job, store))

    def _keep_sent_request(self, answers: Answers, page: PageId) -> None:
        """Once a request (or an identity document) is marked as sent, its case is saved at
        every step: a crash, a logout or the close box can no longer lose the deadline."""
        if answers.job is None:
            return
        sent = flow_for(answers.job).keeps_as_it_goes
        if sent is not None and sent(answers):
            self._keep_progress(answers, page, ask=False)

    def _on_wizard_leaving(self, answers: Answers, page: PageId) -> bool:
        """Esc, Cancel, the close box: what the flow keeps; False if the user stays."""
        leaving = self._keep_progress(answers, page, ask=True)
        if leaving:
            self._apply_login_choice(answers)
        return leaving

    def keep_wizard_progress(self) -> None:
        """Quitting or logging out with the wizard open: keep what is worth it, unasked."""
        if self.wizard is not None:
            self._keep_progress(self.wizard.answers, self.wizard.current_page_id(), ask=False)
            self._apply_login_choice(self.wizard.answers)

    def _keep_progress(self, answers: Answers, page: PageId, *, ask: bool) -> bool:
        """Save what a flow left half-way keeps (a sent request, a draft if the user agrees).

        Returns False only when the user chose to go back to the assistant.
        """
        if answers.job is None or not self._loaded_now():
            return True
        keep = flow_for(answers.job).to_case_on_leaving
        if keep is None:
            return True
        existing = self.session.case(answers.case_id)
        case = keep(answers, page, self.clock(), existing)
        if case is None or case == existing:
            return True
        if ask and existing is None and case.state is CaseState.DRAFT:
            from app.ui.wizard.leave_question import LeaveChoice, ask_keep_draft

            choice = ask_keep_draft(self.wizard, case.label)
            if choice is LeaveChoice.STAY:
                return False
            if choice is LeaveChoice.DROP:
                return True
        answers.case_id = case.id  # Finish, or the next step, carries on the same case
        self.session.put(case)
        return True

    def _apply_login_choice(self, answers: Answers) -> None:
        """ "Remind me when I log in" as chosen on the confirmation page, if it was shown."""
        if answers.remind_at_login is not None and answers.remind_at_login != (
            self._login_reminders_on()
        ):
            self.set_login_reminders(answers.remind_at_login)

    def quit_app(self) -> None:
        """File > Quit: the whole app, the wizard included (its progress kept)."""
        self.keep_wizard_progress()
        QCoreApplication.quit()

    def _start_next(self, job: Job, store_domain: str) -> None:
        self.open_wizard(Answers(job=job, store_domain=store_domain), flow_for(job).first_page)

    def _handlers(self) -> dict[CaseAction, Callable[[Case], None]]:
        """What each button of the case list does: every CaseAction has its handler here."""
        from app.core.case_actions import CaseAction

        if not self._case_actions:
            self._case_actions = {
                CaseAction.DELETE: self._delete,
                CaseAction.MARK_CONFIRMED: self._mark_confirmed,
                CaseAction.MARK_SOLVED: self._mark_solved,
                CaseAction.ABANDON: self._abandon,
                CaseAction.CHANGE_DEADLINE: self._change_deadline,
                CaseAction.ADD_TO_CALENDAR: self._add_to_calendar,
                CaseAction.CONTINUE: self._continue,
                CaseAction.RESTART: self._restart,
                CaseAction.TRY_AGAIN: self._try_again,
                CaseAction.AMAZON_REFUSED: self._amazon_refused,
                CaseAction.CONFIRMED_IN_TIME: self._mark_confirmed,
                CaseAction.EDIT_NOTES: self._edit_notes,
            }
        return self._case_actions

    def act_on_case(self, action: CaseAction, case_id: str) -> None:
        case = self.session.case(case_id)
        if case is None:
            return
        stack = self.session.undo_stack
        done_before = stack.index()
        self._handlers()[action](case)
        if stack.index() != done_before and self.main_window is not None:
            self.main_window.tell_done(stack.undoText())

    @staticmethod
    def _change_text(case: Case, state: CaseState | None) -> str:
        """What a change did, in the user's language: the undo's text and the message."""
        from app.ui.cases.cases_model import account_name

        texts = {
            CaseState.CONFIRMED: QT_TRANSLATE_NOOP(
                "CaseChanges", "case \u201c{account}\u201d marked as confirmed"
            ),
            CaseState.SOLVED: QT_TRANSLATE_NOOP(
                "CaseChanges", "case \u201c{account}\u201d marked as solved"
            ),
            CaseState.ABANDONED: QT_TRANSLATE_NOOP(
                "CaseChanges", "case \u201c{account}\u201d abandoned"
            ),
            CaseState.REFUSED: QT_TRANSLATE_NOOP(
                "CaseChanges", "case \u201c{account}\u201d marked as refused by Amazon"
            ),
        }
        source = (
            texts[state]
            if state in texts
            else QT_TRANSLATE_NOOP("CaseChanges", "case \u201c{account}\u201d deleted")
        )
        return QCoreApplication.translate("CaseChanges", source).format(account=account_name(case))

    def _delete(self, case: Case) -> None:
        self.session.delete(case.id, self._change_text(case, None))

    def _mark_confirmed(self, case: Case) -> None:
        self._change_state(case, CaseState.CONFIRMED)

    def _mark_solved(self, case: Case) -> None:
        self._change_state(case, CaseState.SOLVED)

    def _abandon(self, case: Case) -> None:
        self._change_state(case, CaseState.ABANDONED)

    def _change_state(self, case: Case, state: CaseState) -> None:
        from app.core.cases import change_state

        self.session.put(change_state(case, state, self.clock()), self._change_text(case, state))

    def _change_deadline(self, case: Case) -> None:
        from app.ui.cases.case_texts import long_date
        from app.ui.cases.cases_model import account_name
        from app.ui.cases.deadline_dialog import ask_new_deadline

        assert case.deadline is not None and case.requested_on is not None
        chosen = ask_new_deadline(self.main_window, case, self.today())
        if chosen is not None and chosen != case.deadline:
            text = QCoreApplication.translate(
                "CaseChanges", "deadline of \u201c{account}\u201d moved to {date}"
            ).format(account=account_name(case), date=long_date(chosen))
            self.session.put(
                type(case).model_validate(case.model_dump() | {"deadline": chosen}), text
            )

    def _amazon_refused(self, case: Case) -> None:
        """A seller closure Amazon refused: its reasons kept; "Try again" is then offered."""
        from app.core.cases import change_state
        from app.ui.cases.case_dialogs import ask_refusal_reasons

        reasons = ask_refusal_reasons(self.main_window, case)
        if reasons is None:
            return
        refused = change_state(case, CaseState.REFUSED, self.clock())
        self.session.put(
            refused.model_copy(update={"refusal_reasons": reasons}),
            self._change_text(case, CaseState.REFUSED),
        )

    def _edit_notes(self, case: Case) -> None:
        from app.ui.cases.case_dialogs import ask_notes
        from app.ui.cases.cases_model import account_name

        notes = ask_notes(self.main_window, case)
        if notes is not None and notes != case.notes:
            text = QCoreApplication.translate(
                "CaseChanges", "notes of \u201c{account}\u201d changed"
            ).format(account=account_name(case))
            self.session.put(case.model_copy(update={"notes": notes}), text)

    def _add_to_calendar(self, case: Case) -> None:
        self._export([case])

    def _continue(self, case: Case) -> None:
        """A draft: carry on from sending the request."""
        from app.core.closure_outcome import answers_from_case

        self.open_wizard(answers_from_case(case), _page(flow_for(case.job).request_page))

    def _restart(self, case: Case) -> None:
        """Expired: the whole procedure, from the beginning."""
        self.open_wizard(self._answers_to_send_again(case), flow_for(case.job).first_page)

    def _try_again(self, case: Case) -> None:
        """Refused: back to the checklist, the answers kept."""
        again = self._answers_to_send_again(case)
        self.open_wizard(again, _page(flow_for(case.job).retry_page))

    @staticmethod
    def _answers_to_send_again(case: Case) -> Answers:
        from app.core.closure_outcome import answers_from_case

        return dataclasses.replace(
            answers_from_case(case), request_sent=False, requested_on=None, deadline=None
        )

    def export_all_deadlines(self) -> None:
        from app.core.case_states import REMINDING_STATES

        self._export(
            [c for c in self.session.cases() if c.deadline and c.state in REMINDING_STATES]
        )

    def _export(self, cases: list[Case]) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.ui.cases.calendar_files import deadline_entry, save_calendar_file

        entries = [deadline_entry(c.id, c.label, c.deadline, c.job) for c in cases if c.deadline]
        if not entries:
            show_notice(
                self.active_window(),
                QCoreApplication.translate("Calendar", "Add to calendar"),
                QCoreApplication.translate(
                    "Calendar", "There is no deadline waiting for your confirmation."
                ),
                QMessageBox.Icon.Information,
            )
            return
        save_calendar_file(self.active_window(), entries, self.clock())

    def _remember_language(self, language: Language) -> None:
        """Kept in the file a moment later (the session's delayed save); written at once
        when the app quits, and when a window of this controller goes (a window gone with
        a save still waiting would leave it to a controller nobody uses any more)."""
        if not self.session.loaded:  # the load has not happened yet: remember it afterwards
            self._pending_language = language
            self._show_loading()
            return
        self._pending_language = None
        self.session.set_language(language)

    def _tell_not_saved(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        show_notice(
            self.active_window(),
            QCoreApplication.translate("Notices", "Not saved"),
            message,
            QMessageBox.Icon.Warning,
        )

    def _refresh(self) -> None:
        if self.main_window is not None and self.session.loaded:
            self.main_window.set_cases(self.session.cases())

    def _show_case(self, case_id: str) -> None:
        if self.main_window is not None:
            self.main_window.select_case(case_id)

    # -- the store, the checker, the hints ------------------------------------------------

    def usual_store(self) -> AmazonStore:
        """The store of the user's latest case, else the one of the system's country."""
        from app.core.stores import store_by_domain

        for case in reversed(self.session.cases()):
            known = store_by_domain(case.store_domain)
            if known is not None:
                return known
        return self._system_store()

    def _system_store(self) -> AmazonStore:
        """The store of the system's country (Italy: amazon.it), else of the language."""
        return default_store(QLocale.system().name().split("_")[-1], self.switcher.current)

    def open_checker(self) -> None:
        from app.ui.checker.checker_dialog import CheckerDialog
        from app.ui.kit.widgets import show_and_dispose

        show_and_dispose(CheckerDialog(self.usual_store(), self.active_window()))

    def edit_hints(self) -> None:
        from app.ui.hints.hints_dialog import HintsDialog
        from app.ui.kit.widgets import show_and_dispose

        show_and_dispose(HintsDialog(self.hint_book, self.active_window()))

    # -- reminders at login ----------------------------------------------------------------

    def autostart(self) -> Autostart:
        if self._autostart is None:
            from app.storage.autostart import autostart_for_this_system

            self._autostart = autostart_for_this_system()
        return self._autostart

    def _login_reminders_on(self) -> bool:
        """Whether the reminders run at login; the first time it is asked, an entry written
        by another install or for another data folder is brought up to date."""
        try:
            on = self.autostart().is_enabled()
            if on and not self._login_entry_checked:
                self._login_entry_checked = True
                self._bring_login_entry_up_to_date()
            return on
        except OSError as error:
            log.warning("cannot read the autostart entry: %s", error)
            return False

    def _login_command(self) -> list[str]:
        from app.storage.autostart import reminder_command

        return reminder_command(self.data_dir if self.custom_data_dir else None)

    def _bring_login_entry_up_to_date(self) -> None:
        from app.storage.autostart import AutostartUnavailable

        try:
            command = self._login_command()
            if not self.autostart().runs(command):
                log.info("the login entry ran another command: rewritten")
                self.autostart().enable(command)
        except (OSError, AutostartUnavailable) as error:
            log.warning("cannot bring the login entry up to date: %s", error)

    def set_login_reminders(self, on: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.storage.autostart import AutostartUnavailable

        try:
            if on:
                command = self._login_command()
                self.autostart().enable(command)
                self._warn_if_too_long(command)
            else:
                self.autostart().disable()
        except AutostartUnavailable as unavailable:
            log.warning("reminders at login are not available here: %s", unavailable)
            show_notice(
                self.active_window(),
                QCoreApplication.translate("Notices", "Reminders at login"),
                _unavailable_text(unavailable.reason),
                QMessageBox.Icon.Information,
            )
        except OSError as error:
            log.error("changing the autostart entry failed: %s", error)
            show_notice(
                self.active_window(),
                QCoreApplication.translate("Notices", "Reminders at login"),
                QCoreApplication.translate(
                    "Notices", "The system did not allow the change ({reason})."
                ).format(reason=os_error_text(error)),
                QMessageBox.Icon.Warning,
            )
        if self.main_window is not None:
            self.main_window.show_login_reminders(self._login_reminders_on())

    def _warn_if_too_long(self, command: list[str]) -> None:
        """Windows may not run a login command longer than 260 characters: say so."""
        import sys

        from PySide6.QtWidgets import QMessageBox

        from app.storage.autostart import LONGEST_RELIABLE_WINDOWS_COMMAND, windows_command_line

        length = len(windows_command_line(command))
        if sys.platform != "win32" or length <= LONGEST_RELIABLE_WINDOWS_COMMAND:
            return
        show_notice(
            self.active_window(),
            QCoreApplication.translate("Notices", "Reminders at login"),
            QCoreApplication.translate(
                "Notices",
                "The command Windows runs at login is {length} characters long, and Windows "
                "may not run commands longer than {limit}. If no reminder appears when you log "
                "in, use a data folder with a shorter path.",
            ).format(length=length, limit=LONGEST_RELIABLE_WINDOWS_COMMAND),
            QMessageBox.Icon.Information,
        )

    def show_about(self) -> None:
        from app.ui.kit.widgets import show_and_dispose
        from app.ui.shell.about_dialog import AboutDialog

        show_and_dispose(AboutDialog(self.data_dir, self.open_data_folder, self.active_window()))

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
