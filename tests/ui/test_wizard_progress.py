"""The wizard says where the user is: the job, "Step 3 of 5", and the steps, current marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.closing_steps import Clock, choose_job, launch, name_account, tick_all, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, next_page
from tests.ui.test_customer_sign_in_flow import answer


def shown(w: AssistantWizard) -> tuple[str, str, str]:
    """The panel's job, position and steps, as the user reads them."""
    panel = w.progress
    assert panel.isVisible()
    texts = (child(panel, QLabel, name).text() for name in ("progressJob", "progressPosition"))
    job, position = texts
    rows = [row for row in panel.findChildren(QLabel, "progressStep") if row.isVisible()]
    assert "\n".join(row.text() for row in rows) == panel.steps_text()
    return job, position, panel.steps_text()


def say(language: Language, source: str, context: str | None = None) -> str:
    return italian(source, context) if language is Language.ITALIAN else source


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_a_closure_shows_each_step_and_marks_the_current_one(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    w = wizard(launch(switcher, data_dir, qtbot, Clock(), has_cases=False), qtbot)
    assert not w.progress.isVisible()  # the start page: no job yet
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    job, position, steps = shown(w)
    assert job == say(language, "Closing a customer account", "JobNames")
    step = say(language, "Step {number} of {total}", "ProgressPanel")
    assert position == step.format(number=1, total=5)
    assert steps.startswith(f"\u25b6 {w.currentPage().title()}")

    name_account(qtbot, w, "Personale")
    next_page(qtbot, w)
    tick_all(qtbot, w)
    _, position, steps = shown(w)
    assert position == step.format(number=2, total=5)
    assert f"\u2713 {w.page_of(PageId.CUSTOMER_ACCOUNT).title()}" in steps
    assert f"\u25b6 {w.currentPage().title()}" in steps
    description = w.progress.accessibleDescription()
    assert w.currentPage().title() in description and "2" in description and "5" in description


def test_the_panel_follows_a_change_of_language(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    w = wizard(launch(switcher, data_dir, qtbot, Clock(), has_cases=False), qtbot)
    choose_job(qtbot, w, Job.CLOSE_SELLER_ACCOUNT)
    assert shown(w)[1] == "Step 1 of 6"
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    qtbot.waitUntil(
        lambda: shown(w)[1] == italian("Step {number} of {total}").format(number=1, total=6)
    )
    assert shown(w)[0] == italian("Closing a seller account", "JobNames")


def test_a_flow_that_ends_early_counts_the_steps_seen_and_the_end(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    w = wizard(launch(switcher, data_dir, qtbot, Clock(), has_cases=False), qtbot)
    choose_job(qtbot, w, Job.CUSTOMER_SIGN_IN)
    assert shown(w)[1] == "Step 1 of 4"
    answer(qtbot, w, yes=False)
    assert shown(w)[1] == "Step 2 of 4"
    answer(qtbot, w, yes=True)  # the help page solved it: the flow ends here
    _, position, steps = shown(w)
    assert position == "Step 3 of 3"
    assert steps.endswith(f"\u25b6 {w.currentPage().title()}")
