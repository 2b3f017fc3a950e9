"""A seller still locked out after the eight checks can keep the case, and a sent identity
document's case is never lost, whichever way the assistant is left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.closing_steps import Clock, choose_job, finish, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click, type_into
from tests.ui.keyring_fakes import MemoryKeyring
from tests.ui.test_seller_recovery_flow import answer, start, through_all_checks, translated
from tests.ui.test_ways_out import WAYS_OUT, saved

KEEP = "Add this to my &list of cases, with my notes, so I can follow it up"


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_still_stuck_at_seller_support_the_case_is_kept_to_follow_up(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    opened_urls: list[str],
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    through_all_checks(qtbot, w, "Negozio")
    assert w.current_page_id() is PageId.RECOVERY_SUPPORT
    keep = child(w.currentPage(), QCheckBox, "keepCase")
    assert isinstance(keep, QCheckBox)
    assert keep.isVisible() and keep.isChecked()
    assert keep.text() == translated(language, KEEP)
    finish(qtbot, w)

    [case] = saved(data_dir)
    assert (case.job, case.state, case.label) == (
        Job.SELLER_SIGN_IN,
        CaseState.IN_PROGRESS,
        "Negozio",
    )
    assert case.deadline is None  # nothing to remind: the user follows it up
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert window.model.index(0, 0).data() is not None


def test_unticked_nothing_is_kept(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    through_all_checks(qtbot, w, "Negozio")
    click(qtbot, child(w.currentPage(), QCheckBox, "keepCase"))
    finish(qtbot, w)
    assert saved(data_dir) == []


def _send_the_document_then_go_on(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, until: PageId
) -> AssistantWizard:
    """A seller named "Negozio" sends the identity document and goes on, still stuck, to
    `until`; the wizard, there."""
    w = wizard(start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({})), qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    type_into(qtbot, child(w.currentPage(), QLineEdit, "accountLabel"), "Negozio")  # type: ignore[arg-type]
    for page in CHECKS:
        if page is until:
            break
        if page is PageId.RECOVERY_NO_CODE:
            click(qtbot, child(w.currentPage(), QCheckBox, "documentSent"))
        answer(qtbot, w, solved=False)
    assert w.current_page_id() is until
    return w


def test_with_the_document_sent_the_support_page_offers_no_second_case(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    w = _send_the_document_then_go_on(switcher, data_dir, qtbot, PageId.RECOVERY_SUPPORT)
    assert not child(w.currentPage(), QCheckBox, "keepCase").isVisible()
    finish(qtbot, w)
    [case] = saved(data_dir)
    assert case.state is CaseState.WAITING_FOR_RESET


@pytest.mark.parametrize("way_out", WAYS_OUT)
def test_a_sent_identity_document_is_kept_whichever_way_out(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    way_out: str,
) -> None:
    w = _send_the_document_then_go_on(switcher, data_dir, qtbot, PageId.RECOVERY_COOKIES)
    # Already on disk before the user leaves: a crash here would not lose it.
    [early] = saved(data_dir)
    assert early.state is CaseState.WAITING_FOR_RESET and early.deadline is not None
    WAYS_OUT[way_out](qtbot, w)
    assert not w.isVisible()
    [case] = saved(data_dir)
    assert (case.id, case.state, case.deadline) == (early.id, early.state, early.deadline)


def test_finishing_after_the_early_save_keeps_one_case_with_one_history(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, opened_urls: list[str]
) -> None:
    w = _send_the_document_then_go_on(switcher, data_dir, qtbot, PageId.RECOVERY_SUPPORT)
    finish(qtbot, w)
    [case] = saved(data_dir)
    assert case.state is CaseState.WAITING_FOR_RESET
    assert [change.state for change in case.history] == [CaseState.WAITING_FOR_RESET]


@pytest.mark.parametrize("way_out", ["File > Quit", "logging out"])
def test_a_document_just_ticked_is_kept_by_quitting_or_logging_out(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    monkeypatch: pytest.MonkeyPatch,
    way_out: str,
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    controller = start(switcher, data_dir, qtbot, Clock(), MemoryKeyring({}))
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    type_into(qtbot, child(w.currentPage(), QLineEdit, "accountLabel"), "Negozio")  # type: ignore[arg-type]
    for page in CHECKS[: CHECKS.index(PageId.RECOVERY_NO_CODE)]:
        assert w.current_page_id() is page
        answer(qtbot, w, solved=False)
    click(qtbot, child(w.currentPage(), QCheckBox, "documentSent"))  # ticked, no Next yet
    assert saved(data_dir) == []
    if way_out == "File > Quit":
        window = controller.open_main_window()
        qtbot.addWidget(window)
        window.quit_action.trigger()
        assert quits == [True]
    else:
        controller.keep_wizard_progress()  # the session manager's commit-data request
    [case] = saved(data_dir)
    assert (case.label, case.state) == ("Negozio", CaseState.WAITING_FOR_RESET)
