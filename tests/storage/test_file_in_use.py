"""Windows: a save tries again while an antivirus, the indexer or OneDrive holds the file,
and says "in use" rather than "cannot be written" when it never lets go."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.core.document import Document
from app.storage import atomic_file
from app.storage.atomic_file import FileInUseError, write_atomically
from app.storage.store import DocumentStore, SaveFailedError


def _sharing_violation() -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]  # what Windows sets
    return error


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr(atomic_file.time, "sleep", waits.append)
    return waits


def _replace_failing(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    real = os.replace
    calls: list[int] = []

    def replace(source: object, target: object) -> None:
        calls.append(1)
        if len(calls) <= times:
            raise _sharing_violation()
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic_file.os, "replace", replace)
    return calls


def test_a_file_held_for_a_moment_is_saved_after_a_short_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: list[float]
) -> None:
    path = tmp_path / "account-assistant.json"
    path.write_bytes(b"old")
    calls = _replace_failing(monkeypatch, times=2)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert len(calls) == 3 and no_waiting == [0.05, 0.1]
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_a_file_held_for_good_is_reported_in_use_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: list[float]
) -> None:
    path = tmp_path / "account-assistant.json"
    path.write_bytes(b"old")
    _replace_failing(monkeypatch, times=100)
    with pytest.raises(FileInUseError) as refused:
        write_atomically(path, b"new")
    assert refused.value.errno == errno.EBUSY
    assert sum(no_waiting) < 2.0
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_real_permission_problem_is_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: list[float]
) -> None:
    def replace(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.os, "replace", replace)
    with pytest.raises(PermissionError) as refused:
        write_atomically(tmp_path / "x.json", b"data")
    assert not isinstance(refused.value, FileInUseError)
    assert no_waiting == []


def test_the_user_is_told_the_file_is_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: list[float]
) -> None:
    from app.ui.shell.notices import save_problem

    path = tmp_path / "account-assistant.json"
    store = DocumentStore(path)
    store.save(Document())
    _replace_failing(monkeypatch, times=100)
    with pytest.raises(SaveFailedError) as failed:
        store.save(Document())
    assert failed.value.errno == errno.EBUSY
    text = save_problem(failed.value, path)
    assert "another program (an antivirus, OneDrive, an editor) had the data file open" in text
