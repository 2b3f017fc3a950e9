"""Unexpected errors: the details go to the log, the user gets a calm, translated message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui.shell.notices import show_notice

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("app.unexpected")


def error_message(log_file: Path | None) -> str:
    if log_file is None:
        return QCoreApplication.translate(
            "ErrorDialog",
            "Something went wrong inside Account Assistant. Everything you saved up to your "
            "last change is safe. Please close the app and open it again.",
        )
    return QCoreApplication.translate(
        "ErrorDialog",
        "Something went wrong inside Account Assistant. Everything you saved up to your last "
        "change is safe. The details were written to {log}; if it happens again, please send "
        "that file to the developers.",
    ).format(log=log_file)


class UnexpectedErrorHandler:
    """Replaces `sys.excepthook`: logs the traceback, shows one dialog at a time.

    It also owns the log file: started after the first paint (its module is slow to import),
    or at once by the first unexpected error, whichever comes first.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.log_file: Path | None = None
        self._log_started = False
        self.dialog: QMessageBox | None = None
        self.previous: Callable[..., object] = sys.excepthook

    def start_log_file(self, custom_data_dir: bool | None = None) -> None:
        """Open the log, in the folder `paths.log_dir` gives (`custom_data_dir`: whether the
        user chose the data folder; found out here when not known yet)."""
        if not self._log_started:
            from app.storage.log_file import configure_logging
            from app.storage.paths import is_custom_data_dir, log_dir

            if custom_data_dir is None:
                custom_data_dir = is_custom_data_dir(self.data_dir)
            self.log_file = configure_logging(log_dir(self.data_dir, custom_data_dir))
            self._log_started = True

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, trace)
            return
        self.start_log_file()
        log.error("unexpected error", exc_info=(kind, error, trace))
        if QApplication.instance() is None or self.dialog is not None:
            return
        from PySide6.QtWidgets import QMessageBox  # not before it is needed: see notices.py

        self.dialog = show_notice(
            QApplication.activeWindow(),
            QCoreApplication.translate("ErrorDialog", "Something went wrong"),
            error_message(self.log_file),
            QMessageBox.Icon.Critical,
        )
        self.dialog.destroyed.connect(self._forget_dialog)

    def _forget_dialog(self) -> None:
        self.dialog = None
