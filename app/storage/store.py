"""Loading and saving the app's one JSON document, without ever losing the user's data.

A file that cannot be used is moved aside (never deleted) and the app starts afresh; a file
written by a newer version is left alone and the session becomes read-only, and so does a
valid file the user protected (a read-only file, or a folder that cannot be written). A
linked file is read and saved through its link. Saving refuses what would not load again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

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
        data = (document.model_dump_json(indent=2) + "\n").encode("utf-8")
        if len(data) > MAX_DOCUMENT_BYTES:
            raise DocumentTooLargeError(len(data), MAX_DOCUMENT_BYTES)
        try:
            _decode(data)
        except (_DamagedError, _NewerError) as error:
            raise UnloadableDocumentError(f"the document would not load again: {error}") from None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self._path, data)
        except ReadOnlyFileError as error:
            raise ProtectedFileError(_describe(error), errno=error.errno) from error
        except OSError as error:
            raise SaveFailedError(_describe(error), errno=error.errno) from error

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
    try:
        text = data.decode("utf-8-sig")  # tolerate a byte-order mark added by an editor
    except UnicodeDecodeError as error:
        raise _DamagedError(f"not UTF-8: {error.reason} at byte {error.start}") from None
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
    seen: set[str] = set()
    for case in document.cases:
        if case.id in seen:
            raise _DamagedError(f"two cases with the id {case.id!r:.60}")
        seen.add(case.id)
    return document


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
