"""Fixtures for driving the app's windows like a user: a language switcher, a controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.ui.shell.language import LanguageSwitcher


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A test that leaves a wizard open with a named account: when pytest-qt closes it
    afterwards, it must not ask "keep it as a draft?" with nobody there to answer."""
    del item
    from app.ui.wizard.assistant_wizard import AssistantWizard

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AssistantWizard):
            widget.leave_guard = None
    return (yield)


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """The app's language switcher, starting in English; back to English afterwards."""
    switcher = LanguageSwitcher(qapp)
    switcher.apply(Language.ENGLISH)
    yield switcher
    switcher.apply(Language.ENGLISH)
    switcher.setParent(None)


@pytest.fixture
def italian(switcher: LanguageSwitcher, qtbot: QtBot) -> LanguageSwitcher:
    switcher.apply(Language.ITALIAN)
    return switcher


def settle(qapp: QApplication) -> None:
    """Let Qt deliver the posted events (a language change reaches widgets this way)."""
    for _ in range(3):
        qapp.processEvents()


@pytest.fixture
def document_path(data_dir: Path) -> Path:
    from app.storage.paths import DOCUMENT_FILE_NAME

    return data_dir / DOCUMENT_FILE_NAME


@pytest.fixture
def data_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the case list's model is asked for a cell (`[0]`, reset at will)."""
    from app.ui.cases.cases_model import CasesModel, Index

    calls = [0]
    original = CasesModel.data

    def counting(self: CasesModel, index: Index, role: int = 0) -> Any:
        calls[0] += 1
        return original(self, index, role)

    monkeypatch.setattr(CasesModel, "data", counting)
    return calls
