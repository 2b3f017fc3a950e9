"""E-mail hints as the windows use them: the keyring for the e-mails, the document for the names.

Every keyring problem becomes a translated sentence; nothing about it reaches the user as an
error, and nothing is ever written anywhere else.

The keyring is never called on the GUI thread (`keyring_worker`). Whether it can be used is
asked once per session, when a hint is first about to be shown, and again only when the
user asks for it after a failure (`retry`); a hint is read when a window asks for it
(`want`), once, and kept for the session; nothing is written but what the user remembers
or forgets. The answers come back as signals: `state_changed`, `hint_changed`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum, auto
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable

if TYPE_CHECKING:
    from app.storage.email_hints import EmailHints, UnavailableReason
    from app.ui.hints.keyring_worker import Answer, Job

log = logging.getLogger(__name__)


@cache
def unavailable_reasons() -> SentenceTable[UnavailableReason]:
    """Why the keyring cannot be used, one sentence per reason.

    Built when first asked for, like every use of app.storage.email_hints here: this module
    is imported while the app starts, the keyring side only when a hint is needed.
    """
    from app.storage.email_hints import UnavailableReason

    return SentenceTable(
        "Hints",
        {
            UnavailableReason.NO_BACKEND: QT_TRANSLATE_NOOP(
                "Hints", "This system has no keyring (password store) the app can use."
            ),
            UnavailableReason.LOCKED: QT_TRANSLATE_NOOP(
                "Hints", "The system's keyring is locked: unlock it and try again."
            ),
            UnavailableReason.REFUSED: QT_TRANSLATE_NOOP(
                "Hints", "The system's keyring refused access to the app."
            ),
            UnavailableReason.NO_SESSION_BUS: QT_TRANSLATE_NOOP(
                "Hints", "The keyring service cannot be reached in this session."
            ),
            UnavailableReason.DISMISSED: QT_TRANSLATE_NOOP(
                "Hints", "The request to open the keyring was dismissed."
            ),
            UnavailableReason.BAD_SETTING: QT_TRANSLATE_NOOP(
                "Hints",
                "The keyring settings (the PYTHON_KEYRING_BACKEND variable or the "
                "keyringrc.cfg file) name a keyring that cannot be used: correct or remove "
                "that setting.",
            ),
            UnavailableReason.UNKNOWN: QT_TRANSLATE_NOOP(
                "Hints", "The system's keyring did not answer."
            ),
        },
    )


def unavailable_text(reason: UnavailableReason | None) -> str:
    """Why e-mail hints are off on this system, in the user's language."""
    from app.storage.email_hints import UnavailableReason

    reason_text = unavailable_reasons()[UnavailableReason.UNKNOWN if reason is None else reason]
    return QCoreApplication.translate(
        "Hints",
        "E-mail hints are off on this system. {reason} Everything else works as usual; "
        "nothing is ever saved outside the keyring.",
    ).format(reason=reason_text)


def invalid_email_text() -> str:
    return QCoreApplication.translate(
        "Hints",
        "This does not look like an e-mail address: please check it (for example "
        "name@example.com).",
    )


class HintState(Enum):
    UNKNOWN = auto()  # not asked yet in this session
    CHECKING = auto()  # the keyring is being asked whether it can be read
    ON = auto()
    OFF = auto()  # `HintBook.reason` says why


@cache
def _retryable() -> frozenset[UnavailableReason]:
    """The reasons that may pass while the app runs: trying again is offered for them."""
    from app.storage.email_hints import UnavailableReason as Reason

    return frozenset({Reason.LOCKED, Reason.DISMISSED, Reason.REFUSED, Reason.UNKNOWN})


