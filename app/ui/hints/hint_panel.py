"""Show, reveal, save or forget the e-mail hint of one account (wizard pages and main window).

Where the system has no usable keyring, the panel says so in plain text, once per window: the
first panel shown in a window explains it (and keeps explaining it when seen again), the other
panels of that window stay quiet instead of repeating the notice on every name page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.email_address import mask_email
from app.core.labels import label_problem
from app.ui.hints.hint_book import HintBook
from app.ui.kit.theme import Tone, text_style
from app.ui.kit.widgets import FIELD_WIDTH, wrapping_label

# A window property set by the panel that explained why hints are off in that window.
_EXPLAINED = "hintsOffExplained"


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
        self.off = wrapping_label("hintsOff")
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
        layout.addLayout(shown)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._explains is None and not self.book.available():
            window = self.window()
            self._explains = not window.property(_EXPLAINED)
            window.setProperty(_EXPLAINED, True)
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("E-mail of this account:"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.save.setText(self.tr("Remember"))
        self.forget.setText(self.tr("Forget"))
        self.refresh()

    def refresh(self, problem: str = "") -> None:
        """Show the hint of the current account, or why hints are off; `problem` if any."""
        available = self.book.available()
        self.off.setVisible(not available and self._explains is not False)
        self.off.setText(self.book.problem if not available else "")
        for widget in (self.current, self.reveal, self.forget, self.caption, self.email, self.save):
            widget.setVisible(available)
        if not available:
            self.problem.hide()
            return
        label = self.label().strip()
        usable = bool(label) and label_problem(self.label()) is None
        hint = self.book.recall(label) if usable else None
        if hint is None:
            self._revealed = False
            self.current.setText(
                self.tr("No e-mail saved for this account yet.")
                if usable
                else self.tr("Name the account to see or save its e-mail.")
            )
        else:
            shown = hint if self._revealed else mask_email(hint)
            self.current.setText(self.tr("Saved e-mail: {email}").format(email=shown))
        self.reveal.setVisible(hint is not None)
        self.reveal.setText(self.tr("Hide") if self._revealed else self.tr("Show"))
        self.forget.setVisible(hint is not None)
        for widget in (self.email, self.save):
            widget.setEnabled(usable)
        problem = problem or self.book.problem
        self.problem.setVisible(bool(problem))
        self.problem.setText(problem)

    def _toggle_reveal(self) -> None:
        self._revealed = not self._revealed
        self.refresh()

    def _remember(self) -> None:
        saved = self.book.remember(self.label(), self.email.text())
        if saved is None:  # the typed text stays, to be corrected
            self.refresh(self.book.problem)
            return
        self.email.clear()
        self._revealed = False
        self.changed.emit()
        self.refresh()

    def _forget(self) -> None:
        if self.book.forget(self.label().strip()):
            self.changed.emit()
            self.refresh()
        else:
            self.refresh(self.book.problem)
