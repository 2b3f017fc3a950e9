"""Qt's first import, for the windows: PySide6, without the cost of its `__feature__` hook.

Importing PySide6 replaces Python's `__import__` with a hook that serves PySide's opt-in
`from __feature__ import snake_case, true_property`. After every import statement, the hook
asks whether the module named uses PySide, and answers by reading that module's whole source
(`inspect.getsource`, kept in `linecache`): before the first window, 70 modules, some 13 ms
and over a megabyte of memory. The app never uses `__feature__`, so the hook is taken off
again, leaving the import PySide had before it (its lazy loading of Qt classes).

Nothing changes if a future PySide has no such hook, or names it otherwise.
"""

from __future__ import annotations

import builtins


def import_qt() -> None:
    """Import PySide6's QtCore (which installs the hook), then take the hook off."""
    import PySide6.QtCore  # noqa: F401  # installs the hook

    hook = getattr(builtins, "__feature_import__", None)
    before = getattr(builtins, "__orig_import__", None)
    if hook is not None and before is not None and builtins.__import__ is hook:
        builtins.__import__ = before
