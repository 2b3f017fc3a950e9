"""The full load runs in a worker thread: the window keeps answering while a big file loads.

A stand-in store that sleeps stands for a file of many cases (or a slow disk): no timing is
asserted, only what happens meanwhile (a timer ticks, a click is handled, nothing is saved)
and what follows (the cases, the language chosen meanwhile, the reminders, the smoke hook).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.cases import Case, open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore, LoadResult
from app.ui.shell import smoke_report
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from tests.ui.closing_steps import NoAutostart

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
CASES = 50


class SlowLoad:
    """`DocumentStore.load` held back until the test lets it go (or a few seconds pass)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.threads: list[threading.Thread] = []

    def release(self) -> None:
        self.go_on.set()


@pytest.fixture
def slow_load(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowLoad]:
    slow = SlowLoad()
    real_load = DocumentStore.load

    def held_back(store: DocumentStore, *, look_only: bool = False) -> LoadResult:
        slow.threads.append(threading.current_thread())
        slow.started.set()
        slow.go_on.wait(timeout=10)
        return real_load(store, look_only=look_only)

    monkeypatch.setattr(DocumentStore, "load", held_back)
    yield slow
    slow.release()  # never leave the worker waiting


def _cases() -> list[Case]:
    return [
        open_case(Job.CUSTOMER_SIGN_IN, f"Conto {n}", "amazon.it", "", NOW) for n in range(CASES)
    ]


def _controller(switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot) -> AppController:
    controller = AppController(switcher, data_dir, clock=lambda: NOW, autostart=NoAutostart())
    qtbot.addWidget(controller.show_first_window(has_cases=True))
    return controller


def test_the_window_answers_while_the_cases_load_and_shows_them_after(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    slow_load: SlowLoad,
) -> None:
    DocumentStore(document_path).save(Document(cases=_cases()))
    controller = _controller(switcher, data_dir, qtbot)
    window = controller.main_window
    assert window is not None
    ticks = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()

    controller.start_loading_document()

    assert slow_load.started.wait(timeout=5)
    assert window.statusBar().currentMessage() == "Loading your cases\u2026"
    qtbot.waitUntil(lambda: ticks[0] >= 5)  # the GUI thread runs on meanwhile
    window.checker_requested.disconnect(controller.open_checker)  # its dialog is modal
    with qtbot.waitSignal(window.checker_requested):
        qtbot.mouseClick(window.checker_button, Qt.MouseButton.LeftButton)  # handled meanwhile
    assert controller.session.loading and not controller.session.loaded
    assert window.model.rowCount() == 0

    with qtbot.waitSignal(controller.session.load_finished, timeout=10_000):
        slow_load.release()

    timer.stop()
    assert slow_load.threads and slow_load.threads[0] is not threading.main_thread()
    assert window.model.rowCount() == CASES
    assert window.statusBar().currentMessage() == ""
    assert controller.reminders is not None


def test_the_loading_message_follows_the_language(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    slow_load: SlowLoad,
) -> None:
    DocumentStore(document_path).save(Document(cases=_cases()))
    controller = _controller(switcher, data_dir, qtbot)
    controller.start_loading_document()
    assert slow_load.started.wait(timeout=5)

    switcher.apply(Language.ITALIAN)

    assert controller.main_window is not None
    assert controller.main_window.statusBar().currentMessage() == (
        "Caricamento delle tue pratiche\u2026"
    )
    with qtbot.waitSignal(controller.session.load_finished, timeout=10_000):
        slow_load.release()


def test_nothing_is_saved_before_the_load_and_what_was_chosen_meanwhile_is_kept(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    slow_load: SlowLoad,
) -> None:
    DocumentStore(document_path).save(Document(cases=_cases(), email_hint_labels=["Conto 1"]))
    before = document_path.read_bytes()
    controller = _controller(switcher, data_dir, qtbot)
    controller.start_loading_document()
    assert slow_load.started.wait(timeout=5)
    session = controller.session

    # Nothing can replace the file with the empty document of a session not loaded yet.
    assert not session.put(open_case(Job.CUSTOMER_SIGN_IN, "Nuovo", "amazon.it", "", NOW))
    assert not session.save()
    session.set_hint_labels(["Conto 7"])  # an e-mail hint remembered meanwhile
    switcher.apply(Language.ITALIAN)  # and a language chosen
    qtbot.wait(50)
    assert document_path.read_bytes() == before

    with qtbot.waitSignal(session.load_finished, timeout=10_000):
        slow_load.release()
    session.flush()

    saved = DocumentStore(document_path).load().document
    assert len(saved.cases) == CASES
    assert saved.preferences.language is Language.ITALIAN
    assert saved.email_hint_labels == ["Conto 1", "Conto 7"]


def test_quitting_during_the_load_waits_for_it(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    slow_load: SlowLoad,
) -> None:
    DocumentStore(document_path).save(Document(cases=_cases()))
    controller = _controller(switcher, data_dir, qtbot)
    controller.start_loading_document()
    assert slow_load.started.wait(timeout=5)
    threading.Timer(0.2, slow_load.release).start()

    controller.session.flush()  # what quitting does first: the load ends, then the rest

    assert controller.session.loaded and not controller.session.loading
    assert len(controller.session.cases()) == CASES


def test_the_smoke_hook_comes_once_the_cases_are_in_the_window(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    slow_load: SlowLoad,
) -> None:
    rows_seen: list[int] = []

    def report(window: object) -> None:
        assert controller.main_window is not None and window is controller.main_window
        rows_seen.append(controller.main_window.model.rowCount())

    monkeypatch.setattr(smoke_report, "report_when_loaded", report)
    DocumentStore(document_path).save(Document(cases=_cases()))
    controller = _controller(switcher, data_dir, qtbot)
    controller.start_loading_document()
    assert slow_load.started.wait(timeout=5)
    assert rows_seen == []

    with qtbot.waitSignal(controller.session.load_finished, timeout=10_000):
        slow_load.release()

    assert rows_seen == [CASES]
