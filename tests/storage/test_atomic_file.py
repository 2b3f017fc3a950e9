"""A save either fully happens or leaves the old file: never a half-written document."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from app.core.document import Document
from app.storage.atomic_file import (
    STALE_AFTER_SECONDS,
    remove_stale_temporaries,
    write_atomically,
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
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(Document())
    old = path.read_bytes()
    expected = (document.model_dump_json(indent=2) + "\n").encode("utf-8")
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
