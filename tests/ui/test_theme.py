"""The app's colours stay readable (WCAG 4.5:1) on a light and on a dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.kit.label_warning import LabelWarning
from app.ui.kit.theme import (
    MINIMUM_CONTRAST,
    SHADES,
    Tone,
    colour,
    contrast_ratio,
    shade,
    text_style,
    window_background,
)
from app.ui.kit.widgets import warning_label

LIGHT_WINDOWS = ["#ffffff", "#efefef", "#f6f5f4"]  # plain, Qt's own, GNOME's (Adwaita)
GREYER_WINDOWS = ["#dcdcdc", "#c0c0c0"]  # where today's amber falls short: it is darkened
DARK_WINDOWS = ["#000000", "#1e1e1e", "#2b2b2b", "#353535", "#3c3f41"]  # Fusion dark, Breeze...
TODAY = {Tone.DANGER: "#8a1c1c", Tone.GENUINE: "#1b5e20", Tone.UNSURE: "#8a5a00"}


def palette(window: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Window, QColor(window))
    return result


def test_the_contrast_ratio_is_wcag_s() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21)
    assert contrast_ratio(white, black) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize("window", LIGHT_WINDOWS + GREYER_WINDOWS + DARK_WINDOWS)
def test_every_colour_reads_on_light_and_dark_palettes(tone: Tone, window: str) -> None:
    background = palette(window).color(QPalette.ColorRole.Window)
    assert contrast_ratio(shade(tone, background), background) >= MINIMUM_CONTRAST


@pytest.mark.parametrize("tone", list(Tone))
def test_a_light_palette_keeps_today_s_shades(tone: Tone) -> None:
    assert SHADES[tone][0] == TODAY[tone]
    for window in LIGHT_WINDOWS:
        assert shade(tone, QColor(window)).name() == TODAY[tone]


@pytest.mark.parametrize("tone", list(Tone))
def test_a_dark_palette_gets_light_shades(tone: Tone) -> None:
    for window in DARK_WINDOWS:
        chosen = shade(tone, QColor(window))
        assert chosen.name() == SHADES[tone][1]
        assert chosen.lightness() > QColor(window).lightness()


@pytest.mark.parametrize("tone", list(Tone))
def test_any_background_gets_a_readable_shade(tone: Tone) -> None:
    """Even the mid greys and saturated colours where neither shade passes as it is."""
    backgrounds = [QColor(grey, grey, grey) for grey in range(0, 256, 3)]
    backgrounds += [QColor(h) for h in ("#ff0000", "#00ff00", "#0000ff", "#808000", "#8a1c1c")]
    for background in backgrounds:
        assert contrast_ratio(shade(tone, background), background) >= MINIMUM_CONTRAST


def test_the_app_s_own_palette_gives_today_s_look(qapp: QApplication) -> None:
    assert window_background().lightness() > 128  # the offscreen tests run a light palette
    for tone, today in TODAY.items():
        assert colour(tone) == today
    assert text_style(Tone.DANGER) == "QLabel { color: #8a1c1c; }"
    assert warning_label().styleSheet() == "QLabel { color: #8a1c1c; font-weight: bold; }"
    assert LabelWarning(QLineEdit()).styleSheet() == warning_label().styleSheet()


def test_a_widget_with_a_dark_palette_gets_a_readable_red(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setPalette(palette("#2b2b2b"))
    assert colour(Tone.DANGER, label) == SHADES[Tone.DANGER][1]
    assert text_style(Tone.DANGER, label, bold=True) == (
        f"QLabel {{ color: {SHADES[Tone.DANGER][1]}; font-weight: bold; }}"
    )
