"""Check 2: paste the password to learn what is wrong with it, without it being shown or kept.

The text lives only in the masked field while the page is open. It is never put in the
answers, the settings, the log or the clipboard; leaving the page (either way) or closing the
wizard empties the field and its undo history, and empties the clipboard (and, on X11, the
selection) of what was pasted on the page, whatever the field became after the paste.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QClipboard,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.core.answers import Answers
from app.core.pages import PageId
from app.core.password_check import CharacterClass, Finding, FindingKind, inspect
from app.ui.kit.announce import announce
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable
from app.ui.kit.widgets import field_width, wrapping_label
from app.ui.wizard.content.seller_recovery import PASTED_PASSWORD
from app.ui.wizard.pages.guidance_page import GuidancePage

# {where}: the positions of the characters; {names}: what they are (CHARACTERS below).
FINDINGS = SentenceTable(
    "PastedPassword",
    {
        FindingKind.LEADING_SPACE: QT_TRANSLATE_NOOP(
            "PastedPassword", "It starts with a space or a tab: remove it."
        ),
        FindingKind.TRAILING_SPACE: QT_TRANSLATE_NOOP(
            "PastedPassword", "It ends with a space or a tab: remove it."
        ),
        FindingKind.INNER_SPACE: QT_TRANSLATE_NOOP(
            "PastedPassword", "There is a space inside it (position: {where})."
        ),
        FindingKind.INVISIBLE_CHARACTER: QT_TRANSLATE_NOOP(
            "PastedPassword", "It contains an invisible character: {names} (position: {where})."
        ),
        FindingKind.LINE_BREAK: QT_TRANSLATE_NOOP(
            "PastedPassword", "It contains a line break (position: {where})."
        ),
        FindingKind.LOOKALIKE_LETTER: QT_TRANSLATE_NOOP(
            "PastedPassword",
            "It contains a letter from another alphabet that looks like a Latin one: {names} "
            "(position: {where}).",
        ),
        FindingKind.CAPS_LOCK: QT_TRANSLATE_NOOP(
            "PastedPassword", "All its letters are capitals: is Caps Lock on?"
        ),
        FindingKind.EMPTY: QT_TRANSLATE_NOOP("PastedPassword", "Nothing was pasted."),
    },
)


# What an invisible or look-alike character is, in the user's language (not Unicode's names).
CHARACTERS = SentenceTable(
    "PastedPassword",
    {
        CharacterClass.ZERO_WIDTH_SPACE: QT_TRANSLATE_NOOP("PastedPassword", "zero-width space"),
        CharacterClass.NO_BREAK_SPACE: QT_TRANSLATE_NOOP("PastedPassword", "non-breaking space"),
        CharacterClass.OTHER_SPACE: QT_TRANSLATE_NOOP(
            "PastedPassword", "special space (wider or narrower)"
        ),
        CharacterClass.SOFT_HYPHEN: QT_TRANSLATE_NOOP("PastedPassword", "invisible hyphen"),
        CharacterClass.DIRECTION_MARK: QT_TRANSLATE_NOOP("PastedPassword", "text direction mark"),
        CharacterClass.CONTROL_CHARACTER: QT_TRANSLATE_NOOP("PastedPassword", "control character"),
        CharacterClass.BLANK_FILLER: QT_TRANSLATE_NOOP("PastedPassword", "blank filler"),
        CharacterClass.FORMATTING_CHARACTER: QT_TRANSLATE_NOOP(
            "PastedPassword", "invisible formatting character"
        ),
        CharacterClass.CYRILLIC_LETTER: QT_TRANSLATE_NOOP("PastedPassword", "Cyrillic letter"),
        CharacterClass.GREEK_LETTER: QT_TRANSLATE_NOOP("PastedPassword", "Greek letter"),
        CharacterClass.FULLWIDTH_CHARACTER: QT_TRANSLATE_NOOP(
            "PastedPassword", "full-width letter or digit"
        ),
        CharacterClass.STYLED_CHARACTER: QT_TRANSLATE_NOOP(
            "PastedPassword", "decorative letter or digit (\u201cfancy text\u201d)"
        ),
        CharacterClass.LETTER_LIKE_SYMBOL: QT_TRANSLATE_NOOP(
            "PastedPassword", "symbol drawn like a letter"
        ),
    },
)


def describe(finding: Finding) -> str:
    """One finding in plain words: where, and what (never the password's characters)."""
    where = ", ".join(str(position) for position in finding.positions)
    names = ", ".join(dict.fromkeys(CHARACTERS[kind] for kind in finding.classes))
    return FINDINGS[finding.kind].format(names=names, where=where)


class PasteField(QLineEdit):
    """A line edit that notes what was pasted into it, and from where, so it can be erased.

    A paste is the paste key (Ctrl+V, Shift+Insert...) from the clipboard, or a middle click
    from the X11 selection; the context menu is off on this page. The text is noted as the
    clipboard held it at that moment: the field may differ from it later (a trailing space
    deleted, as the page advises).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pasted: list[tuple[QClipboard.Mode, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and not self.isReadOnly():
            self._note(QClipboard.Mode.Clipboard)
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        clipboard = QGuiApplication.clipboard()
        if event.button() == Qt.MouseButton.MiddleButton and clipboard.supportsSelection():
            self._note(QClipboard.Mode.Selection)
        super().mouseReleaseEvent(event)

    def _note(self, mode: QClipboard.Mode) -> None:
        text = QGuiApplication.clipboard().text(mode)
        if text and (mode, text) not in self._pasted:
            self._pasted.append((mode, text))

    def erase_pasted(self) -> None:
        """Empty the clipboard (or selection) wherever it still holds a text pasted here,
        or the field's own text (pasted some other way).

        A clipboard that now holds something else (copied since) is left alone.
        """
        clipboard = QGuiApplication.clipboard()
        if self.text():
            self._pasted.append((QClipboard.Mode.Clipboard, self.text()))
        for mode, text in self._pasted:
            if clipboard.text(mode) == text:
                clipboard.clear(mode)
        self._pasted.clear()


class PastedPasswordPage(GuidancePage):
    def __init__(self, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(PageId.RECOVERY_PASTED_PASSWORD, PASTED_PASSWORD, answers, parent)
        self.password_caption = QLabel()
        self.password = PasteField()
        self.password.setObjectName("pastedPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.password.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.password.setMaximumWidth(field_width(self.password))
        self.findings = wrapping_label("findings")
        self.promise = wrapping_label("promise")
        self.password_caption.setBuddy(self.password)
        self._words: list[str] = []  # what was found, in plain sentences
        self._tell = QTimer(self)
        self._tell.setSingleShot(True)
        self._tell.setInterval(700)
        self._tell.timeout.connect(self._say_findings)
        self.password.textChanged.connect(self._on_typed)
        form = QFormLayout()
        form.addRow(self.password_caption, self.password)
        self.under_text.add_layout(form)
        self.under_text.add_widget(self.findings)
        self.under_text.add_widget(self.promise)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.password_caption.setText(self.tr("&Paste here:"))
        self.promise.setText(
            paragraphs(
                [
                    self.tr(
                        "What you paste stays on this computer: it is never shown, never "
                        "saved, and it is erased as soon as you leave this page (from the "
                        "clipboard too)."
                    ),
                    self.tr(
                        "A clipboard history keeps its own copy, which this app cannot erase: "
                        "Windows' history (Windows key + V), a clipboard manager, or a phone "
                        "that shares the clipboard. If you use one, delete the password from "
                        "it yourself."
                    ),
                ]
            )
        )
        self._inspect(self.password.text())

    def _on_typed(self, text: str) -> None:
        self._inspect(text)
        self._tell.start()  # said once the paste or the typing pauses

    def _inspect(self, text: str) -> None:
        self._words = []
        if not text:
            self.findings.setText("")
            return
        found = inspect(text)
        if not found:
            self._words = [
                self.tr(
                    "Nothing wrong found: no spaces, invisible characters or look-alike "
                    "letters. If it still fails, the password itself may be wrong."
                )
            ]
            self.findings.setText(paragraphs(self._words))
            return
        self._words = [describe(finding) for finding in found]
        self.findings.setText(bullet_list(self._words))

    def _say_findings(self) -> None:
        """What was found, for a screen reader: in words, never the password's characters."""
        if self._words and self.isVisible():
            announce(self.findings, " ".join(self._words))

    def wipe(self) -> None:
        """Empty the field and its undo history (setText clears the history), and the
        clipboard of what was pasted here, even if the field was edited since."""
        self.password.erase_pasted()
        self.password.setText("")
        self.password.setModified(False)
        self.findings.setText("")
        self._words = []
        self._tell.stop()

    def initializePage(self) -> None:
        super().initializePage()
        self.wipe()

    def cleanupPage(self) -> None:
        self.wipe()
        super().cleanupPage()

    def validatePage(self) -> bool:
        self.wipe()  # going on: nothing of it stays behind
        return super().validatePage()

    def hideEvent(self, event: QHideEvent) -> None:
        self.wipe()  # the wizard closed or moved on
        super().hideEvent(event)
