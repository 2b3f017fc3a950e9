"""E-mail hints as the windows use them: the keyring for the e-mails, the document for the names.

Every keyring problem becomes a translated sentence; nothing about it reaches the user as an
error, and nothing is ever written anywhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable

if TYPE_CHECKING:
    from app.storage.email_hints import EmailHints, UnavailableReason

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


class HintBook:
    """The app's e-mail hints: `labels` and `set_labels` keep the names in the document."""

    def __init__(
        self,
        labels: Callable[[], list[str]],
        set_labels: Callable[[list[str]], None],
        hints: EmailHints | None = None,
    ) -> None:
        self._labels = labels
        self._set_labels = set_labels
        self._hints = hints
        self.problem: str = ""  # the last reason hints did not work, translated

    @property
    def hints(self) -> EmailHints:
        if self._hints is None:
            from app.storage.email_hints import EmailHints

            self._hints = EmailHints()
        return self._hints

    def available(self) -> bool:
        if self.hints.available():
            self.problem = ""
            return True
        self.problem = unavailable_text(self.hints.unavailable_reason)
        return False

    def labels(self) -> list[str]:
        return sorted(self._labels(), key=str.casefold)

    def recall(self, label: str) -> str | None:
        from app.storage.email_hints import EmailHintsUnavailable

        try:
            return self.hints.recall(label)
        except EmailHintsUnavailable as error:
            self.problem = unavailable_text(error.reason)
            return None

    def remember(self, label: str, email: str) -> str | None:
        """The saved (normalised) e-mail, or None with `problem` saying why not."""
        from app.storage.email_hints import EmailHintsUnavailable, InvalidEmail

        try:
            saved = self.hints.remember(label, email)
        except InvalidEmail:
            self.problem = invalid_email_text()
            return None
        except EmailHintsUnavailable as error:
            self.problem = unavailable_text(error.reason)
            return None
        except ValueError:
            self.problem = QCoreApplication.translate("Hints", "Give the account a name first.")
            return None
        names = [name for name in self._labels() if name != label.strip()]
        self._set_labels([*names, label.strip()])
        self.problem = ""
        return saved

    def forget(self, label: str) -> bool:
        from app.storage.email_hints import EmailHintsUnavailable

        try:
            self.hints.forget(label)
        except EmailHintsUnavailable as error:
            self.problem = unavailable_text(error.reason)
            return False
        self._set_labels([name for name in self._labels() if name != label])
        return True
