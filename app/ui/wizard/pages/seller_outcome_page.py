"""What Amazon answered a seller's closure request: a link to confirm, nothing yet, or a no."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from app.core.answers import Answers, SellerOutcome
from app.core.pages import PageId
from app.ui.kit.accessible import tie_to_question
from app.ui.kit.rich_text import paragraphs
from app.ui.kit.widgets import wrapping_label
from app.ui.wizard.pages.flow_page import FlowPage


class SellerOutcomePage(FlowPage):
    def __init__(self, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(PageId.SELLER_OUTCOME, answers, "Closing", parent)
        self.body = wrapping_label("body")
        self.group = QButtonGroup(self)
        self.buttons: dict[SellerOutcome, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        self.group.idToggled.connect(self._choose_number)
        for number, outcome in enumerate(SellerOutcome.__members__.values()):
            button = QRadioButton()
            button.setObjectName(f"outcome:{outcome.value}")
            self.group.addButton(button, number)
            self.buttons[outcome] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What did Amazon answer?"))
        self.setSubTitle(
            self.tr("The answer comes by e-mail, or by text message if you asked for that.")
        )
        self.body.setText(
            paragraphs(
                [
                    self.tr(
                        "Amazon either asks you to confirm the closure with a link, or refuses "
                        "it and says why and what to do next."
                    )
                ]
            )
        )
        self.buttons[SellerOutcome.CONFIRMATION_REQUESTED].setText(
            self.tr("I received a request to confirm the closure")
        )
        self.buttons[SellerOutcome.NO_ANSWER_YET].setText(
            self.tr("No answer yet: I will watch for the confirmation request")
        )
        self.buttons[SellerOutcome.REFUSED].setText(self.tr("Amazon refused, and gave reasons"))
        tie_to_question(self.title(), self.buttons.values())

    def initializePage(self) -> None:
        if self.answers.seller_outcome is not None:
            self.buttons[self.answers.seller_outcome].setChecked(True)
        self.retranslate()

    def isComplete(self) -> bool:
        return self.answers.seller_outcome is not None

    def _choose_number(self, number: int, on: bool) -> None:
        self._choose(list(SellerOutcome.__members__.values())[number], on)

    def _choose(self, outcome: SellerOutcome, on: bool) -> None:
        if on:
            self.answers.seller_outcome = outcome
            self.completeChanged.emit()
