"""Loading and saving the app's one JSON document, without ever losing the user's data.

A file that cannot be used is moved aside (never deleted) and the app starts afresh; a file
written by a newer version is left alone and the session becomes read-only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

from app.core.document import SCHEMA_VERSION, Document
from app.storage.atomic_file import remove_stale_temporaries, write_atomically

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


class LoadStatus(StrEnum):
    """What `DocumentStore.load` found."""

    OK = "ok"  # the file was read and is valid
    MISSING = "missing"  # no file yet: an empty document
    DAMAGED = "damaged"  # the file could not be used; it was moved aside
    NEWER = "newer"  # written by a newer version of the app; left alone, read-only
    UNREADABLE = "unreadable"  # the file could not be read (permissions, a folder...)


@dataclass(frozen=True)
class LoadResult:
    """The document to work with, and what the app should tell the user about the file."""

    document: Document
    status: LoadStatus
    kept_copy: Path | None = None  # where a damaged file now is, if it could be moved
    detail: str = ""  # a short English technical reason, for the log
    read_only: bool = False  # saving is refused for the rest of the session
    found_schema_version: int | None = None  # for NEWER: the file's schema version


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
        if not look_only:
            remove_stale_temporaries(self._path)
        try:
            document = _decode(self._read_bytes())
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
        return LoadResult(document, LoadStatus.OK)

    def save(self, document: Document) -> None:
        """Write `document` atomically, creating the folder if needed.

        Raises `ReadOnlyStoreError` when the store is read-only and `SaveFailedError` when
        the write fails; in both cases the previous file is left as it was. A document that
        would not load again is refused with `UnloadableDocumentError`, before any writing.
        """
        if self._read_only:
            raise ReadOnlyStoreError(f"{self._path} is read-only for this session")
        data = (document.model_dump_json(indent=2) + "\n").encode("utf-8")
        try:
            _decode(data)
        except (_DamagedError, _NewerError) as error:
            raise UnloadableDocumentError(f"the document would not load again: {error}") from None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self._path, data)
        except OSError as error:
            raise SaveFailedError(_describe(error), errno=error.errno) from error

    def _read_bytes(self) -> bytes:
        with self._path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise _DamagedError("too large")
        return data

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
        """Rename the file to `<stem>.damaged-<local time>[-N]<suffix>` and return that."""
        base = f"{self._path.stem}.damaged-{_local_now():%Y%m%d-%H%M%S}"
        target = self._path.with_name(base + self._path.suffix)
        number = 1
        while target.exists():
            number += 1
            target = self._path.with_name(f"{base}-{number}{self._path.suffix}")
        os.replace(self._path, target)  # noqa: PTH105 - a rename, never a copy
        return target


def _local_now() -> dt.datetime:
    """The local time, for naming kept copies (a function so that tests can fix it)."""
    return dt.datetime.now().astimezone()


def _decode(data: bytes) -> Document:
    """The document in `data`; raises `_DamagedError` or `_NewerError` with the reason."""
    if not data:
        raise _DamagedError("empty file")
    try:
        text = data.decode("utf-8-sig")  # tolerate a byte-order mark added by an editor
    except UnicodeDecodeError as error:
        raise _DamagedError(f"not UTF-8: {error.reason} at byte {error.start}") from None
    try:
        raw = json.loads(text)
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
        return Document.model_validate_json(text)
    except ValidationError as error:
        raise _DamagedError(f"validation: {_first_problem(error)}") from None


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
