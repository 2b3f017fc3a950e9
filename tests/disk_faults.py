"""A disk that fills up while the app saves: the temporary file's write stops half-way."""

from __future__ import annotations

import errno
import os
from typing import Any


class FullDiskFile:
    """Wraps the temporary file: its write keeps half the bytes, then "no space left"."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __enter__(self) -> FullDiskFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._inner.close()

    def write(self, data: bytes) -> int:
        self._inner.write(data[: len(data) // 2])
        self._inner.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self._inner.flush()

    def fileno(self) -> int:
        return int(self._inner.fileno())
