"""The wrapping label every page and window uses, in a module cheap enough for the first window.

`app.ui.kit.widgets` (date fields, link buttons, colours) costs a few milliseconds to import;
the start page and the wizard's side panel need only this (docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def wrapping_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    # By property name rather than through PySide's `Qt` namespace: the first use of that
    # namespace costs some 40 ms (PySide builds all its enums), and the start page, made of
    # these labels, is the first window most people see.
    label.setProperty("textFormat", "RichText")
    label.setProperty("textInteractionFlags", "TextSelectableByMouse")
    return label
