"""'Remind me at login': start `account-assistant --check-reminders` when the user logs in.

Each system keeps the list of programs to start at login in its own place: a freedesktop
autostart entry on Linux, the `Run` key of the registry on Windows, a LaunchAgent on
macOS. `Autostart` is what the settings page and the command line use, whatever the system;
`autostart_for_this_system` picks the right one.

The main window asks whether the entry is on before its first paint, so the modules only one
system needs (plistlib, subprocess, expat) are imported where that system's code uses them.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from app import APP_ID, DESKTOP_ID
from app.storage.atomic_file import write_atomically

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

log = logging.getLogger(__name__)

CHECK_REMINDERS_OPTION: Final = "--check-reminders"
DATA_DIR_OPTION: Final = "--data-dir"
# Windows may not run a Run value whose command line is longer than this (MAX_PATH).
LONGEST_RELIABLE_WINDOWS_COMMAND: Final = 260


class Unavailable(enum.Enum):
    """Why the login entry cannot work from the program running now."""

    # Microsoft Store Python redirects the registry and AppData writes to a private copy:
    # the Run value would read back as written, but Windows would never see it.
    MICROSOFT_STORE_PYTHON = "microsoft_store_python"
    # macOS runs an app opened straight from a download from a temporary, read-only copy
    # (App Translocation); an entry pointing there stops working at the next login.
    APP_TRANSLOCATION = "app_translocation"


class AutostartUnavailable(Exception):
    """The login entry would not work from here; `reason` says why (the UI words it)."""

    def __init__(self, reason: Unavailable) -> None:
        super().__init__(reason.value)
        self.reason = reason


def unavailable_reason(
    executable: str | None = None, platform: str | None = None
) -> Unavailable | None:
    """Why a login entry for `executable` (default: the running one) would not work, if so."""
    executable = executable or sys.executable
    platform = platform or sys.platform
    if platform == "win32" and "\\windowsapps\\" in executable.lower().replace("/", "\\"):
        return Unavailable.MICROSOFT_STORE_PYTHON
    if platform == "darwin" and "/AppTranslocation/" in executable:
        return Unavailable.APP_TRANSLOCATION
    return None


class Autostart(Protocol):
    """Where the system is told to run the reminder check at login."""

    def is_enabled(self) -> bool:
        """Whether the check will run at the next login, from an entry this app wrote."""
        ...

    def runs(self, command: Sequence[str]) -> bool:
        """Whether our entry runs exactly `command` (not another install's or data folder's)."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Run `command` (program and arguments, unquoted) at every login from now on."""
        ...

    def disable(self) -> None:
        """Stop running the check at login; nothing happens if it was not enabled."""
        ...

    def describe(self) -> str:
        """Where the entry lives, for the log and for a user who wants to look."""
        ...


def reminder_command(data_dir: Path | None, executable: str | None = None) -> list[str]:
    """The command that checks the reminders, as the login should run it.

    `launch_command(executable)` with `--check-reminders`; the data folder is passed on,
    made absolute, when the user chose one.
    """
    reason = unavailable_reason(executable)
    if reason is not None:
        raise AutostartUnavailable(reason)
    command = launch_command(executable)
    command.append(CHECK_REMINDERS_OPTION)
    if data_dir is not None:
        command += [DATA_DIR_OPTION, str(data_dir.expanduser().absolute())]
    return command


def launch_command(executable: str | None = None) -> list[str]:
    """The command that starts this installed app, with absolute paths, for the system to run.

    The login or the desktop menu may not have the PATH of a terminal, and an installed
    bundle must never be started as `python -m app`. So:

    - in a PyInstaller bundle (`sys.frozen`), the bundle's own executable (`sys.executable`);
      but if the `account-assistant` launcher found on PATH resolves to that same
      executable (the .deb's `/usr/bin/account-assistant` is a symlink into
      `/opt/account-assistant/`), the launcher, whose path survives a move of the bundle;
    - otherwise the `account-assistant` script installed with the interpreter `executable`
      (by default the one running now): beside it (a virtual environment, Linux, macOS) or
      in its `Scripts` folder (Windows), so that an older install found first on PATH is
      not the one started;
    - otherwise the `account-assistant` script found on PATH, by its full path;
    - otherwise the interpreter (on Windows its windowless `pythonw`) with `-P -m app`:
      `-P` keeps the folder the login starts in out of the module search path.
    """
    launcher = shutil.which(APP_ID)
    if getattr(sys, "frozen", False):
        bundle = Path(sys.executable).absolute()
        if launcher is not None and Path(launcher).resolve() == bundle.resolve():
            return [str(Path(launcher).absolute())]
        return [str(bundle)]
    python = executable or sys.executable
    installed = _script_beside(python)
    if installed is not None:
        return [str(installed)]
    if launcher is not None:
        return [str(Path(launcher).absolute())]
    return [_without_console(python), "-P", "-m", "app"]


