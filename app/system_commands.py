"""The options that change how the system starts the app, run without Qt and without a window.

`--install-desktop-entry` / `--remove-desktop-entry` (the menu entry of a pip install on
Linux) and `--enable-login-reminder` / `--disable-login-reminder` (what the app's "Remind
me when I log in" switches; installers and uninstallers call them). Each one prints one
line, in Italian and English together since no language is chosen here, and returns the
exit status: 0 done (or nothing to do), 1 the system refused (a folder or file that cannot
be written), 2 the option does not apply to this system.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Final

from app import APP_ID
from app.cli import SystemCommand

if TYPE_CHECKING:
    from collections.abc import Callable

EXIT_OK: Final = 0
EXIT_SYSTEM_REFUSED: Final = 1
EXIT_NOT_FOR_THIS_SYSTEM: Final = 2


def run_system_command(command: SystemCommand, data_dir_option: str | None) -> int:
    """Do `command`; `data_dir_option` is the `--data-dir` value, if any."""
    actions: dict[SystemCommand, Callable[[], int]] = {
        SystemCommand.INSTALL_DESKTOP_ENTRY: install_desktop_entry,
        SystemCommand.REMOVE_DESKTOP_ENTRY: remove_desktop_entry,
        SystemCommand.ENABLE_LOGIN_REMINDER: lambda: enable_login_reminder(data_dir_option),
        SystemCommand.DISABLE_LOGIN_REMINDER: disable_login_reminder,
    }
    return actions[command]()


def install_desktop_entry() -> int:
    """Put the app, with its icon, in the current user's desktop menu (Linux only)."""
    if not _has_freedesktop_menu():
        return _not_for_this_system(SystemCommand.INSTALL_DESKTOP_ENTRY)
    from app.storage.autostart import launch_command
    from app.storage.desktop_entry import MenuEntry, user_data_home

    entry = MenuEntry(user_data_home())
    try:
        entry.install(launch_command())
    except OSError as error:
        return _refused(
            "impossibile installare la voce di menu", "cannot install the menu entry", error
        )
    _say(
        f"Voce di menu installata / menu entry installed: {entry.desktop_file} "
        f"(icona / icon: {entry.icon_file})"
    )
    return EXIT_OK


def remove_desktop_entry() -> int:
    """Take out of the menu what `install_desktop_entry` put there, and nothing else."""
    if not _has_freedesktop_menu():
        return _not_for_this_system(SystemCommand.REMOVE_DESKTOP_ENTRY)
    from app.storage.desktop_entry import MenuEntry, Removal, user_data_home

    entry = MenuEntry(user_data_home())
    try:
        removal = entry.remove()
    except OSError as error:
        return _refused(
            "impossibile rimuovere la voce di menu", "cannot remove the menu entry", error
        )
    if removal is Removal.REMOVED:
        _say(f"Voce di menu rimossa / menu entry removed: {entry.desktop_file}")
    elif removal is Removal.NOT_OURS:
        _say(
            f"{entry.desktop_file}: non scritto da {APP_ID}, lasciato com'è / "
            f"not written by {APP_ID}, left as it is"
        )
    else:
        _say(
            "Nessuna voce di menu installata, niente da rimuovere / "
            f"no menu entry was installed, nothing to remove ({entry.desktop_file})"
        )
    return EXIT_OK


def enable_login_reminder(data_dir_option: str | None) -> int:
    """Check the reminders at every login, exactly as the app's menu switches it on.

    As in the app, the data folder is written into the command only when it is not the
    default one (chosen by `--data-dir` or `ACCOUNT_ASSISTANT_DATA_DIR`).
    """
    from app.storage.autostart import (
        AutostartUnavailable,
        Unavailable,
        autostart_for_this_system,
        reminder_command,
    )
    from app.storage.paths import resolve_data_dir

    data_dir = resolve_data_dir(data_dir_option, os.environ)
    custom = data_dir != resolve_data_dir(None, {})
    autostart = autostart_for_this_system()
    try:
        autostart.enable(reminder_command(data_dir if custom else None))
    except AutostartUnavailable as unavailable:
        if unavailable.reason is Unavailable.MICROSOFT_STORE_PYTHON:
            _say(
                f"{APP_ID}: il Python del Microsoft Store nasconde a Windows la voce di avvio; "
                "usa l'installatore dell'app o Python da python.org / Microsoft Store Python "
                "hides the login entry from Windows; use the app's installer or Python from "
                "python.org",
                error=True,
            )
        else:
            _say(
                f"{APP_ID}: sposta l'app in Applicazioni e aprila da lì / move the app to "
                "Applications and open it from there",
                error=True,
            )
        return EXIT_NOT_FOR_THIS_SYSTEM
    except OSError as error:
        return _refused(
            "impossibile attivare il promemoria all'accesso",
            "cannot switch on the reminders at login",
            error,
        )
    _say(
        f"Promemoria all'accesso attivato / reminders at login switched on: {autostart.describe()}"
    )
    return EXIT_OK


def disable_login_reminder() -> int:
    """Stop checking the reminders at login; saying so if they were not on is enough."""
    from app.storage.autostart import autostart_for_this_system

    autostart = autostart_for_this_system()
    try:
        was_on = autostart.is_enabled()
        autostart.disable()
    except OSError as error:
        return _refused(
            "impossibile disattivare il promemoria all'accesso",
            "cannot switch off the reminders at login",
            error,
        )
    if was_on:
        _say(
            "Promemoria all'accesso disattivato / reminders at login switched off: "
            f"{autostart.describe()}"
        )
    else:
        _say("Il promemoria all'accesso non era attivo / reminders at login were not on")
    return EXIT_OK


def _has_freedesktop_menu() -> bool:
    return sys.platform not in {"win32", "darwin"}


def _not_for_this_system(command: SystemCommand) -> int:
    _say(
        f"{command.value}: solo per i desktop Linux / only for Linux desktops",
        error=True,
    )
    return EXIT_NOT_FOR_THIS_SYSTEM


def _refused(italian: str, english: str, error: OSError) -> int:
    reason = error.strerror or str(error)
    if error.filename is not None:
        reason = f"{reason}: {error.filename}"
    _say(f"{APP_ID}: {italian} / {english} ({reason})", error=True)
    return EXIT_SYSTEM_REFUSED


def _say(line: str, *, error: bool = False) -> None:
    """One line for the user; a windowed program on Windows has no console, and that's fine."""
    print(line, file=sys.stderr if error else sys.stdout)
