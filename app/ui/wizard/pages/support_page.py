"""Still stuck: a message for Seller Support that lists what was tried, ready to copy."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.core.answers import Answers
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import checks_tried
from app.core.support_message import compose, unfilled_placeholders
from app.ui.kit.theme import Tone, text_style
from app.ui.kit.widgets import wrapping_label
from app.ui.wizard.content.seller_recovery import SUPPORT
from app.ui.wizard.pages.guidance_page import GuidancePage


class SupportPage(GuidancePage):
    def __init__(self, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(PageId.RECOVERY_SUPPORT, SUPPORT, answers, parent)
        self._composed = ""
        self.language_caption = QLabel()
        self.language_buttons: dict[Language, QRadioButton] = {}
        self.message = QPlainTextEdit()
        self.message.setObjectName("supportMessage")
        self.message.setTabChangesFocus(True)
        self.copy = QPushButton()
        self.copy.setObjectName("copyMessage")
        self.status = wrapping_label("copyStatus")
        self.languages = QButtonGroup(self)  # slots must not be lambdas holding widgets
        self.languages.idToggled.connect(self._on_language_number)
        row = QHBoxLayout()
        row.addWidget(self.language_caption)
        for number, language in enumerate(Language.__members__.values()):
            button = QRadioButton(language.native_name)
            button.setObjectName(f"messageLanguage:{language.value}")
            self.languages.addButton(button, number)
            self.language_buttons[language] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.copy)
        self.copy.clicked.connect(self._copy)
        self.above_question.add_layout(row)
        self.above_question.add_widget(self.message, 1)
        self.above_question.add_widget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.language_caption.setText(self.tr("Language of the message:"))
        self.copy.setText(self.tr("Copy the message"))

    def initializePage(self) -> None:
        super().initializePage()
        chosen = self.answers.support_message_language
        language = Language(chosen) if chosen else self._interface_language()
        self.language_buttons[language].setChecked(True)
        self._compose(language, force=True)

    def _interface_language(self) -> Language:
        italian = QLocale().language() == QLocale.Language.Italian
        return Language.ITALIAN if italian else Language.ENGLISH

    def _on_language_number(self, number: int, on: bool) -> None:
        self._on_language(list(Language.__members__.values())[number], on)

    def _on_language(self, language: Language, on: bool) -> None:
        if on:
            self.answers.support_message_language = language.value
            self._compose(language, force=False)

    def _compose(self, language: Language, force: bool) -> None:
        """Write the message in `language`, unless the user already edited it."""
        if not force and self.message.toPlainText() != self._composed:
            return
        self._composed = compose(language, checks_tried(self.answers), self.store.domain)
        self.message.setPlainText(self._composed)
        self.status.setText("")

    def _copy(self) -> None:
        text = self.message.toPlainText()
        missing = unfilled_placeholders(text)
        if missing:
            self.status.setText(
                self.tr("Fill in these parts first: {parts}").format(parts=", ".join(missing))
            )
            self.status.setStyleSheet(text_style(Tone.DANGER, self.status))
            return
        QGuiApplication.clipboard().setText(text)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Copied. Paste it into your message to Seller Support."))
