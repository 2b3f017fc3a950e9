"""The system's dark palette, with edges that can be seen: check boxes, radio buttons, fields.

The app draws with the system's palette, light or dark, and its style. Qt's Fusion style (what
Qt uses on GNOME, on Windows 10 in dark mode, and wherever no native style is at hand) draws
the edge of a check box, a radio button, a text field, a date field or a list box as the
window's colour made darker: on a light window a grey line; on a dark one a line darker than
an already dark window, next to a box as dark as the window. Unticked boxes and empty fields
then look like empty space (about 1.1:1 against the window, where WCAG asks 3:1 for the edges
of controls). With Qt's own dark Fusion palette as much as with any other dark palette.

`follow_system_palette()`, called by each window as it is built, therefore puts a thin proxy
around Fusion when the palette is dark: for those controls only, it hands Fusion a palette
whose window colour darkens into an edge with 3:1 contrast (`theme.control_outline`), and it
draws the fields' clear button in the text's colour. On a light palette, or with any other
style (Breeze, Windows 11, macOS draw their own edges), nothing changes and nothing is loaded:
this module is cheap, for the first window.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

_FUSION = "fusion"
_following: list[bool] = []  # [True] once told of the desktop's changes of colour scheme
_Option = TypeVar("_Option", bound=QStyleOption)


def follow_system_palette() -> None:
    """On a dark palette with the Fusion style, make the edges of controls readable.

    Again whenever the desktop switches between light and dark while the app runs.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _following:
        _following.append(True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(_scheme_changed)
    if isinstance(app.style(), ReadableEdges) or app.style().name().lower() != _FUSION:
        return  # already done (it draws as Fusion on a light palette), or another style
    if QGuiApplication.palette().window().color().lightness() >= 128:
        return  # a light palette: Fusion's grey edges read well
    app.setStyle(ReadableEdges(_FUSION))  # the palette stays the system's (or the one set)


def _scheme_changed() -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, follow_system_palette)  # once the palette has followed the scheme


class ReadableEdges(QProxyStyle):
    """Fusion, with the edges of boxes and fields in a colour that stands out on a dark window."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _EDGED_PRIMITIVES and _is_dark(option):
            option = _with_readable_edge(option)
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control in _EDGED_CONTROLS and _is_dark(option):
            option = _with_readable_edge(option)
        super().drawComplexControl(control, option, painter, widget)

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if standard_icon == QStyle.StandardPixmap.SP_LineEditClearButton:
            palette = widget.palette() if widget is not None else QGuiApplication.palette()
            if palette.window().color().lightness() < 128:
                return _clear_icon(palette.text().color())
        return super().standardIcon(standard_icon, option, widget)


_EDGED_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelLineEdit,
    QStyle.PrimitiveElement.PE_FrameGroupBox,
}
_EDGED_CONTROLS = {QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox}


def _is_dark(option: QStyleOption) -> bool:
    return bool(option.palette.window().color().lightness() < 128)


def _with_readable_edge(option: _Option) -> _Option:
    """A copy of `option` whose window colour Fusion darkens into a readable edge.

    Fusion draws these edges as the window colour made darker by 140% to 150% (and uses the
    window colour for nothing else in them): so the colour handed over is the readable edge
    made lighter by as much.
    """
    copy = type(option)(option)  # the same kind of option: Fusion reads its fields
    palette = QPalette(option.palette)
    palette.setColor(QPalette.ColorRole.Window, _window_for_edge(palette.window().color().rgb()))
    copy.palette = palette
    return copy


@cache
def _window_for_edge(window: int) -> QColor:
    from app.ui.kit.theme import control_outline  # only on a dark palette

    return control_outline(QColor.fromRgb(window)).lighter(150)


def _clear_icon(colour: QColor) -> QIcon:
    """The clear button of a field: a cross in the text's colour."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPen, QPixmap

    size = 32  # drawn large, scaled down by Qt to the button's size
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, size / 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    low, high = size * 0.28, size * 0.72
    painter.drawLine(QPointF(low, low), QPointF(high, high))
    painter.drawLine(QPointF(low, high), QPointF(high, low))
    painter.end()
    return QIcon(pixmap)
