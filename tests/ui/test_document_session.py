"""The open data file: every change is saved at once and announced; a failed save is told."""

from __future__ import annotations

import datetime as dt
import errno
import os
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.case_actions import CaseAction
from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore
from app.ui.shell.app_controller import AppController
from app.ui.shell.document_session import SAVE_DELAY_MS, DocumentSession
from app.ui.shell.language import LanguageSwitcher

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def _case(label: str) -> object:
    return open_case(Job.CUSTOMER_SIGN_IN, label, "amazon.it", "", NOW)


@pytest.fixture
def session(document_path: Path, qtbot: QtBot) -> DocumentSession:
    DocumentStore(document_path).save(Document(cases=[_case("Mamma")]))  # type: ignore[list-item]
    session = DocumentSession(document_path)
    with qtbot.waitSignal(session.cases_changed):
        session.load()
    return session


def _saved(document_path: Path) -> list[str]:
    return [case.label for case in DocumentStore(document_path).load().document.cases]


def test_a_new_case_is_saved_at_once_and_announced(
    session: DocumentSession, document_path: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(session.cases_changed):
        assert session.put(_case("Papà"))  # type: ignore[arg-type]

    assert _saved(document_path) == ["Mamma", "Papà"]


def test_a_changed_case_replaces_the_one_with_its_id(
    session: DocumentSession, document_path: Path
) -> None:
    [case] = session.cases()
    session.put(case.model_copy(update={"notes": "chiamata fatta"}))

    assert [c.notes for c in DocumentStore(document_path).load().document.cases] == [
        "chiamata fatta"
    ]


def test_a_deleted_case_is_gone_from_the_file(
    session: DocumentSession, document_path: Path, qtbot: QtBot
) -> None:
    [case] = session.cases()
    with qtbot.waitSignal(session.cases_changed):
        session.delete(case.id)

    assert _saved(document_path) == []


def test_a_save_on_a_full_disk_is_told_and_the_file_stays_as_it_was(
    session: DocumentSession,
    document_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.storage import atomic_file

    fake = types.SimpleNamespace(**vars(os))

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    fake.fsync = fsync
    monkeypatch.setattr(atomic_file, "os", fake)

    with qtbot.waitSignal(session.save_failed) as told:
        assert not session.put(_case("Papà"))  # type: ignore[arg-type]

    assert "full" in told.args[0].lower() or "space" in told.args[0].lower(), told.args
    monkeypatch.undo()
    assert _saved(document_path) == ["Mamma"]
    # the change is kept for this run: the list still shows it
    assert [c.label for c in session.cases()] == ["Mamma", "Papà"]


def _saved_language(document_path: Path) -> Language | None:
    return DocumentStore(document_path).load().document.preferences.language


def test_the_language_chosen_is_written_a_moment_later_by_a_worker_thread(
    session: DocumentSession, document_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[threading.Thread] = []
    real_save = DocumentStore.save

    def recording_save(store: DocumentStore, document: Document) -> None:
        writers.append(threading.current_thread())
        real_save(store, document)

    monkeypatch.setattr(DocumentStore, "save", recording_save)

    session.set_language(Language.ITALIAN)

    assert writers == [] and _saved_language(document_path) is None  # not on the switch
    qtbot.waitUntil(lambda: _saved_language(document_path) is Language.ITALIAN, timeout=5000)
    assert len(writers) == 1 and writers[0] is not threading.main_thread()


def test_a_burst_of_language_changes_is_written_once(
    session: DocumentSession, document_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[Language | None] = []
    real_save = DocumentStore.save

    def recording_save(store: DocumentStore, document: Document) -> None:
        saved.append(document.preferences.language)
        real_save(store, document)

    monkeypatch.setattr(DocumentStore, "save", recording_save)

    for language in [Language.ITALIAN, Language.ENGLISH] * 5 + [Language.ITALIAN]:
        session.set_language(language)

    qtbot.waitUntil(lambda: saved == [Language.ITALIAN], timeout=5000)
    qtbot.wait(2 * SAVE_DELAY_MS)
    assert saved == [Language.ITALIAN]


def test_a_waiting_language_is_written_by_flush_and_by_a_case_s_save(
    session: DocumentSession, document_path: Path
) -> None:
    session.set_language(Language.ITALIAN)
    session.flush()  # what quitting and the session manager's request do
    assert _saved_language(document_path) is Language.ITALIAN

    session.set_language(Language.ENGLISH)
    session.put(_case("Papà"))  # type: ignore[arg-type]
    assert _saved_language(document_path) is Language.ENGLISH
    assert _saved(document_path) == ["Mamma", "Papà"]


def test_quitting_and_logging_out_write_the_language_still_waiting(
    switcher: LanguageSwitcher, data_dir: Path, document_path: Path, qapp: QApplication
) -> None:
    """The controller hands `flush` to the application's quit and to the session manager's
    request to save (emitting them here would also stop the rest of the test process)."""
    quitting, logging_out = SIGNAL("aboutToQuit()"), SIGNAL("commitDataRequest(QSessionManager&)")
    before = (qapp.receivers(quitting), qapp.receivers(logging_out))
    DocumentStore(document_path).save(Document(cases=[_case("Mamma")]))  # type: ignore[list-item]
    controller = AppController(switcher, data_dir, clock=lambda: NOW)
    assert (qapp.receivers(quitting), qapp.receivers(logging_out)) == (
        before[0] + 1,
        before[1] + 1,
    )
    controller.load_document()
    controller.session.set_language(Language.ITALIAN)

    controller.session.flush()

    assert _saved_language(document_path) is Language.ITALIAN


def test_nothing_changes_before_the_load(document_path: Path) -> None:
    session = DocumentSession(document_path)

    assert not session.put(_case("Papà"))  # type: ignore[arg-type]
    assert not document_path.exists()


def test_every_button_of_the_case_list_does_something(
    switcher: LanguageSwitcher, data_dir: Path
) -> None:
    """Each CaseAction the list can offer has its handler: none falls through to nothing."""
    controller = AppController(switcher, data_dir)
    handled = set(controller._handlers())

    assert handled == set(CaseAction)


def test_marking_solved_through_the_controller_saves_the_new_state(
    switcher: LanguageSwitcher, document_path: Path, data_dir: Path, qtbot: QtBot
) -> None:
    DocumentStore(document_path).save(Document(cases=[_case("Mamma")]))  # type: ignore[list-item]
    controller = AppController(switcher, data_dir, clock=lambda: NOW)
    controller.load_document()
    [case] = controller.session.cases()

    controller.act_on_case(CaseAction.MARK_SOLVED, case.id)

    [saved] = DocumentStore(document_path).load().document.cases
    assert saved.state is CaseState.SOLVED
    for window in (controller.main_window, controller.wizard):
        if window is not None:
            qtbot.addWidget(window)


def test_undo_takes_back_the_user_s_change_but_not_the_reminders_review(
    session: DocumentSession, document_path: Path
) -> None:
    [case] = session.cases()
    session.put(case.model_copy(update={"notes": "chiamata fatta"}), "notes")
    other = _case("Papà")
    session.replace_cases([*session.cases(), other])  # type: ignore[list-item]
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "notes"

    session.undo_stack.undo()

    saved = DocumentStore(document_path).load().document.cases
    assert [(c.label, c.notes) for c in saved] == [("Mamma", ""), ("Papà", "")]
    session.undo_stack.redo()
    assert session.cases()[0].notes == "chiamata fatta"


def test_a_language_the_worker_could_not_write_is_told_on_the_gui_thread(
    session: DocumentSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage.store import SaveFailedError

    def disk_full(store: DocumentStore, document: Document) -> None:
        raise SaveFailedError("no space", errno=errno.ENOSPC)

    monkeypatch.setattr(DocumentStore, "save", disk_full)
    told_on: list[threading.Thread] = []
    session.save_failed.connect(lambda message: told_on.append(threading.current_thread()))

    with qtbot.waitSignal(session.save_failed, timeout=5000) as told:
        session.set_language(Language.ITALIAN)

    assert "full" in told.args[0].lower() or "space" in told.args[0].lower(), told.args
    assert told_on == [threading.main_thread()]
