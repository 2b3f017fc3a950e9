"""An unexpected error: a calm translated message with the log's place, never a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.languages import Language
from app.ui.shell.error_dialog import UnexpectedErrorHandler
from app.ui.shell.language import LanguageSwitcher


def raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("secret internals: boom")
    except RuntimeError:
        kind, error, trace = sys.exc_info()
        assert kind is not None and error is not None
        return kind, error, trace


def dialogs(qapp: QApplication) -> list[QMessageBox]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_user_sees_where_the_log_is_and_the_log_has_the_traceback(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = UnexpectedErrorHandler(data_dir)
    handler.install()
    assert sys.excepthook is handler
    switcher.apply(Language.ITALIAN)
    kind, error, trace = raise_and_catch()
    handler(kind, error, trace)  # type: ignore[arg-type]
    handler(kind, error, trace)  # a second error does not pile up dialogs
    log_file = handler.log_file
    assert log_file is not None and log_file.parent.parent == data_dir
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    assert sum(d.text().startswith("Qualcosa non ha funzionato") for d in dialogs(qapp)) == 1
    try:
        assert dialog.text().startswith("Qualcosa non ha funzionato")
        assert str(log_file) in dialog.text()
        assert "Traceback" not in dialog.text() and "boom" not in dialog.text()
        assert dialog.icon() == QMessageBox.Icon.Critical
    finally:
        dialog.close()
        qapp.processEvents()
    for h in logging.getLogger().handlers:
        h.flush()
    logged = log_file.read_text("utf-8")
    assert "Traceback" in logged and "secret internals: boom" in logged
