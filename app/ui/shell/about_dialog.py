"""Help > About: what the app is, its version and licence, where its data is, what it promises."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.kit.rich_text import paragraphs
from app.ui.kit.widgets import wrapping_label


class AboutDialog(QDialog):
    def __init__(
        self, data_dir: Path, open_folder: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Account Assistant"))
        heading = QLabel()
        heading.setObjectName("aboutHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setText(self.tr("Account Assistant {version}").format(version=__version__))
        text = wrapping_label("aboutText")
        text.setText(
            paragraphs(
                [
                    self.tr(
                        "A step-by-step assistant for closing an Amazon account, getting back "
                        "into Seller Central, and telling Amazon's messages from fakes."
                    ),
                    self.tr(
                        "It never asks for, keeps or sends a password, and it never goes "
                        "online by itself: Amazon's pages open in your own browser. Your cases "
                        "stay in one file on this computer; the e-mail each account uses, if "
                        "you want it remembered, only in your system's keyring."
                    ),
                    self.tr(
                        "Account Assistant is not made by, affiliated with or endorsed by Amazon."
                    ),
                    self.tr("Free software under the MIT licence."),
                ]
            )
        )
        folder_caption = QLabel(self.tr("&Your data folder:"))
        self.folder = QLineEdit(str(data_dir))
        self.folder.setObjectName("dataFolder")
        self.folder.setReadOnly(True)
        self.folder.setCursorPosition(0)
        folder_caption.setBuddy(self.folder)
        self.open_folder = QPushButton(self.tr("&Open the folder"))
        self.open_folder.setObjectName("openDataFolder")
        self.open_folder.clicked.connect(open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(folder_caption)
        layout.addLayout(folder_row)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
