"""When no browser opens a link: the address to copy, and how to reach the page by hand."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.announce import announce
from app.ui.kit.link_directions import directions
from app.ui.kit.rich_text import paragraphs
from app.ui.kit.widgets import wrapping_label
from app.ui.kit.window_size import fit_window, text_size


class LinkDialog(QDialog):
    """The address of an official page that could not be opened, with Copy and directions."""

    def __init__(self, url: str, key: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.url = url
        self.key = key  # which official page (see official_links.json); None: a home page
        self.intro = wrapping_label("intro")
        self.address = QLineEdit(url)
        self.address.setObjectName("address")
        self.address.setReadOnly(True)  # selectable, not editable
        self.address.setCursorPosition(0)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyAddress")
        self.copy_button.clicked.connect(self.copy_address)
        self.copied = wrapping_label("copyStatus")
        self.by_hand_title = wrapping_label("byHandTitle")
        self.by_hand = wrapping_label("byHand")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(address_row)
        layout.addWidget(self.copied)
        layout.addSpacing(8)
        layout.addWidget(self.by_hand_title)
        layout.addWidget(self.by_hand)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.copied.setVisible(False)  # until Copy is pressed
        self.retranslate()
        # From the font, within the screen; it grows if its texts need more.
        fit_window(self, minimum=text_size(self, 50, 12), preferred=text_size(self, 92, 18))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The page could not be opened"))
        self.intro.setText(
            paragraphs(
                [
                    self.tr(
                        "Your computer did not open this page in a browser. Copy its address "
                        "and paste it into your browser's address bar:"
                    )
                ]
            )
        )
        self.address.setAccessibleName(self.tr("Address of the page"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the address"))
        title = self.tr("Or reach it by hand")
        self.by_hand_title.setText(f"<b>{escape(title)}</b>")
        self.by_hand.setText(paragraphs([directions(self.key, self.url)]))
        if self.copied.text():
            self._show_copied()

    def copy_address(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.url)
        self._show_copied()
        announce(self.copied, self.tr("Address copied."))

    def _show_copied(self) -> None:
        self.copied.setText(paragraphs([self.tr("Address copied.")]))
        self.copied.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
