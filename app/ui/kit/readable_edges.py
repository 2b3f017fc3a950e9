"""Fusion with edges that can be seen on a dark palette (see `system_palette`): loaded only
when the palette is dark and the style is Fusion."""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

_Option = TypeVar("_Option", bound=QStyleOption)


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