def _script_beside(python: str) -> Path | None:
    """The app's script installed with the interpreter `python`, if there is one."""
    folder = Path(python).absolute().parent
    name = f"{APP_ID}.exe" if sys.platform == "win32" else APP_ID
    for candidate in (folder / name, folder / "Scripts" / name):
        if candidate.is_file():
            return candidate
    return None


# python.exe, python3.exe, python3.11.exe: each has its windowless twin, pythonw*.exe.
_CONSOLE_PYTHON: Final = re.compile(r"python(?P<version>[\d.]*)\.exe", re.IGNORECASE)


def _without_console(python: str) -> str:
    """On Windows, the `pythonw*.exe` twin of a `python*.exe`, so no console window opens."""
    if sys.platform != "win32":
        return python
    path = Path(python)
    match = _CONSOLE_PYTHON.fullmatch(path.name)
    if match is None:
        return python
    windowless = path.with_name(f"pythonw{match.group('version')}.exe")
    return str(windowless) if windowless.is_file() else python


def autostart_for_this_system(environ: Mapping[str, str] | None = None) -> Autostart:
    """The autostart of the system the app runs on, found from `environ` (default: os)."""
    environ = os.environ if environ is None else environ
    if sys.platform == "win32":
        return WindowsAutostart()
    home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    if sys.platform == "darwin":
        return MacAutostart(home)
    # The XDG base directory spec says a relative path in the variable must be ignored.
    config_home = Path(environ.get("XDG_CONFIG_HOME", ""))
    if not config_home.is_absolute():
        config_home = home / ".config"
    return LinuxAutostart(config_home)


# --- Linux and other freedesktop systems -------------------------------------------------

DESKTOP_FILE_NAME: Final = "account-assistant-reminders.desktop"
# 1.4, not 1.5: Debian 12's desktop-file-validate (0.26) refuses 1.5, and no 1.5 key is used.
DESKTOP_ENTRY_VERSION: Final = "1.4"
DESKTOP_ENTRY_GROUP: Final = "[Desktop Entry]"
# The key that marks a desktop file as written by the app; its value says which one.
OWNER_KEY: Final = "X-AccountAssistant"
_OWNER_VALUE: Final = "reminders"
# Characters that force an Exec argument to be quoted (Desktop Entry spec, "The Exec key");
# '=' is added because the program's path must not show one unquoted.
_RESERVED: Final = frozenset(" \t\n\"'\\><~|&;$*?#()`=")
_ESCAPED_IN_QUOTES: Final = frozenset('"`$\\')
_STRING_ESCAPES: Final = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


