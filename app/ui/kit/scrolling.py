"""Long content scrolls instead of overflowing: a widget's whole layout moved into a scroll area.

A wizard page, or the wizard's side panel, builds its layout on itself as usual; then
`scroll_contents(widget)` moves that layout, with every widget in it, onto a plain widget inside
a `QScrollArea`, which becomes the widget's only child in its layout. The widgets keep their
parents' chain (`findChild` from the page still finds them), their order, their visibility and
their Tab order; the page itself (a `QWizardPage`, its fields, `isComplete`...) is untouched.

The area scrolls only up and down: its content is as wide as the area, so labels wrap and
wrapping check boxes fold their text; the area has no frame, so a page that fits looks as it
did. Cheap to import (no `Qt` namespace): the start page uses it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_contents(widget: QWidget, object_name: str = "pageScroll") -> QScrollArea | None:
    """Move `widget`'s layout into a scroll area that fills `widget`; None if it has none."""
    inner = widget.layout()
    if inner is None:
        return None
    content = QWidget()
    content.setObjectName(f"{object_name}Content")
    content.setLayout(inner)  # takes the layout off `widget`, with the widgets it holds
    scroll = QScrollArea()
    scroll.setObjectName(object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # By property name rather than through PySide's `Qt` namespace (costly to build before
    # the first paint, see app/ui/kit/labels.py).
    scroll.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    # Not a Tab stop of its own: a frameless area would take the focus where nobody sees it;
    # Tab goes to what it holds, and the area scrolls to show it.
    scroll.setProperty("focusPolicy", "NoFocus")
    scroll.setWidget(content)
    # The page's background shows through, as before: the area paints none of its own.
    # Found by its name: PySide's `viewport()` builds some 80 class enums on first call
    # (about 16 ms before the first paint); `findChild` builds none.
    viewport = scroll.findChild(QWidget, "qt_scrollarea_viewport")
    if viewport is not None:
        viewport.setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
