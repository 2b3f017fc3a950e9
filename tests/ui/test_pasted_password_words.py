"""The pasted-password findings name characters in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.languages import Language
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.pages.pasted_password_page import PastedPasswordPage
from tests.ui.conftest import settle
from tests.ui.driving import child, plain

PASTED = "p\u0430ss\u200bw\u00a0rd"  # a Cyrillic a, a zero-width space, a no-break space


@pytest.mark.parametrize(
    ("language", "invisible", "lookalike"),
    [
        (Language.ENGLISH, "zero-width space, non-breaking space", "Cyrillic letter"),
        (Language.ITALIAN, "spazio invisibile, spazio indivisibile", "lettera cirillica"),
    ],
)
def test_pasted_characters_are_named_in_the_user_s_language(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
    invisible: str,
    lookalike: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    page = PastedPasswordPage(Answers(job=Job.SELLER_SIGN_IN))
    qtbot.addWidget(page)
    page.show()
    field = child(page, QLineEdit, "pastedPassword")
    QGuiApplication.clipboard().setText(PASTED)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    findings = plain(child(page, QLabel, "findings").text())  # type: ignore[attr-defined]
    assert f"{invisible} (" in findings
    assert f"{lookalike} (" in findings
    for unicode_word in ("ZERO WIDTH", "zero width", "CYRILLIC", "cyrillic small letter"):
        assert unicode_word not in findings
    page.wipe()
