"""A check box whose text wraps onto more lines when the page is narrow (a QCheckBox's never does).

With a large font, or a long Italian sentence, a plain QCheckBox asks for its whole text on one
line: the page then grows a horizontal scroll bar or cuts the text at its edge. This one is
still a QCheckBox, with the same `text()`: its mnemonic (`&`), its accessible name (the text,
as Qt gives every check box) and its keys are Qt's own. Only the drawing and the size differ:
the text is drawn wrapped to the width the layout gives, the box beside its first line, and the
height follows the width (height for width, as a wrapping QLabel's does).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

_LONGEST_LINE = 72  # average characters: the widest a check box asks to be by itself
_SHORTEST_LINE = 16  # average characters: the narrowest it can be made
_KEPT = 64  # answers remembered per check box: a page asks for two or three widths


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Layouts ask the height for a width many times per page change (about nine times
        # each): the answer is kept for as long as the text, the font and the style are.
        self._heights: dict[tuple[int, str, str, int], int] = {}
        self._text_heights: dict[tuple[int, str, str, int], int] = {}
        self._flags_of: dict[int, int] = {}

    # -- geometry ------------------------------------------------------------------------

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _flags(self, option: QStyleOptionButton) -> int:
        style = self.style()
        known = self._flags_of.get(id(style))
        if known is not None:
            return known
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        flags |= Qt.TextFlag.TextShowMnemonic
        if not style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, self):
            flags |= Qt.TextFlag.TextHideMnemonic
        self._flags_of = {id(style): int(flags)}
        return int(flags)

    def _text_left(self, option: QStyleOptionButton) -> int:
        """Where the text starts: after the box and the style's spacing."""
        style = self.style()
        return style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, option, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)

    def _text_height(self, option: QStyleOptionButton, width: int) -> int:
        """The wrapped text's height at `width` (a text layout: kept, as the heights are, for
        the paints and the layouts that ask again)."""
        flags = self._flags(option)
        key = (width, self.text(), self.font().key(), flags)
        known = self._text_heights.get(key)
        if known is not None:
            return known
        bounds = QRect(0, 0, max(width, 1), 1_000_000)
        height = self.fontMetrics().boundingRect(bounds, flags, self.text()).height()
        if len(self._text_heights) > _KEPT:
            self._text_heights.clear()
        self._text_heights[key] = height
        return height

    def _padding(self, option: QStyleOptionButton) -> int:
        """What the style adds around one line of text (Qt's own size hint, less the line)."""
        one_line = max(self._indicator_height(option), self.fontMetrics().height())
        return max(super().sizeHint().height() - one_line, 0)

    def _indicator_height(self, option: QStyleOptionButton) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = (width, self.text(), self.font().key(), id(self.style()))
        known = self._heights.get(key)
        if known is not None:
            return known
        option = self._option()
        text = self._text_height(option, width - self._text_left(option))
        height = max(text, self._indicator_height(option)) + self._padding(option)
        if len(self._heights) > _KEPT:
            self._heights.clear()
        self._heights[key] = height
        return height

    def sizeHint(self) -> QSize:
        natural = super().sizeHint()
        width = min(natural.width(), self.fontMetrics().averageCharWidth() * _LONGEST_LINE)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        option = self._option()
        width = self._text_left(option) + self.fontMetrics().averageCharWidth() * _SHORTEST_LINE
        width = min(width, super().sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def _text_rect(self, option: QStyleOptionButton) -> QRect:
        """The wrapped text's own rectangle: vertically centred, as Qt centres one line."""
        left = self._text_left(option)
        width = max(self.width() - left, 1)
        height = self._text_height(option, width)
        top = max((self.height() - height) // 2, 0)
        return QRect(left, top, width, height)

    def _indicator_rect(self, option: QStyleOptionButton, text: QRect) -> QRect:
        """The box, beside the first line of the text."""
        style = self.style()
        size = QSize(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self),
            self._indicator_height(option),
        )
        first_line = text.top() + self.fontMetrics().height() // 2
        return QRect(QPoint(0, first_line - size.height() // 2), size)

    def hitButton(self, pos: QPoint) -> bool:
        """The box and its text, down to its last line (not the empty room beyond it)."""
        option = self._option()
        text = self._text_rect(option)
        used = self.fontMetrics().boundingRect(text, self._flags(option), self.text())
        return QRect(0, 0, used.right() + 1, self.height()).contains(pos)

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        option = self._option()
        painter = QStylePainter(self)
        text = self._text_rect(option)
        box = QStyleOptionButton(option)
        box.rect = self._indicator_rect(option, text)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box)
        self.style().drawItemText(
            painter,
            text,
            self._flags(option),
            option.palette,
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            used = self.fontMetrics().boundingRect(text, self._flags(option), self.text())
            focus.rect = used.adjusted(-3, -2, 3, 2).intersected(self.rect())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
