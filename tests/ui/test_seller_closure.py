"""Closing a seller account: confirmation, refusal and try again, expiry and start again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.answers import SellerOutcome
from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.storage.store import DocumentStore
from app.ui.kit.widgets import to_qdate
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.closing_steps import (
    NOW,
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
from tests.ui.driving import child, click, next_page, plain, type_into, visible_texts

B = QWizard.WizardButton


def saved(data_dir: Path) -> list:  # type: ignore[type-arg]
    return list(DocumentStore(data_dir / "account-assistant.json").load().document.cases)


def translated(source: str) -> str:
    """`source` as the user currently reads it."""
    return italian(source) if QLocale().language() == QLocale.Language.Italian else source


def outcome(qtbot: QtBot, w: QWizard, which: SellerOutcome) -> None:
    click(qtbot, child(w.currentPage(), QRadioButton, f"outcome:{which.value}"))
    next_page(qtbot, w)


def up_to_the_request(qtbot: QtBot, w: AssistantWizard, label: str, unified: bool) -> None:
    choose_job(qtbot, w, Job.CLOSE_SELLER_ACCOUNT)
    name_account(qtbot, w, label)
    assert not w.button(B.NextButton).isEnabled()  # the region too
    click(qtbot, child(w.currentPage(), QRadioButton, "region:europe"))
    if unified:
        click(qtbot, child(w.currentPage(), QCheckBox, "euUnified"))
        warning = child(w.currentPage(), QLabel, "unifiedWarning")
        assert warning.isVisible()
        assert warning.text() == translated(  # type: ignore[attr-defined]
            "With a European Unified Account, closing one European store closes all of them."
        )
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.SELLER_PREREQUISITES
    tick_all(qtbot, w)
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.SELLER_IRREVERSIBLE
    assert child(w.currentPage(), QLabel, "unifiedWarning").isVisible() is unified
    assert w.button(B.CommitButton).text() == translated("I have &decided")
    commit(qtbot, w, label)
    assert w.current_page_id() is PageId.SELLER_REQUEST


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_unified_european_seller_sends_the_request_and_sets_the_deadline(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    up_to_the_request(qtbot, w, "Negozio EU", unified=True)
    click(qtbot, child(w.currentPage(), QPushButton, "link:close"))
    send_request(qtbot, w)
    outcome(qtbot, w, SellerOutcome.CONFIRMATION_REQUESTED)
    assert w.current_page_id() is PageId.SELLER_CONFIRM
    w.currentPage().findChild(object, "deadline").setDate(  # type: ignore[union-attr]
        to_qdate(TODAY + dt.timedelta(days=7))
    )
    finish(qtbot, w)

    assert opened_urls == [
        "https://sellercentral.amazon.it/gp/help/external/200399470?language=it_IT"
    ]
    [case] = saved(data_dir)
    assert case.job is Job.CLOSE_SELLER_ACCOUNT
    assert (case.region, case.eu_unified) == (SellerRegion.EUROPE, True)
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert (case.requested_on, case.deadline) == (TODAY, TODAY + dt.timedelta(days=7))
    assert len(case.checklist) == 8
    window = controller.main_window
    assert window is not None
    row = [window.model.index(0, c).data() for c in range(window.model.columnCount())]
    assert row[2] == translated("Waiting for your confirmation")
    in_italian = QLocale().language() == QLocale.Language.Italian
    assert row[4] == ("7 giorni rimasti" if in_italian else "7 days left")


def test_refused_then_fixed_and_tried_again_with_the_answers_kept(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    clock = Clock()
    controller = launch(switcher, data_dir, qtbot, clock, has_cases=False)
    w = wizard(controller, qtbot)
    up_to_the_request(qtbot, w, "Bottega", unified=False)
    send_request(qtbot, w)
    outcome(qtbot, w, SellerOutcome.REFUSED)
    assert w.current_page_id() is PageId.SELLER_REFUSED
    assert not w.button(B.FinishButton).isEnabled()  # the reasons first
    type_into(
        qtbot,
        child(w.currentPage(), QPlainTextEdit, "refusalReasons"),  # type: ignore[arg-type]
        "Saldo negativo; inventario FBA presente",
    )
    finish(qtbot, w)
    [refused] = saved(data_dir)
    assert refused.state is CaseState.REFUSED
    assert refused.refusal_reasons == "Saldo negativo; inventario FBA presente"
    assert refused.deadline is None

    window = controller.main_window
    assert window is not None
    model = window.model
    assert model.index(0, 2).data() == "Refused by Amazon"
    window.select_case(refused.id)
    details = plain(child(window, QLabel, "details").text())  # type: ignore[attr-defined]
    assert "Amazon's reasons: Saldo negativo; inventario FBA presente" in details
    retry = child(window, QPushButton, "try_again")
    assert retry.isVisible() and not child(window, QPushButton, "restart").isEnabled()

    clock.now = NOW + dt.timedelta(days=20)
    click(qtbot, retry)
    w = wizard(controller, qtbot)
    assert w.current_page_id() is PageId.SELLER_PREREQUISITES
    ticks = [
        b for b in w.currentPage().findChildren(QCheckBox) if b.objectName().startswith("item:")
    ]
    assert ticks and all(box.isChecked() for box in ticks)  # the answers are kept
    next_page(qtbot, w)
    commit(qtbot, w, "Bottega")
    send_request(qtbot, w)
    outcome(qtbot, w, SellerOutcome.NO_ANSWER_YET)
    finish(qtbot, w)
    [case] = saved(data_dir)
    assert case.id == refused.id
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert case.refusal_reasons == ""
    assert case.deadline == TODAY + dt.timedelta(days=25)
    # sent (kept at once), refused, sent again: the history says what happened
    assert [c.state for c in case.history] == [
        CaseState.WAITING_CONFIRMATION,
        CaseState.REFUSED,
        CaseState.WAITING_CONFIRMATION,
    ]


def expired_seller_case(data_dir: Path) -> str:
    requested = TODAY - dt.timedelta(days=8)
    case = open_case(
        Job.CLOSE_SELLER_ACCOUNT,
        "Vecchio negozio",
        "amazon.it",
        "",
        NOW - dt.timedelta(days=8),
        state=CaseState.WAITING_CONFIRMATION,
    )
    case = case.model_copy(
        update={
            "requested_on": requested,
            "deadline": requested + dt.timedelta(days=5),
            "region": SellerRegion.EUROPE,
            "checklist": ["orders_fulfilled"],
        }
    )
    DocumentStore(data_dir / "account-assistant.json").save(Document(cases=[case]))
    return case.id


def test_a_deadline_that_passed_expires_the_case_and_it_starts_again(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    case_id = expired_seller_case(data_dir)
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=True)
    # Shown first: what needs attention.
    [attention] = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "attention"
    ]
    assert "Vecchio negozio (amazon.it): Deadline passed</li>" in attention.text()
    attention.close()
    [case] = saved(data_dir)
    assert case.state is CaseState.EXPIRED
    assert case.history[-1].at == NOW
    window = controller.main_window
    assert window is not None
    assert window.model.index(0, 4).data() == "expired"
    window.select_case(case_id)
    click(qtbot, child(window, QPushButton, "restart"))

    w = wizard(controller, qtbot)
    assert w.current_page_id() is PageId.SELLER_ACCOUNT  # the whole procedure again
    assert "Vecchio negozio" in [child(w.currentPage(), object, "accountLabel").text()]  # type: ignore[attr-defined]
    assert child(w.currentPage(), QRadioButton, "region:europe").isChecked()  # type: ignore[attr-defined]
    next_page(qtbot, w)
    tick_all(qtbot, w)
    next_page(qtbot, w)
    commit(qtbot, w, "vecchio negozio")
    send_request(qtbot, w)
    outcome(qtbot, w, SellerOutcome.CONFIRMATION_REQUESTED)
    finish(qtbot, w)
    [again] = saved(data_dir)
    assert again.id == case_id
    assert again.state is CaseState.WAITING_CONFIRMATION
    assert (again.requested_on, again.deadline) == (TODAY, TODAY + dt.timedelta(days=5))
    assert [c.state for c in again.history] == [
        CaseState.WAITING_CONFIRMATION,
        CaseState.EXPIRED,
        CaseState.WAITING_CONFIRMATION,
    ]
    assert "Vecchio negozio" in " ".join(visible_texts(window))


@pytest.mark.parametrize("confirm", [True, False])
def test_abandoning_asks_first_and_keeps_the_case(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    confirm: bool,
) -> None:
    expired_seller_case(data_dir)
    answer = QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: answer))
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=True)
    window = controller.main_window
    assert window is not None
    window.table.selectRow(0)
    click(qtbot, child(window, QPushButton, "abandon"))
    [case] = saved(data_dir)
    assert case.state is (CaseState.ABANDONED if confirm else CaseState.EXPIRED)
