"""The pasted-password page keeps its promise: what was pasted there leaves the clipboard too.

The page advises removing a trailing space; a user who does so, then leaves the page by
any way (Next, Back, Esc), must not find the password still in the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.closing_steps import Clock, choose_job, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, press, visible_texts
from tests.ui.test_seller_recovery_flow import answer, start

B = QWizard.WizardButton
PASTED = "Secret123 "  # with the trailing space the page tells the user to remove


def to_the_pasted_password_page(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> tuple[AssistantWizard, QLineEdit]:
    controller = start(switcher, data_dir, qtbot, Clock())
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    answer(qtbot, w, solved=False)
    assert w.current_page_id() is PageId.RECOVERY_PASTED_PASSWORD
    field = child(w.currentPage(), QLineEdit, "pastedPassword")
    assert isinstance(field, QLineEdit)
    return w, field


def paste_and_remove_the_space(qtbot: QtBot, field: QLineEdit) -> None:
    QGuiApplication.clipboard().setText(PASTED)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == PASTED
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == PASTED.rstrip()


def leave_by_next(qtbot: QtBot, w: AssistantWizard) -> None:
    answer(qtbot, w, solved=False)
    assert w.current_page_id() is not PageId.RECOVERY_PASTED_PASSWORD


def leave_by_back(qtbot: QtBot, w: AssistantWizard) -> None:
    press(qtbot, w, B.BackButton)
    assert w.current_page_id() is PageId.RECOVERY_CREDENTIALS


def leave_by_escape(qtbot: QtBot, w: AssistantWizard) -> None:
    qtbot.keyClick(w, Qt.Key.Key_Escape)  # no account named: nothing to ask, it closes
    assert not w.isVisible()


WAYS_OUT: dict[str, Callable[[QtBot, AssistantWizard], None]] = {
    "Next": leave_by_next,
    "Back": leave_by_back,
    "Esc": leave_by_escape,
}


@pytest.mark.parametrize("way_out", list(WAYS_OUT))
def test_the_pasted_text_leaves_the_clipboard_even_after_the_space_was_removed(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, way_out: str
) -> None:
    w, field = to_the_pasted_password_page(switcher, data_dir, qtbot)
    paste_and_remove_the_space(qtbot, field)
    WAYS_OUT[way_out](qtbot, w)
    assert field.text() == ""
    assert QGuiApplication.clipboard().text() == ""


def test_the_field_emptied_by_hand_still_empties_the_clipboard(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    w, field = to_the_pasted_password_page(switcher, data_dir, qtbot)
    paste_and_remove_the_space(qtbot, field)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == ""
    leave_by_next(qtbot, w)
    assert QGuiApplication.clipboard().text() == ""


def test_something_copied_after_the_paste_is_left_alone(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    w, field = to_the_pasted_password_page(switcher, data_dir, qtbot)
    paste_and_remove_the_space(qtbot, field)
    QGuiApplication.clipboard().setText("an address copied since")
    leave_by_back(qtbot, w)
    assert QGuiApplication.clipboard().text() == "an address copied since"


def test_two_pastes_are_both_erased(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    """Pasted once, then the password copied again with the space left out and pasted over:
    the clipboard holds the second one, which goes too."""
    w, field = to_the_pasted_password_page(switcher, data_dir, qtbot)
    paste_and_remove_the_space(qtbot, field)
    QGuiApplication.clipboard().setText("Secret123")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    leave_by_next(qtbot, w)
    assert QGuiApplication.clipboard().text() == ""


HISTORY = (
    "A clipboard history keeps its own copy, which this app cannot erase: Windows' history "
    "(Windows key + V), a clipboard manager, or a phone that shares the clipboard. If you use "
    "one, delete the password from it yourself."
)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_page_says_honestly_what_it_cannot_erase(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    w, _field = to_the_pasted_password_page(switcher, data_dir, qtbot)
    expected = italian(HISTORY) if language is Language.ITALIAN else HISTORY
    assert expected in " ".join(visible_texts(w))
