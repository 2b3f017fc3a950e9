"""A sent request is never lost, whichever way the wizard is left (issue: the 5-day promise).

Esc, Cancel, the close box, File > Quit, logging out: from the moment the request is marked as
sent, its case waits for confirmation, with its deadline. Before that, a named account is
kept as a draft if the user agrees (the default), and the user can go back to the assistant.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import Case
from app.core.deadlines import confirmation_deadline
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.storage.store import DocumentStore
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.closing_steps import (
    TODAY,
    B,
    Clock,
    choose_job,
    launch,
    send_request,
    up_to_the_customer_request,
    wizard,
)
from tests.ui.conftest import settle
from tests.ui.driving import press
from tests.ui.test_seller_closure import up_to_the_request


def saved(data_dir: Path) -> list[Case]:
    return list(DocumentStore(data_dir / "account-assistant.json").load().document.cases)


def leave_by_escape(qtbot: QtBot, w: AssistantWizard) -> None:
    qtbot.keyClick(w, Qt.Key.Key_Escape)


def leave_by_cancel(qtbot: QtBot, w: AssistantWizard) -> None:
    press(qtbot, w, B.CancelButton)


def leave_by_close_box(qtbot: QtBot, w: AssistantWizard) -> None:
    w.close()  # what the window manager's close box does


WAYS_OUT: dict[str, Callable[[QtBot, AssistantWizard], None]] = {
    "Esc": leave_by_escape,
    "Cancel": leave_by_cancel,
    "close box": leave_by_close_box,
}


def to_the_request(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, job: Job, label: str
) -> tuple[AppController, AssistantWizard]:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    if job is Job.CLOSE_SELLER_ACCOUNT:
        up_to_the_request(qtbot, w, label, unified=False)
        return controller, w
    up_to_the_customer_request(qtbot, w, label)
    return controller, w


def answer_the_question(qtbot: QtBot, button_name: str) -> list[str]:
    """Press a button of the question that is about to appear; its texts, for the test.

    If the question or the button is not there, the box is closed anyway (the test then
    fails on what it saw) rather than left waiting for a click that never comes.
    """
    seen: list[str] = []

    def press_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            seen.append(f"no question, but {box!r}")
            return
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        wanted = [b for b in box.findChildren(QPushButton) if b.text() == button_name]
        if wanted:
            wanted[0].click()
        else:
            seen.append(f"no button {button_name!r}")
            box.escapeButton().click()

    QTimer.singleShot(0, press_it)
    return seen


@pytest.mark.parametrize("way_out", list(WAYS_OUT))
@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
@pytest.mark.parametrize("job", [Job.CLOSE_CUSTOMER_ACCOUNT, Job.CLOSE_SELLER_ACCOUNT])
def test_a_request_marked_as_sent_waits_for_confirmation_whichever_way_out(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
    job: Job,
    way_out: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    _, w = to_the_request(switcher, data_dir, qtbot, job, "Negozio")
    send_request(qtbot, w)  # ticked "I sent it", then Next

    WAYS_OUT[way_out](qtbot, w)

    assert not w.isVisible()
    [case] = saved(data_dir)
    assert case.label == "Negozio" and case.job is job
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert case.deadline == confirmation_deadline(TODAY)


def test_the_sent_request_is_on_disk_before_the_user_leaves(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    """Saved as the user goes: a crash or a power cut right now would not lose it."""
    _, w = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_CUSTOMER_ACCOUNT, "Lavoro")
    send_request(qtbot, w)

    assert w.isVisible() and w.current_page_id() is PageId.CUSTOMER_CONFIRM
    [case] = saved(data_dir)
    assert case.state is CaseState.WAITING_CONFIRMATION


def test_finishing_after_the_early_save_keeps_one_case_not_two(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    _, w = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_CUSTOMER_ACCOUNT, "Lavoro")
    send_request(qtbot, w)
    press(qtbot, w, B.FinishButton)

    [case] = saved(data_dir)
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert [change.state for change in case.history] == [CaseState.WAITING_CONFIRMATION]


@pytest.mark.parametrize(
    ("language", "keep", "question"),
    [
        (Language.ENGLISH, "&Keep as a draft", "Keep it in your list as a draft"),
        (Language.ITALIAN, "&Tienila come bozza", "come bozza"),
    ],
)
def test_leaving_before_sending_asks_and_keeps_a_draft_by_default(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
    keep: str,
    question: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    _, w = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_CUSTOMER_ACCOUNT, "Mamma")

    seen = answer_the_question(qtbot, keep)
    leave_by_escape(qtbot, w)

    assert any(question in text for text in seen), seen
    assert not w.isVisible()
    [case] = saved(data_dir)
    assert case.label == "Mamma" and case.state is CaseState.DRAFT


def test_the_user_can_choose_not_to_keep_it(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    _, w = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_CUSTOMER_ACCOUNT, "Mamma")

    answer_the_question(qtbot, "&Don't keep it")
    leave_by_cancel(qtbot, w)

    assert not w.isVisible()
    assert saved(data_dir) == []


def test_the_user_can_go_back_to_the_assistant(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    _, w = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_CUSTOMER_ACCOUNT, "Mamma")

    answer_the_question(qtbot, "&Go back to the assistant")
    leave_by_close_box(qtbot, w)

    assert w.isVisible() and w.current_page_id() is PageId.CUSTOMER_REQUEST
    assert saved(data_dir) == []


def test_nothing_is_asked_when_no_account_was_named(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)

    leave_by_escape(qtbot, w)  # a question would block here

    assert not w.isVisible()
    assert saved(data_dir) == []


def test_file_quit_with_the_wizard_open_quits_the_app_and_keeps_the_draft(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    controller, _ = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_CUSTOMER_ACCOUNT, "Mamma")
    window = controller.open_main_window()
    qtbot.addWidget(window)

    window.quit_action.trigger()  # File > Quit (Ctrl+Q)

    assert quits == [True]
    [case] = saved(data_dir)
    assert case.state is CaseState.DRAFT


def test_logging_out_with_the_wizard_open_keeps_the_sent_request(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller, w = to_the_request(switcher, data_dir, qtbot, Job.CLOSE_SELLER_ACCOUNT, "Bottega")
    send_request(qtbot, w)  # to Amazon's outcome page: not confirmed yet
    qtbot.waitUntil(lambda: w.current_page_id() is PageId.SELLER_OUTCOME)

    controller.keep_wizard_progress()  # what the session manager's commit-data request runs

    [case] = saved(data_dir)
    assert case.state is CaseState.WAITING_CONFIRMATION
