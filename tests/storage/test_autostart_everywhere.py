"""The login entry works from what is installed: the right program, kept up to date, never a
dead entry (issue: Windows and macOS users get the same promises).

The registry and launchd exist only on their systems; here their logic is checked through
what the app writes and reads back, with the platform set as each system would report it.
"""

from __future__ import annotations

import plistlib
import shutil
import sys
from pathlib import Path

import pytest

from app.storage.autostart import (
    AutostartUnavailable,
    LinuxAutostart,
    MacAutostart,
    Unavailable,
    disabled_services,
    launch_command,
    reminder_command,
    unavailable_reason,
)
from tests.storage.test_autostart import read_desktop_entry


def _file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("", "utf-8")
    return path


@pytest.mark.parametrize(
    "executable",
    [
        r"C:\Users\anna\AppData\Local\Microsoft\WindowsApps\python3.11.exe",
        r"C:\Program Files\WindowsApps\PythonSoftwareFoundation.Python.3.11_x64\python.exe",
    ],
)
def test_microsoft_store_python_cannot_have_a_login_entry(executable: str) -> None:
    assert unavailable_reason(executable, "win32") is Unavailable.MICROSOFT_STORE_PYTHON


def test_a_translocated_mac_app_cannot_have_a_login_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translocated = (
        "/private/var/folders/x/T/AppTranslocation/1A2B/d/Account Assistant.app/Contents/"
        "MacOS/Account Assistant"
    )
    assert unavailable_reason(translocated, "darwin") is Unavailable.APP_TRANSLOCATION
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(AutostartUnavailable) as refused:
        reminder_command(None, executable=translocated)
    assert refused.value.reason is Unavailable.APP_TRANSLOCATION


@pytest.mark.parametrize(
    ("executable", "platform"),
    [
        (r"C:\Users\anna\AppData\Local\Programs\Python\Python311\python.exe", "win32"),
        ("/Applications/Account Assistant.app/Contents/MacOS/Account Assistant", "darwin"),
        ("/usr/bin/python3", "linux"),
    ],
)
def test_ordinary_installs_can_have_a_login_entry(executable: str, platform: str) -> None:
    assert unavailable_reason(executable, platform) is None


@pytest.mark.parametrize("name", ["python.exe", "python3.exe", "python3.11.exe", "Python.EXE"])
def test_every_console_python_is_replaced_by_its_windowless_twin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    python = _file(tmp_path / name)
    twin = _file(tmp_path / name.lower().replace("python", "pythonw", 1))
    assert launch_command(str(python)) == [str(twin), "-P", "-m", "app"]


def test_the_script_installed_with_this_python_wins_over_an_older_one_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    older = _file(tmp_path / "old" / "bin" / "account-assistant")
    monkeypatch.setattr(shutil, "which", lambda _name: str(older))
    python = _file(tmp_path / "venv" / "bin" / "python")
    ours = _file(tmp_path / "venv" / "bin" / "account-assistant")
    assert launch_command(str(python)) == [str(ours)]


def test_on_windows_the_script_is_found_in_the_pythons_scripts_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    python = _file(tmp_path / "Python311" / "python.exe")
    script = _file(tmp_path / "Python311" / "Scripts" / "account-assistant.exe")
    assert launch_command(str(python)) == [str(script)]


def test_linux_entry_is_skipped_by_the_desktop_once_the_program_is_gone(
    tmp_path: Path,
) -> None:
    linux = LinuxAutostart(tmp_path / "config")
    program = "/usr/bin/account-assistant"
    linux.enable([program, "--check-reminders"])
    assert read_desktop_entry(linux.path)["TryExec"] == program


def test_an_entry_for_another_data_folder_is_not_the_one_this_app_would_write(
    tmp_path: Path,
) -> None:
    linux = LinuxAutostart(tmp_path / "config")
    linux.enable(["/usr/bin/account-assistant", "--check-reminders", "--data-dir", "/old"])
    assert linux.is_enabled()
    assert not linux.runs(["/usr/bin/account-assistant", "--check-reminders"])
    assert linux.runs(["/usr/bin/account-assistant", "--check-reminders", "--data-dir", "/old"])


def test_the_mac_agent_is_interactive_and_reads_back_as_written(tmp_path: Path) -> None:
    mac = MacAutostart(tmp_path)
    command = ["/Applications/Account Assistant.app/Contents/MacOS/Account Assistant", "-x"]
    mac.enable(command)
    agent = plistlib.loads(mac.path.read_bytes())
    assert agent["ProcessType"] == "Interactive"
    assert mac.runs(command) and not mac.runs([*command, "--data-dir", "/elsewhere"])


def test_a_mac_agent_switched_off_in_login_items_is_reported_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mac = MacAutostart(tmp_path)
    mac.enable(["/Applications/A.app/Contents/MacOS/A"])
    assert mac.is_enabled()
    monkeypatch.setattr(
        MacAutostart, "switched_off", lambda self: frozenset({"com.account-assistant.reminders"})
    )
    assert not mac.is_enabled()


def test_launchctls_list_of_disabled_services_is_read_in_both_forms() -> None:
    listing = """disabled services = {
\t"com.apple.Siri.agent" => enabled
\t"com.account-assistant.reminders" => disabled
\t"com.example.old" => true
\t"com.example.on" => false
}
"""
    assert disabled_services(listing) == {"com.account-assistant.reminders", "com.example.old"}
