"""Which account to close: a name the user chooses; for sellers, the region and EU unification."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.answers import Answers
from app.core.limits import MAX_LABEL_LENGTH
from app.core.pages import PageId
from app.core.regions import UNIFIED_ACCOUNT_REGIONS, SellerRegion
from app.ui.hints.hint_book import HintBook
from app.ui.hints.hint_panel import HintPanel
from app.ui.kit.check_box import WrappingCheckBox
from app.ui.kit.label_warning import LabelWarning
from app.ui.kit.rich_text import paragraphs
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable
from app.ui.kit.widgets import field_width, warning_label, wrapping_label
from app.ui.wizard.pages.flow_page import FlowPage

# The Seller Central regions' buttons, in the page's own context (as `self.tr()` would file them).
REGION_NAMES = SentenceTable(
    "ClosureAccountPage",
    {
        SellerRegion.EUROPE: QT_TRANSLATE_NOOP("ClosureAccountPage", "Europe"),
        SellerRegion.NORTH_AMERICA: QT_TRANSLATE_NOOP("ClosureAccountPage", "North America"),
        SellerRegion.JAPAN: QT_TRANSLATE_NOOP("ClosureAccountPage", "Japan"),
        SellerRegion.AUSTRALIA: QT_TRANSLATE_NOOP("ClosureAccountPage", "Australia"),
        SellerRegion.OTHER: QT_TRANSLATE_NOOP("ClosureAccountPage", "Another region"),
    },
)


class ClosureAccountPage(FlowPage):
    def __init__(
        self, page_id: PageId, answers: Answers, book: HintBook, parent: QWidget | None = None
    ) -> None:
        super().__init__(page_id, answers, "Closing", parent)
        self.hint = HintPanel(book, lambda: self.answers.account_label)
        self.seller = page_id is PageId.SELLER_ACCOUNT
        self.intro = wrapping_label("intro")
        self.label_caption = QLabel()
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("accountLabel")
        self.label_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.label_edit.setMaximumWidth(field_width(self.label_edit))
        self.label_caption.setBuddy(self.label_edit)
        self.label_edit.textChanged.connect(self._on_label)
        self.label_edit.editingFinished.connect(self.hint.label_done)
        self.label_warning = LabelWarning(self.label_edit)
        self.label_warning.setMaximumWidth(field_width(self.label_warning, 2))
        form = QFormLayout()
        form.addRow(self.label_caption, self.label_edit)
        form.addRow(self.label_warning)

        self.region_box = QGroupBox()
        regions = QVBoxLayout(self.region_box)
        self.region_group = QButtonGroup(self)
        self.region_buttons: dict[SellerRegion, QRadioButton] = {}
        self.region_group.idToggled.connect(self._on_region_number)
        for number, region in enumerate(SellerRegion.__members__.values()):
            button = QRadioButton()
            button.setObjectName(f"region:{region.value}")
            self.region_group.addButton(button, number)
            self.region_buttons[region] = button
            regions.addWidget(button)
        self.unified: QCheckBox = WrappingCheckBox()
        self.unified.setObjectName("euUnified")
        self.unified.toggled.connect(self._on_unified)
        self.unified_warning = warning_label("unifiedWarning")
        self.unified_warning.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.region_box)
        layout.addWidget(self.unified)
        layout.addWidget(self.unified_warning)
        layout.addStretch(1)
        # Only once they have a parent: shown without one, a widget opens as a window of its
        # own for a moment, which takes the keyboard's focus away from the wizard.
        self.region_box.setVisible(self.seller)
        self.unified.setVisible(self.seller)
        self.retranslate()

    def retranslate(self) -> None:
        if self.seller:
            self.setTitle(self.tr("Which seller account do you want to close?"))
            intro = [
                self.tr(
                    "Seller accounts close one at a time, and each region (Europe, North "
                    "America, Japan, Australia) is a separate account."
                )
            ]
        else:
            self.setTitle(self.tr("Which account do you want to close?"))
            intro = [
                self.tr(
                    "Accounts close one at a time: if you have several, we do this one first "
                    "and I offer you the next one at the end."
                ),
                self.tr(
                    "Closing is worldwide: the account is closed on every Amazon store, not "
                    "only on {store}."
                ).format(store=self.store.domain),
            ]
        self.setSubTitle(self.tr("Give it a name you will recognise in your list of cases."))
        self.intro.setText(paragraphs(intro))
        self.label_caption.setText(self.tr("Name of the &account:"))
        self.label_edit.setPlaceholderText(
            self.tr("For example \u201cPersonal\u201d or \u201cMum\u2019s account\u201d")
        )
        self.region_box.setTitle(self.tr("Seller Central region"))
        for region, button in self.region_buttons.items():
            button.setText(REGION_NAMES[region])
        self.unified.setText(
            self.tr("It is a European &Unified Account (one account for all EU stores)")
        )
        self.unified_warning.setText(
            self.tr(
                "With a European Unified Account, closing one European store closes all of them."
            )
        )

    def initializePage(self) -> None:
        self.label_edit.setText(self.answers.account_label)
        if self.answers.region is not None:
            self.region_buttons[self.answers.region].setChecked(True)
        self.unified.setChecked(self.answers.eu_unified)
        self._update_unified()
        self.retranslate()

    def isComplete(self) -> bool:
        if not self.answers.account_label.strip() or self.label_warning.problem is not None:
            return False
        return not self.seller or self.answers.region is not None

    def _on_label(self, text: str) -> None:
        self.answers.account_label = text
        self.hint.label_changed()  # the hint is read once typing pauses
        self.completeChanged.emit()

    def _on_region_number(self, number: int, on: bool) -> None:
        self._on_region(list(SellerRegion.__members__.values())[number], on)

    def _on_region(self, region: SellerRegion, on: bool) -> None:
        if on:
            self.answers.region = region
            self._update_unified()
            self.completeChanged.emit()

    def _on_unified(self, on: bool) -> None:
        self.answers.eu_unified = on and self.answers.region in UNIFIED_ACCOUNT_REGIONS
        self._update_unified()

    def _update_unified(self) -> None:
        allowed = self.seller and self.answers.region in UNIFIED_ACCOUNT_REGIONS
        self.unified.setEnabled(allowed)
        if not allowed and self.unified.isChecked():
            self.unified.setChecked(False)
        self.unified_warning.setVisible(allowed and self.unified.isChecked())
