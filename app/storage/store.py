"""Loading and saving the app's one JSON document, without ever losing the user's data.

A file that cannot be used is moved aside (never deleted) and the app starts afresh; a file
written by a newer version is left alone and the session becomes read-only, and so does a
valid file the user protected (a read-only file, or a folder that cannot be written). A
linked file is read and saved through its link. Saving refuses what would not load again.

The file is compact JSON with its cases last, one case per line. A load reads the cases in
slices of a few hundred, each validated by pydantic-core straight from the text, so that a
load in a worker thread never holds the interpreter for long and the window keeps painting.
Anything the slices cannot vouch for (a file written by an older version with its keys
indented, a file edited by hand, a damaged one) is read again as one whole, with the exact
checks and messages of before. A save validates again only the cases it has not seen
loaded or saved: cases are frozen, so one that was valid stays valid.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gc
import json
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from pathlib import Path
from typing import Final

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticSerializationError

from app.core.cases import Case
from app.core.document import SCHEMA_VERSION, Document
from app.core.limits import MAX_DOCUMENT_BYTES
from app.storage.atomic_file import (
    ReadOnlyFileError,
    final_target,
    is_read_only,
    remove_stale_temporaries,
    write_atomically,
)

__all__ = ["MAX_DOCUMENT_BYTES"]  # read at each load and save (tests lower it)


class LoadStatus(StrEnum):
    """What `DocumentStore.load` found."""

    OK = "ok"  # the file was read and is valid
    MISSING = "missing"  # no file yet: an empty document
    DAMAGED = "damaged"  # the file could not be used; it was moved aside
    NEWER = "newer"  # written by a newer version of the app; left alone, read-only
    UNREADABLE = "unreadable"  # the file could not be read (permissions, a folder...)


class Protection(StrEnum):
    """Why a valid file opens read-only: the user protected it from changes."""

    FILE = "file"  # the file's permissions forbid writing (chmod 444, read-only attribute)
    FOLDER = "folder"  # its folder cannot be written (chmod 555, a read-only disk)


@dataclass(frozen=True)
class LoadResult:
    """The document to work with, and what the app should tell the user about the file."""

    document: Document
    status: LoadStatus
    kept_copy: Path | None = None  # where a damaged file now is, if it could be moved
    detail: str = ""  # a short English technical reason, for the log
    read_only: bool = False  # saving is refused for the rest of the session
    found_schema_version: int | None = None  # for NEWER: the file's schema version
    protection: Protection | None = None  # for OK: why the session is read-only, if it is


class StoreError(Exception):
    """Saving the document did not happen."""


class ReadOnlyStoreError(StoreError):
    """Saving was refused because the store is read-only for this session."""


class SaveFailedError(StoreError):
    """Writing the file failed (disk full, no permission...); the previous file is intact.

    `errno` is the operating system's error number, when known; the original `OSError` is
    chained as the cause.
    """

    def __init__(self, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


class UnloadableDocumentError(StoreError):
    """Saving was refused because the document would not load again (a bug, not the disk)."""


class DocumentTooLargeError(UnloadableDocumentError):
    """Saving was refused because the file would be larger than a load accepts."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes would be more than the {limit} a load reads")
        self.size = size
        self.limit = limit


class ProtectedFileError(SaveFailedError):
    """Saving was refused because the file was made read-only (after the load)."""


class _NotAFileError(OSError):
    """The data file's name belongs to a folder, a pipe or a device."""

    def __init__(self) -> None:
        super().__init__("not a regular file")


class _DamagedError(Exception):
    """The bytes are not a usable document; the message is the log detail."""


