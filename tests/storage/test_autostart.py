"""'Remind me at login' writes an entry the system reads, reads it back, and removes only ours."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.autostart import (
    LinuxAutostart,
    MacAutostart,
    WindowsAutostart,
    autostart_for_this_system,
    exec_line,
    launch_command,
    parse_exec_line,
    reminder_command,
)

# A path with a space, quotes, a backslash, a dollar, a backtick and a percent sign.
AWKWARD_DATA_DIR = '/home/anna/My "Shop" data/it\'s 100% $HOME `x` a\\b'
COMMAND = [
    "/opt/Account Assistant/bin/account-assistant",
    "--check-reminders",
    "--data-dir",
    AWKWARD_DATA_DIR,
]


@pytest.fixture
def linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LinuxAutostart:
    """The autostart the app would pick on Linux, in a temporary home and config folder."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = autostart_for_this_system()
    assert isinstance(autostart, LinuxAutostart)
    return autostart


class CaseSensitiveParser(configparser.ConfigParser):
    """An INI reader that keeps the case of keys, which matters in desktop entries."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def read_desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = CaseSensitiveParser(interpolation=None, delimiters=("=",), strict=True)
    parser.read_string(path.read_text("utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_the_entry_goes_in_the_users_autostart_folder(
    linux: LinuxAutostart, tmp_path: Path
) -> None:
    expected = tmp_path / "config" / "autostart" / "account-assistant-reminders.desktop"
    assert linux.path == expected
    assert linux.describe() == str(expected)


@pytest.mark.parametrize("config_home", [None, "", "relative/path"])
def test_without_a_usable_xdg_config_home_the_entry_goes_in_dot_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_home: str | None
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    environ = {"HOME": str(tmp_path)}
    if config_home is not None:
        environ["XDG_CONFIG_HOME"] = config_home
    autostart = autostart_for_this_system(environ)
    assert isinstance(autostart, LinuxAutostart)
    assert autostart.path == (
        tmp_path / ".config" / "autostart" / "account-assistant-reminders.desktop"
    )


def test_off_until_the_user_turns_it_on(linux: LinuxAutostart) -> None:
    assert not linux.is_enabled()
    assert linux.exec_command() is None
    assert not linux.path.exists()


def test_turning_it_on_writes_an_entry_that_runs_the_command(linux: LinuxAutostart) -> None:
    linux.enable(COMMAND)
    assert linux.is_enabled()
    assert linux.exec_command() == COMMAND


def test_the_entry_is_a_valid_desktop_entry(linux: LinuxAutostart) -> None:
    linux.enable(COMMAND)
    entry = read_desktop_entry(linux.path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Account Assistant reminders"
    assert entry["Name[it]"] == "Promemoria di Assistente Account"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["NoDisplay"] == "true"
    assert entry["Terminal"] == "false"
    assert entry["X-AccountAssistant"] == "reminders"
    assert entry["Exec"] == exec_line(COMMAND)
    assert entry["Exec"].startswith('"/opt/Account Assistant/bin/account-assistant" ')


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert exec_line(["account-assistant", "--check-reminders"]) == (
        "account-assistant --check-reminders"
    )
    # Quoted, with " ` $ \ escaped; then the backslashes doubled again as a string value.
    assert exec_line(['a b"c`d$e\\f']) == '"a b\\\\"c\\\\`d\\\\$e\\\\\\\\f"'
    assert exec_line(["100%"]) == "100%%"
    assert exec_line(["", "x"]) == '"" x'
    assert exec_line(["line\nbreak"]) == '"line\\nbreak"'


@pytest.mark.parametrize(
    "command",
    [
        ["prog"],
        ["/usr/bin/prog", "--data-dir", "/tmp/a b"],
        ["prog", "", "tab\there", "new\nline", "~/x", "a=b", "#1", "(x)", "'single'"],
        [AWKWARD_DATA_DIR, "%f", "%%"],
    ],
)
def test_any_command_reads_back_as_written(command: list[str]) -> None:
    assert parse_exec_line(exec_line(command)) == command


def test_an_unterminated_quote_is_not_read_as_a_command() -> None:
    assert parse_exec_line('"prog --check-reminders') is None


def test_turning_it_off_removes_the_entry_and_twice_is_fine(linux: LinuxAutostart) -> None:
    linux.enable(COMMAND)
    linux.disable()
    assert not linux.is_enabled()
    assert not linux.path.exists()
    linux.disable()
    assert not linux.is_enabled()


def test_turning_it_on_again_replaces_the_command(linux: LinuxAutostart) -> None:
    linux.enable(COMMAND)
    linux.enable(["account-assistant", "--check-reminders"])
    assert linux.exec_command() == ["account-assistant", "--check-reminders"]


def test_a_foreign_file_with_the_same_name_is_not_ours_and_is_left_alone(
    linux: LinuxAutostart,
) -> None:
    linux.path.parent.mkdir(parents=True)
    foreign = "[Desktop Entry]\nType=Application\nName=Something else\nExec=something-else\n"
    linux.path.write_text(foreign, "utf-8")
    assert not linux.is_enabled()
    assert linux.exec_command() is None
    linux.disable()
    assert linux.path.read_text("utf-8") == foreign


@pytest.mark.parametrize("switch_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_the_user_switched_off_in_the_desktop_settings_is_off(
    linux: LinuxAutostart, switch_off: str
) -> None:
    linux.enable(COMMAND)
    text = linux.path.read_text("utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    linux.path.write_text(f"{text}{switch_off}\n", "utf-8")
    assert not linux.is_enabled()
    linux.enable(COMMAND)
    assert linux.is_enabled()


def test_the_mac_launch_agent_runs_the_command_at_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    mac = autostart_for_this_system({"HOME": str(tmp_path)})
    assert isinstance(mac, MacAutostart)
    path = tmp_path / "Library" / "LaunchAgents" / "com.account-assistant.reminders.plist"
    assert mac.describe() == str(path)
    assert not mac.is_enabled()
    mac.enable(COMMAND)
    assert mac.is_enabled()
    agent = plistlib.loads(path.read_bytes())
    assert agent == {
        "Label": "com.account-assistant.reminders",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    mac.disable()
    assert not path.exists() and not mac.is_enabled()
    mac.disable()


def test_a_foreign_mac_file_is_not_ours_and_is_left_alone(tmp_path: Path) -> None:
    mac = MacAutostart(tmp_path)
    mac.path.parent.mkdir(parents=True)
    mac.path.write_bytes(b"not a property list")
    assert not mac.is_enabled()
    mac.disable()
    assert mac.path.read_bytes() == b"not a property list"


@pytest.mark.skipif(sys.platform != "win32", reason="the registry exists only on Windows")
def test_the_windows_run_value_holds_the_quoted_command() -> None:  # pragma: no cover
    import winreg

    windows = WindowsAutostart()
    if windows.is_enabled():
        pytest.skip("this user already has the reminders at login: not touching them")
    try:
        windows.enable(COMMAND)
        assert windows.is_enabled()
        with winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run"
        ) as key:
            value, _ = winreg.QueryValueEx(key, "AccountAssistantReminders")
        assert value == subprocess.list2cmdline(COMMAND)
    finally:
        windows.disable()
    assert not windows.is_enabled()
    windows.disable()


def test_the_command_uses_the_installed_script_by_its_full_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "bin" / "account-assistant"
    monkeypatch.setattr(
        shutil, "which", lambda name: str(script) if name == "account-assistant" else None
    )
    python = str(tmp_path / "python" / "bin" / "python3")  # no script installed beside it
    assert reminder_command(None, python) == [str(script), "--check-reminders"]
    assert reminder_command(tmp_path / "my data", python) == [
        str(script),
        "--check-reminders",
        "--data-dir",
        str(tmp_path / "my data"),
    ]


def test_without_the_script_the_command_runs_the_package_with_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    python = str(tmp_path / "python" / "bin" / "python3")  # no script installed beside it
    assert reminder_command(None, python) == [python, "-P", "-m", "app", "--check-reminders"]
    assert reminder_command(tmp_path, executable=python) == [
        python,
        "-P",
        "-m",
        "app",
        "--check-reminders",
        "--data-dir",
        str(tmp_path),
    ]


def test_on_windows_the_command_uses_pythonw_so_no_console_window_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    python = tmp_path / "python.exe"
    python.touch()
    assert reminder_command(None, executable=str(python))[0] == str(python)
    (tmp_path / "pythonw.exe").touch()
    assert reminder_command(None, executable=str(python)) == [
        str(tmp_path / "pythonw.exe"),
        "-P",
        "-m",
        "app",
        "--check-reminders",
    ]


# -- from an installed bundle (PyInstaller) -------------------------------------------------


def _executable(path: Path) -> Path:
    """A real executable file at `path`, as an installer would leave it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n", "utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Running as the bundle's own executable under /opt, with an empty PATH for now."""
    executable = _executable(tmp_path / "opt" / "account-assistant" / "account-assistant")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    return executable


