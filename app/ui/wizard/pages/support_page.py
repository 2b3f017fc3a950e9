"""Still stuck: a message for Seller Support that lists what was tried, ready to copy."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.core.answers import Answers
from app.core.languages import Language
from app.core.pages import PageId
from app.core.support_message import compose, unfilled_placeholders
from app.ui.kit.accessible import tie_to_question
from app.ui.kit.announce import announce
from app.ui.kit.theme import Tone, text_style
from app.ui.kit.widgets import wrapping_label
from app.ui.wizard.content.seller_recovery import SUPPORT
from app.ui.wizard.pages.guidance_page import GuidancePage
from app.ui.wizard.pages.keep_case_box import KeepCaseBox


class SupportPage(GuidancePage):
    def __init__(self, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(PageId.RECOVERY_SUPPORT, SUPPORT, answers, parent)
        self._composed = ""
        self._language: Language | None = None  # the language the message is written in
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
        # With no identity document sent there is nothing for the reminders: the user may still
        # want the case in the list, to follow up with Seller Support.
        self.keep_case = KeepCaseBox(answers)
        self.under_question.add_widget(self.keep_case)
        self._give_the_free_room_to_the_message()
        self.retranslate()

    def _give_the_free_room_to_the_message(self) -> None:
        """The message takes the page's free height: the closing stretch gives up its share."""
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        message_at = layout.indexOf(self.message)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if index != message_at and item is not None and item.spacerItem() is not None:
                layout.setStretch(index, 0)

    def retranslate(self) -> None:
        super().retranslate()
        self.language_caption.setText(self.tr("Language of the message:"))
        tie_to_question(self.language_caption.text(), self.language_buttons.values())
        self.copy.setText(self.tr("&Copy the message"))
        self.message.setAccessibleName(self.tr("Message for Seller Support"))
        self.message.setAccessibleDescription(
            self.tr("Fill in the parts in square brackets, then copy the message.")
        )
        self.keep_case.retranslate()

    def initializePage(self) -> None:
        super().initializePage()
        chosen = self.answers.support_message_language
        language = Language(chosen) if chosen else self._interface_language()
        self._show_language(language)
        self._write(language)
        self.keep_case.setVisible(self.answers.id_document_sent_on is None)

    def _interface_language(self) -> Language:
        italian = QLocale().language() == QLocale.Language.Italian
        return Language.ITALIAN if italian else Language.ENGLISH

    def _show_language(self, language: Language) -> None:
        blocked = self.languages.blockSignals(True)
        self.language_buttons[language].setChecked(True)
        self.languages.blockSignals(blocked)

    def _on_language_number(self, number: int, on: bool) -> None:
        language = list(Language.__members__.values())[number]
        if not on or language is self._language:
            return
        if self.message.toPlainText() != self._composed and not self._may_rewrite(language):
            if self._language is not None:
                self._show_language(self._language)  # the text is still in that language
            return
        self.answers.support_message_language = language.value
        self._write(language)

    def _may_rewrite(self, language: Language) -> bool:
        """Ask before the user's own changes to the message are replaced; default: keep them."""
        box = QMessageBox(self)
        box.setObjectName("rewriteMessage")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Write the message again?"))
        if language is Language.ITALIAN:
            question = self.tr(
                "You have changed the message. Write it again in Italian? Your changes will be "
                "lost."
            )
        else:
            question = self.tr(
                "You have changed the message. Write it again in English? Your changes will be "
                "lost."
            )
        box.setText(question)
        rewrite = box.addButton(self.tr("&Write it again"), QMessageBox.ButtonRole.AcceptRole)
        rewrite.setObjectName("rewrite")
        keep = box.addButton(self.tr("&Keep my text"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepText")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return chosen is rewrite

    def _write(self, language: Language) -> None:
        """Write the message in `language`, from what the user did and told."""
        self._language = language
        self._composed = compose(language, self.answers, self.store.domain)
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
            announce(self.status, self.status.text())
            return
        QGuiApplication.clipboard().setText(text)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Copied. Paste it into your message to Seller Support."))
        announce(self.status, self.status.text())
