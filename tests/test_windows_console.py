"""`account-assistant` under pythonw prints in the terminal that started it (Windows)."""

from __future__ import annotations

import io
import sys
import tomllib
from pathlib import Path

import pytest

from app.windows_console import ATTACH_PARENT_PROCESS, attach_parent_console

REPO_ROOT = Path(__file__).resolve().parent.parent


class Kernel32:
    def __init__(self, has_parent_console: bool) -> None:
        self.has_parent_console = has_parent_console
        self.asked: list[int] = []

    def AttachConsole(self, process: int) -> int:
        self.asked.append(process)
        return int(self.has_parent_console)


def under_pythonw(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows, started windowed: no standard streams (set in the test itself, after pytest
    has put its own capture in place)."""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_started_from_a_terminal_it_prints_there(monkeypatch: pytest.MonkeyPatch) -> None:
    under_pythonw(monkeypatch)
    console = io.StringIO()
    kernel32 = Kernel32(has_parent_console=True)
    assert attach_parent_console(kernel32, lambda: console)
    assert kernel32.asked == [ATTACH_PARENT_PROCESS]
    print("account-assistant 0.2.0")
    print("an error", file=sys.stderr)
    written = console.getvalue()
    monkeypatch.undo()
    assert written == "account-assistant 0.2.0\nan error\n"


def test_double_clicked_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    under_pythonw(monkeypatch)
    assert not attach_parent_console(Kernel32(has_parent_console=False), io.StringIO)
    streams = (sys.stdout, sys.stderr)
    monkeypatch.undo()
    assert streams == (None, None)


def test_a_program_with_its_streams_or_another_system_is_left_alone() -> None:
    kernel32 = Kernel32(has_parent_console=True)
    assert not attach_parent_console(kernel32, io.StringIO)
    assert kernel32.asked == []


def test_a_console_twin_is_installed_for_the_command_line() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["gui-scripts"]["account-assistant"] == "app.main:main"
    assert project["scripts"]["account-assistant-cli"] == "app.main:main"
