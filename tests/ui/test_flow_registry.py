"""Every job has its screens (`FlowUi`) beside its flow (`FlowSpec`), and they agree."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.flow_spec import UnknownJob
from app.core.flows.registry import FLOWS, flow_for
from app.core.jobs import Job
from app.core.reminder_kinds import ReminderKind
from app.ui.flows.registry import FLOW_UIS, flow_ui
from app.ui.hints.hint_book import HintBook
from app.ui.shell.language import LanguageSwitcher


def test_every_job_has_its_screens_and_its_flow() -> None:
    assert set(FLOW_UIS) == set(Job) == set(FLOWS)
    assert all(screens.job is job for job, screens in FLOW_UIS.items())


def test_an_unknown_job_has_no_screens() -> None:
    with pytest.raises(UnknownJob):
        flow_ui("close_a_bank_account")  # type: ignore[arg-type]


@pytest.mark.parametrize("job", list(Job))
def test_the_pages_built_are_exactly_the_flows_pages(job: Job, qtbot: QtBot) -> None:
    def clock() -> dt.datetime:
        return dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)

    pages = flow_ui(job).build_pages(Answers(job=job), clock, HintBook(list, lambda _: None))
    for page in pages.values():
        qtbot.addWidget(page)

    assert set(pages) == flow_for(job).pages
    assert all(page.page_id is page_id for page_id, page in pages.items())


def test_jobs_whose_cases_wait_for_a_day_say_what_that_day_is(italian: LanguageSwitcher) -> None:
    with_deadline = {job for job, screens in FLOW_UIS.items() if screens.deadline is not None}
    assert with_deadline == {
        Job.CLOSE_CUSTOMER_ACCOUNT,
        Job.CLOSE_SELLER_ACCOUNT,
        Job.SELLER_SIGN_IN,
    }

    for job in with_deadline:
        texts = flow_ui(job).deadline
        assert texts is not None
        summary, description = texts.calendar()
        for text in (
            texts.reminder(ReminderKind.DAY_BEFORE),
            texts.reminder(ReminderKind.DEADLINE_DAY),
            summary,
            description,
            texts.question(),
        ):
            # translated: the Italian catalogue has every one of them
            assert text not in {
                texts.day_before,
                texts.on_the_day,
                texts.calendar_summary,
                texts.calendar_description,
                texts.dialog_question,
            }, f"{job}: untranslated {text!r}"


def test_the_identity_document_case_is_not_asked_about_a_closure(
    switcher: LanguageSwitcher,
) -> None:
    texts = flow_ui(Job.SELLER_SIGN_IN).deadline
    assert texts is not None
    assert "closure" not in texts.question()
    assert "identity document" in texts.question()
