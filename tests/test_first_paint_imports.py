"""The first window loads only what it shows: nothing heavy is imported before its first paint.

Each test starts the real program (`python -m app --smoke`) with a `sitecustomize` that
notes, with the time, every module imported (Python's `import` audit event) and every enum
PySide creates, and what the process had at its end. The smoke report gives the time of the
first paint; whatever came before it is what the user waited for (docs/performance.md).
A module named here that comes back before the first paint fails the test, with its name.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.storage.store import DocumentStore
from tests.app_process import explain, run_app

pytestmark = pytest.mark.slow

START_TIMEOUT = 30.0  # seconds

SITECUSTOMIZE = """
import atexit, builtins, enum, json, os, sys, time

_imports = []
_enums = []


def _note_import(event, args):
    if event == "import":
        _imports.append((args[0], time.time()))


sys.addaudithook(_note_import)
_create = enum.EnumType._create_


def _note_enum(cls, class_name, *args, **kwargs):
    _enums.append((class_name, time.time()))
    return _create(cls, class_name, *args, **kwargs)


enum.EnumType._create_ = _note_enum


def _write():
    hook = getattr(builtins, "__feature_import__", None)
    with open(os.environ["FIRST_PAINT_LOG"], "w", encoding="utf-8") as log:
        json.dump(
            {
                "imports": _imports,
                "enums": _enums,
                "feature_hook_on": hook is not None and builtins.__import__ is hook,
            },
            log,
        )


atexit.register(_write)
"""

# Never before the first window, whichever it is.
HEAVY = {
    "pydantic",  # the full, validated load comes after the first paint
    "app.core.document",
    "app.core.cases",
    "app.storage.store",
    "keyring",  # e-mail hints: only when asked
    "app.storage.email_hints",
    "ada_url",  # link checks: only in the checker and the pages that open links
    "app.core.links",
    "app.ui.kit.browser",
    "webbrowser",
    "html",
    "logging.handlers",  # the log file starts after the first paint
    "app.storage.log_file",
    "socket",  # the lock's host name comes from uname
    "platformdirs",  # --data-dir given: the default folder is not needed yet
    "app.storage.autostart",  # "remind me at login" is read after the load
    "app.core.flows.registry",  # the flows: when a job is chosen or a case shown
    "app.core.flow",
    "app.core.official_links",  # the official pages: when a page shows its links
    "app.ui.checker",  # "Is this really Amazon?": when asked
    "app.core.deadlines",
    "app.ui.kit.widgets",  # date fields, link buttons, colours: not on the first window
    "app.ui.kit.theme",
    "app.ui.cases.deadline_timeline",
    "app.ui.shell.smoke_report",
}
# Only in the other window.
WIZARD_ONLY = {"app.ui.wizard.assistant_wizard", "app.ui.wizard.pages.start_page"}
MAIN_WINDOW_ONLY = {"app.ui.cases.main_window", "app.ui.cases.cases_model", "json"}
# Enums that exist only in PySide's `Qt` namespace, which is built whole on its first use.
QT_NAMESPACE_ENUMS = {"AlignmentFlag", "Key", "ItemDataRole", "ContextMenuPolicy"}
# Enums of classes no first window shows (dialogs, the style's internals): PySide builds them
# all at once when a call hands back a widget of a type it has not met yet (a scroll area's
# `viewport()` built some eighty, about 16 ms), or when a style is asked for.
UNSHOWN_CLASS_ENUMS = {
    "FontDialogOption",
    "ColorDialogOption",
    "InputDialogOption",
    "AcceptMode",
    "HorizontalHeaderFormat",
    "PixelMetric",
    "SubControl",
}


def first_paint(tmp_path: Path, data_dir: Path) -> dict[str, Any]:
    """What the app had imported and created when its first window was painted."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, "utf-8")
    log = tmp_path / "first-paint.json"
    env = os.environ.copy()
    env.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    env["FIRST_PAINT_LOG"] = str(log)
    result = run_app(
        "--smoke", "--lang", "it", "--data-dir", str(data_dir), env=env, timeout=START_TIMEOUT
    )
    assert result.returncode == 0, explain(result)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("smoke: ")]
    painted_at = json.loads(line.removeprefix("smoke: "))["painted_at"]
    noted = json.loads(log.read_text("utf-8"))
    assert noted["imports"] and noted["enums"], "the sitecustomize saw nothing: update it"
    return {
        "window": json.loads(line.removeprefix("smoke: "))["window"],
        "imports": {name for name, at in noted["imports"] if at < painted_at},
        "imported_later": {name for name, at in noted["imports"] if at >= painted_at},
        "enums": {name for name, at in noted["enums"] if at < painted_at},
        "feature_hook_on": noted["feature_hook_on"],
    }


def heavy_modules(imported: set[str], names: set[str]) -> list[str]:
    """The modules of `names` (or inside them) that were imported."""
    return sorted(
        module
        for module in imported
        if any(module == name or module.startswith(name + ".") for name in names)
    )


def test_a_first_start_paints_the_wizard_before_anything_it_does_not_show(
    tmp_path: Path,
) -> None:
    seen = first_paint(tmp_path, tmp_path / "data")
    assert seen["window"] == "assistantWizard"
    assert heavy_modules(seen["imports"], HEAVY | MAIN_WINDOW_ONLY) == []
    assert sorted(seen["enums"] & QT_NAMESPACE_ENUMS) == []
    assert sorted(seen["enums"] & UNSHOWN_CLASS_ENUMS) == []
    assert not seen["feature_hook_on"]
    # The test sees what it should: the log file and the smoke report come after the paint.
    assert {"app.storage.log_file", "app.ui.shell.smoke_report"} <= seen["imported_later"]


def test_saved_cases_paint_the_main_window_before_anything_it_does_not_show(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    opened = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    DocumentStore(data_dir / "account-assistant.json").save(
        Document(cases=[open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "", opened)])
    )
    seen = first_paint(tmp_path, data_dir)
    assert seen["window"] == "mainWindow"
    assert heavy_modules(seen["imports"], HEAVY | WIZARD_ONLY) == []
    assert sorted(seen["enums"] & QT_NAMESPACE_ENUMS) == []
    assert sorted(seen["enums"] & UNSHOWN_CLASS_ENUMS) == []
    assert not seen["feature_hook_on"]
    assert "app.ui.cases.main_window" in seen["imports"]
