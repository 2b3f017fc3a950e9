"""The actions the list was missing: Amazon refused, I did confirm it in time, abandon, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore
from app.ui.cases.case_dialogs import CaseTextDialog
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
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


def _in_the_dialog(qtbot: QtBot, act: Callable[[CaseTextDialog], None]) -> None:
    """Once the modal case dialog is open, `act` on it as the user would."""

    def now() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CaseTextDialog)
        act(dialog)

    QTimer.singleShot(0, now)


def _answer_the_password_question(button: str) -> None:
    """Press `button` of the "a password in your notes?" question about to appear."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "passwordInNotes"
        child(box, QPushButton, button).click()

    QTimer.singleShot(0, answer)


def _press_save(dialog: QWidget) -> None:
    buttons = child(dialog, QDialogButtonBox, "")
    assert isinstance(buttons, QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    save.click()


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_notes_that_look_like_a_password_are_questioned_before_they_are_saved(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    language: Language,
) -> None:
    switcher.apply(language)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Accesso")
    seen: dict[str, object] = {}

    def write_a_password(dialog: CaseTextDialog) -> None:
        qtbot.keyClicks(dialog.edit, "pwd=Gatto123")
        warning = child(dialog, QLabel, "passwordWarning")
        seen["warning shown"] = warning.isVisible()
        seen["warning"] = warning.text()
        _answer_the_password_question("editNotes")
        _press_save(dialog)
        seen["still open after Edit the notes"] = dialog.isVisible()
        dialog.edit.setPlainText("telefonato il 21")
        seen["warning after the fix"] = warning.isVisible()
        _press_save(dialog)

    _in_the_dialog(qtbot, write_a_password)
    click(qtbot, child(window, QPushButton, "edit_notes"))
    warning = (
        "These notes seem to contain a password. Remove it: the notes are saved on this "
        "computer as plain text, and this app never keeps passwords."
    )
    assert seen["warning shown"] is True
    assert seen["warning"] == (italian(warning) if language is Language.ITALIAN else warning)
    assert seen["still open after Edit the notes"] is True
    assert seen["warning after the fix"] is False
    assert saved(store, "Accesso").notes == "telefonato il 21"


def test_notes_kept_anyway_after_the_question_are_saved(
    switcher: LanguageSwitcher, data_dir: Path, store: DocumentStore, qtbot: QtBot
) -> None:
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Accesso")

    def keep_them(dialog: CaseTextDialog) -> None:
        qtbot.keyClicks(dialog.edit, "pin: 1234 della carta regalo")
        _answer_the_password_question("keepNotes")
        _press_save(dialog)

    _in_the_dialog(qtbot, keep_them)
    click(qtbot, child(window, QPushButton, "edit_notes"))
    assert saved(store, "Accesso").notes == "pin: 1234 della carta regalo"


def test_cancelling_the_notes_dialog_changes_nothing(
    switcher: LanguageSwitcher, data_dir: Path, store: DocumentStore, qtbot: QtBot
) -> None:
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Accesso")

    def type_then_escape(dialog: CaseTextDialog) -> None:
        qtbot.keyClicks(dialog.edit, "qualcosa")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _in_the_dialog(qtbot, type_then_escape)
    click(qtbot, child(window, QPushButton, "edit_notes"))
    assert saved(store, "Accesso").notes == ""
    assert window.undo_stack is not None and not window.undo_stack.canUndo()


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_refusal_dialog_says_what_to_fix_and_how_to_try_again(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    language: Language,
) -> None:
    switcher.apply(language)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Venditore")
    advice: list[str] = []

    def give_the_reasons(dialog: CaseTextDialog) -> None:
        advice.append(child(dialog, QLabel, "advice").text())
        qtbot.keyClicks(dialog.edit, "Saldo non pagato")
        _press_save(dialog)

    _in_the_dialog(qtbot, give_the_reasons)
    click(qtbot, child(window, QPushButton, "amazon_refused"))
    balance = "Balance at &zero"  # a check box's text: its letter for Alt is left out here
    try_again = "press \u201cTry again\u201d"
    if language is Language.ITALIAN:
        balance, try_again = italian(balance, "Closing"), "\u201cRiprova\u201d"
    balance = balance.replace("&", "")
    assert balance in advice[0] and try_again in advice[0]
    assert saved(store, "Venditore").refusal_reasons == "Saldo non pagato"
    assert child(window, QPushButton, "try_again").isEnabled()