class _NewerError(Exception):
    """The bytes are a document from a newer schema version."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema_version {version} is newer than {SCHEMA_VERSION}")
        self.version = version


class DocumentStore:
    """The document file at `path`: loads it once at start-up, then saves it on changes."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._read_only = False
        # The cases known to load again (read from the file, or checked by a save), by
        # identity: a save checks only the others. Held here, so that no id is reused.
        # Those of a load are indexed at the first save (a load has enough to do).
        self._known: dict[int, Case] = {}
        self._loaded: list[Case] = []

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        """Whether saving is refused (set by the last load; False before any load)."""
        return self._read_only

    def load(self, *, look_only: bool = False) -> LoadResult:
        """Read the document, moving a damaged file aside. Never raises for a bad file.

        With `look_only` (commands that only read, like the calendar export) a damaged file
        is left where it is and the store becomes read-only: the app tells the user about it
        the next time it opens.
        """
        self._read_only = look_only
        self._known, self._loaded = {}, []
        if not look_only:
            remove_stale_temporaries(self._path)
        try:
            document = _decode(self._read_bytes())
            protection = self._protection()
        except FileNotFoundError:
            return LoadResult(Document(), LoadStatus.MISSING, detail="no file yet")
        except OSError as error:
            self._read_only = True
            return LoadResult(
                Document(), LoadStatus.UNREADABLE, detail=_describe(error), read_only=True
            )
        except _NewerError as error:
            self._read_only = True
            return LoadResult(
                Document(),
                LoadStatus.NEWER,
                detail=str(error),
                read_only=True,
                found_schema_version=error.version,
            )
        except _DamagedError as error:
            if look_only:
                return LoadResult(Document(), LoadStatus.DAMAGED, detail=str(error), read_only=True)
            return self._set_aside(str(error))
        self._loaded = document.cases
        if protection is not None:
            self._read_only = True
            return LoadResult(
                document,
                LoadStatus.OK,
                detail=f"the {protection} is read-only",
                read_only=True,
                protection=protection,
            )
        return LoadResult(document, LoadStatus.OK)

    def save(self, document: Document) -> None:
        """Write `document` atomically, creating the folder if needed.

        Raises `ReadOnlyStoreError` when the store is read-only and `SaveFailedError` when
        the write fails; in both cases the previous file is left as it was. A document that
        would not load again is refused with `UnloadableDocumentError`, before any writing.
        """
        if self._read_only:
            raise ReadOnlyStoreError(f"{self._path} is read-only for this session")
        data = self._encode(document)
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self._path, data)
        except ReadOnlyFileError as error:
            raise ProtectedFileError(_describe(error), errno=error.errno) from error
        except OSError as error:
            raise SaveFailedError(_describe(error), errno=error.errno) from error

    def _encode(self, document: Document) -> bytes:
        """The file's bytes for `document`, once it is sure they would load again.

        The document without its cases is checked as a load checks a file; each case not
        seen before (`_known`) goes through JSON and back; the ids must differ. The cases
        seen before are frozen and were valid: they are written as they are.
        """
        cases = document.cases
        if self._loaded:
            self._known = {id(case): case for case in self._loaded}
            self._loaded = []
        try:
            fresh = [
                (number, case)
                for number, case in enumerate(cases)
                if self._known.get(id(case)) is not case
            ]
            _check_fresh_cases(fresh)
            ids = set(map(_CASE_ID, cases))
            if len(ids) != len(cases):
                raise _DamagedError(f"two cases with the id {_repeated_id(cases)!r:.60}")
            try:
                head = document.model_copy(update={"cases": []}).model_dump_json()
            except PydanticSerializationError as error:
                raise _DamagedError(f"cannot be written as JSON: {error}") from None
            _decode_whole(head)  # the preferences and the names: as a load will see them
            data = _with_cases(head.encode("utf-8"), cases)
        except (_DamagedError, _NewerError) as error:
            raise UnloadableDocumentError(f"the document would not load again: {error}") from None
        if len(data) > MAX_DOCUMENT_BYTES:
            raise DocumentTooLargeError(len(data), MAX_DOCUMENT_BYTES)
        self._known = {id(case): case for case in cases}
        return data

    def _read_bytes(self) -> bytes:
        """The file's bytes; a pipe or a device is never opened (a pipe would wait)."""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(self._path, flags), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _NotAFileError
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise _DamagedError("too large")
        return data

    def _protection(self) -> Protection | None:
        """Why the file, just read, may not be written; None when it may."""
        target = final_target(self._path)
        if is_read_only(target, target.stat()):
            return Protection.FILE
        if not os.access(target.parent, os.W_OK):
            return Protection.FOLDER
        return None

    def _set_aside(self, reason: str) -> LoadResult:
        """Move the damaged file to a free name beside it; read-only if that is impossible."""
        try:
            kept_copy = self._move_aside()
        except OSError as error:
            self._read_only = True
            return LoadResult(
                Document(),
                LoadStatus.DAMAGED,
                detail=f"{reason}; could not move it aside: {_describe(error)}",
                read_only=True,
            )
        return LoadResult(Document(), LoadStatus.DAMAGED, kept_copy=kept_copy, detail=reason)

    def _move_aside(self) -> Path:
        """Rename the file to `<stem>.damaged-<local time>[-N]<suffix>` and return that.

        A linked file is renamed beside its target, and the link stays: the next save
        writes through it again.
        """
        damaged = final_target(self._path)
        base = f"{damaged.stem}.damaged-{_local_now():%Y%m%d-%H%M%S}"
        target = damaged.with_name(base + damaged.suffix)
        number = 1
        while target.exists():
            number += 1
            target = damaged.with_name(f"{base}-{number}{damaged.suffix}")
        os.replace(damaged, target)  # noqa: PTH105 - a rename, never a copy
        return target


