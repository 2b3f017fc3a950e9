"""The `account-assistant` command as a user runs it: real processes, real exit codes.

Every test starts `python -m app` in a fresh process, from the repository's root, with the
environment the test suite runs in (headless, no session bus), and never waits forever.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import app
from app.core.cases import open_case
from app.core.document import Document, Preferences
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore
from tests.app_process import explain, run_app

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR_ENV = "ACCOUNT_ASSISTANT_DATA_DIR"
LOCK_FILE = "account-assistant.lock"
DOCUMENT_FILE = "account-assistant.json"
LOG_FILE = Path("logs") / "account-assistant.log"

START_TIMEOUT = 20.0  # seconds a start-up may take before a test gives up
QUICK_TIMEOUT = 10.0  # seconds for answers that need no window (--help, a wrong option)

EXIT_OK = 0
EXIT_DATA_FOLDER_UNUSABLE = 1
EXIT_USAGE = 2
EXIT_ALREADY_RUNNING = 3


def _environment(data_dir_env: Path | None = None) -> dict[str, str]:
    env = os.environ.copy()
    env.pop(DATA_DIR_ENV, None)
    if data_dir_env is not None:
        env[DATA_DIR_ENV] = str(data_dir_env)
    return env


def _run(
    *args: str, timeout: float = START_TIMEOUT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_app(*args, env=_environment() if env is None else env, timeout=timeout)


_explain = explain


def _log_text(data_dir: Path) -> str:
    try:
        return (data_dir / LOG_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _save_document(data_dir: Path) -> bytes:
    """A saved document with one case, as the app writes it; returns the file's bytes."""
    now = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC)
    case = open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "note", now)
    path = data_dir / DOCUMENT_FILE
    DocumentStore(path).save(
        Document(preferences=Preferences(language=Language.ITALIAN), cases=[case])
    )
    return path.read_bytes()


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# -- starting and stopping ----------------------------------------------------------------


def test_smoke_start_is_quick_and_creates_the_data_folder_and_log(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    started = time.monotonic()
    result = _run("--smoke", "--data-dir", str(data_dir))
    seconds = time.monotonic() - started

    assert result.returncode == EXIT_OK, _explain(result)
    assert seconds < START_TIMEOUT, f"start-up and quit took {seconds:.2f} s"
    assert data_dir.is_dir()
    assert "starting" in _log_text(data_dir), f"log after {seconds:.2f} s: {_log_text(data_dir)}"


@pytest.mark.parametrize("language", ["it", "en"])
def test_smoke_start_in_each_language(tmp_path: Path, language: str) -> None:
    result = _run("--smoke", "--lang", language, "--data-dir", str(tmp_path / "data"))

    assert result.returncode == EXIT_OK, _explain(result)


# -- wrong and informative options --------------------------------------------------------


def test_unknown_language_is_refused_in_both_languages(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = _run("--smoke", "--lang", "xx", "--data-dir", str(data_dir), timeout=QUICK_TIMEOUT)

    assert result.returncode == EXIT_USAGE, _explain(result)
    assert "'xx'" in result.stderr
    assert "'it'" in result.stderr
    assert "'en'" in result.stderr
    assert "lingua sconosciuta" in result.stderr
    assert "unknown language" in result.stderr
    assert not data_dir.exists()


def test_unknown_option_is_refused_clearly(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = _run("--frobnicate", "--data-dir", str(data_dir), timeout=QUICK_TIMEOUT)

    assert result.returncode == EXIT_USAGE, _explain(result)
    assert "--frobnicate" in result.stderr
    assert "invalid argument" in result.stderr
    assert "--help" in result.stderr
    assert not data_dir.exists()


def test_version_is_printed() -> None:
    result = _run("--version", timeout=QUICK_TIMEOUT)

    assert result.returncode == EXIT_OK, _explain(result)
    assert result.stdout.strip() == f"account-assistant {app.__version__}"


def test_help_mentions_the_options() -> None:
    result = _run("--help", timeout=QUICK_TIMEOUT)

    assert result.returncode == EXIT_OK, _explain(result)
    assert "--data-dir" in result.stdout
    assert "--smoke" in result.stdout
    assert "--lang" in result.stdout


# -- where the data goes ------------------------------------------------------------------


def test_data_folder_from_the_environment(tmp_path: Path) -> None:
    data_dir = tmp_path / "from-env"
    result = _run("--smoke", env=_environment(data_dir_env=data_dir))

    assert result.returncode == EXIT_OK, _explain(result)
    assert "starting" in _log_text(data_dir)


def test_data_folder_option_wins_over_the_environment(tmp_path: Path) -> None:
    from_env = tmp_path / "from-env"
    from_option = tmp_path / "from-option"
    result = _run(
        "--smoke", "--data-dir", str(from_option), env=_environment(data_dir_env=from_env)
    )

    assert result.returncode == EXIT_OK, _explain(result)
    assert "starting" in _log_text(from_option)
    assert not from_env.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "data folder"), ("it", "Non è possibile creare")],
)
def test_data_folder_that_cannot_be_created(tmp_path: Path, language: str, expected: str) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder\n", encoding="utf-8")
    data_dir = a_file / "data"
    result = _run("--smoke", "--lang", language, "--data-dir", str(data_dir))

    assert result.returncode == EXIT_DATA_FOLDER_UNUSABLE, _explain(result)
    assert expected in result.stderr
    if language == "en":
        assert "cannot be created" in result.stderr
    assert str(data_dir) in result.stderr
    assert a_file.read_text(encoding="utf-8") == "not a folder\n"


