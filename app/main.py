"""Entry point of `account-assistant` and `python -m app`."""

from __future__ import annotations

from app.cli import parse_args


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    # Qt is imported only once the arguments are known to be good.
    from app.ui.startup import run

    return run(options)