class _Read:
    """A hint being read: the keyring call, and how many windows wait for it."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.waiting = 1


class HintBook(QObject):
    """The app's e-mail hints: `labels` and `set_labels` keep the names in the document."""

    state_changed = Signal()  # whether hints can be used became known, or changed
    hint_changed = Signal(str)  # the hint of this account became known, or was saved

    def __init__(
        self,
        labels: Callable[[], list[str]],
        set_labels: Callable[[list[str]], None],
        hints: EmailHints | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._set_labels = set_labels
        self._hints = hints
        self.state = HintState.UNKNOWN
        self.reason: UnavailableReason | None = None  # why hints are off
        self._known: dict[str, str | None] = {}  # the hints read or saved this session
        self._reads: dict[str, _Read] = {}
        self._writing: set[str] = set()

    @property
    def hints(self) -> EmailHints:
        if self._hints is None:
            from app.storage.email_hints import EmailHints

            self._hints = EmailHints()
        return self._hints

    # --- Whether hints can be used ---------------------------------------------------

    def check(self) -> None:
        """Find out, once per session, whether the keyring can be used (answered later,
        through `state_changed`, unless it is known at once that it cannot)."""
        if self.state is HintState.UNKNOWN:
            self._probe()

    def retry(self) -> None:
        """The user asks to try the keyring again after it failed."""
        if self.state is HintState.OFF:
            self._known.clear()
            self._probe()

    @property
    def can_retry(self) -> bool:
        return self.state is HintState.OFF and self.reason in _retryable()

    def off_text(self) -> str:
        """Why hints are off, in the user's language (asked again after a language switch)."""
        return unavailable_text(self.reason)

    def _probe(self) -> None:
        reason = self.hints.known_unavailable()
        if reason is not None:
            self._turn_off(reason)
            return
        hints = self.hints
        self._set_state(HintState.CHECKING)
        _submit(lambda: (hints.readable(), hints.unavailable_reason), self._probed)

    def _probed(self, result: Any, error: BaseException | None) -> None:
        from app.storage.email_hints import UnavailableReason

        if error is not None or not isinstance(result, tuple):
            self._turn_off(UnavailableReason.UNKNOWN)
        elif result[0]:
            self._set_state(HintState.ON)
        else:
            self._turn_off(result[1] or UnavailableReason.UNKNOWN)

    def _set_state(self, state: HintState) -> None:
        self.state = state
        if state is not HintState.OFF:
            self.reason = None
        self.state_changed.emit()

    def _turn_off(self, reason: UnavailableReason) -> None:
        for read in self._reads.values():
            read.job.cancel()
        self._reads.clear()
        self.reason = reason
        self._set_state(HintState.OFF)

    def _failed(self, error: BaseException) -> None:
        """A keyring call failed: hints are off until the user tries again."""
        from app.storage.email_hints import EmailHintsUnavailable, UnavailableReason

        if isinstance(error, EmailHintsUnavailable):
            self._turn_off(error.reason)
        else:
            log.warning("A keyring call failed: %s", type(error).__qualname__)
            self._turn_off(UnavailableReason.UNKNOWN)

    # --- Reading -----------------------------------------------------------------------

    def labels(self) -> list[str]:
        return sorted(self._labels(), key=str.casefold)

    def known(self, label: str) -> bool:
        """Whether the hint of `label` (or that it has none) is known without the keyring."""
        return label.strip() in self._known

    def hint(self, label: str) -> str | None:
        """The hint of `label` as known in this session (None: none, or not known yet)."""
        return self._known.get(label.strip())

    def want(self, label: str) -> None:
        """Read the hint of `label` unless it is known or being read; `hint_changed` says
        when it is known. Each `want` is matched by an `unwant` if no longer needed."""
        key = label.strip()
        if self.state is not HintState.ON or key in self._known or not usable_label(key):
            return
        read = self._reads.get(key)
        if read is not None:
            read.waiting += 1
            return
        hints = self.hints
        job = _submit(lambda: hints.recall(key), partial(self._read, key))
        self._reads[key] = _Read(job)

    def unwant(self, label: str) -> None:
        """`label`'s hint is no longer needed: its reading is dropped if nobody else waits
        for it and it has not started."""
        key = label.strip()
        read = self._reads.get(key)
        if read is None:
            return
        read.waiting -= 1
        if read.waiting <= 0 and read.job.cancel():
            del self._reads[key]

    def _read(self, key: str, result: Any, error: BaseException | None) -> None:
        self._reads.pop(key, None)
        if self.state is not HintState.ON:
            return  # an answer from before hints went off
        if error is not None:
            self._failed(error)
            return
        self._known[key] = result if isinstance(result, str) and result else None
        self.hint_changed.emit(key)

    # --- Writing, when the user asks -----------------------------------------------------

    def writing(self, label: str) -> bool:
        """Whether the hint of `label` is being saved or forgotten."""
        return label.strip() in self._writing

    def remember(self, label: str, email: str) -> str | None:
        """Start keeping `email` as the hint of `label`; `hint_changed` says when it is kept.

        Returns what is wrong with the name or the address, translated, if anything (then
        nothing is written); None once the keyring is asked.
        """
        from app.storage.email_hints import InvalidEmail, checked_hint

        try:
            key, _address = checked_hint(label, email)
        except InvalidEmail:
            return invalid_email_text()
        except ValueError:
            return QCoreApplication.translate("Hints", "Give the account a name first.")
        hints = self.hints
        self._writing.add(key)
        _submit(lambda: hints.remember(key, email), partial(self._remembered, key))
        return None

    def forget(self, label: str) -> bool:
        """Start forgetting the hint of `label`; whether the keyring is asked."""
        key = label.strip()
        if not usable_label(key):
            return False
        hints = self.hints
        self._writing.add(key)
        _submit(lambda: hints.forget(key), partial(self._forgotten, key))
        return True

    def _remembered(self, key: str, result: Any, error: BaseException | None) -> None:
        self._writing.discard(key)
        if error is not None:
            self._failed(error)
            return
        self._known[key] = str(result)
        self._set_labels([*(name for name in self._labels() if name != key), key])
        self.hint_changed.emit(key)

    def _forgotten(self, key: str, _result: Any, error: BaseException | None) -> None:
        self._writing.discard(key)
        if error is not None:
            self._failed(error)
            return
        self._known[key] = None
        self._set_labels([name for name in self._labels() if name != key])
        self.hint_changed.emit(key)


def _submit(call: Callable[[], Any], answer: Answer) -> Job:
    """Hand a keyring call to the keyring thread (imported when first needed: the app
    imports this module while it starts)."""
    from app.ui.hints import keyring_worker

    return keyring_worker.submit(call, answer)


def usable_label(key: str) -> bool:
    """Whether `key` (a label without surrounding spaces) can name a hint."""
    from app.core.labels import label_problem
    from app.core.limits import MAX_LABEL_LENGTH

    return bool(key) and len(key) <= MAX_LABEL_LENGTH and label_problem(key) is None
