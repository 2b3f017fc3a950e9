"""Help > About says what the app is, its version and licence, where its data is, and opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from app import __version__
from app.core.languages import Language
from app.storage.store import DocumentStore
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.conftest import settle
from tests.ui.driving import child, plain
from tests.ui.test_undo_case_changes import open_app
from tests.ui.test_undo_case_changes import store as saved_store

store = saved_store

NOT_AMAZON = "Account Assistant is not made by, affiliated with or endorsed by Amazon."


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_help_about_tells_what_the_app_is_and_opens_the_data_folder(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    window = open_app(switcher, data_dir, qtbot)
    help_menu = window.findChild(QMenu, "helpMenu")
    assert isinstance(help_menu, QMenu)
    assert help_menu.title() == ("&Aiuto" if language is Language.ITALIAN else "&Help")
    seen: dict[str, str] = {}

    def look_then_open_the_folder() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["heading"] = child(dialog, QLabel, "aboutHeading").text()
        seen["text"] = plain(child(dialog, QLabel, "aboutText").text())
        seen["folder"] = child(dialog, QLineEdit, "dataFolder").text()  # type: ignore[attr-defined]
        child(dialog, QPushButton, "openDataFolder").click()
        dialog.reject()

    QTimer.singleShot(0, look_then_open_the_folder)
    window.about_action.trigger()

    assert __version__ in seen["heading"]
    not_amazon = italian(NOT_AMAZON) if language is Language.ITALIAN else NOT_AMAZON
    assert not_amazon in seen["text"]
    assert "MIT" in seen["text"]
    assert seen["folder"] == str(data_dir)
    assert opened_urls == [Path(data_dir).as_uri()]
