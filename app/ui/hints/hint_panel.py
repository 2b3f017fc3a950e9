"""Show, reveal, save or forget the e-mail hint of one account (wizard pages and main window).

Where the system has no usable keyring, the panel says so in plain text, once per window: the
first panel shown in a window explains it (and keeps explaining it when seen again), the other
panels of that window stay quiet instead of repeating the notice on every name page. A panel
in use when the keyring fails explains it too, with a way to try again where that may help.

The panel never waits for the keyring: it asks its `HintBook`, which answers later. The hint
of the account is asked for when the name has not changed for a moment (`DEBOUNCE_MS`) or
the name field is left (`label_changed`, `label_done`), not on every key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.email_address import mask_email
from app.core.labels import label_problem
from app.ui.hints.hint_book import HintBook, HintState
from app.ui.kit.theme import Tone, text_style
from app.ui.kit.widgets import FIELD_WIDTH, wrapping_label

# A window property set by the panel that explained why hints are off in that window.
_EXPLAINED = "hintsOffExplained"
DEBOUNCE_MS = 300
"""How long the name must stay unchanged before its hint is read."""


class HintPanel(QWidget):
    changed = Signal()  # a hint was saved or forgotten

    def __init__(
        self, book: HintBook, label: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.label = label
        self._revealed = False
        self._explains: bool | None = None  # None until first shown while hints are off
        self._shown_on = False  # the panel has shown its fields to the user
        self._asked: str | None = None  # the account whose hint this panel waits for
        self._saving: str | None = None  # the account whose hint it is saving
        self._forgetting: str | None = None  # the account whose hint it is forgetting
        self._problem = ""  # what is wrong with the name or address typed
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DEBOUNCE_MS)
        self._pause.timeout.connect(self._ask)
        # A wizard hides and shows its page again on every change of its buttons: whether
        # the panel was really left is looked at once the events of the moment are done.
        self._hidden = QTimer(self)
        self._hidden.setSingleShot(True)
        self._hidden.setInterval(0)
        self._hidden.timeout.connect(self._left_if_hidden)
        self.off = wrapping_label("hintsOff")
        self.retry = QPushButton()
        self.retry.setObjectName("retryHints")
        self.retry.clicked.connect(self._retry)
        self.current = QLabel()
        self.current.setObjectName("hintShown")
        self.reveal = QPushButton()
        self.reveal.setObjectName("revealHint")
        self.reveal.clicked.connect(self._toggle_reveal)
        self.forget = QPushButton()
        self.forget.setObjectName("forgetHint")
        self.forget.clicked.connect(self._forget)
        self.caption = QLabel()
        self.email = QLineEdit()
        self.email.setObjectName("hintEmail")
        self.email.setMaximumWidth(FIELD_WIDTH)
        self.caption.setBuddy(self.email)
        self.save = QPushButton()
        self.save.setObjectName("rememberHint")
        self.save.clicked.connect(self._remember)
        self.problem = wrapping_label("hintProblem")
        self.problem.setStyleSheet(text_style(Tone.DANGER, self.problem))
        retry = QHBoxLayout()
        retry.addWidget(self.retry)
        retry.addStretch(1)
        shown = QHBoxLayout()
        shown.addWidget(self.current)
        shown.addWidget(self.reveal)
        shown.addWidget(self.forget)
        shown.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.caption)
        entry.addWidget(self.email, 1)
        entry.addWidget(self.save)
        entry.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.off)
        layout.addLayout(retry)
        layout.addLayout(shown)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        book.state_changed.connect(self._on_state)
        book.hint_changed.connect(self._on_hint)
        self.retranslate()

    # --- What the page tells it --------------------------------------------------------

    def label_changed(self) -> None:
        """The account's name is being typed: its hint is read once typing pauses."""
        self._pause.start()
        self.refresh()

    def label_done(self) -> None:
        """The name field was left: the hint is read now if it is not known."""
        self._pause.stop()
        self._ask()

    # --- Qt events ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.book.check()
        if self.book.state is HintState.OFF:
            self._decide_explaining()
        self.refresh()
        if not self._pause.isActive():  # not while the name is being typed
            self._ask()

    def hideEvent(self, event: QHideEvent) -> None:
        self._hidden.start()
        super().hideEvent(event)

    def _left_if_hidden(self) -> None:
        if not self.isVisible():
            self._pause.stop()
            self._drop_asked()  # a reading not started yet is withdrawn

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("&E-mail of this account:"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.save.setText(self.tr("&Remember"))
        self.forget.setText(self.tr("F&orget"))
        self.retry.setText(self.tr("&Try again"))
        self.refresh()

    # --- Showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the hint of the current account as known now, or why hints are off.

        Asks nothing of the keyring.
        """
        off = self.book.state is HintState.OFF
        explaining = off and self._explains is not False
        self.off.setVisible(explaining)
        self.off.setText(self.book.off_text() if off else "")
        self.retry.setVisible(explaining and self.book.can_retry)
        for widget in (self.current, self.reveal, self.forget, self.caption, self.email, self.save):
            widget.setVisible(not off)
        if off:
            self.problem.hide()
            return
        if self.isVisible():
            self._shown_on = True
        label = self.label().strip()
        usable = bool(label) and label_problem(self.label()) is None
        known = usable and self.book.known(label)
        hint = self.book.hint(label) if known else None
        busy = usable and self.book.writing(label)
        if hint is None:
            self._revealed = False
        if not usable:
            self.current.setText(self.tr("Name the account to see or save its e-mail."))
        elif not known:
            self.current.setText(self.tr("Looking for the e-mail saved for this account\u2026"))
        elif hint is None:
            self.current.setText(self.tr("No e-mail saved for this account yet."))
        else:
            shown = hint if self._revealed else mask_email(hint)
            self.current.setText(self.tr("Saved e-mail: {email}").format(email=shown))
        self.reveal.setVisible(hint is not None)
        self.reveal.setText(self.tr("Hi&de") if self._revealed else self.tr("&Show"))
        self.forget.setVisible(hint is not None)
        for widget in (self.reveal, self.forget):
            widget.setEnabled(not busy)
        for widget in (self.email, self.save):
            widget.setEnabled(usable and not busy)
        self.problem.setVisible(bool(self._problem))
        self.problem.setText(self._problem)

    def _decide_explaining(self) -> None:
        """Hints are off and this panel is on screen: whether it is the one that says so.

        The first panel of a window to be seen while hints are off explains it; so does a
        panel whose fields the user saw when the keyring failed (the user was using it).
        """
        window = self.window()
        if self._explains is None or (self._shown_on and not self._explains):
            self._explains = self._shown_on or not window.property(_EXPLAINED)
            window.setProperty(_EXPLAINED, True)

    # --- The keyring's answers -----------------------------------------------------------

    def _on_state(self) -> None:
        if self.book.state is HintState.OFF:
            self._asked = None
            self._saving = self._forgetting = None  # the typed address stays, to try again
            if self.isVisible():
                self._decide_explaining()
        self.refresh()
        self._ask()

    def _on_hint(self, key: str) -> None:
        if key == self._asked:
            self._asked = None
        if key == self._saving and not self.book.writing(key):
            self._saving = None
            self.email.clear()
            self._revealed = False
            self.changed.emit()
        if key == self._forgetting and not self.book.writing(key):
            self._forgetting = None
            self.changed.emit()
        if key == self.label().strip():
            self.refresh()

    # --- Asking ------------------------------------------------------------------------

    def _ask(self) -> None:
        """Ask for the current account's hint if it is not known (only while on screen)."""
        key = self.label().strip()
        if self._asked is not None and self._asked != key:
            self._drop_asked()
        if not self.isVisible() or self._asked == key or self.book.known(key):
            return
        if self.book.state is HintState.ON and label_problem(key) is None and key:
            self._asked = key
            self.book.want(key)

    def _drop_asked(self) -> None:
        if self._asked is not None:
            self.book.unwant(self._asked)
            self._asked = None

    def _retry(self) -> None:
        self.book.retry()

    def _toggle_reveal(self) -> None:
        self._revealed = not self._revealed
        self.refresh()

    def _remember(self) -> None:
        problem = self.book.remember(self.label(), self.email.text())
        self._problem = problem or ""
        if problem is None:  # the typed text stays until the keyring has kept it
            self._saving = self.label().strip()
        self.refresh()
        if problem:
            from app.ui.kit.announce import announce

            announce(self.problem, problem)

    def _forget(self) -> None:
        if self.book.forget(self.label()):
            self._forgetting = self.label().strip()
        self.refresh()
