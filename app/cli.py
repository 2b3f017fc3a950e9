"""The command line: parsed without Qt, so that a wrong argument is answered at once.

Messages are given in Italian and English together: at this point no language is chosen yet.
"""

from __future__ import annotations

import argparse
import enum
import os
import sys
from collections.abc import Mapping
from typing import NamedTuple, NoReturn

from app import APP_ID, __version__
from app.core.languages import Language, parse_language
from app.storage.paths import DATA_DIR_ENV, BadPathError, PathProblem, expand_path, resolve_data_dir

EXIT_IO = 1
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


class Options(NamedTuple):  # not a dataclass: 1 ms less before the first window
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
        help="show the reminders that are due, if any, then quit (used at login); "
        "not together with --export-ics or a command below: one at a time",
    )
    parser.add_argument(
        "--export-ics",
        metavar="PATH",
        help="write every open confirmation deadline to PATH as an iCalendar file, then quit; "
        "'.ics' is added to a name without it, a link is followed, and a pipe or a device "
        "such as /dev/stdout is written into; not together with --check-reminders: one at a "
        "time",
    )
    system = parser.add_mutually_exclusive_group()
    for command, text in _SYSTEM_COMMAND_HELP.items():
        system.add_argument(
            command.value, action="store_const", dest="system_command", const=command, help=text
        )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    return parser


def parse_args(argv: list[str] | None = None, environ: Mapping[str, str] | None = None) -> Options:
    """Options for this run; exits with a clear message when they cannot be used.

    A wrong argument (or an unusable `ACCOUNT_ASSISTANT_DATA_DIR`) exits with status 2; a
    data folder whose links form a loop with status 1 (the system's answer, not a typo).
    The path of `--export-ics` comes back expanded and absolute.
    """
    environ = os.environ if environ is None else environ
    parser = build_parser()
    namespace = parser.parse_args(argv)
    data_dir = namespace.data_dir
    if data_dir is not None and not data_dir.strip():
        parser.error("--data-dir: percorso vuoto / empty path")
    export_ics = namespace.export_ics
    if export_ics is not None and not export_ics.strip():
        parser.error("--export-ics: percorso vuoto / empty path")
    commands = [
        name
        for name, given in (
            ("--check-reminders", namespace.check_reminders),
            ("--export-ics", export_ics is not None),
            (getattr(namespace.system_command, "value", ""), namespace.system_command),
        )
        if given
    ]
    if len(commands) > 1:
        together = " + ".join(commands)
        parser.error(
            f"{together}: non insieme, un comando per volta, uno alla volta / "
            f"{together}: not together, one command per run, one at a time"
        )
    if export_ics is not None:
        try:
            export_ics = str(expand_path(export_ics))
        except BadPathError as error:
            parser.error(_unknown_home("--export-ics", error.value))
    _check_data_dir(parser, data_dir, environ)
    return Options(
        language=namespace.lang,
        data_dir=data_dir,
        smoke=namespace.smoke,
        check_reminders=namespace.check_reminders,
        export_ics=export_ics,
        system_command=namespace.system_command,
    )


def _check_data_dir(
    parser: argparse.ArgumentParser, data_dir: str | None, environ: Mapping[str, str]
) -> None:
    """Exit with a message when the data folder chosen cannot be used at all."""
    try:
        resolve_data_dir(data_dir, environ)
    except BadPathError as error:
        given_by = "--data-dir" if data_dir is not None and data_dir.strip() else DATA_DIR_ENV
        if error.problem is PathProblem.UNKNOWN_HOME:
            parser.error(_unknown_home(given_by, error.value))
        parser.exit(
            EXIT_IO,
            f"{parser.prog}: la cartella dei dati {error.value} non si può usare: i suoi "
            "collegamenti simbolici formano un ciclo. Scegli un'altra cartella con --data-dir. "
            f"/ the data folder {error.value} cannot be used: its symbolic links form a loop. "
            "Choose another folder with --data-dir.\n",
        )


def _unknown_home(given_by: str, value: str) -> str:
    return (
        f"{given_by}: utente sconosciuto o cartella personale introvabile in {value!r} / "
        f"unknown user or home folder not found in {value!r}"
    )