class LinuxAutostart:
    """A freedesktop autostart entry in `<config_home>/autostart/`, read by GNOME, KDE & co.

    The entry carries an `X-AccountAssistant=reminders` key: a file of the same name that
    lacks it was not written by the app, and is neither reported as enabled nor deleted.
    An entry the user switched off in the desktop's own settings (`Hidden=true` or
    `X-GNOME-Autostart-enabled=false`) counts as not enabled.
    """

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME

    def is_enabled(self) -> bool:
        """Whether our entry is there and not switched off by the user."""
        entry = self._our_entry()
        return (
            entry is not None
            and entry.get("Hidden") != "true"
            and entry.get("X-GNOME-Autostart-enabled") != "false"
        )

    def enable(self, command: Sequence[str]) -> None:
        """Write the entry that runs `command` at login, replacing any previous one."""
        if not command:
            raise ValueError("the command is empty")
        lines = [
            DESKTOP_ENTRY_GROUP,
            "Type=Application",
            f"Version={DESKTOP_ENTRY_VERSION}",
            "Name=Account Assistant reminders",
            "Name[it]=Promemoria di Assistente Account",
            "Comment=Reminds you of account-closure deadlines when you log in",
            "Comment[it]=Ricorda le scadenze delle chiusure degli account all'accesso",
            f"Exec={exec_line(command)}",
            # Once the program is gone (the app uninstalled), the desktop skips the entry
            # instead of failing at every login.
            f"TryExec={_string_value(command[0])}",
            f"Icon={DESKTOP_ID}",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            f"{OWNER_KEY}={_OWNER_VALUE}",
        ]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, "".join(f"{line}\n" for line in lines).encode("utf-8"))

    def disable(self) -> None:
        """Delete our entry, if there is one; a foreign file of the same name is left."""
        if self._our_entry() is not None:
            self.path.unlink(missing_ok=True)

    def describe(self) -> str:
        """The path of the entry file."""
        return str(self.path)

    def runs(self, command: Sequence[str]) -> bool:
        """Whether our entry's Exec line is `command`."""
        return self.exec_command() == list(command)

    def exec_command(self) -> list[str] | None:
        """The command our entry runs, read back from its Exec line; None if there is none."""
        entry = self._our_entry()
        if entry is None or "Exec" not in entry:
            return None
        return parse_exec_line(entry["Exec"])

    def _our_entry(self) -> dict[str, str] | None:
        """The keys of the entry's main group, if the file exists and the app wrote it."""
        try:
            text = self.path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        entry = desktop_entry_keys(text)
        return entry if entry.get(OWNER_KEY) == _OWNER_VALUE else None


def desktop_entry_keys(text: str) -> dict[str, str]:
    """The raw `key: value` pairs of the `[Desktop Entry]` group of a desktop file."""
    entry: dict[str, str] = {}
    in_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_group = line == DESKTOP_ENTRY_GROUP
        elif in_group and "=" in line:
            key, value = line.split("=", 1)
            entry.setdefault(key.strip(), value.strip())
    return entry


def exec_line(command: Sequence[str]) -> str:
    """`command` as the value of an Exec key: quoted per argument, then string-escaped.

    An argument with a reserved character is put in double quotes with `" ` $ \\` escaped
    by a backslash; `%` is doubled (it starts field codes); finally the value is escaped as
    any desktop-file string (backslash doubled, newline, tab and CR as `\\n \\t \\r`).
    """
    return _string_value(" ".join(_quote_argument(argument) for argument in command))