# -- one instance per data folder ---------------------------------------------------------


@pytest.mark.parametrize(("language", "expected"), [("en", "already open"), ("it", "già aperto")])
def test_second_instance_is_refused_and_leaves_the_first_alone(
    tmp_path: Path, language: str, expected: str
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    saved = _save_document(data_dir)
    first = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "en"],
        cwd=REPO_ROOT,
        env=_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        running = _wait_until(
            lambda: (data_dir / LOCK_FILE).exists() and "starting" in _log_text(data_dir),
            START_TIMEOUT,
        )
        assert running, f"the first instance did not start (exit {first.poll()})"

        started = time.monotonic()
        second = _run("--smoke", "--data-dir", str(data_dir), "--lang", language)
        seconds = time.monotonic() - started

        assert second.returncode == EXIT_ALREADY_RUNNING, _explain(second)
        assert seconds < START_TIMEOUT, f"the second instance took {seconds:.2f} s"
        assert expected in second.stderr
        assert first.poll() is None, "the first instance stopped"
        assert (data_dir / DOCUMENT_FILE).read_bytes() == saved
    finally:
        _stop(first)


STALE_LOCK_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    if not lock.tryLock(0):
        sys.exit(1)
    os._exit(0)  # dies holding the lock: the file stays, with this process's id in it
    """
)


def test_stale_lock_of_a_dead_process_does_not_block(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    lock = data_dir / LOCK_FILE
    crashed = subprocess.run(
        [sys.executable, "-c", STALE_LOCK_SCRIPT, str(lock)],
        cwd=REPO_ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
    )
    assert crashed.returncode == 0, _explain(crashed)
    assert lock.is_file(), "the crashed process left no lock file behind"

    result = _run("--smoke", "--data-dir", str(data_dir))

    assert result.returncode == EXIT_OK, _explain(result)
    assert "starting" in _log_text(data_dir)


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("en", "(part of the path is a file, not a folder)"),
        ("it", "(una parte del percorso è un file, non una cartella)"),
    ],
)
def test_the_system_s_reason_is_told_in_the_user_s_language(
    tmp_path: Path, language: str, reason: str
) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder\n", encoding="utf-8")
    result = _run("--smoke", "--lang", language, "--data-dir", str(a_file / "data"))
    assert result.returncode == EXIT_DATA_FOLDER_UNUSABLE, _explain(result)
    assert reason in result.stderr
    assert "Not a directory" not in result.stderr
