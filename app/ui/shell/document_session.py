"""The open data file: the one place that loads, changes and saves the user's cases.

Windows and the reminders never change the document themselves: they ask the session
(`put`, `delete`, `replace_cases`, `set_language`, `set_hint_labels`) and listen to
`cases_changed`. Every change is saved at once; when a save fails, the change stays in
memory for this run and `save_failed` carries the message to show (in the user's language).

Every change of a case (`put`, `delete`) is a command on `undo_stack`: undoing it puts the
case back exactly as it was (or removes the one it added) and saves. The reminders' review
(`replace_cases`: expiries and reminders given) is not the user's action and stays outside
the stack; the commands hold one case each, so undoing never takes that review back.
Nothing here is loaded before the first paint: `load()` runs after it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.languages import Language
from app.ui.shell.notices import save_problem

if TYPE_CHECKING:
    from app.core.cases import Case
    from app.core.document import Document
    from app.storage.store import DocumentStore, LoadResult

log = logging.getLogger(__name__)


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


class DocumentSession(QObject):
    cases_changed = Signal()  # the list of cases is not what it was (the load included)
    save_failed = Signal(str)  # what to tell the user; the previous file is untouched

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._store: DocumentStore | None = None
        self.document: Document | None = None  # None until `load()`
        self.undo_stack = QUndoStack(self)  # the user's changes of cases, one case each
        self._saved = True  # whether the last command's save worked

    @property
    def loaded(self) -> bool:
        return self.document is not None

    @property
    def read_only(self) -> bool:
        """True when changes are kept for this run only (a newer or protected file)."""
        return self._store is not None and self._store.read_only

    def load(self) -> LoadResult:
        """The full, validated load; `cases_changed` follows."""
        from app.storage.store import DocumentStore

        self._store = DocumentStore(self.path)
        result = self._store.load()
        log.info("loaded %s: %s %s", self.path, result.status, result.detail)
        self.document = result.document
        self.cases_changed.emit()
        return result

    # -- reading ---------------------------------------------------------------------------

    def cases(self) -> list[Case]:
        return list(self.document.cases) if self.document is not None else []

    def case(self, case_id: str | None) -> Case | None:
        if case_id is None:
            return None
        return next((c for c in self.cases() if c.id == case_id), None)

    # -- changes (each saved at once) -------------------------------------------------------

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
        saved = self.save()
        self.cases_changed.emit()
        return saved

    def set_language(self, language: Language) -> None:
        """Remember the language the user chose, unless the file may not be written."""
        if self.document is None or self.document.preferences.language is language:
            return
        self.document.preferences.language = language
        if self.read_only:
            log.info("language %s not remembered: the data file is read-only", language)
            return
        self.save()

    def hint_labels(self) -> list[str]:
        return list(self.document.email_hint_labels) if self.document is not None else []

    def set_hint_labels(self, labels: list[str]) -> None:
        if self.document is not None:
            self.document.email_hint_labels = labels
            self.save()

    def save(self) -> bool:
        """Write the document; on failure `save_failed` says why, and False is returned."""
        from app.storage.store import StoreError

        if self._store is None or self.document is None:
            return False
        try:
            self._store.save(self.document)
        except StoreError as error:
            log.error("saving %s failed: %s", self.path, error)
            self.save_failed.emit(save_problem(error, self.path))
            return False
        return True