def _local_now() -> dt.datetime:
    """The local time, for naming kept copies (a function so that tests can fix it)."""
    return dt.datetime.now().astimezone()


def _decode(data: bytes) -> Document:
    """The document in `data`; raises `_DamagedError` or `_NewerError` with the reason."""
    if not data:
        raise _DamagedError("empty file")
    if data.startswith(codecs.BOM_UTF8):  # a byte-order mark added by an editor
        data = data[len(codecs.BOM_UTF8) :]
    with _collector_paused() if len(data) >= PAUSE_COLLECTOR_FROM else nullcontext():
        # The slices read bytes: pydantic-core refuses any string that is not UTF-8, and
        # anything else outside the ASCII of JSON's syntax is no JSON. Whatever they
        # decline is decoded here, and a text that is not UTF-8 is named as such.
        document = _decode_in_slices(data)
        if document is not None:
            return document
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _DamagedError(f"not UTF-8: {error.reason} at byte {error.start}") from None
        return _decode_whole(text)


# The size from which a load pauses the cyclic garbage collector (about 2,500 cases): below
# it, the collector's passes cost little, and its timing is better left alone.
PAUSE_COLLECTOR_FROM = 1024 * 1024


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of objects are made.

    Its passes walk every young object again and again, which made a load of 100,000
    cases three times as slow as it need be. What the load made is then put straight into
    the oldest generation (frozen, then unfrozen at once): it lives as long as the document,
    and a young generation's pass over it, right after the load, would cost as much again.
    Nothing stays frozen: a full collection, when one is due, still sees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


_CASES: Final = TypeAdapter(list[Case])
_CASE_ID: Final = attrgetter("id")
_FIELDS_SET: Final = attrgetter("__pydantic_fields_set__")
_HISTORY: Final = attrgetter("history")
_REMINDED: Final = attrgetter("reminded")

# About 150 cases as the app writes them: a millisecond or two of validation per slice, and
# faster in all than larger slices (what a slice makes stays in the processor's caches).
SLICE_CHARACTERS = 64 * 1024
_CASES_KEY: Final = re.compile(rb'"cases"[ \t\n\r]*:[ \t\n\r]*\[')
# Where one case ends and the next begins (every case is written with its id first); the
# group is the comma between them.
_NEXT_CASE: Final = re.compile(rb'\}[ \t\n\r]*(,)[ \t\n\r]*\{[ \t\n\r]*"id"[ \t\n\r]*:')
_LABELS_AT_MOST: Final = 1024 * 1024  # bytes: a thousand names, each escaped at worst
_WHITE_SPACE: Final = b" \t\n\r"  # JSON's
_SPACE: Final = re.compile(rb"[ \t\n\r]*")


