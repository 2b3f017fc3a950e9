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


# -- paths that cannot be used: a message, never a traceback --------------------------------

NO_SUCH_HOME = "~nosuchuser-for-sure/x"


@pytest.mark.parametrize(
    "args",
    [
        ("--smoke", "--data-dir", NO_SUCH_HOME),
        ("--export-ics", NO_SUCH_HOME + ".ics"),
        ("--check-reminders", "--data-dir", NO_SUCH_HOME),
        ("--enable-login-reminder", "--data-dir", NO_SUCH_HOME),
    ],
    ids=["--data-dir", "--export-ics", "--check-reminders", "a system command"],
)
def test_an_unknown_user_s_home_is_a_bad_argument(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = _run(*args, timeout=QUICK_TIMEOUT, env=_environment(data_dir_env=tmp_path / "d"))

    assert result.returncode == EXIT_USAGE, _explain(result)
    assert "Traceback" not in result.stderr
    assert "~nosuchuser-for-sure" in result.stderr
    assert "unknown user" in result.stderr and "utente sconosciuto" in result.stderr
    assert not (tmp_path / "d").exists()


def test_an_unknown_user_s_home_in_the_environment_is_named_as_such(tmp_path: Path) -> None:
    env = _environment()
    env[DATA_DIR_ENV] = NO_SUCH_HOME
    result = _run("--smoke", timeout=QUICK_TIMEOUT, env=env)

    assert result.returncode == EXIT_USAGE, _explain(result)
    assert "Traceback" not in result.stderr
    assert DATA_DIR_ENV in result.stderr
    assert "unknown user" in result.stderr


@pytest.mark.parametrize("below", [False, True], ids=["the folder", "a folder inside"])
def test_a_data_folder_in_a_loop_of_links_is_an_input_output_error(
    tmp_path: Path, below: bool
) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    data_dir = tmp_path / "a" / "data" if below else tmp_path / "a"
    for args in (("--smoke",), ("--export-ics", str(tmp_path / "x.ics"))):
        result = _run(*args, "--data-dir", str(data_dir), timeout=QUICK_TIMEOUT)

        assert result.returncode == EXIT_DATA_FOLDER_UNUSABLE, _explain(result)
        assert "Traceback" not in result.stderr
        assert str(data_dir) in result.stderr
        assert "loop" in result.stderr and "ciclo" in result.stderr


def test_reminders_and_an_export_in_one_run_are_refused_not_half_done(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    saved = _save_document(data_dir)
    target = tmp_path / "x.ics"
    result = _run(
        "--check-reminders",
        "--export-ics",
        str(target),
        "--data-dir",
        str(data_dir),
        timeout=QUICK_TIMEOUT,
    )

    assert result.returncode == EXIT_USAGE, _explain(result)
    assert "--check-reminders" in result.stderr and "--export-ics" in result.stderr
    assert "one at a time" in result.stderr and "uno alla volta" in result.stderr
    assert not target.exists()
    assert (data_dir / DOCUMENT_FILE).read_bytes() == saved


def test_help_says_the_commands_run_one_at_a_time() -> None:
    result = _run("--help", timeout=QUICK_TIMEOUT)

    assert result.returncode == EXIT_OK, _explain(result)
    assert "one at a time" in " ".join(result.stdout.split())


# -- a data folder that cannot be written -------------------------------------------------

READ_ONLY_MOUNT = (
    'mount -t tmpfs -o size=4m tmpfs "$1" && cp "$2" "$1/account-assistant.json" '
    '&& mount -o remount,ro "$1" && shift 2 && exec "$@"'
)


def _run_in_a_read_only_folder(
    tmp_path: Path, saved: Path, *args: str
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The app with its data folder read-only: `chmod 555` for a user, a read-only mount
    (in a mount namespace of its own, gone with the process) for root, whom no mode stops."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        (folder / DOCUMENT_FILE).write_bytes(saved.read_bytes())
        folder.chmod(0o555)
        try:
            return _run(*args, "--data-dir", str(folder)), folder
        finally:
            folder.chmod(0o755)
    mount = ["unshare", "--mount", "sh", "-c", READ_ONLY_MOUNT, "sh", str(folder), str(saved)]
    command = [sys.executable, "-m", "app", *args, "--data-dir", str(folder)]
    result = subprocess.run(
        [*mount, *command],
        cwd=REPO_ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
    )
    if "mount" in result.stderr and result.returncode != 0 and "Traceback" not in result.stderr:
        pytest.skip(f"no read-only mount here: {result.stderr.strip()}")
    return result, folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder permissions")
def test_a_read_only_folder_with_saved_cases_opens_them_instead_of_refusing(
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    _save_document(source)

    result, folder = _run_in_a_read_only_folder(
        tmp_path, source / DOCUMENT_FILE, "--smoke", "--lang", "en"
    )

    assert result.returncode == EXIT_OK, _explain(result)
    assert '"window": "mainWindow"' in result.stdout, _explain(result)
    assert not any(folder.iterdir()) or os.geteuid() != 0  # the mount is gone with the app


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_in_place_of_the_data_file_does_not_stop_the_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    os.mkfifo(data_dir / DOCUMENT_FILE)

    result = _run("--smoke", "--data-dir", str(data_dir), "--lang", "en", timeout=START_TIMEOUT)

    assert result.returncode == EXIT_OK, _explain(result)
    assert '"window": "mainWindow"' in result.stdout
