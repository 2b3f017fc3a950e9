"""`--export-ics` onto what is not a plain new file: a pipe, a link, a device, a bare name.

Nothing the user names is ever replaced by a regular file: a pipe or a character device is
written into, a link is followed to its target. The device tests use only a named pipe made
here and `/dev/full`, whose writes always fail: never `/dev/null`, which a wrong rename as root
would replace for the whole machine.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from pathlib import Path

import pytest

from app.core.languages import Language
from tests.test_background_commands import TODAY, run, save_cases

pytestmark = pytest.mark.slow

END = b"END:VCALENDAR\r\n"


class _PipeReader(threading.Thread):
    """Reads a named pipe until the calendar's last line, as `cat fifo` would.

    A write end of its own keeps the pipe open (a reader is there from the start, and the
    pipe never reads as ended before the app writes).
    """

    def __init__(self, fifo: Path) -> None:
        super().__init__(daemon=True)
        self.received = b""
        self._read_end = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        self._own_write_end = os.open(fifo, os.O_WRONLY)
        os.set_blocking(self._read_end, True)

    def run(self) -> None:
        while not self.received.endswith(END):
            self.received += os.read(self._read_end, 65536)

    def close(self) -> None:
        os.close(self._own_write_end)  # a reader stuck for lack of data gets its end
        self.join(5)
        os.close(self._read_end)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    save_cases(folder, TODAY + dt.timedelta(days=2), language=Language.ENGLISH)
    return folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_an_export_into_a_named_pipe_is_read_from_it_and_the_pipe_stays(
    tmp_path: Path, data: Path
) -> None:
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    reader = _PipeReader(fifo)
    reader.start()
    try:
        result = run("--export-ics", str(fifo), "--data-dir", str(data))
        reader.join(10)
    finally:
        reader.close()

    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the pipe was replaced by a file"
    assert reader.received.startswith(b"BEGIN:VCALENDAR\r\n")
    assert reader.received.endswith(END)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics", "data"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_nobody_reads_is_refused_clearly_at_once(tmp_path: Path, data: Path) -> None:
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)

    result = run("--export-ics", str(fifo), "--data-dir", str(data))

    assert result.returncode == 1
    assert result.stderr.strip().endswith(f"{fifo}: no program is reading from that pipe.")
    assert "Traceback" not in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_is_followed_to_its_target_and_stays_a_link(tmp_path: Path, data: Path) -> None:
    calendars = tmp_path / "calendars"
    calendars.mkdir()
    target = calendars / "amazon.ics"
    target.write_bytes(b"an older export")
    link = tmp_path / "deadlines.ics"
    link.symlink_to(target)

    result = run("--export-ics", str(link), "--data-dir", str(data))

    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert sorted(p.name for p in calendars.iterdir()) == ["amazon.ics"]


@pytest.mark.parametrize(
    ("name", "written"),
    [("deadlines", "deadlines.ics"), ("deadlines.2026", "deadlines.2026.ics"), ("x.ICS", "x.ICS")],
)
def test_a_name_without_ics_gets_it_as_in_the_app(
    tmp_path: Path, data: Path, name: str, written: str
) -> None:
    result = run("--export-ics", str(tmp_path / name), "--data-dir", str(data))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1 deadline written to {tmp_path / written}."
    assert (tmp_path / written).read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", written])


@pytest.mark.skipif(os.name != "posix", reason="/dev/stdout")
def test_an_export_to_standard_output_is_the_calendar_alone(data: Path) -> None:
    result = run("--export-ics", "/dev/stdout", "--data-dir", str(data))

    assert result.returncode == 0, result.stderr
    # (read as text: the calendar's CRLF line ends arrive as "\n")
    assert result.stdout.startswith("BEGIN:VCALENDAR\n")
    assert result.stdout.endswith("END:VCALENDAR\n")  # the count goes to the errors' stream
    assert result.stderr.strip() == "1 deadline written to /dev/stdout."


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    ("language", "reason"),
    [(Language.ENGLISH, "the disk is full"), (Language.ITALIAN, "il disco è pieno")],
)
def test_a_full_disk_is_said_in_the_user_s_language_and_the_device_stays(
    tmp_path: Path, language: Language, reason: str
) -> None:
    before = os.lstat("/dev/full")
    data = tmp_path / "data"
    save_cases(data, TODAY + dt.timedelta(days=2), language=language)

    result = run("--export-ics", "/dev/full", "--data-dir", str(data))

    assert result.returncode == 1
    assert result.stderr.strip().endswith(f"/dev/full: {reason}.")
    assert "Traceback" not in result.stderr
    after = os.lstat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert not list(Path("/dev").glob(".full.*.tmp"))


def test_a_loop_of_links_is_said_in_words(tmp_path: Path, data: Path) -> None:
    (tmp_path / "a.ics").symlink_to(tmp_path / "b.ics")
    (tmp_path / "b.ics").symlink_to(tmp_path / "a.ics")

    result = run("--export-ics", str(tmp_path / "a.ics"), "--data-dir", str(data))

    assert result.returncode == 1
    assert result.stderr.strip().endswith(": its symbolic links form a loop.")
    assert (tmp_path / "a.ics").is_symlink() and (tmp_path / "b.ics").is_symlink()
