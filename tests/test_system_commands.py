"""The options that put the app in the menu and switch the reminders at login, as users run them.

Most tests start `python -m app` in a fresh process, in a temporary HOME, XDG_DATA_HOME and
XDG_CONFIG_HOME, and look at the files a desktop would read: the menu entry, its icon, the
login entry. A few check the menu entry's rules in-process where a process cannot show them.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import DESKTOP_ID
from app.cli import SystemCommand
from app.resource_paths import resources_dir
from app.storage.autostart import exec_line, parse_exec_line
from app.storage.desktop_entry import MenuEntry, Removal, menu_desktop_file
from app.system_commands import run_system_command
from tests.app_process import explain, run_app

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR_ENV = "ACCOUNT_ASSISTANT_DATA_DIR"
TIMEOUT = 20.0  # seconds; these commands open no window

EXIT_OK = 0
EXIT_SYSTEM_REFUSED = 1
EXIT_USAGE = 2

DESKTOP_FILE = Path("applications") / f"{DESKTOP_ID}.desktop"
ICON_FILE = Path("icons") / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
LOGIN_ENTRY = Path("autostart") / "account-assistant-reminders.desktop"


@dataclass
class Desktop:
    """A user's temporary home, with the folders a Linux desktop reads."""

    home: Path
    data_home: Path
    config_home: Path
    env: dict[str, str]

    @property
    def desktop_file(self) -> Path:
        return self.data_home / DESKTOP_FILE

    @property
    def icon_file(self) -> Path:
        return self.data_home / ICON_FILE

    @property
    def login_entry(self) -> Path:
        return self.config_home / LOGIN_ENTRY


@pytest.fixture
def desktop(tmp_path: Path) -> Desktop:
    home = tmp_path / "home"
    home.mkdir()
    env = os.environ.copy()
    env.pop(DATA_DIR_ENV, None)
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(tmp_path / "data-home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config-home")
    # No `account-assistant` launcher on PATH unless a test puts one there.
    env["PATH"] = os.pathsep.join(
        folder
        for folder in env.get("PATH", "").split(os.pathsep)
        if folder and not (Path(folder) / "account-assistant").exists()
    )
    return Desktop(home, tmp_path / "data-home", tmp_path / "config-home", env)


