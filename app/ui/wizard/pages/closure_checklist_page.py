"""What to do before closing: items the user ticks, each with why and how, and an alternative."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.kit.check_box import WrappingCheckBox
from app.ui.kit.translatable import CountingContext
from app.ui.kit.widgets import link_button, wrapping_label
from app.ui.wizard.content.closing import (
    CUSTOMER_ALTERNATIVE,
    CUSTOMER_CHECKLIST,
    SELLER_ALTERNATIVE,
    SELLER_PREREQUISITES,
    ChecklistItem,
)
from app.ui.wizard.pages.flow_page import FlowPage

ClosureChecklist = CountingContext("ClosureChecklist")  # for the sentences with a number


def not_ticked(count: int) -> str:
    """ "One point is not ticked." or "3 points are not ticked.", in the current language."""
    return ClosureChecklist.tr(
        "%n point(s) are not ticked.",
        None,
        count,
        english=("One point is not ticked.", "%n points are not ticked."),
    )


class ClosureChecklistPage(FlowPage):
    def __init__(self, page_id: PageId, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(page_id, answers, "Closing", parent)
        self.seller = page_id is PageId.SELLER_PREREQUISITES
        self.items: tuple[ChecklistItem, ...] = (
            SELLER_PREREQUISITES if self.seller else CUSTOMER_CHECKLIST
        )
        self.boxes: dict[str, QCheckBox] = {}
        self.explanations: dict[str, QLabel] = {}
        self.links: dict[str, QPushButton] = {}

        column = QVBoxLayout(self)  # the wizard makes it scroll (scroll_contents)
        self.tick_group = QButtonGroup(self)  # slots must not be lambdas holding widgets
        self.tick_group.setExclusive(False)
        self.tick_group.idToggled.connect(self._on_tick_number)
        for number, item in enumerate(self.items):
            box = WrappingCheckBox()
            box.setObjectName(f"item:{item.key}")
            self.tick_group.addButton(box, number)
            explanation = wrapping_label(f"why:{item.key}")
            explanation.setContentsMargins(24, 0, 0, 6)
            column.addWidget(box)
            row = QHBoxLayout()
            row.addWidget(explanation, 1)
            if item.link_key is not None:
                button = link_button(f"link:{item.link_key}", self._url_of(item))
                row.addWidget(button)
                self.links[item.key] = button
            column.addLayout(row)
            self.boxes[item.key] = box
            self.explanations[item.key] = explanation
        self.alternative = wrapping_label("alternative")
        self.alternative.setFrameShape(QFrame.Shape.StyledPanel)
        self.alternative.setMargin(8)
        column.addWidget(self.alternative)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.seller:
            self.setTitle(self.tr("Before you close: what Amazon checks"))
            self.setSubTitle(
                self.tr("Amazon refuses to close an account until all of these are done.")
            )
        else:
            self.setTitle(self.tr("Before you close: save what matters"))
            self.setSubTitle(
                self.tr("Tick each point once you have dealt with it. Nothing here is sent.")
            )
        for item in self.items:
            self.boxes[item.key].setText(self.t(item.title))
            self.explanations[item.key].setText(self.t(item.explanation))
            if item.key in self.links:
                self.links[item.key].setText(self.t(item.link_label))
        self.alternative.setText(
            self.t(SELLER_ALTERNATIVE if self.seller else CUSTOMER_ALTERNATIVE)
        )

    def initializePage(self) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in self.answers.checklist)
        self.retranslate()

    def validatePage(self) -> bool:
        missing = [item for item in self.items if item.key not in self.answers.checklist]
        if not missing:
            return True
        untick = not_ticked(len(missing))
        if self.seller:
            consequence = self.tr(
                "Amazon will probably refuse to close the account until everything is done. "
                "Go on anyway?"
            )
        else:
            consequence = self.tr(
                "After closing, what you did not save is lost for good. Go on anyway?"
            )
        text = f"{untick} {consequence}"
        answer = QMessageBox.question(
            self,
            self.tr("Some points are not ticked"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_tick_number(self, number: int, on: bool) -> None:
        self._on_tick(self.items[number].key, on)

    def _on_tick(self, key: str, on: bool) -> None:
        if on:
            self.answers.checklist.add(key)
        else:
            self.answers.checklist.discard(key)

    def _url_of(self, item: ChecklistItem) -> Callable[[], str]:
        def url() -> str:
            from app.core.official_links import link_for_store  # pydantic: load when needed

            assert item.link_key is not None
            return link_for_store(item.link_key, self.store).url

        return url