def test_a_bundle_runs_its_own_executable_never_python_dash_m(bundle: Path) -> None:
    assert reminder_command(None) == [str(bundle), "--check-reminders"]
    assert launch_command() == [str(bundle)]


def test_a_bundle_ignores_the_python_it_is_given(bundle: Path, tmp_path: Path) -> None:
    assert reminder_command(tmp_path / "data", executable="/usr/bin/python3") == [
        str(bundle),
        "--check-reminders",
        "--data-dir",
        str(tmp_path / "data"),
    ]


@pytest.mark.parametrize("relative", [False, True], ids=["absolute link", "relative link"])
def test_a_bundle_reached_through_the_debs_launcher_runs_the_launcher(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool
) -> None:
    launcher = tmp_path / "usr" / "bin" / "account-assistant"
    launcher.parent.mkdir(parents=True)
    target = Path("../../opt/account-assistant/account-assistant") if relative else bundle
    launcher.symlink_to(target)
    monkeypatch.setenv("PATH", str(launcher.parent))

    # The launcher's own path, not where it points: it still works after the bundle moves.
    assert reminder_command(None) == [str(launcher), "--check-reminders"]


def test_a_bundle_does_not_run_another_programs_launcher(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Say an older pip install left its own `account-assistant` on PATH.
    other = _executable(tmp_path / "home" / ".local" / "bin" / "account-assistant")
    monkeypatch.setenv("PATH", str(other.parent))

    assert reminder_command(None) == [str(bundle), "--check-reminders"]


def test_a_bundle_called_through_a_symlinked_folder_still_finds_its_launcher(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked_opt = tmp_path / "linked-opt"
    linked_opt.symlink_to(bundle.parent, target_is_directory=True)
    monkeypatch.setattr(sys, "executable", str(linked_opt / bundle.name))
    launcher = tmp_path / "usr" / "bin" / "account-assistant"
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(bundle)
    monkeypatch.setenv("PATH", str(launcher.parent))

    assert reminder_command(None) == [str(launcher), "--check-reminders"]


def test_outside_a_bundle_the_launcher_on_path_is_used_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    script = _executable(tmp_path / "venv" / "bin" / "account-assistant")
    monkeypatch.setenv("PATH", str(script.parent))
    python = str(tmp_path / "python" / "bin" / "python3")  # no script installed beside it

    assert reminder_command(None, python) == [str(script), "--check-reminders"]


def test_the_login_entry_validates_and_shows_the_apps_icon(linux: LinuxAutostart) -> None:
    linux.enable(COMMAND)
    assert read_desktop_entry(linux.path)["Icon"] == "org.accountassistant.AccountAssistant"
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        [validate, str(linux.path)], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
