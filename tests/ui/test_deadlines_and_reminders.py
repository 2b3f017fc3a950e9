"""Deadlines after the request: reminders, confirming, changing, the calendar, login reminders."""

from __future__ import annotations

import configparser
import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.reminder_kinds import ReminderKind
from app.storage.autostart import LinuxAutostart
from app.storage.store import DocumentStore
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from tests.ui.closing_steps import NOW, TODAY, Clock, NoAutostart
from tests.ui.driving import child, click


def waiting_case(data_dir: Path, deadline: dt.date, label: str = "Personale") -> str:
    requested = deadline - dt.timedelta(days=5)
    case = open_case(
        Job.CLOSE_CUSTOMER_ACCOUNT,
        label,
        "amazon.it",
        "",
        NOW - dt.timedelta(days=5),
        state=CaseState.WAITING_CONFIRMATION,
    ).model_copy(update={"requested_on": requested, "deadline": deadline})
    DocumentStore(data_dir / "account-assistant.json").save(Document(cases=[case]))
    return case.id


def saved(data_dir: Path) -> list:  # type: ignore[type-arg]
    return list(DocumentStore(data_dir / "account-assistant.json").load().document.cases)


def boxes(qapp: QApplication, name: str) -> list[QMessageBox]:
    return [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


@pytest.fixture(autouse=True)
def _close_boxes(qapp: QApplication) -> object:
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def start(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, clock: Clock, autostart: object = None
) -> AppController:
    controller = AppController(
        switcher, data_dir, clock=clock, autostart=autostart or NoAutostart()
    )  # type: ignore[arg-type]
    qtbot.addWidget(controller.show_first_window(has_cases=True))
    controller.load_document()
    return controller


def test_the_day_before_and_the_day_itself_each_remind_once(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    waiting_case(data_dir, TODAY + dt.timedelta(days=2))
    clock = Clock()
    controller = start(switcher, data_dir, qtbot, clock)
    assert boxes(qapp, "attention") == []  # two days left: nothing to say yet
    reminders = controller.reminders
    assert reminders is not None
    assert reminders.check(at_start_up=False) == []

    clock.now = NOW + dt.timedelta(days=1)
    [message] = reminders.check(at_start_up=False)
    assert message.startswith("Tomorrow (Tuesday, 24 November 2026) is the last day")
    [shown] = boxes(qapp, "reminder")
    assert reminders.check(at_start_up=False) == []  # not twice
    shown.accept()  # the user closes it: given, for good

    clock.now = NOW + dt.timedelta(days=2)
    [message] = reminders.check(at_start_up=False)
    assert message.startswith("Today (Tuesday, 24 November 2026) is the last day")
    for box in boxes(qapp, "reminder"):
        box.accept()
    [case] = saved(data_dir)
    assert [r.kind for r in case.reminded] == [ReminderKind.DAY_BEFORE, ReminderKind.DEADLINE_DAY]
    assert controller.main_window is not None
    assert controller.main_window.model.index(0, 4).data() == "due today"

    clock.now = NOW + dt.timedelta(days=3)
    [message] = reminders.check(at_start_up=False)
    # the app cannot know more than "not marked as confirmed": it offers both ways on
    assert "has passed, and it was not marked as confirmed here" in message
    assert "\u201cI did confirm it in time\u201d" in message
    assert "\u201cStart again\u201d" in message
    assert saved(data_dir)[0].state is CaseState.EXPIRED


def test_due_tomorrow_is_shown_first_at_start_up(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    waiting_case(data_dir, TODAY + dt.timedelta(days=1), label="Mamma")
    start(switcher, data_dir, qtbot, Clock())
    [box] = boxes(qapp, "attention")
    assert "Mamma (amazon.it): Waiting for your confirmation, 1 day left" in box.text()
    assert saved(data_dir)[0].reminded == []  # not yet seen
    box.accept()
    # Seen: the reminder counts as given, and the next check does not repeat it.
    assert [r.kind for r in saved(data_dir)[0].reminded] == [ReminderKind.DAY_BEFORE]


def test_marking_confirmed_and_changing_the_deadline(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = waiting_case(data_dir, TODAY + dt.timedelta(days=3))
    controller = start(switcher, data_dir, qtbot, Clock())
    window = controller.main_window
    assert window is not None
    window.select_case(case_id)
    import app.ui.cases.deadline_dialog as dialog

    monkeypatch.setattr(
        dialog, "ask_new_deadline", lambda parent, case, today: TODAY + dt.timedelta(days=6)
    )
    click(qtbot, child(window, QPushButton, "change_deadline"))
    assert saved(data_dir)[0].deadline == TODAY + dt.timedelta(days=6)
    assert window.model.index(0, 4).data() == "6 days left"

    monkeypatch.setattr(  # "did you confirm it?": yes
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    click(qtbot, child(window, QPushButton, "mark_confirmed"))
    [case] = saved(data_dir)
    assert case.state is CaseState.CONFIRMED
    assert case.history[-1].at == NOW
    assert window.model.index(0, 4).data() == ""  # no countdown once confirmed
    assert not child(window, QPushButton, "mark_confirmed").isEnabled()


def test_the_deadline_dialog_refuses_a_date_before_the_request(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.cases.deadline_dialog import DeadlineDialog
    from app.ui.kit.widgets import to_qdate

    waiting_case(data_dir, TODAY + dt.timedelta(days=3))
    [case] = saved(data_dir)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text))
    )
    dialog = DeadlineDialog(None, case, TODAY)
    qtbot.addWidget(dialog)
    dialog.field.setDate(to_qdate(case.requested_on - dt.timedelta(days=1)))
    dialog.accept()
    assert warnings == ["The deadline cannot be before the day you sent the request."]
    assert dialog.result() != dialog.DialogCode.Accepted


def test_add_to_calendar_writes_an_ics_file_with_the_deadline_and_alarms(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    case_id = waiting_case(data_dir, TODAY + dt.timedelta(days=4))
    target = tmp_path / "chiusura"  # the user typed no extension
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    controller = start(switcher, data_dir, qtbot, Clock())
    window = controller.main_window
    assert window is not None
    window.select_case(case_id)
    click(qtbot, child(window, QPushButton, "add_to_calendar"))
    written = target.with_suffix(".ics")
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == TODAY + dt.timedelta(days=4)
    assert str(event["UID"]) == f"{case_id}@account-assistant"
    assert "Personale" in str(event["SUMMARY"])
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
    assert triggers == [dt.timedelta(hours=-15), dt.timedelta(hours=9)]
    [saved_box] = boxes(qapp, "notice")
    assert str(written) in saved_box.text()


def test_remind_me_at_login_installs_and_removes_the_autostart_entry(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    waiting_case(data_dir, TODAY + dt.timedelta(days=4))
    autostart = LinuxAutostart(tmp_path / "config")
    controller = start(switcher, data_dir, qtbot, Clock(), autostart=autostart)
    controller.custom_data_dir = True
    window = controller.main_window
    assert window is not None
    assert not window.login_action.isChecked()  # off by default
    window.login_action.trigger()
    assert autostart.is_enabled() and window.login_action.isChecked()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(autostart.path, encoding="utf-8")
    command = autostart.exec_command()
    assert command is not None and command[-3:] == [
        "--check-reminders",
        "--data-dir",
        str(data_dir),
    ]
    assert entry["Desktop Entry"]["Type"] == "Application"
    window.login_action.trigger()
    assert not autostart.is_enabled() and not autostart.path.exists()
    assert not window.login_action.isChecked()
