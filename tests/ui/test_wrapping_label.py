"""A wrapping label answers its height for a width at once when asked again (a page change
lays each text out once per width, not twenty times), and a new text, font, margin or width
gives Qt's own new answer (nothing is stale, nothing is cut)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.kit.labels import WrappingLabel, wrapping_label

LONG = "Aspetta che ogni ordine sia arrivato e che ogni <b>reso</b> sia concluso. " * 3


def plain_twin(label: QLabel) -> QLabel:
    """A plain QLabel made as `label` is: what Qt itself would answer."""
    twin = QLabel(label.text())
    twin.setWordWrap(True)
    twin.setProperty("textFormat", "RichText")
    twin.setFont(label.font())
    twin.setMargin(label.margin())
    twin.setContentsMargins(label.contentsMargins())
    return twin


def test_the_height_is_qt_s_own_and_follows_text_font_margin_and_width(qtbot: QtBot) -> None:
    label = wrapping_label("body")
    qtbot.addWidget(label)
    label.setText("Corto")
    short = label.heightForWidth(300)
    assert label.heightForWidth(300) == short  # asked again: the same
    label.setText(LONG)
    long = label.heightForWidth(300)
    assert long > short
    assert label.heightForWidth(900) < long  # wider: fewer lines
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    label.setFont(font)
    larger = label.heightForWidth(300)
    assert larger > long  # a larger font: more, taller lines
    label.setMargin(20)
    assert label.heightForWidth(300) > larger  # margins take room
    label.setContentsMargins(0, 30, 0, 30)
    for width in (120, 300, 573, 587, 900):
        twin = plain_twin(label)
        qtbot.addWidget(twin)
        assert label.heightForWidth(width) == twin.heightForWidth(width)


def test_asking_again_lays_the_text_out_once_per_width(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = wrapping_label("body")
    label.setText(LONG)
    qtbot.addWidget(label)
    asked: list[int] = []
    original = QLabel.heightForWidth

    def counting(self: QLabel, width: int) -> int:
        if isinstance(self, WrappingLabel):
            asked.append(width)
        return original(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counting)
    for _ in range(10):  # what the layouts ask on a page change
        for width in (573, 587):
            label.heightForWidth(width)
    assert sorted(asked) == [573, 587]


def test_a_page_of_labels_is_laid_out_as_qt_would(qtbot: QtBot) -> None:
    """In a real layout, shown: every label as tall as its text needs, none cut."""
    page = QWidget()
    layout = QVBoxLayout(page)
    labels = [wrapping_label(f"body{n}") for n in range(4)]
    for n, label in enumerate(labels):
        label.setText(LONG * (n + 1))
        layout.addWidget(label)
    qtbot.addWidget(page)
    page.resize(420, 1600)
    page.show()
    qtbot.waitExposed(page)
    for label in labels:
        assert label.height() >= plain_twin(label).heightForWidth(label.width())
