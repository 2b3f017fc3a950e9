"""Damaged, foreign or unwritable data: the user is told, in their language; nothing is lost."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.storage.store import DocumentStore, SaveFailedError
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.test_customer_sign_in_flow import answer, choose_blocked_account

NOTICE = "notice"


def notices(qapp: QApplication) -> list[str]:
    return [
        w.text()
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == NOTICE and w.isVisible()
    ]


def close_notices(qapp: QApplication) -> None:
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _no_notices_left(qapp: QApplication) -> object:
    yield
    close_notices(qapp)


def launch(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, has_cases: bool = True
) -> AppController:
    controller = AppController(switcher, data_dir)
    qtbot.addWidget(controller.show_first_window(has_cases))
    controller.load_document()
    return controller


def finish_with_a_case(qtbot: QtBot, controller: AppController) -> None:
    controller.open_wizard()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    choose_blocked_account(qtbot, wizard, "amazon.it")
    answer(qtbot, wizard, yes=False)
    answer(qtbot, wizard, yes=False)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


@pytest.mark.parametrize("content", [b"", b'{"schema_version": 1, "cases": [', b"\x00\xff garbage"])
def test_a_damaged_file_is_kept_aside_and_the_user_told_where_in_italian(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    content: bytes,
) -> None:
    data_dir.mkdir(parents=True)
    document_path.write_bytes(content)
    switcher.apply(Language.ITALIAN)
    controller = launch(switcher, data_dir, qtbot)
    [copy] = list(data_dir.glob("account-assistant.damaged-*.json"))
    assert copy.read_bytes() == content
    [message] = notices(qapp)
    assert str(copy) in message
    assert message.startswith("Non è stato possibile leggere i tuoi dati salvati")
    assert controller.main_window is not None and controller.main_window.model.rowCount() == 0
    # The app carries on: a new case is saved in a fresh file, the copy stays.
    close_notices(qapp)
    finish_with_a_case(qtbot, controller)
    assert len(DocumentStore(document_path).load().document.cases) == 1
    assert copy.read_bytes() == content


def test_a_file_from_a_newer_version_is_never_overwritten(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    data_dir.mkdir(parents=True)
    newer = json.dumps({"schema_version": 7, "cases": [{"future": True}]}).encode()
    document_path.write_bytes(newer)
    controller = launch(switcher, data_dir, qtbot)
    [message] = notices(qapp)
    assert "newer version of Account Assistant" in message
    close_notices(qapp)
    switcher.apply(Language.ITALIAN)  # not remembered, silently
    finish_with_a_case(qtbot, controller)
    assert notices(qapp) == [
        italian(
            "This change could not be saved: your data file is protected for this session "
            "(see the message shown at start-up). It stays visible until you close the app."
        )
    ]
    assert document_path.read_bytes() == newer
    assert list(data_dir.glob("*.damaged-*")) == []


def test_a_full_disk_keeps_the_previous_file_and_says_so(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = launch(switcher, data_dir, qtbot, has_cases=False)
    switcher.apply(Language.ITALIAN)  # saved: the file now exists
    before = document_path.read_bytes()

    def disk_full(self: DocumentStore, document: object) -> None:
        raise SaveFailedError("no space", errno=errno.ENOSPC)

    monkeypatch.setattr(DocumentStore, "save", disk_full)
    finish_with_a_case(qtbot, controller)
    [message] = notices(qapp)
    assert italian("the disk is full") in message
    assert str(document_path) in message
    assert document_path.read_bytes() == before
    # What the user did is still on screen.
    assert controller.main_window is not None
    assert controller.main_window.model.rowCount() == 1
