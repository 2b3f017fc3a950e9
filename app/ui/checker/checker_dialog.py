""" "Is this really Amazon?": check a pasted link, e-mail sender or text-message sender, and
say what to do.

Nothing is opened, fetched or sent: the text is only read, here (`core.pasted.check_pasted`,
which judges every reading the text has). The answer has a headline in one of three tones
(Amazon, cannot tell, not Amazon), the reason, the look-alike characters if any, and what to
do, with Amazon's "report a scam" page of the user's store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.links import LinkVerdict, Reason
from app.core.lookalikes import CharacterKind, Difference
from app.core.pasted import check_pasted
from app.core.stores import AmazonStore
from app.ui.kit.rich_text import bullet_list, paragraphs
from app.ui.kit.theme import Tone, colour, keep_tone
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable
from app.ui.kit.widgets import link_button, wrapping_label
from app.ui.kit.window_size import fit_window, text_size

FIELD_LIMIT = 32_767
"""The most the field holds (Qt's own limit for a line edit, set here explicitly): more
than any link the check reads (`MAX_LINK_LENGTH`), so a cut text is always "too long"."""

REPORT_ADDRESS = "reportascam@amazon.com"  # docs/sources.md, "Suspicious messages"

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
            "Checker",
            "It is not a secure (https) web address: open Amazon's pages only over https.",
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
        Reason.EMPTY: QT_TRANSLATE_NOOP(
            "Checker", "Paste a link, an e-mail sender or a text message's sender first."
        ),
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
        Reason.AMAZON_HTTP: QT_TRANSLATE_NOOP(
            "Checker",
            "It names an Amazon address, {host}, but it begins with http:// instead of "
            "https://, so the connection to the page would not be protected.",
        ),
        Reason.AMAZON_SHORT_LINK: QT_TRANSLATE_NOOP(
            "Checker",
            "{host} is the address of Amazon's short links, which Amazon offers to the "
            "partners who advertise its products. A short link hides the page it leads to, "
            "so I cannot tell which page would open.",
        ),
        Reason.AMAZON_MEDIA: QT_TRANSLATE_NOOP(
            "Checker",
            "{host} is where Amazon keeps images and documents, such as product pictures "
            "and guides for sellers: it is not a page of the store.",
        ),
        Reason.SMS_SENDER: QT_TRANSLATE_NOOP(
            "Checker",
            "If this is the name or the number a text message came from: a text message can "
            "show any name or number as its sender, Amazon's too, so it cannot tell you who "
            "sent it.",
        ),
        Reason.TOO_LONG: QT_TRANSLATE_NOOP(
            "Checker",
            "It is longer than any one link or e-mail sender, so it was not checked.",
        ),
    },
)

DIFFERENCES = SentenceTable(
    "Checker",
    {
        CharacterKind.CYRILLIC: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a letter of the "
            "Cyrillic alphabet.",
        ),
        CharacterKind.GREEK: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a letter of the "
            "Greek alphabet.",
        ),
        CharacterKind.ARMENIAN: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a letter of the "
            "Armenian alphabet.",
        ),
        CharacterKind.FULL_WIDTH: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a wide letter of "
            "the kind written with Chinese or Japanese.",
        ),
        CharacterKind.STYLED: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a decorative letter.",
        ),
        CharacterKind.ACCENTED: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a letter with an "
            "accent or another mark.",
        ),
        CharacterKind.OTHER_LETTER: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a special letter "
            "that looks like it.",
        ),
        CharacterKind.DIGIT: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of the letter \u201c{letter}\u201d there is \u201c{found}\u201d, a digit.",
        ),
        CharacterKind.LETTER_PAIR: QT_TRANSLATE_NOOP(
            "Checker",
            "In place of \u201c{letter}\u201d there are two letters, \u201c{found}\u201d, that "
            "look like it side by side.",
        ),
        CharacterKind.ANOTHER_LETTER: QT_TRANSLATE_NOOP(
            "Checker", "In place of \u201c{letter}\u201d there is \u201c{found}\u201d."
        ),
    },
)


def reason_text(reason: Reason, host: str = "") -> str:
    """Why, in plain words."""
    return REASONS[reason].format(host=host)


def difference_text(difference: Difference) -> str:
    """Which character stands in place of which letter, and what it is, in plain words."""
    return DIFFERENCES[difference.kind].format(found=difference.found, letter=difference.instead_of)


UNSURE_REASONS = frozenset({Reason.AMBIGUOUS, Reason.NOT_A_LINK, Reason.SENDER_MALFORMED})
AMAZONS_BUT = frozenset({Reason.AMAZON_HTTP, Reason.AMAZON_SHORT_LINK, Reason.AMAZON_MEDIA})
LINK_DESTINATIONS = frozenset(
    {Reason.CREDENTIALS, Reason.IP_ADDRESS, Reason.LOOKALIKE, Reason.NOT_AMAZON}
)
SENDER_DOMAINS = frozenset(
    {Reason.SENDER_LOOKALIKE, Reason.SENDER_NOT_AMAZON, Reason.DISPLAY_NAME_TRICK}
)


class CheckerDialog(QDialog):
    """`store` is the user's Amazon store: Amazon's own pages on fake messages open there."""

    def __init__(self, store: AmazonStore, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("checkerDialog")
        self.store = store
        self.intro = wrapping_label("intro")
        self.suspect = QLineEdit()
        self.suspect.setObjectName("suspect")
        self.suspect.setClearButtonEnabled(True)
        self.suspect.setMaxLength(FIELD_LIMIT)
        self.suspect.inputRejected.connect(self._note_cut)
        self.suspect.textChanged.connect(self._show_cut_notice)
        self.check_button = QPushButton()
        self.check_button.setObjectName("check")
        self.check_button.setDefault(True)  # Enter in the field checks too
        self.check_button.clicked.connect(self.check)
        self.cut_notice = wrapping_label("cutNotice")
        keep_tone(self.cut_notice, Tone.UNSURE)
        self.cut_notice.hide()
        self.verdict = wrapping_label("verdict")
        self.reason = wrapping_label("reason")
        self.advice = wrapping_label("advice")
        row = QHBoxLayout()
        row.addWidget(self.suspect, 1)
        row.addWidget(self.check_button)
        self.report_button = link_button("link:customer_report_scam", self.report_url)
        self.help_button = link_button("link:customer_phishing_help", self.help_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.help_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.cut_notice)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reason)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # From the font (a 150% font: a dialog half as large again), within the screen.
        fit_window(self, minimum=text_size(self, 60, 18), preferred=text_size(self, 112, 31))
        self._last: LinkVerdict | None = None
        self._cut_text: str | None = None  # what the field kept of a paste it had to cut
        self.retranslate()
        if text:
            self.suspect.setText(text)  # setText cuts without a signal: see for ourselves
            if len(text) > self.suspect.maxLength():
                self._cut_text = self.suspect.text()
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
                        "Paste a link from a message, the sender of an e-mail (for example "
                        "Amazon <conferma@amazon.it>), or the name or number a text message "
                        "came from. Nothing is opened or sent: I only read it."
                    )
                ]
            )
        )
        self.suspect.setPlaceholderText(
            self.tr("A link, an e-mail sender, or the sender of a text message")
        )
        self.suspect.setAccessibleName(self.tr("What to check"))
        self.suspect.setAccessibleDescription(self.suspect.placeholderText())
        self.check_button.setText(self.tr("&Check"))
        self.help_button.setText(self.tr("Amazon's &advice on fake messages"))
        self.help_button.setToolTip(
            self.tr("Opens Amazon's help page in your browser: {store}").format(
                store=self.store.domain
            )
        )
        self.report_button.setText(self.tr("&Report a scam to Amazon"))
        self._show_cut_notice()
        if self._last is not None:
            self._show(self._last)

    def help_url(self) -> str:
        from app.core.official_links import link_for_store

        return link_for_store("customer_phishing_help", self.store).url

    def report_url(self) -> str:
        from app.core.official_links import link_for_store

        return link_for_store("customer_report_scam", self.store).url

    def _note_cut(self) -> None:
        """The field refused text: a paste (or typing) beyond what it holds was cut."""
        if len(self.suspect.text()) >= self.suspect.maxLength():
            self._cut_text = self.suspect.text()
        self._show_cut_notice()
        if self.cut_notice.isVisibleTo(self):
            from app.ui.kit.announce import announce

            announce(self.cut_notice, self._cut_words())

    def check(self) -> None:
        self._show_cut_notice()
        verdict = check_pasted(self.suspect.text())
        self._show(verdict)
        self._say(verdict)

    def _say(self, verdict: LinkVerdict) -> None:
        """The answer, for a screen reader: the headline and the reason, in words (a danger
        interrupts what it is reading)."""
        from app.ui.kit.announce import announce

        if verdict.reason is Reason.EMPTY:
            announce(self.reason, reason_text(verdict.reason))
            return
        headline, tone = self._headline(verdict)
        reason = reason_text(verdict.reason, verdict.host)
        announce(self.verdict, f"{headline} {reason}", urgent=tone is Tone.DANGER)

    def _show_cut_notice(self) -> None:
        cut = self._cut_text is not None and self._cut_text == self.suspect.text()
        self.cut_notice.setVisible(cut)
        if cut:
            self.cut_notice.setText(paragraphs([self._cut_words()]))

    def _cut_words(self) -> str:
        return self.tr(
            "What you pasted was longer than this field can hold ({limit} "
            "characters): the rest was cut off, so it cannot be checked in "
            "full. Paste only the link or the sender."
        ).format(limit=QLocale().toString(self.suspect.maxLength()))

    def _headline(self, verdict: LinkVerdict) -> tuple[str, Tone]:
        reason = verdict.reason
        if verdict.genuine:
            return self.tr("This is Amazon."), Tone.GENUINE
        if reason is Reason.AMAZON_HTTP:
            return self.tr("This is Amazon's address, but the link is not secure."), Tone.UNSURE
        if reason is Reason.AMAZON_SHORT_LINK:
            return (
                self.tr("This is an Amazon short link: it does not show where it leads."),
                Tone.UNSURE,
            )
        if reason is Reason.AMAZON_MEDIA:
            return (
                self.tr("This is Amazon's address for images and documents, not a store page."),
                Tone.UNSURE,
            )
        if reason is Reason.SMS_SENDER:
            return self.tr("The sender of a text message proves nothing."), Tone.UNSURE
        if reason is Reason.TOO_LONG:
            return self.tr("Too long to check: treat it as not Amazon."), Tone.UNSURE
        if reason in UNSURE_REASONS:
            return self.tr("I cannot tell: treat it as not Amazon."), Tone.UNSURE
        return self.tr("This is not Amazon."), Tone.DANGER

    def _show(self, verdict: LinkVerdict) -> None:
        self._last = verdict
        reason = verdict.reason
        if reason is Reason.EMPTY:
            self.verdict.setText("")
            self.reason.setText(paragraphs([reason_text(reason)]))
            self.advice.setText("")
            return
        headline, tone = self._headline(verdict)
        shade = colour(tone, self.verdict)
        self.verdict.setText(f"<b style='color: {shade}; font-size: large;'>{headline}</b>")
        self.reason.setText(self._reasons(verdict))
        advice = self._advice(verdict)
        self.advice.setText(paragraphs([self.tr("What to do:")]) + bullet_list(advice))

    def _reasons(self, verdict: LinkVerdict) -> str:
        reason = verdict.reason
        lines = [reason_text(reason, verdict.host)]
        if reason in LINK_DESTINATIONS and verdict.host:
            lines.append(self.tr("The link really leads to {host}.").format(host=verdict.host))
        elif reason is Reason.AMBIGUOUS and verdict.elsewhere:
            lines.append(
                self.tr("Read one way, it leads to {host}.").format(host=verdict.elsewhere)
            )
        elif reason in SENDER_DOMAINS and verdict.host:
            lines.append(
                self.tr("The address it comes from is at {host}.").format(host=verdict.host)
            )
        text = paragraphs(lines)
        if verdict.differences:
            text += paragraphs([self.tr("Look closely: it only looks like Amazon's name.")])
            text += bullet_list(difference_text(d) for d in verdict.differences)
        return text

    def _advice(self, verdict: LinkVerdict) -> list[str]:
        reason = verdict.reason
        home = f"www.{self.store.domain}"
        password = self.tr("Amazon never asks for your password by e-mail.")
        if reason is Reason.SENDER_GENUINE:
            return [
                self.tr(
                    "The sender of an e-mail can be forged. Check the links in the message "
                    "here too, and look for the message in the Message Centre of your account."
                ),
                password,
            ]
        if verdict.genuine:
            return [
                self.tr(
                    "Even so, never type your password after following a link: open the store "
                    "yourself when you can."
                ),
                password,
            ]
        report = self.tr(
            "If you think it is a scam, report it to Amazon on the \u201cReport a scam\u201d "
            "page of your store ({page}), or forward the message to {address}. Then delete it."
        ).format(page=f"{home}/reportascam", address=REPORT_ADDRESS)
        yourself = self.tr(
            "Open the Amazon app, or type the address of your store ({home}) in your browser "
            "yourself, and look at your orders and at the Message Centre of your account: "
            "genuine messages are there too."
        ).format(home=home)
        if reason is Reason.AMAZON_HTTP:
            return [
                self.tr(
                    "Do not press the link. If you want that page, type its address in your "
                    "browser yourself, with https:// in front: {address}"
                ).format(address=f"https://{verdict.host}/"),
                password,
            ]
        if reason in AMAZONS_BUT:
            return [
                self.tr(
                    "Do not press the link, and never type a password or payment details on "
                    "a page reached from a message."
                ),
                yourself,
                password,
            ]
        if reason is Reason.SMS_SENDER:
            return [
                self.tr(
                    "Do not press the links in the text message and do not call the numbers "
                    "it gives. You can check a link from it here: paste the link instead."
                ),
                yourself,
                report,
            ]
        if reason is Reason.TOO_LONG:
            return [self.tr("Paste only the link, or only the sender, not the whole message.")]
        return [
            self.tr("Do not press the link and do not answer the message."),
            yourself,
            report,
        ]
