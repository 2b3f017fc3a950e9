"""Windows names the taskbar button and the notifications after the app, not Python."""

from __future__ import annotations

import sys

import pytest

from app import DESKTOP_ID
from app.windows_identity import set_app_user_model_id


class Shell32:
    def __init__(self) -> None:
        self.ids: list[str] = []

    def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
        self.ids.append(app_id)
        return 0


def test_on_windows_the_process_takes_the_apps_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    shell32 = Shell32()
    assert set_app_user_model_id(shell32)
    assert shell32.ids == [DESKTOP_ID]


def test_elsewhere_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    shell32 = Shell32()
    assert not set_app_user_model_id(shell32)
    assert shell32.ids == []
