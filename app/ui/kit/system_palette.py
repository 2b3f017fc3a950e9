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

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

_FUSION = "fusion"
_following: list[bool] = []  # [True] once told of the desktop's changes of colour scheme


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
    # The palette first: on a light one nothing is done and the style is not even asked for
    # (PySide builds QStyle's enums at its first use, some milliseconds before a first paint).
    if QGuiApplication.palette().window().color().lightness() >= 128:
        return  # a light palette: Fusion's grey edges read well
    from app.ui.kit.readable_edges import ReadableEdges

    if isinstance(app.style(), ReadableEdges) or app.style().name().lower() != _FUSION:
        return  # already done (it draws as Fusion on a light palette), or another style
    app.setStyle(ReadableEdges(_FUSION))  # the palette stays the system's (or the one set)


def _scheme_changed() -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, follow_system_palette)  # once the palette has followed the scheme
