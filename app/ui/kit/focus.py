"""The keyboard's way through a window: Tab in reading order, texts without their mnemonics.

Qt's Tab order is the order in which widgets got their parent, which is not always the order
on screen (a widget added to a page's section later, a row built before the page). Here the
order comes from the layouts themselves: top to bottom, left to right, into group boxes,
panels and scroll areas.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QPushButton, QScrollArea, QWidget

_TAB_FOCUS = 0x1  # Qt.FocusPolicy.TabFocus, without building PySide's `Qt` namespace


def takes_tab(widget: QWidget) -> bool:
    """Tab stops on `widget` (when it is visible and enabled).

    Through the property: PySide's `focusPolicy()` makes a new flag value at each call (some
    20 microseconds for a focusable widget, asked for every widget of a page as it opens),
    the property returns the named member.
    """
    policy = widget.property("focusPolicy")
    return bool(getattr(policy, "value", policy) & _TAB_FOCUS)


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab stops on, in the order they are read."""
    found: list[QWidget] = []
    layout = root.layout()
    if layout is not None:
        _walk(layout, found)
    return found


def tab_in_reading_order(root: QWidget) -> None:
    """Make Tab go through `root`'s widgets in reading order, starting right after `root`.

    The scroll areas that carry pages and panels are no Tab stop from the start
    (`scrolling.scroll_contents`).
    """
    previous = root
    for widget in reading_order(root):
        QWidget.setTabOrder(previous, widget)
        previous = widget


def first_field(root: QWidget) -> QWidget | None:
    """The first field, check box, radio button, list or date in `root` that can take the
    focus now, in reading order (of a group of radio buttons, the one chosen); no buttons."""
    for widget in reading_order(root):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QPushButton) or not takes_tab(widget):
            continue  # a button; or a radio button of a group where another one is chosen
        return widget
    return None


def without_mnemonic(text: str) -> str:
    """`text` as it reads: "&Next" is "Next", "Salt && pepper" is "Salt & pepper"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _walk(layout: QLayout, found: list[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            _visit(widget, found)
        elif inner is not None:
            _walk(inner, found)


def _visit(widget: QWidget, found: list[QWidget]) -> None:
    if isinstance(widget, QScrollArea):
        content = widget.widget()
        if content is not None:
            _visit(content, found)
    elif takes_tab(widget):
        found.append(widget)  # a field, a button, a list: its own parts are its own affair
    elif (inner := widget.layout()) is not None:
        _walk(inner, found)  # a group box, a panel: what it holds
