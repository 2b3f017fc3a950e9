""" "Is this really Amazon?": check a pasted link or e-mail sender, and say what to do.

Nothing is opened, fetched or sent: the text is only read, here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.links import Reason, check_pasted
from app.core.stores import AmazonStore
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.kit.theme import Tone, colour
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable
from app.ui.kit.widgets import link_button, wrapping_label

REASONS = SentenceTable(
    "Checker",
    {
        Reason.GENUINE_AMAZON: QT_TRANSLATE_NOOP(
            "Checker", "The link leads, over a secure connection, to an Amazon address."
        ),
        Reason.SENDER_GENUINE: QT_TRANSLATE_NOOP(
            "Checker", "The address it comes from belongs to Amazon."
        ),
        Reason.NOT_A_LINK: QT_TRANSLATE_NOOP("Checker", "This cannot be read as a link."),
        Reason.NOT_HTTPS: QT_TRANSLATE_NOOP(
            "Checker", "It is not a secure (https) web address: Amazon's links always are."
        ),
        Reason.IP_ADDRESS: QT_TRANSLATE_NOOP(
            "Checker", "It leads to a numeric address instead of a name: Amazon never does that."
        ),
        Reason.CREDENTIALS: QT_TRANSLATE_NOOP(
            "Checker",
            "It hides the real destination behind an \u201c@\u201d: the page is not the one "
            "the link seems to name.",
        ),
        Reason.LOOKALIKE: QT_TRANSLATE_NOOP(
            "Checker",
            "It imitates an Amazon address with a similar-looking name, but it is someone "
            "else's site.",
        ),
        Reason.NOT_AMAZON: QT_TRANSLATE_NOOP("Checker", "It leads to a site that is not Amazon."),
        Reason.AMBIGUOUS: QT_TRANSLATE_NOOP(
            "Checker",
            "It can be read in more than one way, and not every reading leads to Amazon.",
        ),
        Reason.EMPTY: QT_TRANSLATE_NOOP("Checker", "Paste a link or an e-mail sender first."),
        Reason.SENDER_NOT_AMAZON: QT_TRANSLATE_NOOP(
            "Checker", "The address it comes from is not Amazon's."
        ),
        Reason.SENDER_LOOKALIKE: QT_TRANSLATE_NOOP(
            "Checker", "The sender imitates an Amazon address, but it is not Amazon's."
        ),
        Reason.SENDER_MALFORMED: QT_TRANSLATE_NOOP(
            "Checker", "This cannot be read as one e-mail address."
        ),
        Reason.DISPLAY_NAME_TRICK: QT_TRANSLATE_NOOP(
            "Checker",
            "The name shown says Amazon, but the real address behind it is not Amazon's.",
        ),
    },
)


def reason_text(reason: Reason) -> str:
    """Why, in plain words."""
    return REASONS[reason]


UNSURE_REASONS = frozenset({Reason.AMBIGUOUS, Reason.NOT_A_LINK, Reason.SENDER_MALFORMED})


class CheckerDialog(QDialog):
    """`store` is the user's Amazon store: Amazon's own advice on fake messages opens there."""

    def __init__(self, store: AmazonStore, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("checkerDialog")
        self.store = store
        self.intro = wrapping_label("intro")
        self.suspect = QLineEdit()
        self.suspect.setObjectName("suspect")
        self.suspect.setClearButtonEnabled(True)
        self.suspect.returnPressed.connect(self.check)
        self.check_button = QPushButton()
        self.check_button.setObjectName("check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.verdict = wrapping_label("verdict")
        self.reason = wrapping_label("reason")
        self.advice = wrapping_label("advice")
        row = QHBoxLayout()
        row.addWidget(self.suspect, 1)
        row.addWidget(self.check_button)
        self.help_button = link_button("link:customer_phishing_help", self.help_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.help_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reason)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self._last_reason: Reason | None = None
        self._last_genuine = False
        self.retranslate()
        if text:
            self.suspect.setText(text)
            self.check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Is this really Amazon?"))
        self.intro.setText(
            paragraphs(
                [
                    self.tr(
                        "Paste a link from a message, or the sender of an e-mail (for example "
                        "Amazon <conferma@amazon.it>). Nothing is opened or sent: I only read it."
                    )
                ]
            )
        )
        self.suspect.setPlaceholderText(self.tr("A link or an e-mail sender"))
        self.check_button.setText(self.tr("Check"))
        self.help_button.setText(self.tr("Amazon's advice on fake messages"))
        self.help_button.setToolTip(
            self.tr("Opens Amazon's help page in your browser: {store}").format(
                store=self.store.domain
            )
        )
        if self._last_reason is not None:
            self._show(self._last_genuine, self._last_reason)

    def help_url(self) -> str:
        from app.core.official_links import link_for_store

        return link_for_store("customer_phishing_help", self.store).url

    def check(self) -> None:
        verdict = check_pasted(self.suspect.text())
        self._show(verdict.genuine, verdict.reason)

    def _show(self, genuine: bool, reason: Reason) -> None:
        self._last_reason, self._last_genuine = reason, genuine
        if reason is Reason.EMPTY:
            self.verdict.setText("")
            self.reason.setText(reason_text(reason))
            self.advice.setText("")
            return
        if genuine:
            headline, tone = self.tr("This is Amazon."), Tone.GENUINE
        elif reason in UNSURE_REASONS:
            headline = self.tr("I cannot tell: treat it as not Amazon.")
            tone = Tone.UNSURE
        else:
            headline, tone = self.tr("This is not Amazon."), Tone.DANGER
        shade = colour(tone, self.verdict)
        self.verdict.setText(f"<b style='color: {shade}; font-size: large;'>{headline}</b>")
        self.reason.setText(paragraphs([reason_text(reason)]))
        if reason is Reason.SENDER_GENUINE:
            advice = [
                self.tr(
                    "The sender of an e-mail can be forged. Check the links in the message "
                    "here too, and look for the message in the Message Centre of your account."
                ),
                self.tr("Amazon never asks for your password by e-mail or text message."),
            ]
        elif genuine:
            advice = [
                self.tr(
                    "Even so, never type your password after following a link: open the store "
                    "yourself when you can."
                ),
                self.tr("Amazon never asks for your password by e-mail or text message."),
            ]
        else:
            advice = [
                self.tr("Do not press the link and do not answer the message."),
                self.tr(
                    "Open Amazon yourself, by typing the address of your store, and look in "
                    "the Message Centre of your account: genuine messages are there too."
                ),
                self.tr(
                    "Report it by forwarding the message to stop-spoofing@amazon.com, then "
                    "delete it."
                ),
            ]
        self.advice.setText(paragraphs([self.tr("What to do:")]) + bullet_list(advice))