def _run(desktop: Desktop, *args: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    return run_app(*args, env=desktop.env, timeout=TIMEOUT, cwd=cwd)


_explain = explain


class CaseSensitiveParser(configparser.ConfigParser):
    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _entry(path: Path) -> configparser.SectionProxy:
    parser = CaseSensitiveParser(interpolation=None, delimiters=("=",), strict=True)
    parser.read_string(path.read_text("utf-8"))
    return parser["Desktop Entry"]


def _launcher(folder: Path) -> Path:
    """An `account-assistant` launcher, as pip writes one, that runs this checkout's app."""
    folder.mkdir(parents=True, exist_ok=True)
    launcher = folder / "account-assistant"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m app "$@"\n', "utf-8")
    launcher.chmod(0o755)
    return launcher


def _validate(path: Path) -> None:
    """`desktop-file-validate` accepts `path` (hints are allowed, errors and warnings not)."""
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        [validate, str(path)], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


def _files_naming_us(folder: Path) -> list[Path]:
    """Files under `folder` whose path or content names the app's desktop id."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and (DESKTOP_ID in str(path) or DESKTOP_ID.encode() in path.read_bytes()):
            found.append(path)
    return found


# -- the menu entry of a pip install -------------------------------------------------------


def test_install_puts_the_app_and_its_icon_in_the_menu(desktop: Desktop, tmp_path: Path) -> None:
    result = _run(desktop, "--install-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "menu entry installed" in result.stdout
    assert "Voce di menu installata" in result.stdout
    assert str(desktop.desktop_file) in result.stdout
    entry = _entry(desktop.desktop_file)
    assert entry["Name"] == "Account Assistant"
    assert entry["Name[it]"] == "Assistente Account"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["X-AccountAssistant"] == "menu-entry"
    assert desktop.icon_file.read_bytes() == (resources_dir() / "icon.svg").read_bytes()
    # The menu runs the program by its absolute path, and that really starts the app.
    command = parse_exec_line(entry["Exec"])
    assert command is not None
    assert Path(command[0]).is_absolute()
    assert Path(command[0]).is_file()
    started = subprocess.run(
        [*command, "--version"],
        cwd=tmp_path,
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert started.returncode == EXIT_OK, _explain(started)
    assert started.stdout.startswith("account-assistant ")


def test_the_written_menu_entry_validates(desktop: Desktop) -> None:
    result = _run(desktop, "--install-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    _validate(desktop.desktop_file)


def _expected_launcher(on_path: Path) -> Path:
    """The script installed with the running Python wins over another found on PATH (which
    may be an older install); without one, the launcher on PATH."""
    beside = Path(sys.executable).absolute().parent / "account-assistant"
    return beside if beside.is_file() else on_path


def test_the_menu_runs_the_installed_launcher(desktop: Desktop, tmp_path: Path) -> None:
    launcher = _launcher(tmp_path / "my bin")
    desktop.env["PATH"] = os.pathsep.join([str(launcher.parent), desktop.env["PATH"]])

    result = _run(desktop, "--install-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    entry = _entry(desktop.desktop_file)
    expected = _expected_launcher(launcher)
    assert entry["Exec"] == exec_line([str(expected)])
    if expected == launcher:
        assert entry["Exec"] == f'"{launcher}"'  # quoted: the folder's name has a space
    _validate(desktop.desktop_file)


def test_installing_twice_replaces_the_entry(desktop: Desktop) -> None:
    assert _run(desktop, "--install-desktop-entry").returncode == EXIT_OK
    result = _run(desktop, "--install-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    text = desktop.desktop_file.read_text("utf-8")
    assert text.count("X-AccountAssistant=menu-entry") == 1
    assert text.count("\nExec=") == 1


def test_remove_after_install_leaves_nothing_behind(desktop: Desktop) -> None:
    assert _run(desktop, "--install-desktop-entry").returncode == EXIT_OK

    result = _run(desktop, "--remove-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "menu entry removed" in result.stdout
    assert "Voce di menu rimossa" in result.stdout
    assert not desktop.desktop_file.exists()
    assert not desktop.icon_file.exists()
    # Nor any desktop cache that still lists it.
    assert _files_naming_us(desktop.data_home) == []


def test_removing_when_nothing_was_installed_is_fine(desktop: Desktop) -> None:
    result = _run(desktop, "--remove-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "no menu entry was installed" in result.stdout
    assert "Nessuna voce di menu installata" in result.stdout
    assert not desktop.data_home.exists()


def test_a_foreign_menu_entry_of_the_same_name_is_left_alone(desktop: Desktop) -> None:
    foreign = "[Desktop Entry]\nType=Application\nName=Someone else's\nExec=other\n"
    desktop.desktop_file.parent.mkdir(parents=True)
    desktop.desktop_file.write_text(foreign, "utf-8")
    desktop.icon_file.parent.mkdir(parents=True)
    desktop.icon_file.write_bytes(b"<svg/>")

    result = _run(desktop, "--remove-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "not written by account-assistant, left as it is" in result.stdout
    assert "lasciato com'è" in result.stdout
    assert desktop.desktop_file.read_text("utf-8") == foreign
    assert desktop.icon_file.read_bytes() == b"<svg/>"


@pytest.mark.parametrize("data_home", ["", "relative/share"])
def test_without_a_usable_xdg_data_home_the_entry_goes_in_dot_local_share(
    desktop: Desktop, data_home: str
) -> None:
    desktop.env["XDG_DATA_HOME"] = data_home

    result = _run(desktop, "--install-desktop-entry")

    assert result.returncode == EXIT_OK, _explain(result)
    assert (desktop.home / ".local" / "share" / DESKTOP_FILE).is_file()
    assert (desktop.home / ".local" / "share" / ICON_FILE).is_file()
    assert not (REPO_ROOT / "relative").exists()


def test_a_data_folder_that_cannot_be_written_gets_a_clear_message(
    desktop: Desktop, tmp_path: Path
) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder\n", "utf-8")
    desktop.env["XDG_DATA_HOME"] = str(a_file / "share")

    result = _run(desktop, "--install-desktop-entry")

    assert result.returncode == EXIT_SYSTEM_REFUSED, _explain(result)
    assert "cannot install the menu entry" in result.stderr
    assert "impossibile installare la voce di menu" in result.stderr
    assert str(a_file) in result.stderr
    assert "Traceback" not in result.stderr
    assert a_file.read_text("utf-8") == "not a folder\n"


@pytest.mark.parametrize("platform", ["win32", "darwin"])
@pytest.mark.parametrize(
    "command", [SystemCommand.INSTALL_DESKTOP_ENTRY, SystemCommand.REMOVE_DESKTOP_ENTRY]
)
def test_the_menu_entry_options_are_only_for_linux_desktops(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    platform: str,
    command: SystemCommand,
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))

    assert run_system_command(command, None) == EXIT_USAGE
    assert "only for Linux desktops" in capsys.readouterr().err
    assert not (tmp_path / "share").exists()


def test_the_options_work_without_qt_and_without_a_screen(desktop: Desktop) -> None:
    script = (
        "import sys\n"
        "from app.main import main\n"
        "for option in sys.argv[1:]:\n"
        "    assert main([option]) == 0, option\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    desktop.env.pop("DISPLAY", None)
    desktop.env.pop("WAYLAND_DISPLAY", None)
    desktop.env.pop("QT_QPA_PLATFORM", None)
    options = [c.value for c in SystemCommand]
    result = subprocess.run(
        [sys.executable, "-c", script, *options],
        cwd=REPO_ROOT,
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )

    assert result.returncode == EXIT_OK, _explain(result)


def test_two_system_options_at_once_are_refused(desktop: Desktop) -> None:
    result = _run(desktop, "--install-desktop-entry", "--remove-desktop-entry")

    assert result.returncode == EXIT_USAGE, _explain(result)
    assert "not allowed with" in result.stderr
    assert not desktop.data_home.exists()


def test_help_mentions_the_system_options(desktop: Desktop) -> None:
    result = _run(desktop, "--help")

    assert result.returncode == EXIT_OK, _explain(result)
    for command in SystemCommand:
        assert command.value in result.stdout


# -- the menu entry's rules, in-process ----------------------------------------------------


def test_the_menu_entry_keeps_every_line_of_the_template_but_exec() -> None:
    template = (resources_dir() / f"{DESKTOP_ID}.desktop").read_text("utf-8")
    written = menu_desktop_file(template, ["/usr/local/bin/account-assistant"])

    expected = template.replace(
        "Exec=account-assistant\n", "Exec=/usr/local/bin/account-assistant\n"
    )
    assert written == expected + "X-AccountAssistant=menu-entry\n"


def test_the_owner_key_goes_in_the_main_group_even_before_another_one() -> None:
    template = (
        "[Desktop Entry]\nName=A\nExec=a\nX-AccountAssistant=old\n\n"
        "[Desktop Action new]\nName=New\nExec=a --new\n"
    )
    written = menu_desktop_file(template, ["/bin/a"])

    assert written == (
        "[Desktop Entry]\nName=A\nExec=/bin/a\nX-AccountAssistant=menu-entry\n\n"
        "[Desktop Action new]\nName=New\nExec=a --new\n"
    )


def test_an_icon_left_by_an_interrupted_install_is_removed(tmp_path: Path) -> None:
    entry = MenuEntry(tmp_path)
    entry.icon_file.parent.mkdir(parents=True)
    entry.icon_file.write_bytes((resources_dir() / "icon.svg").read_bytes())

    assert entry.remove() is Removal.NOTHING_INSTALLED
    assert not entry.icon_file.exists()


def test_a_foreign_icon_without_a_menu_entry_is_left(tmp_path: Path) -> None:
    entry = MenuEntry(tmp_path)
    entry.icon_file.parent.mkdir(parents=True)
    entry.icon_file.write_bytes(b"<svg>another app's</svg>")

    assert entry.remove() is Removal.NOTHING_INSTALLED
    assert entry.icon_file.read_bytes() == b"<svg>another app's</svg>"


# -- reminders at login --------------------------------------------------------------------


def test_enable_then_disable_the_reminders_at_login(desktop: Desktop, tmp_path: Path) -> None:
    result = _run(desktop, "--enable-login-reminder")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "reminders at login switched on" in result.stdout
    assert "Promemoria all'accesso attivato" in result.stdout
    assert str(desktop.login_entry) in result.stdout
    entry = _entry(desktop.login_entry)
    assert entry["X-AccountAssistant"] == "reminders"
    command = parse_exec_line(entry["Exec"])
    assert command is not None
    assert command[-1] == "--check-reminders"  # the default data folder: not written in
    assert Path(command[0]).is_absolute()
    _validate(desktop.login_entry)
    # What the login will run works (nothing is saved yet: it ends quietly).
    login = subprocess.run(
        command, cwd=tmp_path, env=desktop.env, capture_output=True, timeout=TIMEOUT, check=False
    )
    assert login.returncode == EXIT_OK, login.stderr

    result = _run(desktop, "--disable-login-reminder")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "reminders at login switched off" in result.stdout
    assert "Promemoria all'accesso disattivato" in result.stdout
    assert not desktop.login_entry.exists()


def test_disabling_reminders_that_were_not_on_is_fine(desktop: Desktop) -> None:
    result = _run(desktop, "--disable-login-reminder")

    assert result.returncode == EXIT_OK, _explain(result)
    assert "reminders at login were not on" in result.stdout
    assert "non era attivo" in result.stdout


def test_disabling_leaves_a_foreign_login_entry_alone(desktop: Desktop) -> None:
    foreign = "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n"
    desktop.login_entry.parent.mkdir(parents=True)
    desktop.login_entry.write_text(foreign, "utf-8")

    result = _run(desktop, "--disable-login-reminder")

    assert result.returncode == EXIT_OK, _explain(result)
    assert desktop.login_entry.read_text("utf-8") == foreign


def test_the_reminders_at_login_use_the_chosen_data_folder(
    desktop: Desktop, tmp_path: Path
) -> None:
    result = _run(desktop, "--enable-login-reminder", "--data-dir", "my data", cwd=tmp_path)

    assert result.returncode == EXIT_OK, _explain(result)
    command = parse_exec_line(_entry(desktop.login_entry)["Exec"])
    assert command is not None
    assert command[-3:] == [
        "--check-reminders",
        "--data-dir",
        str((tmp_path / "my data").resolve()),
    ]


def test_the_reminders_at_login_use_the_data_folder_from_the_environment(
    desktop: Desktop, tmp_path: Path
) -> None:
    desktop.env[DATA_DIR_ENV] = str(tmp_path / "from env")

    result = _run(desktop, "--enable-login-reminder")

    assert result.returncode == EXIT_OK, _explain(result)
    command = parse_exec_line(_entry(desktop.login_entry)["Exec"])
    assert command is not None
    assert command[-2:] == ["--data-dir", str((tmp_path / "from env").resolve())]


def test_the_reminders_at_login_run_the_installed_launcher(
    desktop: Desktop, tmp_path: Path
) -> None:
    launcher = _launcher(tmp_path / "bin")
    desktop.env["PATH"] = os.pathsep.join([str(launcher.parent), desktop.env["PATH"]])

    result = _run(desktop, "--enable-login-reminder")

    assert result.returncode == EXIT_OK, _explain(result)
    command = parse_exec_line(_entry(desktop.login_entry)["Exec"])
    assert command == [str(_expected_launcher(launcher)), "--check-reminders"]


def test_a_login_folder_that_cannot_be_written_gets_a_clear_message(
    desktop: Desktop, tmp_path: Path
) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder\n", "utf-8")
    desktop.env["XDG_CONFIG_HOME"] = str(a_file)

    result = _run(desktop, "--enable-login-reminder")

    assert result.returncode == EXIT_SYSTEM_REFUSED, _explain(result)
    assert "cannot switch on the reminders at login" in result.stderr
    assert "impossibile attivare il promemoria all'accesso" in result.stderr
    assert "Traceback" not in result.stderr
