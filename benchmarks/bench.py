"""`make bench`: every figure of the start-up and responsiveness targets, in one table.

    python benchmarks/bench.py            # everything: a few minutes on two cores
    python benchmarks/bench.py --strict   # exit 1 also when a target is not met
    python benchmarks/bench.py --quick    # tiny sizes, one run each: checks, not figures

The parts, each described in its own script:

- benchmarks/startup.py: new processes, the app against a bare three-page QWizard with Qt's
  Italian (time to the first window and peak memory, first start and 20 saved cases), and
  the start to the loaded main window with 20 and 10,000 cases;
- benchmarks/inprocess.py --section store: DocumentStore load and save, 1,000 / 10,000 /
  100,000 cases (in a process of its own);
- benchmarks/inprocess.py --section ui: the main window's first paint with 10,000 cases,
  the language switch of the main window and of the wizard, Next on every wizard page.

Each figure is printed with its target beside it and whether the target is met. The
machine is shared and noisy: the start-up figures are ratios of runs made in alternation,
the others medians of repetitions. The exit status is 1 when a measurement failed (and,
with --strict, when a target is not met).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
REPO_ROOT = BENCHMARKS.parent
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import startup  # noqa: E402
from figures import FAILED, NOT_MET, Figure, load_figures, save_figures, table  # noqa: E402

SECTION_TIMEOUT = 1800.0  # seconds


def _section(name: str, quick: bool, work: Path) -> list[Figure]:
    """Run one section of benchmarks/inprocess.py in a process of its own."""
    output = work / f"{name}.json"
    command = [sys.executable, str(BENCHMARKS / "inprocess.py"), "--section", name]
    command += ["--json", str(output)] + (["--quick"] if quick else [])
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    try:
        result = subprocess.run(
            command, cwd=REPO_ROOT, env=env, timeout=SECTION_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return [Figure(f"{name}.section", f"{name} section", "ms", failures=["timed out"])]
    if not output.exists():
        return [
            Figure(
                f"{name}.section",
                f"{name} section",
                "ms",
                failures=[f"exit status {result.returncode}, no figures written"],
            )
        ]
    return load_figures(output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    startup.add_arguments(parser)
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 also when a target is not met"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    options = parser.parse_args(argv)
    started = time.perf_counter()

    settings = startup.settings_from(options)
    print("Start-up (new processes)...", file=sys.stderr, flush=True)
    figures = startup.measure(settings)
    with tempfile.TemporaryDirectory(prefix="account-assistant-bench-") as folder:
        for name in ("store", "ui"):
            print(f"In-process: {name}...", file=sys.stderr, flush=True)
            figures += _section(name, options.quick, Path(folder))

    minutes = (time.perf_counter() - started) / 60
    print()
    if options.quick:
        print("QUICK RUN: tiny sizes and one run of each; the figures mean nothing.\n")
    print(
        f"Account Assistant benchmark: {platform.node()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}; "
        f"{settings.runs} pairs for each first window and {settings.loaded_runs} for the "
        f"loaded main window{', after a warm-up pair' if settings.warm_up else ''}; "
        f"{minutes:.1f} minutes\n"
    )
    print(table(figures))
    if options.json is not None:
        save_figures(figures, options.json)
    failed = any(figure.verdict == FAILED for figure in figures)
    missed = any(figure.verdict == NOT_MET for figure in figures)
    return 1 if failed or (options.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
