"""The open data file: the one place that loads, changes and saves the user's cases.

Windows and the reminders never change the document themselves: they ask the session
(`put`, `delete`, `replace_cases`, `set_language`, `set_hint_labels`) and listen to
`cases_changed`. A change of a case is saved at once; when a save fails, the change stays in
memory for this run and `save_failed` carries the message to show (in the user's language).

Every change of a case (`put`, `delete`) is a command on `undo_stack`: undoing it puts the
case back exactly as it was (or removes the one it added) and saves. The reminders' review
(`replace_cases`: expiries and reminders given) is not the user's action and stays outside
the stack; the commands hold one case each, so undoing never takes that review back.

Nothing here is loaded before the first paint. The app loads in a worker thread
(`load_in_background`; `load_finished` follows on the GUI thread), so that a file of many
cases never stops the window from painting; until then the session has no document and
refuses every change and every save, so an empty document never replaces the file.

The language is written a moment after its last change (`SAVE_DELAY_MS`), by a worker
thread from a copy of the document, so that switching the language never waits for the
whole file to be written. `flush()` (at quit and
when the session manager asks the app to save) writes whatever is still waiting, and every
save of a case writes them too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.languages import Language
from app.ui.shell.notices import save_problem

if TYPE_CHECKING:
    from app.core.cases import Case
    from app.core.document import Document
    from app.storage.store import DocumentStore, LoadResult, StoreError

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500
"""How long after its last change a preference is written (a burst of changes: one save)."""


class _CaseCommand(QUndoCommand):
    """One case as it was (`before`) and as it is after the change (`after`; None: gone)."""

    def __init__(
        self,
        session: DocumentSession,
        case_id: str,
        before: Case | None,
        after: Case | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._case_id = case_id
        self._before = before
        self._after = after
        self._index = next(
            (n for n, c in enumerate(session.cases()) if c.id == case_id), len(session.cases())
        )

    def redo(self) -> None:
        self._session._set_case(self._case_id, self._after, self._index)

    def undo(self) -> None:
        self._session._set_case(self._case_id, self._before, self._index)


class _Load:
    """A load in the worker thread: its store, then its result (or the bug it met)."""

    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self.result: LoadResult | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = self.store.load()
        except BaseException as error:  # a bug: raised again on the GUI thread
            self.error = error.with_traceback(None)
        self.done.set()


class DocumentSession(QObject):
    cases_changed = Signal()  # the list of cases is not what it was (the load included)
    save_failed = Signal(str)  # what to tell the user; the previous file is untouched
    load_finished = Signal(object)  # the LoadResult of `load_in_background`, once taken in
    # From the worker threads to the GUI thread (queued: emitted in another thread).
    _loaded_in_worker = Signal()
    _failed_in_worker = Signal(object)  # the StoreError

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._store: DocumentStore | None = None
        self.document: Document | None = None  # None until the load is taken in
        self.undo_stack = QUndoStack(self)  # the user's changes of cases, one case each
        self._saved = True  # whether the last command's save worked
        # Worker threads: Python's own, so that no Qt object of theirs is ever destroyed
        # with the session (by the garbage collector, at any moment) while one runs.
        self._threads: list[threading.Thread] = []
        self._loading: _Load | None = None
        self._loaded_in_worker.connect(self._take_load)
        self._failed_in_worker.connect(self._tell_save_failed)
        self._pending_hint_labels: list[str] | None = None  # given before the load
        # Saves, from the GUI thread and from the worker, one at a time and newest last:
        # `_changes` counts the changes made, `_written` the changes the file holds.
        self._write_lock = threading.Lock()
        self._changes = 0
        self._written = 0
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_in_background)

    @property
    def loaded(self) -> bool:
        return self.document is not None

    @property
    def loading(self) -> bool:
        """True between `load_in_background` and the moment its result is taken in."""
        return self._loading is not None

    @property
    def read_only(self) -> bool:
        """True when changes are kept for this run only (a newer or protected file)."""
        return self._store is not None and self._store.read_only

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> LoadResult:
        """The full, validated load, at once; `cases_changed` follows."""
        from app.storage.store import DocumentStore

        store = DocumentStore(self.path)
        result = store.load()
        self._take_in(store, result)
        return result

    def load_in_background(self) -> None:
        """Start the full load in the worker thread; `cases_changed` and `load_finished`
        follow on the GUI thread. Meanwhile the window keeps painting and answering."""
        from app.storage.store import DocumentStore

        if self._loading is not None or self.loaded:
            return
        load = self._loading = _Load(DocumentStore(self.path))
        self._start(lambda: self._load(load), "load")

    def _load(self, load: _Load) -> None:
        """Run in the worker thread."""
        load.run()
        self._loaded_in_worker.emit()

    def finish_loading(self) -> None:
        """Wait for a load running in the background and take its result in now (quitting,
        or something that cannot wait, such as keeping the wizard's progress)."""
        if self._loading is not None:
            self._join()
            self._take_load()

    def _take_load(self) -> None:
        load = self._loading
        if load is None or not load.done.is_set():
            return  # already taken in (by `finish_loading`), or not done yet
        self._loading = None
        if load.error is not None or load.result is None:
            raise load.error or RuntimeError("the load gave nothing back")
        self._take_in(load.store, load.result)
        self.load_finished.emit(load.result)

    def _take_in(self, store: DocumentStore, result: LoadResult) -> None:
        log.info("loaded %s: %s %s", self.path, result.status, result.detail)
        self._store = store
        self.document = result.document
        if self._pending_hint_labels:  # remembered while the file was still loading
            labels, self._pending_hint_labels = self._pending_hint_labels, None
            saved = self.document.email_hint_labels
            self.set_hint_labels([*saved, *(name for name in labels if name not in saved)])
        self.cases_changed.emit()

    # -- reading ---------------------------------------------------------------------------

    def cases(self) -> list[Case]:
        return list(self.document.cases) if self.document is not None else []

    def case(self, case_id: str | None) -> Case | None:
        if case_id is None or self.document is None:
            return None
        return next((c for c in self.document.cases if c.id == case_id), None)

    # -- changes of cases (each saved at once) ---------------------------------------------

    def put(self, case: Case, text: str = "") -> bool:
        """Keep `case`, replacing the one with its id or adding it; undoable as `text`."""
        return self._push(case.id, case, text)

    def delete(self, case_id: str, text: str = "") -> bool:
        return self._push(case_id, None, text)

    def _push(self, case_id: str, after: Case | None, text: str) -> bool:
        if self.document is None:
            return False
        before = self.case(case_id)
        if before is None and after is None:
            return True
        self._saved = True
        self.undo_stack.push(_CaseCommand(self, case_id, before, after, text))
        return self._saved

    def _set_case(self, case_id: str, case: Case | None, index: int) -> None:
        """The commands' one way in: `case` in place of the one with `case_id`, and save."""
        cases = self.cases()
        at = next((n for n, c in enumerate(cases) if c.id == case_id), None)
        if at is not None:
            del cases[at]
        if case is not None:
            cases.insert(min(index if at is None else at, len(cases)), case)
        self._saved = self.replace_cases(cases)

    def replace_cases(self, cases: list[Case]) -> bool:
        """The whole list at once (the reminders' review: expiries and reminders given).

        Not undoable: the user did not do it (see the module's docstring).
        """
        if self.document is None:
            return False
        self.document.cases = cases
        self._changes += 1
        saved = self.save()
        self.cases_changed.emit()
        return saved

    # -- preferences ------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        """Remember the language the user chose, unless the file may not be written."""
        if self.document is None or self.document.preferences.language is language:
            return
        self.document.preferences.language = language
        if self.read_only:
            log.info("language %s not remembered: the data file is read-only", language)
            return
        self._save_soon()

    def hint_labels(self) -> list[str]:
        return list(self.document.email_hint_labels) if self.document is not None else []

    def set_hint_labels(self, labels: list[str]) -> None:
        """The names of the accounts with an e-mail hint, saved at once (the user pressed
        Remember or Forget). Given before the load, they are added to the saved ones once
        it is done (nothing saved could be shown before)."""
        if self.document is None:
            self._pending_hint_labels = list(labels)
            return
        self.document.email_hint_labels = labels
        self._changes += 1
        self.save()

    def _save_soon(self) -> None:
        self._changes += 1
        self._save_timer.start()  # again: a burst of changes is one save

    def _save_in_background(self) -> None:
        """Hand a copy of the document to the worker thread, which writes it."""
        if self._store is None or self.document is None:
            return
        document = self.document
        copy = document.model_copy(
            update={
                "preferences": document.preferences.model_copy(),
                "email_hint_labels": list(document.email_hint_labels),
                "cases": list(document.cases),  # frozen: the same cases, safely shared
            }
        )
        store, changes = self._store, self._changes
        self._start(lambda: self._write(store, copy, changes), "save")

    def _write(self, store: DocumentStore, document: Document, changes: int) -> None:
        """Run in the worker thread: write `document` unless the file already holds newer."""
        from app.storage.store import StoreError

        with self._write_lock:
            if changes <= self._written:
                return
            try:
                store.save(document)
            except StoreError as error:
                self._failed_in_worker.emit(error.with_traceback(None))
                return
            self._written = changes

    def _start(self, work: Callable[[], None], name: str) -> None:
        self._threads = [thread for thread in self._threads if thread.is_alive()]
        thread = threading.Thread(target=work, name=f"document {name}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _join(self) -> None:
        """Wait for the worker threads started so far."""
        while self._threads:
            self._threads.pop(0).join()

    def flush(self) -> None:
        """Write now whatever is waiting to be, and wait for the worker's writes: at quit,
        and when the session manager asks (a logout may end the app without a quit)."""
        self._flush(tell=True)

    def flush_quietly(self) -> None:
        """`flush`, a failure only logged: for when no window is left to say it in."""
        self._flush(tell=False)

    def _flush(self, *, tell: bool) -> None:
        self.finish_loading()
        waiting = self._save_timer.isActive()
        self._save_timer.stop()
        self._join()  # a write already handed over ends first
        if waiting:
            problem = self._write_now()
            if problem and tell:
                self.save_failed.emit(problem)

    # -- writing ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the document now; on failure `save_failed` says why, and False is returned."""
        if self._store is None or self.document is None:
            return False
        problem = self._write_now()
        if problem:
            self.save_failed.emit(problem)  # told with the lock released
            return False
        return True

    def _write_now(self) -> str:
        """Write the document on this thread; what to tell the user if that failed."""
        from app.storage.store import StoreError

        if self._store is None or self.document is None:
            return ""
        self._save_timer.stop()  # what it would have written is written now
        with self._write_lock:  # after a write the worker is doing, never before it
            changes = self._changes
            try:
                self._store.save(self.document)
            except StoreError as error:
                # Only the text is kept: the error's traceback holds this frame, and the
                # session would live on in that cycle.
                return self._problem(error)
            self._written = max(self._written, changes)
        return ""

    def _problem(self, error: StoreError) -> str:
        log.error("saving %s failed: %s", self.path, error)
        return save_problem(error, self.path)

    def _tell_save_failed(self, error: StoreError) -> None:
        """A save of the worker thread failed: said on the GUI thread."""
        self.save_failed.emit(self._problem(error))
