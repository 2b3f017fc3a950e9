"""A plain-Qt twin of two wizard pages: the same texts and controls, in a bare `QWizard`.

Next's floor on this machine, for a given page: what Qt itself takes to change to a page that
shows as much (the same title, subtitle, labels, check boxes, buttons and fields, in one
scrolling column), with nothing of the app around it (no side panel, no saving, no help,
plain `QCheckBox` and `QLabel`). `inprocess.py` presses Next on the app's worst page and on
its twin in alternation; their ratio says how far the app is from that floor.
"""

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)


def plain_twin(wizard: QWizard, before: int, after: int) -> QWizard:
    """A bare wizard whose first page is like `wizard`'s page `before`, its second like
    `after`; as large as `wizard`, in its style. Call it once both pages were shown."""
    twin = QWizard()
    twin.setWizardStyle(wizard.wizardStyle())
    twin.resize(wizard.size())
    for page_id in (before, after):
        twin.addPage(_page_like(wizard.page(page_id)))
    return twin


def _page_like(page: QWizardPage) -> QWizardPage:
    twin = QWizardPage()
    twin.setTitle(page.title())
    twin.setSubTitle(page.subTitle())
    content = QWidget()
    column = QVBoxLayout(content)
    for widget in page.findChildren(QWidget):  # in the order they were made: reading order
        made = _plain(widget) if widget.isVisibleTo(page) else None
        if made is not None:
            column.addWidget(made)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    QVBoxLayout(twin).addWidget(scroll)
    return twin


def _plain(widget: QWidget) -> QWidget | None:
    """A plain Qt widget showing what `widget` shows; None for what shows no text of its own
    (containers, scroll bars, the insides of fields)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox | QPlainTextEdit):
        return None  # a field's own parts
    if isinstance(widget, QCheckBox):
        return QCheckBox(widget.text())
    if isinstance(widget, QRadioButton):
        return QRadioButton(widget.text())
    if isinstance(widget, QPushButton):
        return QPushButton(widget.text())
    if isinstance(widget, QLabel):
        return _label_like(widget)
    if isinstance(widget, QPlainTextEdit):
        edit = QPlainTextEdit(widget.toPlainText())
        edit.setMaximumHeight(widget.maximumHeight())
        return edit
    if isinstance(widget, QDateEdit):
        return QDateEdit(widget.date())
    if isinstance(widget, QLineEdit):
        return QLineEdit(widget.text())
    if isinstance(widget, QComboBox):
        combo = QComboBox()
        combo.addItems([widget.itemText(index) for index in range(widget.count())])
        return combo
    return None


def _label_like(label: QLabel) -> QLabel:
    twin = QLabel(label.text())
    twin.setWordWrap(label.wordWrap())
    twin.setTextFormat(label.textFormat())
    twin.setTextInteractionFlags(label.textInteractionFlags())
    twin.setContentsMargins(label.contentsMargins())
    twin.setMargin(label.margin())
    twin.setFrameShape(label.frameShape())
    return twin
