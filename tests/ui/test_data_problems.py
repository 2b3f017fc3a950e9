"""Damaged, foreign or unwritable data: the user is told, in their language; nothing is lost."""

from __future__ import annotations

import errno
import json
import stat
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
    switcher.apply(Language.ITALIAN)
    controller.session.flush()  # saved (a moment later, or now): the file now exists
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


READ_ONLY_FILE = (
    "Your data file is read-only, so your cases are shown but no change can be saved while "
    "the app is open. To make changes, allow writing to the file and open the app again. The "
    "file is {path}."
)
PROTECTED = (
    "This change could not be saved: your data file is protected for this session (see the "
    "message shown at start-up). It stays visible until you close the app."
)
NOT_SAVED = (
    "Your last change could not be saved: {reason}. The data saved before is intact in "
    "{path}. The change stays visible until you close the app; once the problem is solved, "
    "your next change saves everything."
)
TOO_LARGE = (
    "with all your cases, the data file would be larger than the {limit} MB the app can read "
    "back ({size} MB), so it was not written; deleting the finished cases you no longer need "
    "makes room"
)


def _in(language: Language, source: str) -> str:
    return italian(source) if language is Language.ITALIAN else source


def _one_case_saved(document_path: Path) -> bytes:
    import datetime as dt

    from app.core.cases import open_case
    from app.core.document import Document
    from app.core.jobs import Job

    now = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
    case = open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "", now)
    DocumentStore(document_path).save(Document(cases=[case]))
    return document_path.read_bytes()


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_file_made_read_only_shows_its_cases_and_is_never_replaced(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    before = _one_case_saved(document_path)
    document_path.chmod(0o444)
    switcher.apply(language)

    controller = launch(switcher, data_dir, qtbot)

    assert notices(qapp) == [_in(language, READ_ONLY_FILE).format(path=document_path)]
    assert controller.main_window is not None
    assert controller.main_window.model.rowCount() == 1  # the cases are there to see
    assert controller.session.read_only
    close_notices(qapp)
    finish_with_a_case(qtbot, controller)
    assert notices(qapp) == [_in(language, PROTECTED)]
    assert document_path.read_bytes() == before
    assert stat.S_IMODE(document_path.stat().st_mode) == 0o444
    assert controller.main_window.model.rowCount() == 2  # what the user did stays visible


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_save_the_next_load_would_refuse_is_not_written_and_the_user_told(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
) -> None:
    from app.storage import store as store_module

    before = _one_case_saved(document_path)
    switcher.apply(language)
    controller = launch(switcher, data_dir, qtbot)
    assert notices(qapp) == []
    # As if the cases had grown to the limit: one more case is one too many.
    monkeypatch.setattr(store_module, "MAX_DOCUMENT_BYTES", len(before) + 100)

    finish_with_a_case(qtbot, controller)

    [message] = notices(qapp)
    reason = _in(language, TOO_LARGE).format(limit=1, size=1)  # whole megabytes, rounded up
    assert message == _in(language, NOT_SAVED).format(reason=reason, path=document_path)
    assert document_path.read_bytes() == before
    assert controller.main_window is not None
    assert controller.main_window.model.rowCount() == 2