def _decode_in_slices(text: bytes) -> Document | None:
    """The document in `text` (UTF-8), its cases validated a slice at a time; None when
    this way cannot vouch for the text (then `_decode_whole` decides, with its reasons).

    The cases' array is found by its key; that it really is the value of the document's
    "cases" is proven by reading the rest of the text twice, with [0] and with [1] in its
    place: only the value itself can be read as each of them. The rest, with no cases, is
    then checked as a whole document is. The array is cut between two cases into slices,
    and each slice must be a valid JSON array of cases on its own: were a cut wrong (inside
    a string, inside a case), its slice would not be one. Valid arrays joined by commas are
    the whole array, so the slices read exactly what the whole text reads.
    """
    found = _CASES_KEY.search(text)
    if found is None:
        return None
    start = found.end() - 1  # the "[" of the cases
    end = _end_of_cases(text, start)
    if end is None:
        return None
    try:
        before, after = text[:start].decode("utf-8"), text[end + 1 :].decode("utf-8")
        head = _decode_whole(before + "[]" + after)
        for probe in ([0], [1]):
            raw = json.loads(before + json.dumps(probe) + after)
            if not isinstance(raw, dict) or raw.get("cases") != probe:
                return None
    except (_DamagedError, _NewerError, ValueError, RecursionError):
        return None
    cases: list[Case] = []
    position = start + 1
    while _after_space(text, position) != end:  # not an empty array
        cut = end
        if end - position > SLICE_CHARACTERS:
            following = _NEXT_CASE.search(text, position + SLICE_CHARACTERS, end)
            if following is not None:
                cut = following.start(1)
        piece = b"[" + text[position:cut] + b"]"
        try:
            some = _CASES.validate_json(piece)
        except ValidationError:
            return None
        if not _each_key_once(piece, some):
            return None
        cases += some
        if cut == end:
            break
        position = cut + 1
    if len(set(map(_CASE_ID, cases))) != len(cases):
        return None  # two cases with one id: the whole way names it
    return head.model_copy(update={"cases": cases})


def _end_of_cases(text: bytes, start: int) -> int | None:
    """Where the cases' array that opens at `start` seems to close; checked by the caller.

    The app writes the cases last (`...]}`); versions before wrote the e-mail hints' names
    after them (`...], "email_hint_labels": [...]}`, at most a thousand short names).
    """
    last = _before_space(text, len(text))
    if last <= start or text[last] != ord("}"):
        return None
    end = _before_space(text, last)  # the "]" of the last field
    labels = text.rfind(b'"email_hint_labels"', max(start, last - _LABELS_AT_MOST))
    if labels != -1:  # the names after the cases: their "]" is before the names' key
        comma = _before_space(text, labels)
        if text[comma] != ord(","):
            return None
        end = _before_space(text, comma)
    return end if end > start and text[end] == ord("]") else None


def _after_space(text: bytes, index: int) -> int:
    """The position of the first byte from `index` on that is not JSON white space."""
    found = _SPACE.match(text, index)
    return index if found is None else found.end()


def _before_space(text: bytes, index: int) -> int:
    """The position of the last byte before `index` that is not JSON white space."""
    index -= 1
    while index >= 0 and text[index] in _WHITE_SPACE:
        index -= 1
    return index


def _each_key_once(piece: bytes, cases: list[Case]) -> bool:
    """Whether no object in `piece`, the JSON text of `cases`, has a key written twice.

    JSON keeps the last of two equal keys silently; `json.loads` with a hook finds them, at
    the cost of a Python call per object. This counts instead. Every object in the text
    became a model (all refuse unknown keys), and the fields a model was given are the
    distinct keys of its object. With JSON's white space taken out (in strings too), every
    key is followed by a colon at once, so the text holds at least as many `":` as keys
    written (a string may hold more, never fewer). As many `":` as distinct keys: none is
    repeated. A slice the count cannot vouch for (a note holding `":`) is read with the hook.
    """
    # A state change and a reminder have two fields, both required: two keys each. (Were
    # one to gain an optional field, this would count too few distinct keys, and only
    # decline more often: accepting takes as many `":` as these, and no fewer.)
    keys = sum(map(len, map(_FIELDS_SET, cases)))
    keys += 2 * sum(map(len, map(_HISTORY, cases))) + 2 * sum(map(len, map(_REMINDED, cases)))
    if piece.translate(None, _WHITE_SPACE).count(b'":') == keys:
        return True
    try:
        json.loads(piece, object_pairs_hook=_object_without_repeated_keys)
    except _RepeatedKeyError:
        return False
    return True