def _string_value(text: str) -> str:
    """`text` as a desktop-file string value (backslash, newline, tab and CR escaped)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _quote_argument(argument: str) -> str:
    """One Exec argument, quoted if it has to be, with `%` written as `%%`."""
    if argument and not _RESERVED.intersection(argument):
        return argument.replace("%", "%%")
    escaped = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def parse_exec_line(value: str) -> list[str] | None:
    """The arguments of an Exec value, undoing `exec_line`; None if it is malformed.

    Field codes other than `%%` (such as `%f`) are left as they are.
    """
    text = _unescape_string(value)
    arguments: list[str] = []
    current: list[str] = []
    started = False
    chars = iter(text)
    for char in chars:
        if char == '"':
            started = True
            closed = _read_quoted(chars, current)
            if not closed:
                return None
        elif char == " ":
            if started:
                arguments.append("".join(current))
                current, started = [], False
        else:
            started = True
            current.append(char)
    if started:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def _read_quoted(chars: Iterator[str], into: list[str]) -> bool:
    """Move the inside of a quoted argument into `into`; False if the quote never closes."""
    for char in chars:
        if char == '"':
            return True
        if char == "\\":
            into.append(next(chars, "\\"))
        else:
            into.append(char)
    return False


def _unescape_string(value: str) -> str:
    """A desktop-file string value with `\\s \\n \\t \\r \\\\` turned back into characters."""
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_STRING_ESCAPES.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)


def windows_command_line(command: Sequence[str]) -> str:
    """`command` quoted as Windows splits a command line (the rules of the C runtime)."""
    import subprocess

    return subprocess.list2cmdline(command)


# --- Windows ------------------------------------------------------------------------------

_RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME: Final = "AccountAssistantReminders"


class WindowsAutostart:
    """A value in the current user's `Run` key of the registry, read by Windows at login.

    A user who switches the entry off in Task Manager's Startup tab leaves the value in
    place (Windows records the choice elsewhere), so it is still reported as enabled.
    """

    def is_enabled(self) -> bool:
        """Whether our value is in the Run key."""
        return self._value() is not None

    def runs(self, command: Sequence[str]) -> bool:
        """Whether our value is `command`, quoted as `enable` writes it."""
        return self._value() == windows_command_line(command)

    def _value(self) -> str | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry is only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, RUN_VALUE_NAME)
        except FileNotFoundError:
            return None
        return str(value)

    def enable(self, command: Sequence[str]) -> None:
        """Set our value to `command`, quoted as Windows splits a command line."""
        if sys.platform != "win32":
            raise OSError("the Windows registry is only on Windows")
        import winreg

        if not command:
            raise ValueError("the command is empty")
        line = windows_command_line(command)
        if len(line) > LONGEST_RELIABLE_WINDOWS_COMMAND:
            log.warning(
                "the login command is %d characters long: Windows may not run it", len(line)
            )
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, RUN_VALUE_NAME, 0, winreg.REG_SZ, line)

    def disable(self) -> None:
        """Delete our value, if it is there."""
        if sys.platform != "win32":
            raise OSError("the Windows registry is only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, RUN_VALUE_NAME)
        except FileNotFoundError:
            pass

    def describe(self) -> str:
        """The registry key and value name."""
        return rf"HKEY_CURRENT_USER\{_RUN_KEY}\{RUN_VALUE_NAME}"


# --- macOS --------------------------------------------------------------------------------

LAUNCH_AGENT_LABEL: Final = "com.account-assistant.reminders"


class MacAutostart:
    """A LaunchAgent in `~/Library/LaunchAgents/`, which launchd runs at login.

    The agent is loaded at the next login, not at once: the reminders are checked then.
    """

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        """Whether our agent is there, not marked Disabled, and not switched off by the user
        in System Settings > Login Items (launchd's list of disabled services)."""
        agent = self._our_agent()
        return (
            agent is not None
            and agent.get("Disabled") is not True
            and LAUNCH_AGENT_LABEL not in self.switched_off()
        )

    def runs(self, command: Sequence[str]) -> bool:
        """Whether our agent's ProgramArguments are `command`."""
        agent = self._our_agent()
        return agent is not None and agent.get("ProgramArguments") == list(command)

    def switched_off(self) -> frozenset[str]:
        """The services launchd will not start for this user (`launchctl print-disabled`).

        Empty when it cannot be asked (not macOS, no launchctl, an error): then only the
        agent's own file decides.
        """
        if sys.platform != "darwin":
            return frozenset()
        import subprocess

        try:
            result = subprocess.run(
                ["launchctl", "print-disabled", f"gui/{os.getuid()}"],
                capture_output=True,
                text=True,
                timeout=3,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return frozenset()
        return disabled_services(result.stdout)

    def enable(self, command: Sequence[str]) -> None:
        """Write the agent that runs `command` at load (that is, at login)."""
        if not command:
            raise ValueError("the command is empty")
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            # A job the user sees: launchd neither throttles it nor the app opened from it.
            "ProcessType": "Interactive",
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        import plistlib

        write_atomically(self.path, plistlib.dumps(agent, fmt=plistlib.FMT_XML))

    def disable(self) -> None:
        """Delete our agent, if there is one; a foreign file of the same name is left."""
        if self._our_agent() is not None:
            self.path.unlink(missing_ok=True)

    def describe(self) -> str:
        """The path of the agent's property list."""
        return str(self.path)

    def _our_agent(self) -> dict[str, object] | None:
        """The agent's properties, if the file exists, parses and carries our label."""
        import plistlib
        from xml.parsers.expat import ExpatError

        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, ValueError, ExpatError):  # InvalidFileException is a ValueError
            return None
        if not isinstance(agent, dict) or agent.get("Label") != LAUNCH_AGENT_LABEL:
            return None
        return agent


# `"com.example.agent" => disabled` (macOS 13 and newer) or `=> true` (older).
_DISABLED_LINE: Final = re.compile(r'^\s*"(?P<label>[^"]+)"\s*=>\s*(?:disabled|true)\s*$')


def disabled_services(listing: str) -> frozenset[str]:
    """The labels `launchctl print-disabled` lists as disabled."""
    found = (_DISABLED_LINE.match(line) for line in listing.splitlines())
    return frozenset(match.group("label") for match in found if match is not None)
