"""The wrapping label every page and window uses, in a module cheap enough for the first window.

`app.ui.kit.widgets` (date fields, link buttons, colours) costs a few milliseconds to import;
the start page and the wizard's side panel need only this (docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

_KEPT_HEIGHTS = 64  # widths remembered per label: a page asks for two or three


class WrappingLabel(QLabel):
    """A QLabel that remembers its height for a width.

    Layouts ask a wrapping label's height for a width many times per page change (about
    twenty times, for two or three widths), and Qt lays the rich text out anew each time,
    twice (to measure, then to restore): most of a page change went there. The answer is
    kept for as long as the text, the margins and the font are (a change of font, style or
    contents margins reaches `changeEvent` and forgets them all).
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[tuple[int, str, int, int, bool], int] = {}

    def heightForWidth(self, width: int) -> int:
        key = (width, self.text(), self.margin(), self.indent(), self.wordWrap())
        known = self._heights.get(key)
        if known is not None:
            return known
        height = super().heightForWidth(width)
        if len(self._heights) >= _KEPT_HEIGHTS:
            self._heights.clear()
        self._heights[key] = height
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()
        super().changeEvent(event)


def wrapping_label(object_name: str) -> QLabel:
    label = WrappingLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    # By property name rather than through PySide's `Qt` namespace: the first use of that
    # namespace costs some 40 ms (PySide builds all its enums), and the start page, made of
    # these labels, is the first window most people see.
    label.setProperty("textFormat", "RichText")
    label.setProperty("textInteractionFlags", "TextSelectableByMouse")
    return label
