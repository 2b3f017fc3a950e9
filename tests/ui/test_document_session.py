"""The open data file: every change is saved at once and announced; a failed save is told."""

from __future__ import annotations

import datetime as dt
import errno
import os
import types
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.case_actions import CaseAction
from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore
from app.ui.shell.app_controller import AppController
from app.ui.shell.document_session import DocumentSession
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


def test_the_language_chosen_is_remembered_in_the_file(
    session: DocumentSession, document_path: Path
) -> None:
    session.set_language(Language.ITALIAN)

    assert DocumentStore(document_path).load().document.preferences.language is Language.ITALIAN


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
