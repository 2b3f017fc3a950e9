"""A wrapping check box answers its height for a width at once when asked again, and a new
text, font or width gives a new answer (the page changes faster; nothing is stale)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.kit.check_box import WrappingCheckBox

LONG = "Wait until every order has arrived and every return and refund is finished " * 3


def test_the_height_follows_the_text_the_font_and_the_width(qtbot: QtBot) -> None:
    box = WrappingCheckBox("&Short")
    qtbot.addWidget(box)
    short = box.heightForWidth(300)
    assert box.heightForWidth(300) == short  # asked again: the same
    box.setText(LONG)
    long = box.heightForWidth(300)
    assert long > short
    assert box.heightForWidth(900) < long  # wider: fewer lines
    font = box.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    box.setFont(font)
    assert box.heightForWidth(300) > long  # a larger font: more, taller lines


def test_asking_again_measures_nothing_again(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    box = WrappingCheckBox(LONG)
    qtbot.addWidget(box)
    measured: list[int] = []
    original = WrappingCheckBox._text_height

    def counting(self: WrappingCheckBox, option: object, width: int) -> int:
        measured.append(width)
        return original(self, option, width)  # type: ignore[arg-type]

    monkeypatch.setattr(WrappingCheckBox, "_text_height", counting)
    for _ in range(9):  # what a layout asks on a page change
        box.heightForWidth(400)
    assert len(measured) == 1


def test_painting_again_lays_the_text_out_no_more(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page change paints each box twice (Qt's own): the wrapped text is measured once."""
    from PySide6.QtGui import QFontMetrics

    box = WrappingCheckBox(LONG)
    qtbot.addWidget(box)
    box.resize(300, box.heightForWidth(300))
    box.grab()  # painted once
    laid_out: list[object] = []
    original = QFontMetrics.boundingRect

    def counting(self: QFontMetrics, *args: object) -> object:
        laid_out.append(args)
        return original(self, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QFontMetrics, "boundingRect", counting)
    for _ in range(3):
        box.grab()
    assert laid_out == []
    box.setText(LONG + " Ancora.")
    box.grab()
    assert len(laid_out) == 1  # a new text: measured again, once
