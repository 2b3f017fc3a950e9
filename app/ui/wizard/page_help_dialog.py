"""The longer explanation of a wizard page, opened by F1 or the wizard's Help button.

A small dialog over the wizard: the page's title, its help in four short parts (what the page
is for, what happens next, if you are not sure, where to find what it asks) and a Close button;
Esc closes it too. Its texts are in `content/page_help.py`. Loaded only when first asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.ui.kit.rich_text import escape
from app.ui.wizard.content.page_help import help_sections
from app.ui.wizard.pages.flow_page import FlowPage

WIDTH_IN_CHARACTERS = 80  # a comfortable line to read


class PageHelpDialog(QDialog):
    """The help of one page; it follows a change of language while it is open."""

    def __init__(self, page: FlowPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHelp")
        self.page = page
        self.heading = QLabel()
        self.heading.setObjectName("pageHelpTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QTextBrowser()
        self.text.setObjectName("pageHelpText")
        self.text.setOpenLinks(False)
        self.heading.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeHelp")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self._fit()
        self.close_button.setFocus()

    def _fit(self) -> None:
        """Wide enough for comfortable lines, tall enough for the whole text if the screen
        allows (sizes from the font, so a larger font or scale gets a larger dialog)."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * WIDTH_IN_CHARACTERS
        document = self.text.document()
        document.setTextWidth(width - 4 * metrics.averageCharWidth())  # margins, scroll bar
        around = self.heading.heightForWidth(width) + 5 * metrics.lineSpacing()
        wanted = int(document.size().height()) + around
        screen = self.screen().availableGeometry().height()
        self.resize(width, min(wanted, screen * 9 // 10))

    def retranslate(self) -> None:
        title = self.page.title()
        self.setWindowTitle(self.tr("Help: {page}").format(page=title))
        self.heading.setText(title)
        self.text.setHtml(
            "".join(
                f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>"
                for heading, text in help_sections(self.page.page_id, self.page.store.domain)
            )
        )
        self.text.setAccessibleName(self.tr("Help on this step"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Once the page has its new title (it hears the same change).
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)


def show_page_help(page: FlowPage, parent: QWidget) -> PageHelpDialog:
    """Open the help of `page` over `parent`, modal to it; deleted once closed."""
    dialog = PageHelpDialog(page, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
