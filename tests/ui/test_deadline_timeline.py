"""A waiting case shows its days as a timeline: sent, today, the deadline, in words too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.languages import Language
from app.storage.store import DocumentStore
from app.ui.cases.case_texts import long_date
from app.ui.shell.language import LanguageSwitcher
from tests.ui.conftest import settle
from tests.ui.test_undo_case_changes import open_app, select
from tests.ui.test_undo_case_changes import store as saved_store

store = saved_store  # the same two cases: one waiting (20 to 25 November), one without a deadline


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            Language.ENGLISH,
            "Request sent on {sent}; today, {today}, is day 2 of 5; confirm by {deadline}.",
        ),
        (
            Language.ITALIAN,
            "Richiesta inviata il {sent}; oggi, {today}, è il giorno 2 di 5; conferma entro "
            "il {deadline}.",
        ),
    ],
)
def test_the_waiting_case_shows_its_five_days_and_says_where_today_is(
    switcher: LanguageSwitcher,
    data_dir: Path,
    store: DocumentStore,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
    sentence: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    window = open_app(switcher, data_dir, qtbot)
    select(window, "Negozio")
    assert window.timeline.isVisible()
    assert window.timeline.accessibleDescription() == sentence.format(
        sent=long_date(dt.date(2026, 11, 20)),
        today=long_date(dt.date(2026, 11, 22)),
        deadline=long_date(dt.date(2026, 11, 25)),
    )
    image = window.timeline.grab().toImage()
    assert image.width() > 0 and not image.isNull()

    select(window, "Altro")  # a case with no deadline: no timeline
    assert not window.timeline.isVisible()
