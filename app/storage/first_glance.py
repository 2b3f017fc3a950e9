"""A quick look at the document before the first paint: which window, in which language.

This module must stay cheap to import: it imports the standard library's `json` only when
there is a file to read (a first start has none), and must not import pydantic or
`app.core.document`, directly or indirectly. The full, validated load (`app.storage.store`)
happens afterwards and reports any problem with the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

MAX_GLANCE_BYTES = 2 * 1024 * 1024


class Glance(NamedTuple):  # not a dataclass: 1 ms less before the first window
    """What the start-up code needs: the saved language and whether to show the main window.

    `language` is the raw saved code (the caller parses it); `has_cases` is also True when
    the file exists but cannot be understood, so that the main window opens and the full
    load can tell the user about it.
    """

    language: str | None
    has_cases: bool


def first_glance(path: Path) -> Glance:
    """Glance at the document file at `path`. Never raises."""
    try:
        # Never blocking: a pipe in place of the file would wait for a writer for ever.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(path, flags), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return Glance(None, has_cases=True)  # a folder, a pipe: the load will explain
            data = handle.read(MAX_GLANCE_BYTES + 1)
    except FileNotFoundError:
        return Glance(None, has_cases=False)
    except OSError:
        return Glance(None, has_cases=True)  # there is a file; the full load will explain
    if not data:
        return Glance(None, has_cases=False)
    raw = _parse(data)
    if raw is None:
        return Glance(None, has_cases=True)  # the full load will say what is wrong
    preferences = raw.get("preferences")
    language = preferences.get("language") if isinstance(preferences, dict) else None
    cases = raw.get("cases")
    return Glance(
        language=language if isinstance(language, str) else None,
        has_cases=isinstance(cases, list) and len(cases) > 0,
    )


def _parse(data: bytes) -> dict[str, object] | None:
    """The JSON object in `data`, or None if it is too large, not JSON or not an object."""
    if len(data) > MAX_GLANCE_BYTES:
        return None
    import json

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # includes UnicodeDecodeError and JSONDecodeError
        return None
    return raw if isinstance(raw, dict) else None
