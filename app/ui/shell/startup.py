"""Start-up: the application object, language, single instance, first window, deferred load."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, DESKTOP_ID, __version__
from app.cli import Options
from app.core.languages import default_language, parse_language
from app.resource_paths import resources_dir
from app.storage.first_glance import first_glance
from app.storage.instance_lock import InstanceLock, LockOutcome
from app.storage.paths import DOCUMENT_FILE_NAME, is_custom_data_dir, resolve_data_dir
from app.ui.shell.app_controller import AppController
from app.ui.shell.error_dialog import UnexpectedErrorHandler
from app.ui.shell.first_paint import FirstPaint
from app.ui.shell.language import LanguageSwitcher

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATA_FOLDER_UNUSABLE = 1
EXIT_ALREADY_RUNNING = 3


def _tell_and_stop(title: str, text: str, smoke: bool) -> None:
    """A message shown before any window: blocks until read (closes itself in smoke mode)."""
    print(text, file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    _set_window_icon()
    box = QMessageBox(QMessageBox.Icon.Information, title, text)
    box.setObjectName("startupMessage")
    if smoke:
        QTimer.singleShot(0, box.accept)
    box.exec()


def run(options: Options) -> int:
    data_dir = resolve_data_dir(options.data_dir, os.environ)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    argv = [sys.argv[0] if sys.argv else APP_ID]
    glance = first_glance(data_dir / DOCUMENT_FILE_NAME)
    language = (
        options.language
        or parse_language(glance.language or "")
        or default_language(QLocale.system().name())
    )
    if options.export_ics is not None:  # no window: works on a machine without a screen
        from app.ui.shell.background_commands import export_deadlines

        core = QCoreApplication(argv)
        LanguageSwitcher(core).apply(language)
        return export_deadlines(data_dir, Path(options.export_ics).expanduser())

    if sys.platform == "win32":  # the taskbar and notifications name the app, not Python
        from app.windows_identity import set_app_user_model_id

        set_app_user_model_id()
    app = QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    switcher = LanguageSwitcher(app)
    switcher.apply(language)

    lock: InstanceLock | _ReadOnlyFolder
    if options.check_reminders:
        if not glance.has_cases:
            return EXIT_OK  # nothing saved, nothing to remind of: quietly
        lock = InstanceLock(data_dir)
        if lock.acquire() is not LockOutcome.ACQUIRED:
            return EXIT_OK  # the app is open and reminds by itself
        import datetime as dt

        from app.ui.shell.background_commands import (
            ask_to_open,
            due_reminders,
            record_reminders_given,
        )

        now = dt.datetime.now().astimezone()
        messages = due_reminders(data_dir, now)
        if not messages:
            lock.release()
            return EXIT_OK
        _set_window_icon()
        wants_the_app = ask_to_open(messages, options.smoke)
        record_reminders_given(data_dir, now)  # seen: the question was answered
        if not wants_the_app:
            lock.release()
            return EXIT_OK
    else:
        claimed = _claim_data_dir(data_dir, options.smoke)
        if isinstance(claimed, int):
            return claimed
        lock = claimed
    errors = UnexpectedErrorHandler(data_dir)
    errors.install()

    controller = AppController(switcher, data_dir)
    window = controller.show_first_window(glance.has_cases)
    # Quitting or logging out with the wizard open keeps what it holds (a sent request...).
    app.aboutToQuit.connect(controller.keep_wizard_progress)
    app.commitDataRequest.connect(controller.keep_wizard_progress)

    def after_first_paint() -> None:
        # Not needed by the first paint: the icon (its class and the SVG icon engine cost
        # about 6 ms; window managers take the new icon at once), and the default data
        # folder, found by platformdirs (about 8 ms), which a --data-dir start skips so far.
        _set_window_icon()
        controller.custom_data_dir = is_custom_data_dir(data_dir)
        errors.start_log_file(controller.custom_data_dir)
        log.info("starting %s %s, data folder %s", APP_ID, __version__, data_dir)
        if options.smoke:
            from app.ui.shell.smoke_report import print_smoke_report

            print_smoke_report(window, switcher, first_paint.painted_at or time.time())
            app.quit()
        else:
            controller.start_loading_document()

    first_paint = FirstPaint(window, after_first_paint)
    try:
        return app.exec()
    finally:
        lock.release()
        log.info("stopped")


def _set_window_icon() -> None:
    """The app's icon, for every window (and the reminders' tray icon)."""
    from PySide6.QtGui import QIcon

    if QApplication.windowIcon().isNull():
        QApplication.setWindowIcon(QIcon(str(resources_dir() / "icon.svg")))


class _ReadOnlyFolder:
    """No lock in a folder that cannot be written, and none needed: nothing is written."""

    def release(self) -> None:
        pass


def _claim_data_dir(data_dir: Path, smoke: bool) -> InstanceLock | _ReadOnlyFolder | int:
    """The lock on the data folder, or the exit status after telling the user why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        from app.ui.kit.os_errors import os_error_text

        _tell_and_stop(
            QCoreApplication.translate("Startup", "Account Assistant cannot start"),
            QCoreApplication.translate(
                "Startup",
                "The data folder {path} cannot be created ({reason}). Choose another folder "
                "with --data-dir.",
            ).format(path=data_dir, reason=os_error_text(error)),
            smoke,
        )
        return EXIT_DATA_FOLDER_UNUSABLE
    lock = InstanceLock(data_dir)
    outcome = lock.acquire()
    if outcome is LockOutcome.HELD_ELSEWHERE:
        _tell_and_stop(
            QCoreApplication.translate("Startup", "Account Assistant is already open"),
            QCoreApplication.translate(
                "Startup",
                "Account Assistant is already open with this data folder ({path}). Look for "
                "its window: using two at once could mix up your data.",
            ).format(path=data_dir),
            smoke,
        )
        return EXIT_ALREADY_RUNNING
    if outcome is LockOutcome.HELD_ON_ANOTHER_COMPUTER:
        _tell_and_stop(
            QCoreApplication.translate("Startup", "Account Assistant is already open"),
            QCoreApplication.translate(
                "Startup",
                "Account Assistant seems to be open on another computer ({computer}) with this "
                "data folder ({path}), which the two computers share. Close it there first. If "
                "it is not open anywhere, delete the file {lock} and start Account Assistant "
                "again.",
            ).format(computer=lock.other_computer, path=data_dir, lock=lock.path),
            smoke,
        )
        return EXIT_ALREADY_RUNNING
    if (
        outcome is LockOutcome.FAILED
        and not os.access(data_dir, os.W_OK)
        and (data_dir / DOCUMENT_FILE_NAME).is_file()
    ):
        return _ReadOnlyFolder()  # the cases open read-only; the load says why
    if outcome is LockOutcome.FAILED:
        _tell_and_stop(
            QCoreApplication.translate("Startup", "Account Assistant cannot start"),
            QCoreApplication.translate(
                "Startup",
                "The data folder {path} cannot be written. Choose another folder with --data-dir.",
            ).format(path=data_dir),
            smoke,
        )
        return EXIT_DATA_FOLDER_UNUSABLE
    return lock
