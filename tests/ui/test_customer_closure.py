"""Closing a customer account, walked through as a user, in English and in Italian."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.storage.store import DocumentStore
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.closing_steps import (
    TODAY,
    Clock,
    choose_job,
    commit,
    finish,
    launch,
    name_account,
    send_request,
    tick_all,
    wizard,
)
from tests.ui.conftest import settle
from tests.ui.driving import child, click, next_page, visible_texts

B = QWizard.WizardButton


def saved_cases(data_dir: Path) -> list:  # type: ignore[type-arg]
    return list(DocumentStore(data_dir / "account-assistant.json").load().document.cases)


def main_rows(controller: object) -> list[list[str]]:
    model = controller.main_window.model  # type: ignore[attr-defined]
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_customer_closes_an_account_and_waits_for_the_confirmation(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)

    assert w.current_page_id() is PageId.CUSTOMER_ACCOUNT
    assert not w.button(B.NextButton).isEnabled()  # a name first
    name_account(qtbot, w, "Personale")
    next_page(qtbot, w)

    assert w.current_page_id() is PageId.CUSTOMER_CHECKLIST
    click(qtbot, child(w.currentPage(), QPushButton, "link:customer_request_data"))
    tick_all(qtbot, w)
    next_page(qtbot, w)

    assert w.current_page_id() is PageId.CUSTOMER_IRREVERSIBLE
    assert w.currentPage().isCommitPage()
    commit(qtbot, w, "  personale ")  # spaces and capitals do not matter

    assert w.current_page_id() is PageId.CUSTOMER_REQUEST
    assert not w.button(B.BackButton).isEnabled() or not w.button(B.BackButton).isVisible()
    assert w.button(B.FinishButton).isVisible()  # not sent yet: Finish keeps a draft
    click(qtbot, child(w.currentPage(), QPushButton, "link:close"))
    send_request(qtbot, w)

    assert w.current_page_id() is PageId.CUSTOMER_CONFIRM
    finish(qtbot, w)

    assert opened_urls == [
        "https://www.amazon.it/hz/privacy-central/data-requests/preview.html",
        "https://www.amazon.it/privacy/data-deletion",
    ]
    [case] = saved_cases(data_dir)
    assert case.job is Job.CLOSE_CUSTOMER_ACCOUNT
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert (case.label, case.store_domain) == ("Personale", "amazon.it")
    assert case.requested_on == TODAY
    assert case.deadline == TODAY + dt.timedelta(days=5)
    assert len(case.checklist) == 7
    [row] = main_rows(controller)
    if language is Language.ITALIAN:
        assert row[2] == italian("Waiting for your confirmation")
        assert row[4] == "5 giorni rimasti"
        assert row[3] == "venerdì 27 novembre 2026"
    else:
        assert row[2:5] == [
            "Waiting for your confirmation",
            "Friday, 27 November 2026",
            "5 days left",
        ]


def test_unticked_points_are_questioned_and_the_user_can_stay(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []
    reply = {"value": QMessageBox.StandardButton.No}

    def question(parent: object, title: str, text: str, *args: object) -> object:
        questions.append(text)
        return reply["value"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, "Vecchio")
    next_page(qtbot, w)
    boxes = [
        b for b in w.currentPage().findChildren(QCheckBox) if b.objectName().startswith("item:")
    ]
    for box in boxes[:-1]:
        click(qtbot, box)
    next_page(qtbot, w)
    assert questions == [
        "One point is not ticked. After closing, what you did not save is lost for good. "
        "Go on anyway?"
    ]
    assert w.current_page_id() is PageId.CUSTOMER_CHECKLIST
    reply["value"] = QMessageBox.StandardButton.Yes
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.CUSTOMER_IRREVERSIBLE


def test_not_sent_yet_keeps_a_draft_that_continues_from_the_list(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
) -> None:
    clock = Clock()
    controller = launch(switcher, data_dir, qtbot, clock, has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, "Mamma")
    next_page(qtbot, w)
    tick_all(qtbot, w)
    next_page(qtbot, w)
    commit(qtbot, w, "Mamma")
    finish(qtbot, w)  # not sent yet
    [draft] = saved_cases(data_dir)
    assert draft.state is CaseState.DRAFT and draft.deadline is None

    # Two days later the user sent it, and continues from the list.
    clock.now += dt.timedelta(days=2)
    window = controller.main_window
    assert window is not None
    window.select_case(draft.id)
    click(qtbot, child(window, QPushButton, "continue"))
    w = wizard(controller, qtbot)
    assert w.current_page_id() is PageId.CUSTOMER_REQUEST
    assert "Mamma" in " ".join(visible_texts(w))
    send_request(qtbot, w)
    finish(qtbot, w)
    [case] = saved_cases(data_dir)
    assert case.id == draft.id
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert case.requested_on == TODAY + dt.timedelta(days=2)
    assert [c.state for c in case.history] == [CaseState.DRAFT, CaseState.WAITING_CONFIRMATION]


def test_the_next_account_starts_right_after_finish(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, "Primo")
    next_page(qtbot, w)
    tick_all(qtbot, w)
    next_page(qtbot, w)
    commit(qtbot, w, "Primo")
    send_request(qtbot, w)
    click(qtbot, child(w.currentPage(), QCheckBox, "startNext"))
    finish(qtbot, w)
    qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard.isVisible())
    following = wizard(controller, qtbot)
    assert following.current_page_id() is PageId.CUSTOMER_ACCOUNT
    assert following.answers.account_label == ""
    assert following.answers.store_domain == "amazon.it"
    assert len(saved_cases(data_dir)) == 1


def test_a_deadline_far_from_the_request_is_refused_with_a_message(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text))
    )
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, "Prova")
    next_page(qtbot, w)
    tick_all(qtbot, w)
    next_page(qtbot, w)
    commit(qtbot, w, "Prova")
    send_request(qtbot, w)
    from app.ui.kit.widgets import to_qdate

    field = w.currentPage().findChild(object, "deadline")
    field.setDate(to_qdate(TODAY + dt.timedelta(days=90)))  # type: ignore[union-attr]
    finish(qtbot, w)
    assert warnings == [
        "The deadline is more than 60 days after the request: please check the date in "
        "Amazon's message."
    ]
    # The wrong date is not saved; the request itself was kept when it was marked as sent.
    assert w.isVisible()
    [case] = saved_cases(data_dir)
    assert case.deadline == TODAY + dt.timedelta(days=5)
