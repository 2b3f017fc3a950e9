"""The menu entry of a pip install on Linux: a desktop file and an icon in the user's data folder.

A system package (the .deb) puts the app in the menu by itself. Someone who installed with
pip has only a command; `MenuEntry` writes the same desktop file, from the template in
`resources/`, into `$XDG_DATA_HOME/applications/`, and the icon into the user's hicolor
theme, so that the desktop's menu shows "Account Assistant" with its icon.

Policy:

- the desktop file's Exec runs the installed launcher by its absolute path (a menu does not
  have a terminal's PATH), and it carries `X-AccountAssistant=menu-entry`: a file of that
  name without the key was not written by the app, and removing leaves it and its icon;
- the icon is written before the desktop file, each one atomically, so a menu never shows
  an entry whose icon is missing or a half-written file;
- the desktop's caches are refreshed after a change when their tools are installed; their
  failure changes nothing, since menus also notice new files by themselves.
"""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Final

from app import DESKTOP_ID
from app.resource_paths import resources_dir
from app.storage.atomic_file import write_atomically
from app.storage.autostart import DESKTOP_ENTRY_GROUP, OWNER_KEY, desktop_entry_keys, exec_line

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

OWNER_VALUE: Final = "menu-entry"
DESKTOP_FILE_NAME: Final = f"{DESKTOP_ID}.desktop"
ICON_FILE_NAME: Final = f"{DESKTOP_ID}.svg"
_ICON_SOURCE_NAME: Final = "icon.svg"
_CACHE_TOOL_TIMEOUT: Final = 30.0  # seconds


class Removal(enum.Enum):
    """What removing the menu entry found."""

    REMOVED = "removed"
    NOTHING_INSTALLED = "nothing installed"
    NOT_OURS = "not ours"  # a desktop file of that name that the app did not write: left


def user_data_home(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_DATA_HOME`, or `~/.local/share` when it is unset, empty or relative.

    The XDG base directory spec says a relative path in the variable must be ignored.
    """
    environ = os.environ if environ is None else environ
    data_home = Path(environ.get("XDG_DATA_HOME", ""))
    if data_home.is_absolute():
        return data_home
    home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    return home / ".local" / "share"


class MenuEntry:
    """The app's desktop file and icon under one XDG data folder (`data_home`)."""

    def __init__(self, data_home: Path, resources: Path | None = None) -> None:
        self.applications_dir = data_home / "applications"
        self.hicolor_dir = data_home / "icons" / "hicolor"
        self.desktop_file = self.applications_dir / DESKTOP_FILE_NAME
        self.icon_file = self.hicolor_dir / "scalable" / "apps" / ICON_FILE_NAME
        self._resources = resources_dir() if resources is None else resources

    def is_installed(self) -> bool:
        """Whether the desktop file is there and the app wrote it."""
        try:
            text = self.desktop_file.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        return desktop_entry_keys(text).get(OWNER_KEY) == OWNER_VALUE

    def install(self, command: Sequence[str]) -> None:
        """Write the icon, then the desktop file whose Exec runs `command`; replaces ours.

        A foreign desktop file of the same name is replaced too: the user asked for the
        entry. Raises OSError if a folder or file cannot be written.
        """
        if not command:
            raise ValueError("the command is empty")
        template = (self._resources / DESKTOP_FILE_NAME).read_text("utf-8")
        icon = (self._resources / _ICON_SOURCE_NAME).read_bytes()
        self.icon_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.icon_file, icon)
        self.applications_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(self.desktop_file, menu_desktop_file(template, command).encode("utf-8"))
        self._refresh_caches()

    def remove(self) -> Removal:
        """Delete our desktop file and icon; a foreign desktop file (and its icon) is left.

        With no desktop file, an icon identical to ours is still removed (what an
        interrupted install leaves). Raises OSError if a file cannot be deleted.
        """
        if self.desktop_file.exists():
            if not self.is_installed():
                return Removal.NOT_OURS
            self.desktop_file.unlink(missing_ok=True)
            self.icon_file.unlink(missing_ok=True)
            self._refresh_caches()
            return Removal.REMOVED
        if self._icon_is_ours():
            self.icon_file.unlink(missing_ok=True)
            self._refresh_caches()
        return Removal.NOTHING_INSTALLED

    def _icon_is_ours(self) -> bool:
        try:
            return self.icon_file.read_bytes() == (self._resources / _ICON_SOURCE_NAME).read_bytes()
        except OSError:
            return False

    def _refresh_caches(self) -> None:
        """Run the desktop's cache tools on our folders, if installed; ignore their failure."""
        tools = [
            ("update-desktop-database", ["-q", str(self.applications_dir)], self.applications_dir),
            # -t: a user's hicolor folder has no index.theme; -f: rebuild even if up to date.
            ("gtk-update-icon-cache", ["-q", "-t", "-f", str(self.hicolor_dir)], self.hicolor_dir),
        ]
        for name, arguments, folder in tools:
            program = shutil.which(name)
            if program is None or not folder.is_dir():
                continue
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    [program, *arguments],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=_CACHE_TOOL_TIMEOUT,
                    check=False,
                )


def menu_desktop_file(template: str, command: Sequence[str]) -> str:
    """The template's text with Exec running `command` and our owner key in its main group.

    Every other line (names, translations, icon, other groups) is kept as it is.
    """
    exec_entry = f"Exec={exec_line(command)}"
    lines: list[str] = []
    in_group = False
    end_of_group = 0  # where the main group's last key ends, in `lines`
    has_exec = False
    for raw in template.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_group = line == DESKTOP_ENTRY_GROUP
        elif in_group and _key(line) == OWNER_KEY:
            continue
        elif in_group and _key(line) == "Exec":
            has_exec = True
        lines.append(exec_entry if in_group and _key(line) == "Exec" else raw)
        if in_group and line:
            end_of_group = len(lines)
    extra = [] if has_exec else [exec_entry]
    lines[end_of_group:end_of_group] = [*extra, f"{OWNER_KEY}={OWNER_VALUE}"]
    return "".join(f"{line}\n" for line in lines)


def _key(line: str) -> str | None:
    """The key of a `key=value` line; None for comments and other lines."""
    if line.startswith("#") or "=" not in line:
        return None
    return line.split("=", 1)[0].strip()
