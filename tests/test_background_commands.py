"""`--export-ics PATH` and `--check-reminders` as the system runs them: real processes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document, Preferences
from app.core.jobs import Job
from app.core.languages import Language
from app.core.reminder_kinds import ReminderKind
from app.storage.store import DocumentStore

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime.now().astimezone()
TODAY = NOW.date()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ.copy()
    env.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def save_cases(data_dir: Path, *deadlines: dt.date, language: Language | None = None) -> Path:
    cases = []
    for number, deadline in enumerate(deadlines):
        case = open_case(
            Job.CLOSE_SELLER_ACCOUNT,
            f"Negozio {number}",
            "amazon.it",
            "",
            NOW - dt.timedelta(days=3),
            state=CaseState.WAITING_CONFIRMATION,
        ).model_copy(update={"requested_on": deadline - dt.timedelta(days=5), "deadline": deadline})
        cases.append(case)
    path = data_dir / "account-assistant.json"
    DocumentStore(path).save(Document(preferences=Preferences(language=language), cases=cases))
    return path


def test_export_ics_writes_every_open_deadline_in_the_saved_language(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    save_cases(
        data, TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=4), language=Language.ITALIAN
    )
    target = tmp_path / "scadenze.ics"
    result = run("--export-ics", str(target), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2 scadenze scritte in {target}."
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("DTSTART") for e in events) == [
        TODAY + dt.timedelta(days=2),
        TODAY + dt.timedelta(days=4),
    ]
    assert all("Negozio" in str(e["SUMMARY"]) for e in events)
    assert all(str(e["SUMMARY"]).startswith("Conferma") for e in events)


@pytest.mark.parametrize(
    ("count", "language", "said"),
    [
        (1, Language.ENGLISH, "1 deadline written to"),
        (3, Language.ENGLISH, "3 deadlines written to"),
        (1, Language.ITALIAN, "1 scadenza scritta in"),
    ],
)
def test_export_ics_says_how_many_deadlines_it_wrote(
    tmp_path: Path, count: int, language: Language, said: str
) -> None:
    data = tmp_path / "data"
    save_cases(data, *(TODAY + dt.timedelta(days=2 + n) for n in range(count)), language=language)
    target = tmp_path / "deadlines.ics"

    result = run("--export-ics", str(target), "--data-dir", str(data))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{said} {target}."


def test_export_ics_to_a_folder_that_does_not_exist_fails_clearly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    save_cases(data, TODAY + dt.timedelta(days=2))
    result = run(
        "--export-ics",
        str(tmp_path / "no" / "such" / "x.ics"),
        "--data-dir",
        str(data),
        "--lang",
        "en",
    )
    assert result.returncode == 1
    assert "could not be written" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reminders_is_silent_when_nothing_is_due(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = save_cases(data, TODAY + dt.timedelta(days=4))
    before = path.read_bytes()
    result = run("--check-reminders", "--data-dir", str(data))
    assert (result.returncode, result.stdout, result.stderr.strip()) == (0, "", "")
    assert path.read_bytes() == before
    empty = run("--check-reminders", "--data-dir", str(tmp_path / "never-used"))
    assert empty.returncode == 0 and not (tmp_path / "never-used").exists()


def test_check_reminders_reminds_once_of_a_deadline_tomorrow(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = save_cases(data, TODAY + dt.timedelta(days=1))
    # --smoke closes the reminder by itself ("Later"), as a user would.
    result = run("--check-reminders", "--smoke", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    [case] = DocumentStore(path).load().document.cases
    assert [r.kind for r in case.reminded] == [ReminderKind.DAY_BEFORE]
    after_first = path.read_bytes()
    again = run("--check-reminders", "--smoke", "--data-dir", str(data))
    assert again.returncode == 0
    assert path.read_bytes() == after_first  # nothing new to say: not shown again


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.ENGLISH, "No deadline is waiting for confirmation"),
        (Language.ITALIAN, "Nessuna scadenza è in attesa di conferma"),
    ],
)
def test_export_ics_with_nothing_to_export_says_so_and_writes_nothing(
    tmp_path: Path, language: Language, said: str
) -> None:
    data = tmp_path / "data"
    save_cases(data, language=language)  # no case at all
    target = tmp_path / "deadlines.ics"
    result = run("--export-ics", str(target), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(said)
    assert not target.exists()


def test_export_ics_tells_a_system_error_in_italian(tmp_path: Path) -> None:
    data = tmp_path / "data"
    save_cases(data, TODAY + dt.timedelta(days=2), language=Language.ITALIAN)
    target = tmp_path / "no" / "such" / "x.ics"
    result = run("--export-ics", str(target), "--data-dir", str(data))
    assert result.returncode == 1
    assert result.stderr.strip().endswith(f"{target}: la cartella non esiste.")
    assert "No such file" not in result.stderr
