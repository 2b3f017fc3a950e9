"""A save either fully happens or leaves the old file: never a half-written document."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from app.core.document import Document
from app.storage.atomic_file import (
    STALE_AFTER_SECONDS,
    NoReaderError,
    NotAFileError,
    ReadOnlyFileError,
    remove_stale_temporaries,
    write_atomically,
    write_file,
)
from app.storage.store import DocumentStore

FILE_NAME = "account-assistant.json"


def test_the_file_and_its_folder_are_flushed_to_disk(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[os.stat_result] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.fstat(fd))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    path = tmp_path / FILE_NAME

    DocumentStore(path).save(document)

    file_inode = path.stat().st_ino
    assert any(s.st_ino == file_inode and stat.S_ISREG(s.st_mode) for s in synced)
    if os.name == "posix":
        folder_inode = tmp_path.stat().st_ino
        assert any(s.st_ino == folder_inode and stat.S_ISDIR(s.st_mode) for s in synced)


def test_the_new_file_is_complete_before_it_replaces_the_old_one(
    tmp_path: Path, document: Document, saved_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(Document())
    old = path.read_bytes()
    expected = saved_bytes
    replaced: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def checking_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        source, target = Path(src), Path(dst)
        assert source.parent == target.parent
        assert source.read_bytes() == expected
        assert target.read_bytes() == old
        replaced.append((source, target))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", checking_replace)

    store.save(document)

    assert len(replaced) == 1
    assert replaced[0][1] == path
    assert path.read_bytes() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]


def test_a_failed_replace_keeps_the_old_file_and_removes_the_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b"old content")

    def failing_replace(src: object, dst: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(os, "replace", failing_replace)

    with pytest.raises(OSError, match="the disk went away"):
        write_atomically(path, b"new content")

    assert path.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_writing_creates_or_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"

    write_atomically(path, b"first")
    assert path.read_bytes() == b"first"

    write_atomically(path, b"second, longer than the first")
    assert path.read_bytes() == b"second, longer than the first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_temporaries_left_by_a_killed_save_are_cleared_at_the_next_start(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / "account-assistant.json"
    DocumentStore(path).save(document)
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    stale = tmp_path / ".account-assistant.json.k1l2m3.tmp"
    stale.write_bytes(b'{"schema_version": 1, "ca')  # killed half-way
    os.utime(stale, (long_ago, long_ago))
    in_progress = tmp_path / ".account-assistant.json.n4o5p6.tmp"  # another save, right now
    in_progress.write_bytes(b"{")
    other = tmp_path / ".notes.txt.q7r8s9.tmp"  # not ours
    other.write_bytes(b"x")
    os.utime(other, (long_ago, long_ago))

    result = DocumentStore(path).load()

    assert result.document == document
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".account-assistant.json.n4o5p6.tmp",
        ".notes.txt.q7r8s9.tmp",
        "account-assistant.json",
    ]
    assert remove_stale_temporaries(path, now=time.time() + STALE_AFTER_SECONDS + 60) == [
        in_progress
    ]


# -- what the path really is: a link, a protected file, a device, a pipe -------------------


def test_a_symbolic_link_is_written_through_to_its_target(tmp_path: Path) -> None:
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    target = elsewhere / "notes.json"
    target.write_bytes(b"old")
    link = tmp_path / "notes.json"
    link.symlink_to(target)

    write_atomically(link, b"new")

    assert link.is_symlink()
    assert link.readlink() == target
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["notes.json"]  # no debris


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    target = tmp_path / "later.json"
    link = tmp_path / "notes.json"
    link.symlink_to(target)

    write_atomically(link, b"first")

    assert link.is_symlink()
    assert target.read_bytes() == b"first"


def test_a_symbolic_link_loop_is_refused_and_left_alone(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.symlink_to(second)
    second.symlink_to(first)

    with pytest.raises(OSError) as raised:
        write_atomically(first, b"x")

    assert raised.value.errno == errno.ELOOP
    assert first.is_symlink() and second.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644, 0o664])
def test_saving_keeps_the_file_s_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b"old")
    path.chmod(mode)

    write_atomically(path, b"new")

    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_new_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"

    write_atomically(path, b"new")

    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_made_read_only_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b"kept")
    path.chmod(0o444)

    with pytest.raises(ReadOnlyFileError):
        write_atomically(path, b"new")

    assert path.read_bytes() == b"kept"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")


class _PipeReader(threading.Thread):
    """Reads `size` bytes from a named pipe, as a program reading `fifo` would.

    It keeps a write end of its own open, so that the pipe has a reader from the start and
    never reads as ended before the writer comes.
    """

    def __init__(self, fifo: Path, size: int) -> None:
        super().__init__(daemon=True)
        self.size = size
        self.received = b""
        self._read_end = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        self._own_write_end = os.open(fifo, os.O_WRONLY)
        os.set_blocking(self._read_end, True)

    def run(self) -> None:
        try:
            while len(self.received) < self.size:
                self.received += os.read(self._read_end, 65536)
        finally:
            os.close(self._read_end)
            os.close(self._own_write_end)


@needs_fifo
def test_an_export_into_a_pipe_writes_through_it(tmp_path: Path) -> None:
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    reader = _PipeReader(fifo, len(b"BEGIN:VCALENDAR\r\n"))
    reader.start()

    write_file(fifo, b"BEGIN:VCALENDAR\r\n")

    reader.join(5)
    assert reader.received == b"BEGIN:VCALENDAR\r\n"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the pipe, not a file put in its place


@needs_fifo
def test_a_pipe_nobody_reads_is_refused_without_waiting_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    started = time.monotonic()

    with pytest.raises(NoReaderError):
        write_file(fifo, b"BEGIN:VCALENDAR\r\n")

    assert time.monotonic() - started < 5
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics"]


@needs_fifo
def test_an_export_follows_a_link_to_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "calendar.ics"
    link.symlink_to(fifo)
    reader = _PipeReader(fifo, len(b"data"))
    reader.start()

    write_file(link, b"data")

    reader.join(5)
    assert reader.received == b"data"
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


@needs_fifo
def test_the_data_file_is_never_replaced_when_it_is_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.json"
    os.mkfifo(fifo)

    with pytest.raises(NotAFileError):
        write_atomically(fifo, b"x")

    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_an_export_onto_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "calendar.ics"
    folder.mkdir()

    with pytest.raises(IsADirectoryError):
        write_file(folder, b"x")

    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_device_says_the_disk_is_full_and_stays_a_device() -> None:
    with pytest.raises(OSError) as raised:
        write_file(Path("/dev/full"), b"BEGIN:VCALENDAR\r\n")

    assert raised.value.errno == errno.ENOSPC
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_an_export_to_a_regular_file_is_atomic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calendar.ics"
    path.write_bytes(b"old")
    replaced: list[str] = []
    real_replace = os.replace

    def recording_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        replaced.append(os.fspath(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording_replace)

    write_file(path, b"new")

    assert path.read_bytes() == b"new"
    assert replaced == [str(path)]


# -- the temporary files of a save that never finished --------------------------------------

KILLED_SAVE_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from app.storage import atomic_file

    def die(fd):  # the power goes, or the process is killed, in the middle of the save
        os.kill(os.getpid(), signal.SIGKILL)

    atomic_file.os.fsync = die
    atomic_file.write_atomically(Path(sys.argv[1]), b"x" * (8 * 1024 * 1024))
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_temporary_file_of_a_killed_save_goes_at_the_next_start_not_an_hour_later(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_SAVE_SCRIPT, str(path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [left] = list(tmp_path.glob(f".{FILE_NAME}.*.tmp"))  # a fresh one, a minute old at most

    result = DocumentStore(path).load()

    assert result.document == document
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME], left


@pytest.mark.skipif(os.name != "posix", reason="process ids checked with a signal 0")
def test_the_temporary_file_of_a_save_still_running_elsewhere_is_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / FILE_NAME
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = tmp_path / f".{FILE_NAME}.{writer.pid}-abc123.tmp"
        running.write_bytes(b"{")

        assert remove_stale_temporaries(path) == []
        assert running.exists()
    finally:
        writer.kill()
        writer.wait()
    assert remove_stale_temporaries(path) == [running]  # its writer is gone now
