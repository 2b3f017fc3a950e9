"""The command line: parsed without Qt, so that a wrong argument is answered at once.

Messages are given in Italian and English together: at this point no language is chosen yet.
"""

from __future__ import annotations

import argparse
import enum
import sys
from dataclasses import dataclass
from typing import NoReturn

from app import APP_ID, __version__
from app.core.languages import Language, parse_language

EXIT_USAGE = 2


class SystemCommand(enum.Enum):
    """A change to the system's integration, done without any window (`app.system_commands`)."""

    INSTALL_DESKTOP_ENTRY = "--install-desktop-entry"
    REMOVE_DESKTOP_ENTRY = "--remove-desktop-entry"
    ENABLE_LOGIN_REMINDER = "--enable-login-reminder"
    DISABLE_LOGIN_REMINDER = "--disable-login-reminder"


_SYSTEM_COMMAND_HELP = {
    SystemCommand.INSTALL_DESKTOP_ENTRY: "Linux, pip installs: add the app and its icon to "
    "your desktop's menu (in $XDG_DATA_HOME), then quit",
    SystemCommand.REMOVE_DESKTOP_ENTRY: "remove the menu entry and icon that "
    "--install-desktop-entry wrote, then quit",
    SystemCommand.ENABLE_LOGIN_REMINDER: "check the reminders every time you log in "
    "(as the app's 'Remind me when I log in'), then quit",
    SystemCommand.DISABLE_LOGIN_REMINDER: "stop checking the reminders at login, then quit",
}


@dataclass(frozen=True, slots=True)
class Options:
    language: Language | None = None
    data_dir: str | None = None
    smoke: bool = False
    check_reminders: bool = False
    export_ics: str | None = None
    system_command: SystemCommand | None = None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: argomento non valido / invalid argument: {message}\n"
            f"Aiuto / help: {self.prog} --help\n",
        )


def _language(value: str) -> Language:
    language = parse_language(value)
    if language is None or value.strip().lower() not in {lang.value for lang in Language}:
        raise argparse.ArgumentTypeError(
            f"lingua sconosciuta {value!r}: usa 'it' o 'en' / "
            f"unknown language {value!r}: use 'it' or 'en'"
        )
    return language


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID,
        description="Account Assistant: close an Amazon account, recover access to Seller "
        "Central, and check that a message really comes from Amazon.",
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="it|en",
        help="language for this run only (it = Italiano, en = English)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="folder for the app's data (default: $ACCOUNT_ASSISTANT_DATA_DIR, "
        "otherwise the system's per-user data folder)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, show the first window, and quit as soon as it is shown (for checks)",
    )
    parser.add_argument(
        "--check-reminders",
        action="store_true",
        help="show the reminders that are due, if any, then quit (used at login)",
    )
    parser.add_argument(
        "--export-ics",
        metavar="PATH",
        help="write every open confirmation deadline to PATH as an iCalendar file, then quit",
    )
    system = parser.add_mutually_exclusive_group()
    for command, text in _SYSTEM_COMMAND_HELP.items():
        system.add_argument(
            command.value, action="store_const", dest="system_command", const=command, help=text
        )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    return parser


def parse_args(argv: list[str] | None = None) -> Options:
    """Options for this run; exits with status 2 and a clear message on a wrong argument."""
    namespace = build_parser().parse_args(argv)
    data_dir = namespace.data_dir
    if data_dir is not None and not data_dir.strip():
        build_parser().error("--data-dir: percorso vuoto / empty path")
    if namespace.export_ics is not None and not namespace.export_ics.strip():
        build_parser().error("--export-ics: percorso vuoto / empty path")
    return Options(
        language=namespace.lang,
        data_dir=data_dir,
        smoke=namespace.smoke,
        check_reminders=namespace.check_reminders,
        export_ics=namespace.export_ics,
        system_command=namespace.system_command,
    )
