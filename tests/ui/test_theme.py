"""The app's colours stay readable (WCAG 4.5:1) on a light and on a dark palette, and the edges
of check boxes, radio buttons and fields can be seen on both (3:1)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.kit.label_warning import LabelWarning
from app.ui.kit.readable_edges import ReadableEdges
from app.ui.kit.system_palette import follow_system_palette
from app.ui.kit.theme import (
    MINIMUM_CONTRAST,
    MINIMUM_CONTROL_CONTRAST,
    SHADES,
    Tone,
    colour,
    contrast_ratio,
    control_outline,
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


# -- the edges of controls (WCAG 1.4.11: 3:1) ---------------------------------------------


def fusion_dark_palette() -> QPalette:
    """Qt's own dark palette for Fusion (what GNOME or Windows 10 in dark mode get)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs"))
    from make_screenshots import dark_palette

    return dark_palette()


@pytest.mark.parametrize("window", LIGHT_WINDOWS + GREYER_WINDOWS + DARK_WINDOWS + ["#323232"])
def test_control_edges_stand_out_from_the_window(window: str) -> None:
    background = QColor(window)
    edge = control_outline(background)
    assert contrast_ratio(edge, background) >= MINIMUM_CONTROL_CONTRAST
    assert contrast_ratio(edge, background) < 4.5  # discreet: not a text's contrast


def test_control_edges_on_any_grey() -> None:
    for grey in range(0, 256, 5):
        background = QColor(grey, grey, grey)
        assert contrast_ratio(control_outline(background), background) >= MINIMUM_CONTROL_CONTRAST


def test_the_colours_read_on_qt_s_own_dark_palette(qapp: QApplication) -> None:
    dark = fusion_dark_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        background = dark.color(role)
        for tone in Tone:
            assert contrast_ratio(shade(tone, background), background) >= MINIMUM_CONTRAST
    label = QLabel()
    label.setPalette(dark)
    assert colour(Tone.DANGER, label) == SHADES[Tone.DANGER][1]


def edge_contrast(widget: QWidget, area: QRect, background: QColor) -> float:
    """The strongest contrast against `background` of the pixels on `area`'s border."""
    image = widget.grab().toImage()
    ratio = 1.0
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            on_border = x in (area.left(), area.right()) or y in (area.top(), area.bottom())
            if on_border and image.rect().contains(x, y):
                ratio = max(ratio, contrast_ratio(image.pixelColor(x, y), background))
    return ratio


def indicator_area(widget: QAbstractButton, element: QStyle.SubElement) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(widget)
    return widget.style().subElementRect(element, option, widget)


@pytest.mark.parametrize("kind", ["check box", "radio button", "field"])
def test_on_a_dark_palette_the_edges_of_fusion_s_controls_can_be_seen(
    qtbot: QtBot, kind: str
) -> None:
    """Fusion alone draws them about as dark as the window; through ReadableEdges, 3:1."""
    dark = fusion_dark_palette()
    window = dark.color(QPalette.ColorRole.Window)
    seen = {}
    for name, style in (
        ("fusion", QStyleFactory.create("fusion")),
        ("ours", ReadableEdges("fusion")),
    ):
        widget: QWidget
        if kind == "check box":
            widget = QCheckBox("Saldo a zero")
        elif kind == "radio button":
            widget = QRadioButton("Europa")
        else:
            widget = QLineEdit()
        qtbot.addWidget(widget)
        widget.setStyle(style)
        widget.setPalette(dark)
        widget.resize(widget.sizeHint().expandedTo(QSize(120, 0)))
        if isinstance(widget, QCheckBox):
            area = indicator_area(widget, QStyle.SubElement.SE_CheckBoxIndicator)
        elif isinstance(widget, QRadioButton):
            area = indicator_area(widget, QStyle.SubElement.SE_RadioButtonIndicator)
        else:
            area = widget.rect().adjusted(0, 1, 0, -1)
        seen[name] = edge_contrast(widget, area, window)
        widget.setStyle(None)  # type: ignore[arg-type]
        style.deleteLater()
    assert seen["fusion"] < MINIMUM_CONTROL_CONTRAST  # the problem, as Qt has it
    assert seen["ours"] >= MINIMUM_CONTROL_CONTRAST - 0.1  # antialiasing softens a little


def test_a_light_palette_keeps_the_system_s_style(qapp: QApplication) -> None:
    before = qapp.style()
    follow_system_palette()  # the tests run a light palette
    assert qapp.style() is before
    assert not isinstance(qapp.style(), ReadableEdges)


FOLLOW_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from make_screenshots import dark_palette
from app.ui.kit.readable_edges import ReadableEdges
from app.ui.kit.system_palette import follow_system_palette
follow_system_palette()
print(app.style().name(), isinstance(app.style(), ReadableEdges))
app.setPalette(dark_palette())  # the desktop turns dark while the app runs
app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
app.processEvents()
print(isinstance(app.style(), ReadableEdges), app.palette().window().color().name())
"""


def test_the_app_follows_the_desktop_into_a_dark_scheme(tmp_path: Path) -> None:
    """A light start keeps Fusion as it is; a switch to dark brings readable edges, and the
    palette stays the desktop's (in a process of its own: it changes the application's style)."""
    import os
    import subprocess

    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", FOLLOW_SCRIPT, str(repo / "docs")],
        cwd=repo,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["fusion", "False", "True", "#323232"]


def test_a_kept_tone_follows_a_change_of_colour_scheme(qtbot: QtBot, qapp: QApplication) -> None:
    label = warning_label()
    qtbot.addWidget(label)
    assert label.styleSheet() == f"QLabel {{ color: {TODAY[Tone.DANGER]}; font-weight: bold; }}"
    light = QPalette(qapp.palette())
    try:
        qapp.setPalette(fusion_dark_palette())
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: SHADES[Tone.DANGER][1] in label.styleSheet())
    finally:
        qapp.setPalette(light)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: TODAY[Tone.DANGER] in label.styleSheet())
