"""The confirmation page offers the reminders right there and says exactly what will happen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.core.pages import PageId
from app.ui.shell.language import LanguageSwitcher
from tests.ui.closing_steps import (
    B,
    Clock,
    launch,
    send_request,
    up_to_the_customer_request,
    wizard,
)
from tests.ui.conftest import settle
from tests.ui.driving import child, click, plain, press


def _to_the_confirmation(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> tuple[object, object]:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    up_to_the_customer_request(qtbot, w, "Casa")
    send_request(qtbot, w)
    assert w.current_page_id() is PageId.CUSTOMER_CONFIRM
    return controller, w


@pytest.mark.parametrize(
    ("language", "with_login", "without_login"),
    [
        (
            Language.ENGLISH,
            "and when you log in to this computer",
            "but only if Account Assistant is open",
        ),
        (Language.ITALIAN, "e quando accedi a questo computer", "ma solo se Assistente Account"),
    ],
)
def test_the_page_says_what_will_happen_with_the_choices_made(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
    with_login: str,
    without_login: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    _, w = _to_the_confirmation(switcher, data_dir, qtbot)
    page = w.currentPage()  # type: ignore[attr-defined]
    at_login = child(page, QCheckBox, "remindAtLogin")
    promise = child(page, QLabel, "reminderPromise")

    assert at_login.isChecked()  # type: ignore[attr-defined]  # on by default
    assert with_login in plain(promise.text())  # type: ignore[attr-defined]

    click(qtbot, at_login)  # type: ignore[arg-type]
    assert without_login in plain(promise.text())  # type: ignore[attr-defined]


def test_finishing_with_the_default_switches_the_login_reminder_on(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller, w = _to_the_confirmation(switcher, data_dir, qtbot)

    press(qtbot, w, B.FinishButton)  # type: ignore[arg-type]

    autostart = controller.autostart()  # type: ignore[attr-defined]
    assert autostart.is_enabled()
    assert controller.main_window.login_action.isChecked()  # type: ignore[attr-defined]


def test_saying_no_on_the_page_keeps_the_login_reminder_off(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller, w = _to_the_confirmation(switcher, data_dir, qtbot)
    click(qtbot, child(w.currentPage(), QCheckBox, "remindAtLogin"))  # type: ignore[arg-type,attr-defined]

    press(qtbot, w, B.FinishButton)  # type: ignore[arg-type]

    assert not controller.autostart().is_enabled()  # type: ignore[attr-defined]


def test_the_choice_holds_even_when_the_wizard_is_closed_with_esc(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    from PySide6.QtCore import Qt

    controller, w = _to_the_confirmation(switcher, data_dir, qtbot)

    qtbot.keyClick(w, Qt.Key.Key_Escape)  # type: ignore[arg-type]

    assert controller.autostart().is_enabled()  # type: ignore[attr-defined]
