"""The actions the list was missing: Amazon refused, I did confirm it in time, abandon, notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore
from app.ui.shell.language import LanguageSwitcher
from tests.ui.driving import child, click
from tests.ui.test_undo_case_changes import open_app, say_yes, select

OPENED = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def case_in(state: CaseState, job: Job, label: str, deadline: dt.date | None = None) -> Case:
    case = open_case(job, label, "amazon.it", "", OPENED, state=state)
    if deadline is not None:
        case = case.model_copy(update={"requested_on": dt.date(2026, 11, 14), "deadline": deadline})
    return case


@pytest.fixture
def store(data_dir: Path) -> DocumentStore:
    store = DocumentStore(data_dir / "account-assistant.json")
    store.save(
        Document(
            cases=[
                case_in(
                    CaseState.WAITING_CONFIRMATION,
                    Job.CLOSE_SELLER_ACCOUNT,
                    "Venditore",
                    dt.date(2026, 11, 25),
                ),
                case_in(
                    CaseState.EXPIRED, Job.CLOSE_CUSTOMER_ACCOUNT, "Scaduto", dt.date(2026, 11, 19)
                ),
                case_in(CaseState.IN_PROGRESS, Job.CUSTOMER_SIGN_IN, "Accesso"),
            ]
        )
    )
    return store


def saved(store: DocumentStore, label: str) -> Case:
    return next(c for c in store.load().document.cases if c.label == label)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_amazon_refused_keeps_the_reasons_and_offers_try_again(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
) -> None:
    import app.ui.cases.case_dialogs as dialogs

    switcher.apply(language)
    monkeypatch.setattr(dialogs, "ask_refusal_reasons", lambda *a: "Saldo non pagato")
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Venditore")
    click(qtbot, child(window, QPushButton, "amazon_refused"))
    case = saved(store, "Venditore")
    assert case.state is CaseState.REFUSED and case.refusal_reasons == "Saldo non pagato"
    assert child(window, QPushButton, "try_again").isEnabled()
    window.undo_stack.undo()  # type: ignore[union-attr]
    assert saved(store, "Venditore").state is CaseState.WAITING_CONFIRMATION


def test_a_customer_closure_has_no_amazon_refused(
    switcher: LanguageSwitcher, data_dir: Path, store: DocumentStore, qtbot: QtBot
) -> None:
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Scaduto")
    assert not child(window, QPushButton, "amazon_refused").isEnabled()


def test_an_expired_case_can_be_marked_confirmed_in_time(
    switcher: LanguageSwitcher, data_dir: Path, store: DocumentStore, qtbot: QtBot
) -> None:
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Scaduto")
    click(qtbot, child(window, QPushButton, "confirmed_in_time"))
    assert saved(store, "Scaduto").state is CaseState.CONFIRMED


def test_an_in_progress_case_can_be_abandoned_after_a_question(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Accesso")
    click(qtbot, child(window, QPushButton, "abandon"))
    assert "Accesso" in asked[0] and "closure" not in asked[0]
    assert saved(store, "Accesso").state is CaseState.ABANDONED


@pytest.mark.parametrize("label", ["Venditore", "Scaduto", "Accesso"])
def test_notes_can_be_edited_on_any_case_and_undone(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    label: str,
) -> None:
    import app.ui.cases.case_dialogs as dialogs

    say_yes(monkeypatch)
    monkeypatch.setattr(dialogs, "ask_notes", lambda *a: "telefonato il 21")
    window = open_app(switcher, data_dir, qtbot)
    select(window, label)
    click(qtbot, child(window, QPushButton, "edit_notes"))
    assert saved(store, label).notes == "telefonato il 21"
    window.undo_stack.undo()  # type: ignore[union-attr]
    assert saved(store, label).notes == ""


@pytest.mark.parametrize(
    ("language", "line"),
    [(Language.ENGLISH, "Confirmed on "), (Language.ITALIAN, "Confermato il ")],
)
def test_a_finished_case_has_no_next_deadline_and_its_history_says_what_each_date_is(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    language: Language,
    line: str,
) -> None:
    from PySide6.QtWidgets import QLabel

    from app.ui.cases.cases_model import DEADLINE
    from tests.ui.driving import plain

    switcher.apply(language)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Scaduto")
    click(qtbot, child(window, QPushButton, "confirmed_in_time"))
    select(window, "Scaduto")
    row = window.table.selectionModel().selectedRows()[0].row()
    assert window.model.index(row, DEADLINE).data() == ""
    details = plain(child(window, QLabel, "details").text())  # type: ignore[attr-defined]
    assert line in details
