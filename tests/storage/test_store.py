"""The store keeps the user's document safe: damaged files are kept aside, never lost."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core import limits
from app.core.document import Document
from app.storage import store as store_module
from app.storage.store import (
    DocumentStore,
    DocumentTooLargeError,
    LoadStatus,
    Protection,
    ReadOnlyStoreError,
    SaveFailedError,
    UnloadableDocumentError,
)
from tests.disk_faults import FullDiskFile

FILE_NAME = "account-assistant.json"


def _edited(saved: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """`saved` with its JSON changed by `edit`."""
    raw = json.loads(saved)
    edit(raw)
    return json.dumps(raw).encode("utf-8")


def _add_top_level_field(raw: dict[str, Any]) -> None:
    raw["colour"] = "blue"


def _add_case_field(raw: dict[str, Any]) -> None:
    raw["cases"][0]["colour"] = "blue"


def _drop_schema_version(raw: dict[str, Any]) -> None:
    del raw["schema_version"]


def _schema_version_as_string(raw: dict[str, Any]) -> None:
    raw["schema_version"] = "1"


DAMAGED_INPUTS: dict[str, Callable[[bytes], bytes]] = {
    "empty file": lambda saved: b"",
    "truncated JSON": lambda saved: saved[: len(saved) // 2],
    "not JSON": lambda saved: b"these are my notes, not a document",
    "JSON array": lambda saved: b"[1, 2, 3]",
    "wrong types": lambda saved: b'{"schema_version": 1, "cases": "x"}',
    "unknown top-level field": lambda saved: _edited(saved, _add_top_level_field),
    "unknown field in a case": lambda saved: _edited(saved, _add_case_field),
    "binary garbage": lambda saved: os.urandom(512) + b"\x00",
    "invalid UTF-8": lambda saved: b'{"schema_version": 1, "preferences": {"language": "\xff"}}',
    "schema_version missing": lambda saved: _edited(saved, _drop_schema_version),
    "schema_version as a string": lambda saved: _edited(saved, _schema_version_as_string),
}


def _folder_names(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def test_save_then_load_gives_back_the_same_document(tmp_path: Path, document: Document) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)

    store = DocumentStore(path)
    result = store.load()

    assert result.status is LoadStatus.OK
    assert result.document == document
    assert result.kept_copy is None
    assert not result.read_only
    assert not store.read_only
    assert json.loads(path.read_bytes())["schema_version"] == 1


def test_missing_file_starts_empty_and_the_first_save_creates_it(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / "not yet created" / FILE_NAME
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.MISSING
    assert result.document == Document()
    assert not result.read_only
    assert not path.parent.exists()  # loading creates nothing

    store.save(document)

    assert DocumentStore(path).load().document == document


@pytest.mark.parametrize("make_bytes", DAMAGED_INPUTS.values(), ids=DAMAGED_INPUTS.keys())
def test_damaged_file_is_kept_aside_and_the_app_starts_afresh(
    tmp_path: Path, document: Document, saved_bytes: bytes, make_bytes: Callable[[bytes], bytes]
) -> None:
    damaged = make_bytes(saved_bytes)
    path = tmp_path / FILE_NAME
    path.write_bytes(damaged)
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.DAMAGED
    assert result.document == Document()
    assert result.detail
    assert "\n" not in result.detail
    assert not path.exists()
    kept = result.kept_copy
    assert kept is not None
    assert kept.parent == path.parent
    assert "damaged" in kept.name
    assert kept.suffix == ".json"
    assert kept.read_bytes() == damaged
    assert not result.read_only
    assert not store.read_only

    store.save(document)

    assert DocumentStore(path).load().status is LoadStatus.OK
    assert kept.read_bytes() == damaged
    assert _folder_names(tmp_path) == sorted([path.name, kept.name])


def test_details_name_the_problem(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"")
    assert DocumentStore(path).load().detail == "empty file"

    path.write_bytes(b"nonsense")
    assert DocumentStore(path).load().detail.startswith("not JSON: Expecting value line 1 column 1")

    path.write_bytes(b'{"schema_version": 1, "cases": "x"}')
    assert DocumentStore(path).load().detail.startswith("validation: cases: ")


def test_two_damaged_files_in_the_same_second_are_both_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen = dt.datetime(2024, 5, 17, 9, 30, 5).astimezone()
    monkeypatch.setattr(store_module, "_local_now", lambda: frozen)
    path = tmp_path / FILE_NAME

    path.write_bytes(b"first damaged file")
    first = DocumentStore(path).load().kept_copy
    path.write_bytes(b"second damaged file")
    second = DocumentStore(path).load().kept_copy

    assert first == tmp_path / "account-assistant.damaged-20240517-093005.json"
    assert second == tmp_path / "account-assistant.damaged-20240517-093005-2.json"
    assert first.read_bytes() == b"first damaged file"
    assert second.read_bytes() == b"second damaged file"


def test_a_file_over_the_size_cap_is_damaged(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    original = path.read_bytes()
    monkeypatch.setattr(store_module, "MAX_DOCUMENT_BYTES", len(original) - 1)

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.DAMAGED
    assert result.detail == "too large"
    assert result.kept_copy is not None
    assert result.kept_copy.read_bytes() == original


def test_a_file_exactly_at_the_size_cap_is_read(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    monkeypatch.setattr(store_module, "MAX_DOCUMENT_BYTES", path.stat().st_size)

    assert DocumentStore(path).load().status is LoadStatus.OK


def test_a_file_from_a_newer_version_is_left_alone_and_never_overwritten(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / FILE_NAME
    newer = {
        "schema_version": 2,
        "preferences": {"language": "en", "theme": "dark"},
        "cases": [],
        "reminders": [{"at": "2030-01-01"}],
    }
    path.write_text(json.dumps(newer), encoding="utf-8")
    original = path.read_bytes()
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.NEWER
    assert result.found_schema_version == 2
    assert result.document == Document()
    assert result.read_only
    assert store.read_only
    assert result.kept_copy is None
    with pytest.raises(ReadOnlyStoreError):
        store.save(document)
    assert path.read_bytes() == original
    assert _folder_names(tmp_path) == [FILE_NAME]


def test_when_the_damaged_file_cannot_be_moved_it_is_never_overwritten(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"damaged")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.DAMAGED
    assert result.kept_copy is None
    assert result.read_only
    assert store.read_only
    assert "Permission denied" in result.detail
    with pytest.raises(ReadOnlyStoreError):
        store.save(document)
    assert path.read_bytes() == b"damaged"
    assert _folder_names(tmp_path) == [FILE_NAME]


def test_an_unreadable_path_makes_the_session_read_only(tmp_path: Path, document: Document) -> None:
    path = tmp_path / FILE_NAME
    path.mkdir()
    (path / "something.txt").write_text("keep me", encoding="utf-8")
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.UNREADABLE
    assert result.document == Document()
    assert result.read_only
    assert store.read_only
    assert result.kept_copy is None
    assert result.detail
    with pytest.raises(ReadOnlyStoreError):
        store.save(document)
    assert (path / "something.txt").read_text(encoding="utf-8") == "keep me"


def test_a_full_disk_keeps_the_previous_file_and_leaves_no_debris(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(Document())
    previous = path.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDiskFile(real_fdopen(fd, mode)))

    with pytest.raises(SaveFailedError) as caught:
        store.save(document)

    assert caught.value.errno == errno.ENOSPC
    assert isinstance(caught.value.__cause__, OSError)
    assert path.read_bytes() == previous
    assert _folder_names(tmp_path) == [FILE_NAME]

    monkeypatch.undo()
    store.save(document)  # the store stays usable once there is room again
    assert DocumentStore(path).load().document == document


def test_a_folder_that_cannot_be_created_is_a_save_failure(
    tmp_path: Path, document: Document
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = DocumentStore(blocker / FILE_NAME)

    with pytest.raises(SaveFailedError) as caught:
        store.save(document)

    assert caught.value.errno is not None
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


@pytest.mark.parametrize("version", ["true", "1.0", "0", "null"])
def test_an_odd_schema_version_is_damaged(tmp_path: Path, version: str) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(f'{{"schema_version": {version}}}', encoding="utf-8")

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.DAMAGED
    assert result.kept_copy is not None


def test_a_document_that_would_not_load_again_is_never_written(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(document)
    previous = path.read_bytes()
    # Built without validation, as a bug elsewhere could: a label far over the limit.
    broken_case = document.cases[0].model_copy(update={"label": "x" * 10_000})
    broken = document.model_copy(update={"cases": [broken_case]})

    with pytest.raises(UnloadableDocumentError, match="would not load again"):
        store.save(broken)

    assert path.read_bytes() == previous
    assert _folder_names(tmp_path) == [FILE_NAME]
    assert DocumentStore(path).load().status is LoadStatus.OK


# -- one size limit for saving and loading -------------------------------------------------


def test_save_and_load_share_one_size_limit(
    tmp_path: Path, document: Document, saved_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert store_module.MAX_DOCUMENT_BYTES == limits.MAX_DOCUMENT_BYTES
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(Document())
    previous = path.read_bytes()
    monkeypatch.setattr(store_module, "MAX_DOCUMENT_BYTES", len(saved_bytes) - 1)

    with pytest.raises(DocumentTooLargeError) as caught:
        store.save(document)  # one byte too many for the next load: refused before writing

    assert (caught.value.size, caught.value.limit) == (len(saved_bytes), len(saved_bytes) - 1)
    assert path.read_bytes() == previous
    assert _folder_names(tmp_path) == [FILE_NAME]

    monkeypatch.setattr(store_module, "MAX_DOCUMENT_BYTES", len(saved_bytes))
    store.save(document)  # exactly at the limit: saved, and loaded again
    assert DocumentStore(path).load().document == document


# -- a key written twice, a case id used twice ---------------------------------------------


def _with_a_key_twice(saved: bytes, where: str) -> bytes:
    text = saved.decode("utf-8")
    if where == "top":  # {"cases": [...], "cases": []}: the last one would win, silently
        return re.sub(r'"cases": ?\[', '"cases": [], "cases": [', text, count=1).encode()
    if where == "case":
        return re.sub(r'"label": ?', '"label": "Other", "label": ', text, count=1).encode()
    return re.sub(r'"language": ?', '"language": "en", "language": ', text, count=1).encode()


def _indented(saved: bytes) -> bytes:
    """`saved` as versions before 0.x wrote it: indented, the names after the cases."""
    raw = json.loads(saved)
    raw = {key: raw[key] for key in ("schema_version", "preferences", "cases", "email_hint_labels")}
    return (json.dumps(raw, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


LAYOUTS: dict[str, Callable[[bytes], bytes]] = {
    "as saved now": lambda saved: saved,
    "as saved before": _indented,
}


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("where", ["top", "case", "preferences"])
def test_a_key_written_twice_is_damage(
    tmp_path: Path, saved_bytes: bytes, where: str, layout: Callable[[bytes], bytes]
) -> None:
    damaged = _with_a_key_twice(layout(saved_bytes), where)
    assert damaged != layout(saved_bytes)
    path = tmp_path / FILE_NAME
    path.write_bytes(damaged)

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.DAMAGED
    assert result.detail.startswith("duplicate key ")
    assert result.kept_copy is not None
    assert result.kept_copy.read_bytes() == damaged


def test_a_thousand_cases_followed_by_an_empty_list_are_not_read_as_none(
    tmp_path: Path, document: Document
) -> None:
    case = json.loads(document.cases[0].model_dump_json())
    cases = [case | {"id": f"{n}-{case['id']}"} for n in range(1000)]
    body = json.dumps(cases)
    damaged = f'{{"schema_version": 1, "cases": {body}, "cases": []}}'.encode()
    path = tmp_path / FILE_NAME
    path.write_bytes(damaged)

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.DAMAGED
    assert result.kept_copy is not None and result.kept_copy.read_bytes() == damaged


def test_two_cases_with_one_id_are_damage(tmp_path: Path, document: Document) -> None:
    raw = json.loads(document.model_dump_json())
    raw["cases"].append(raw["cases"][0] | {"label": "Another"})
    damaged = json.dumps(raw).encode("utf-8")
    path = tmp_path / FILE_NAME
    path.write_bytes(damaged)

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.DAMAGED
    assert result.detail.startswith("two cases with the id ")
    assert result.kept_copy is not None and result.kept_copy.read_bytes() == damaged


def test_two_cases_with_one_id_are_never_saved(tmp_path: Path, document: Document) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(document)
    previous = path.read_bytes()
    twice = document.model_copy(update={"cases": [document.cases[0], document.cases[0]]})

    with pytest.raises(UnloadableDocumentError):
        store.save(twice)

    assert path.read_bytes() == previous


# -- links, protected files and folders ----------------------------------------------------


def test_a_linked_data_file_stays_a_link_and_its_target_is_saved(
    tmp_path: Path, document: Document
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "cases.json"
    DocumentStore(target).save(Document())
    path = tmp_path / "data" / FILE_NAME
    path.parent.mkdir()
    path.symlink_to(target)
    store = DocumentStore(path)
    assert store.load().status is LoadStatus.OK

    store.save(document)

    assert path.is_symlink()
    assert DocumentStore(target).load().document == document
    assert _folder_names(path.parent) == [FILE_NAME]


def test_a_damaged_linked_file_is_kept_beside_its_target_and_the_link_stays(
    tmp_path: Path, document: Document
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "cases.json"
    target.write_bytes(b"not JSON")
    path = tmp_path / FILE_NAME
    path.symlink_to(target)
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.DAMAGED
    assert result.kept_copy is not None and result.kept_copy.parent == synced
    assert result.kept_copy.read_bytes() == b"not JSON"
    assert path.is_symlink()
    store.save(document)
    assert DocumentStore(target).load().document == document


def test_a_file_made_read_only_opens_read_only_and_is_never_replaced(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    path.chmod(0o444)
    before = path.read_bytes()
    store = DocumentStore(path)

    result = store.load()

    assert result.status is LoadStatus.OK
    assert result.document == document  # the cases are shown
    assert result.read_only and store.read_only
    assert result.protection is Protection.FILE
    with pytest.raises(ReadOnlyStoreError):
        store.save(Document())
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_file_made_read_only_after_the_load_is_not_replaced_either(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(document)
    store.load()
    path.chmod(0o444)
    before = path.read_bytes()

    with pytest.raises(SaveFailedError) as caught:
        store.save(Document())

    assert caught.value.errno == errno.EACCES
    assert path.read_bytes() == before


def test_a_read_only_folder_with_a_valid_file_opens_it_read_only(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    path = folder / FILE_NAME
    DocumentStore(path).save(document)
    folder.chmod(0o555)
    real_access = os.access

    def access(where: Any, mode: int, **kwargs: Any) -> bool:
        # As root nothing is enforced: answer as the system answers any other user.
        if mode & os.W_OK and Path(where) == folder:
            return False
        return real_access(where, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    store = DocumentStore(path)
    try:
        result = store.load()
    finally:
        folder.chmod(0o755)

    assert result.status is LoadStatus.OK
    assert result.document == document
    assert result.read_only and result.protection is Protection.FOLDER
    with pytest.raises(ReadOnlyStoreError):
        store.save(Document())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_saving_keeps_the_data_file_s_mode(tmp_path: Path, document: Document) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(Document())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # a new file is private
    path.chmod(0o640)

    store.save(document)

    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_in_place_of_the_data_file_is_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    os.mkfifo(path)
    store = DocumentStore(path)
    results: list[Any] = []
    loading = threading.Thread(target=lambda: results.append(store.load()), daemon=True)
    loading.start()
    loading.join(5)
    if loading.is_alive():  # stuck opening the pipe: let it go, then fail
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        loading.join(5)
        pytest.fail("the load waited for someone to write into the pipe")

    [result] = results
    assert result.status is LoadStatus.UNREADABLE
    assert result.read_only
    assert stat.S_ISFIFO(path.lstat().st_mode)
