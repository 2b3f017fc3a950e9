"""One instance per data folder: a live app keeps it, a dead one never does, whatever its id.

A crash leaves the lock file behind. Its process id is soon reused, often by another Python
process (the app runs on the system's Python): that process must not be taken for the app.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import instance_lock
from app.storage.instance_lock import InstanceLock, LockOutcome
from app.storage.paths import LOCK_FILE_NAME

REPO_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60

# Takes the lock as the app does, prints "locked", then waits to be killed (a crash).
HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.storage.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    print(lock.acquire().name, flush=True)
    time.sleep(600)
    """
)

# The lock of the app as it was (Qt's QLockFile), left behind by a process that crashed.
QT_LOCK_LEFT_BEHIND = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    if not lock.tryLock(0):
        sys.exit(1)
    os._exit(0)
    """
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def other_python() -> Iterator[subprocess.Popen[str]]:
    """A live Python process that is not the app: the one that got the crashed app's id."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"],
        stdin=subprocess.PIPE,
        text=True,
    )
    yield process
    process.communicate("", timeout=TIMEOUT)


def start_holder(data_dir: Path) -> subprocess.Popen[str]:
    """Another instance of the app, holding the lock until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ACQUIRED"
    return process


def crash(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(TIMEOUT)


def name_as_owner(lock_file: Path, pid: int) -> None:
    """Put `pid` as the owner's process id in a lock file left behind (either format)."""
    lines = lock_file.read_text("utf-8").splitlines()
    if any(line.startswith("pid=") for line in lines):  # the app's own record
        lines = [f"pid={pid}" if line.startswith("pid=") else line for line in lines]
    else:  # Qt's: the process id on the first line
        lines[0] = str(pid)
    lock_file.write_text("\n".join(lines) + "\n", "utf-8")


def test_a_second_instance_is_refused_while_the_first_runs(data_dir: Path) -> None:
    first = InstanceLock(data_dir)
    assert first.acquire() is LockOutcome.ACQUIRED
    assert (data_dir / LOCK_FILE_NAME).is_file()
    assert InstanceLock(data_dir).acquire() is LockOutcome.HELD_ELSEWHERE
    first.release()
    assert not (data_dir / LOCK_FILE_NAME).exists()
    again = InstanceLock(data_dir)
    assert again.acquire() is LockOutcome.ACQUIRED
    again.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_another_process_holding_it_is_refused_until_it_crashes(data_dir: Path) -> None:
    holder = start_holder(data_dir)
    try:
        assert InstanceLock(data_dir).acquire() is LockOutcome.HELD_ELSEWHERE
    finally:
        crash(holder)
    assert (data_dir / LOCK_FILE_NAME).is_file()  # left behind
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    lock.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_crashed_app_s_id_reused_by_another_python_does_not_block(
    data_dir: Path, other_python: subprocess.Popen[str]
) -> None:
    holder = start_holder(data_dir)
    crash(holder)
    lock_file = data_dir / LOCK_FILE_NAME
    name_as_owner(lock_file, other_python.pid)  # as if the crashed app's id was reused
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    lock.release()


def test_the_old_qt_lock_naming_a_live_python_process_does_not_block(
    data_dir: Path, other_python: subprocess.Popen[str]
) -> None:
    """The lock of the app as it was: pid, "python3.11", host name; Qt took any live process
    with that name for the app, so the folder stayed locked until the file was deleted."""
    lock_file = data_dir / LOCK_FILE_NAME
    crashed = subprocess.run(
        [sys.executable, "-c", QT_LOCK_LEFT_BEHIND, str(lock_file)],
        cwd=REPO_ROOT,
        timeout=TIMEOUT,
        check=True,
    )
    assert crashed.returncode == 0
    name_as_owner(lock_file, other_python.pid)
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    lock.release()


def test_a_folder_that_is_not_there_is_a_failure_not_another_instance(tmp_path: Path) -> None:
    assert InstanceLock(tmp_path / "missing").acquire() is LockOutcome.FAILED


def test_what_the_lock_file_says_about_its_owner(data_dir: Path) -> None:
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    owner = instance_lock.read_owner(data_dir / LOCK_FILE_NAME)
    lock.release()
    assert owner is not None
    assert owner.pid == os.getpid()
    assert owner.host == socket.gethostname()
    if Path("/proc/self/stat").is_file():
        assert owner.started is not None
        assert owner.boot is not None


# --- Where the file system has no locks (some network shares) -----------------------------


