"""Entry point of `account-assistant`, `account-assistant-cli` and `python -m app`."""

from __future__ import annotations

from app.cli import parse_args


def main(argv: list[str] | None = None) -> int:
    import sys

    if sys.platform == "win32":  # a windowed program started from a terminal prints there
        from app.windows_console import attach_parent_console

        attach_parent_console()
    options = parse_args(argv)
    if options.system_command is not None:  # no window, no Qt: works without a screen
        from app.system_commands import run_system_command

        return run_system_command(options.system_command, options.data_dir)
    # Qt is imported only once the arguments are known to be good.
    from app.ui.qt_import import import_qt

    import_qt()
    from app.ui.shell.startup import run

    return run(options)