def _decode_whole(text: str) -> Document:
    """The document in `text`, read as one whole, with the exact reason of any damage."""
    try:
        raw = json.loads(text, object_pairs_hook=_object_without_repeated_keys)
    except _RepeatedKeyError as error:
        raise _DamagedError(f"duplicate key {error.key!r:.60}") from None
    except json.JSONDecodeError as error:
        raise _DamagedError(
            f"not JSON: {error.msg} line {error.lineno} column {error.colno}"
        ) from None
    except RecursionError:
        raise _DamagedError("not JSON: nested too deeply") from None
    if not isinstance(raw, dict):
        raise _DamagedError(f"not a JSON object but {type(raw).__name__}")
    if "schema_version" not in raw:
        raise _DamagedError("no schema_version")
    version = raw["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise _DamagedError(f"schema_version is not an integer: {version!r:.40}")
    if version > SCHEMA_VERSION:
        raise _NewerError(version)
    try:
        document = Document.model_validate_json(text)
    except ValidationError as error:
        raise _DamagedError(f"validation: {_first_problem(error)}") from None
    if len(set(map(_CASE_ID, document.cases))) != len(document.cases):
        raise _DamagedError(f"two cases with the id {_repeated_id(document.cases)!r:.60}")
    return document


def _repeated_id(cases: list[Case]) -> str:
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            return case.id
        seen.add(case.id)
    return ""


def _check_fresh_cases(fresh: list[tuple[int, Case]]) -> None:
    """Raise `_DamagedError` unless each case, written as JSON, would be read back.

    `fresh` are the cases a save has not seen before, with their place in the document.
    """
    if not fresh:
        return
    for number, case in fresh:
        if not isinstance(case, Case):
            raise _DamagedError(f"validation: cases.{number}: not a case")
    try:
        _CASES.validate_json(_CASES.dump_json([case for _number, case in fresh]))
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = list(first["loc"])
        if where and isinstance(where[0], int):
            where[0] = fresh[where[0]][0]
        located = ".".join(str(part) for part in ["cases", *where])
        raise _DamagedError(f"validation: {located}: {first['msg']}") from None
    except PydanticSerializationError as error:
        raise _DamagedError(f"cannot be written as JSON: {error}") from None


def _with_cases(head: bytes, cases: list[Case]) -> bytes:
    """The file: `head` (the document with no cases, which it ends with) and `cases`, one
    per line, serialised a slice at a time (never holding the interpreter for long)."""
    empty = b'"cases":[]}'
    if not head.endswith(empty):
        raise _DamagedError("the cases are not the document's last field")
    if not cases:
        return head + b"\n"
    parts = [head[: -len(b"[]}")], b"[\n"]
    step = 400
    for first in range(0, len(cases), step):
        if first:
            parts.append(b",\n")
        try:
            some = _CASES.dump_json(cases[first : first + step])
        except PydanticSerializationError as error:
            raise _DamagedError(f"cannot be written as JSON: {error}") from None
        # A case begins with {"id": and nothing else in a case does; inside a string the
        # quote would be escaped (\"), so only the places between two cases are touched.
        parts.append(some[1:-1].replace(b'},{"id":', b'},\n{"id":'))
    parts.append(b"\n]}\n")
    return b"".join(parts)


class _RepeatedKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object_without_repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object as a dict, refusing a key given twice (JSON would keep only the last)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _RepeatedKeyError(key)
            seen.add(key)
    return result


def _first_problem(error: ValidationError) -> str:
    """`"cases.0.label: String should have at most 80 characters (and 2 more)"`."""
    problems = error.errors(include_url=False)
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "document"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _describe(error: OSError) -> str:
    """A one-line reason for an `OSError`, without repeating the file name."""
    return error.strerror or str(error) or type(error).__name__
