"""Windows: let `account-assistant` (a windowed program under pythonw) print in a terminal.

Windows starts a windowed program with no console: `--version`, `--help`, an argument error
or the `--export-ics` summary would print nothing. When such a program was started from a
terminal, `AttachConsole(ATTACH_PARENT_PROCESS)` joins that terminal's console, and the
standard streams are opened on it. Double-clicked, there is no parent console and nothing
changes. (The shell does not wait for a windowed program, so the prompt may come back first:
`account-assistant-cli`, a console twin installed beside it, does wait.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

ATTACH_PARENT_PROCESS = -1


def _open_console() -> TextIO:
    return Path("CONOUT$").open("w", encoding="utf-8", errors="replace")


def attach_parent_console(
    kernel32: Any = None, open_console: Callable[[], TextIO] = _open_console
) -> bool:
    """Join the console of the terminal that started this windowed program, if there is one.

    Returns True when the streams now print in that terminal. Elsewhere (not Windows, or a
    program that already has its streams) nothing is done.
    """
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return False
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # double-clicked, or started by a program without a console
    try:
        stream = open_console()
    except OSError:
        return False
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return True