@pytest.fixture
def no_file_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system that refuses the system's file locks: the lock file's record decides."""

    def refuse(fd: int) -> None:
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(instance_lock, "_lock_file_descriptor", refuse)


def write_record(lock_file: Path, owner: instance_lock.Owner) -> None:
    lock_file.write_text(owner.record(), "utf-8")


@pytest.mark.usefixtures("no_file_locks")
def test_without_file_locks_a_second_instance_is_still_refused(data_dir: Path) -> None:
    first = InstanceLock(data_dir)
    assert first.acquire() is LockOutcome.ACQUIRED
    assert InstanceLock(data_dir).acquire() is LockOutcome.HELD_ELSEWHERE
    first.release()
    assert not (data_dir / LOCK_FILE_NAME).exists()


@pytest.mark.usefixtures("no_file_locks")
@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs /proc")
def test_without_file_locks_a_reused_id_is_told_apart_by_its_start_time(
    data_dir: Path, other_python: subprocess.Popen[str]
) -> None:
    lock_file = data_dir / LOCK_FILE_NAME
    live = instance_lock.owner_of(other_python.pid)
    assert live is not None and live.started is not None
    # The live process itself, as owner: the folder is taken.
    write_record(lock_file, live)
    assert InstanceLock(data_dir).acquire() is LockOutcome.HELD_ELSEWHERE
    # The same id, started at another time: the crashed app it once was; taken over.
    write_record(lock_file, live._replace(started=live.started - 1))
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    assert instance_lock.read_owner(lock_file) == instance_lock.owner_of(os.getpid())
    lock.release()


@pytest.mark.usefixtures("no_file_locks")
def test_without_file_locks_an_owner_from_before_a_restart_is_gone(
    data_dir: Path, other_python: subprocess.Popen[str]
) -> None:
    live = instance_lock.owner_of(other_python.pid)
    assert live is not None
    write_record(data_dir / LOCK_FILE_NAME, live._replace(boot="another-boot", started=None))
    if live.boot is None:
        pytest.skip("this system does not say which boot this is")
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    lock.release()


@pytest.mark.usefixtures("no_file_locks")
@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs /proc")
def test_without_file_locks_the_old_qt_lock_of_a_reused_id_does_not_block(
    data_dir: Path, other_python: subprocess.Popen[str]
) -> None:
    """Qt's record has no start time: the lock file's own age tells, as the process started
    after it was written cannot have written it."""
    lock_file = data_dir / LOCK_FILE_NAME
    subprocess.run(
        [sys.executable, "-c", QT_LOCK_LEFT_BEHIND, str(lock_file)],
        cwd=REPO_ROOT,
        timeout=TIMEOUT,
        check=True,
    )
    name_as_owner(lock_file, other_python.pid)
    os.utime(lock_file, (1_000_000_000, 1_000_000_000))  # written long before it started
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.ACQUIRED
    lock.release()


# --- The app itself ----------------------------------------------------------------------


def test_the_app_starts_over_a_crashed_lock_whose_id_another_python_got(
    data_dir: Path, other_python: subprocess.Popen[str]
) -> None:
    from tests.test_command_line import EXIT_OK, _explain, _log_text, _run

    lock_file = data_dir / LOCK_FILE_NAME
    subprocess.run(
        [sys.executable, "-c", QT_LOCK_LEFT_BEHIND, str(lock_file)],
        cwd=REPO_ROOT,
        timeout=TIMEOUT,
        check=True,
    )
    name_as_owner(lock_file, other_python.pid)

    result = _run("--smoke", "--data-dir", str(data_dir))

    assert result.returncode == EXIT_OK, _explain(result)
    assert "already open" not in result.stderr
    assert "starting" in _log_text(data_dir)
    assert not lock_file.exists()  # given up on the way out


@pytest.mark.usefixtures("no_file_locks")
def test_a_lock_from_another_computer_is_never_taken_over_and_names_it(data_dir: Path) -> None:
    lock_file = data_dir / LOCK_FILE_NAME
    write_record(lock_file, instance_lock.Owner(4242, None, "their-boot", "laptop-di-anna"))
    lock = InstanceLock(data_dir)
    assert lock.acquire() is LockOutcome.HELD_ON_ANOTHER_COMPUTER
    assert lock.other_computer == "laptop-di-anna"
    assert "laptop-di-anna" in lock_file.read_text("utf-8")  # left as it was


@pytest.mark.usefixtures("no_file_locks")
def test_the_user_is_told_where_it_is_open_and_what_to_do(
    data_dir: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.ui.shell import startup

    lock_file = data_dir / LOCK_FILE_NAME
    write_record(lock_file, instance_lock.Owner(4242, None, None, "laptop-di-anna"))
    assert startup._claim_data_dir(data_dir, smoke=True) == startup.EXIT_ALREADY_RUNNING
    said = capsys.readouterr().err
    assert "another computer (laptop-di-anna)" in said
    assert f"delete the file {lock_file}" in said
