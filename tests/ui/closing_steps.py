"""Steps of the closure flows as a user takes them (shared by the closure tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.driving import child, click, next_page, press, type_into

B = QWizard.WizardButton
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


class NoAutostart:
    """Stands in for the system's autostart entry: tests never touch the real one."""

    def __init__(self) -> None:
        self.command: list[str] | None = None

    def is_enabled(self) -> bool:
        return self.command is not None

    def enable(self, command: object) -> None:
        self.command = list(command)  # type: ignore[call-overload]

    def disable(self) -> None:
        self.command = None

    def describe(self) -> str:
        return "in memory"

    def runs(self, command: object) -> bool:
        return self.command == list(command)  # type: ignore[call-overload]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def launch(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, clock: Clock, has_cases: bool
) -> AppController:
    controller = AppController(switcher, data_dir, clock=clock, autostart=NoAutostart())
    qtbot.addWidget(controller.show_first_window(has_cases))
    controller.load_document()
    return controller


def wizard(controller: AppController, qtbot: QtBot) -> AssistantWizard:
    assert controller.wizard is not None and controller.wizard.isVisible()
    qtbot.addWidget(controller.wizard)
    return controller.wizard


def choose_job(qtbot: QtBot, w: AssistantWizard, job: Job, store: str = "amazon.it") -> None:
    click(qtbot, child(w.currentPage(), QRadioButton, f"job:{job.value}"))
    combo = child(w.currentPage(), QComboBox, "store")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(store))
    next_page(qtbot, w)


def name_account(qtbot: QtBot, w: AssistantWizard, label: str) -> None:
    field = child(w.currentPage(), QLineEdit, "accountLabel")
    assert isinstance(field, QLineEdit)
    field.clear()
    type_into(qtbot, field, label)


def tick_all(qtbot: QtBot, w: AssistantWizard) -> None:
    for box in w.currentPage().findChildren(QCheckBox):
        if box.objectName().startswith("item:") and not box.isChecked():
            click(qtbot, box)
            assert box.isChecked()


def commit(qtbot: QtBot, w: AssistantWizard, typed: str) -> None:
    assert not w.button(B.CommitButton).isEnabled()
    type_into(qtbot, child(w.currentPage(), QLineEdit, "typedLabel"), typed)  # type: ignore[arg-type]
    press(qtbot, w, B.CommitButton)


def send_request(qtbot: QtBot, w: AssistantWizard) -> None:
    click(qtbot, child(w.currentPage(), QCheckBox, "requestSent"))
    next_page(qtbot, w)


def finish(qtbot: QtBot, w: AssistantWizard) -> None:
    press(qtbot, w, B.FinishButton)


def up_to_the_customer_request(qtbot: QtBot, w: AssistantWizard, label: str) -> None:
    """From the start page to "I have sent the request", for a customer account `label`."""
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, label)
    next_page(qtbot, w)
    tick_all(qtbot, w)
    next_page(qtbot, w)
    commit(qtbot, w, label)
