"""The app's few colours, in a shade that stays readable on the palette in use.

Red for warnings and dangers, green for "this is Amazon", amber for "I cannot tell". On a light
window background they are the dark shades the app has always used; on a dark one (a dark
desktop theme), light shades of the same hues. Whatever the background, the shade given has at
least WCAG's 4.5:1 contrast with it (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): a shade
that falls short is mixed with black or white, a little at a time, until it does not.

Ask for a colour when setting a style, with the widget that will show it:
`label.setStyleSheet(text_style(Tone.DANGER, label))`, or `keep_tone(label, Tone.DANGER)` to
have it chosen again whenever the palette changes (a desktop switched to dark while the app
runs). The background is the `Window` colour of that widget's palette (labels draw on it), or
of the application's without a widget.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MINIMUM_CONTRAST = 4.5  # WCAG 2, level AA, for text of normal size
# WCAG 2.1, 1.4.11: the edges of controls (a check box, a field) against what surrounds them.
MINIMUM_CONTROL_CONTRAST = 3.0


class Tone(enum.Enum):
    DANGER = "danger"  # warnings, a mistake to correct, "this is not Amazon"
    GENUINE = "genuine"  # "this is Amazon"
    UNSURE = "unsure"  # "I cannot tell: treat it as not Amazon"


# Each tone's shade on a light background (the app's look since the start) and on a dark one.
SHADES: dict[Tone, tuple[str, str]] = {
    Tone.DANGER: ("#8a1c1c", "#ff8a80"),
    Tone.GENUINE: ("#1b5e20", "#81c784"),
    Tone.UNSURE: ("#8a5a00", "#ffb74d"),
}

_BLACK, _WHITE = QColor(0, 0, 0), QColor(255, 255, 255)
_MIXING_STEPS = 20  # the last step is pure black or white, which always passes (>= 4.58:1)


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance: 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio, from 1 (the same luminance) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(background: QColor) -> bool:
    """True when light text reads better than dark text on `background`."""
    return contrast_ratio(background, _WHITE) > contrast_ratio(background, _BLACK)


def shade(tone: Tone, background: QColor) -> QColor:
    """The shade of `tone` for text on `background`, with at least MINIMUM_CONTRAST."""
    dark = is_dark(background)
    return _mixed_until(QColor(SHADES[tone][dark]), background, MINIMUM_CONTRAST)


def control_outline(background: QColor) -> QColor:
    """The edge of a check box, a radio button or a field drawn on `background`.

    The background itself mixed with white (on a dark background) or black (on a light one),
    a little at a time, until it stands out by MINIMUM_CONTROL_CONTRAST: as discreet as it can
    be while still seen.
    """
    return _mixed_until(QColor(background), background, MINIMUM_CONTROL_CONTRAST)


def _mixed_until(chosen: QColor, background: QColor, minimum: float) -> QColor:
    """`chosen`, mixed towards white or black (whichever reads on `background`) until it
    has `minimum` contrast with `background`."""
    towards = _WHITE if is_dark(background) else _BLACK
    for step in range(_MIXING_STEPS + 1):
        share = step / _MIXING_STEPS
        mixed = QColor(
            round(chosen.red() + (towards.red() - chosen.red()) * share),
            round(chosen.green() + (towards.green() - chosen.green()) * share),
            round(chosen.blue() + (towards.blue() - chosen.blue()) * share),
        )
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return towards  # not reached: pure black or white passes on any background


def window_background(widget: QWidget | None = None) -> QColor:
    """The background text is drawn on: the `Window` colour of the widget's palette."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window)


def colour(tone: Tone, widget: QWidget | None = None) -> str:
    """`tone` as `#rrggbb`, for a style sheet or rich text shown by `widget`."""
    return shade(tone, window_background(widget)).name()


def text_style(tone: Tone, widget: QWidget | None = None, *, bold: bool = False) -> str:
    """A style sheet that writes a label's text in `tone` (and in bold if asked)."""
    weight = " font-weight: bold;" if bold else ""
    return f"QLabel {{ color: {colour(tone, widget)};{weight} }}"


def keep_tone(widget: QWidget, tone: Tone, *, bold: bool = False) -> None:
    """Write `widget`'s text in `tone` (`text_style`), now and whenever the desktop switches
    between light and dark while the app runs (the shade for the old background would then be
    unreadable on the new one)."""
    widget.setStyleSheet(text_style(tone, widget, bold=bold))
    _ToneKeeper(widget, tone, bold)


class _ToneKeeper(QObject):
    """Sets the widget's style again after a change of colour scheme (a child of the widget,
    gone with it).

    Told by the style hints' `colorSchemeChanged`: a widget with a style sheet is not sent
    the application's palette changes. The shade is chosen on the application's palette, once
    it has followed the new scheme.
    """

    def __init__(self, widget: QWidget, tone: Tone, bold: bool) -> None:
        super().__init__(widget)
        self.setObjectName("toneKeeper")
        self._tone, self._bold = tone, bold
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self) -> None:
        QTimer.singleShot(0, self, self.apply)  # the palette follows the scheme after the signal

    def apply(self) -> None:
        widget = self.parent()
        style = text_style(self._tone, None, bold=self._bold)
        if isinstance(widget, QWidget) and widget.styleSheet() != style:
            widget.setStyleSheet(style)
