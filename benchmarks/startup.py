"""Start-up, one new process per run: the app against a bare three-page QWizard, and the
start to a main window that shows the loaded cases.

Run it from the repository's root, in the project's environment:

    python benchmarks/startup.py                 # this part of `make bench` alone
    python benchmarks/startup.py --runs 9        # fewer pairs, quicker (9 at the least)
    python benchmarks/startup.py --max-ratio 3   # exit 1 if a first window is over 3x
    python benchmarks/startup.py --app dist/account-assistant/account-assistant
                                                 # the packaged app (make bench-bundle)

Every run is a new process, headless (QT_QPA_PLATFORM=offscreen, no session bus), in a
fresh data folder, from compiled bytecode as an installed copy runs (pip compiles it at
install): the app's modules are compiled first, and PYTHONDONTWRITEBYTECODE is not passed
on. The wall time is counted from just before the process is started to the moment it
reports (it prints the wall-clock time itself, on standard output); the peak memory is the
process's own maximum resident set size, from `os.wait4` (the kernel's count, not an
estimate).

- First window. The baseline is the same kind of work as the app's first window, in plain
  PySide6: a `QWizard` of three pages (a title, a subtitle and a paragraph each), the app
  wizard's style and size, with Qt's own Italian translation (`qtbase_it.qm`) installed,
  quitting on its first paint. The app is `--smoke --lang it`, which quits on its first
  paint too, in two situations: a first start (empty data folder: the wizard) and a start
  with 20 saved cases (the main window). Baseline and app runs alternate in pairs (who goes
  first alternates too), after one warm-up pair that is not counted; the figure is the
  median of the pairs' ratios, with the medians beside it.
- Loaded main window. `--smoke` quits before the saved cases are loaded, so here the app
  starts normally with ACCOUNT_ASSISTANT_SMOKE=loaded: it reports once the main window has
  been painted with the loaded cases, and how many rows it shows (checked). Starts with 20
  and with 10,000 cases alternate, after a warm-up pair; the figure is the median of the
  pairs' ratios (10,000 / 20).
- Imports, for information: `import PySide6.QtWidgets` alone, and the app's start-up modules.

The exit status is 1 when a run failed or, with --max-ratio, when a first window's median
ratio is above the limit.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import datetime as dt
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
REPO_ROOT = BENCHMARKS.parent
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from documents import DOCUMENT_FILE_NAME, write_document  # noqa: E402
from figures import Figure, median, ms, ratio, save_figures, table  # noqa: E402

DEFAULT_RUNS = 11
MINIMUM_RUNS = 9
DEFAULT_LOADED_RUNS = 9
DEFAULT_IMPORT_RUNS = 7
SAVED_CASES = 20
MANY_CASES = 10_000
MANY_CASES_QUICK = 200
RUN_TIMEOUT = 180.0  # seconds; a run that takes longer is killed and counts as failed

# app.ui.shell.smoke_report: the app reports once the loaded cases are painted, and quits.
LOADED_SMOKE_VARIABLE = "ACCOUNT_ASSISTANT_SMOKE"
LOADED_SMOKE_VALUE = "loaded"

TARGET_FIRST_WINDOW_RATIO = 1.30
TARGET_MEMORY_RATIO = 1.25
TARGET_LOADED_RATIO = 1.6

BASELINE_SCRIPT = (
    r"""
import json
import sys
import time

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWizard
"""
    + (BENCHMARKS / "bare_wizard.py").read_text(encoding="utf-8")
    + r"""

class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            painted_at = time.time()
            watched.removeEventFilter(self)
            report = {
                "painted_at": painted_at,
                "translations": [t.filePath() for t in translators],
                "buttons": [wizard.buttonText(QWizard.WizardButton.NextButton)],
            }
            print("smoke: " + json.dumps(report), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
translators = []
translator = QTranslator(app)
if translator.load("qtbase_it", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
    app.installTranslator(translator)
    translators.append(translator)

wizard = bare_wizard()
quitter = QuitOnFirstPaint(wizard)
wizard.installEventFilter(quitter)
wizard.show()
sys.exit(app.exec())
"""
)

IMPORT_SCRIPT = """
import importlib, sys, time
started = time.perf_counter()
for name in sys.argv[1:]:
    importlib.import_module(name)
print(time.perf_counter() - started)
"""

QT_MODULES = ("PySide6.QtWidgets",)
APP_STARTUP_MODULES = ("app.main", "app.ui.shell.startup")


class RunFailed(Exception):
    pass


@dataclass(frozen=True)
class Run:
    """One process: seconds from its launch to what it reported, and its peak memory."""

    to_paint: float | None  # to the first paint
    to_loaded: float | None  # to the paint that shows the loaded cases (loaded mode only)
    to_exit: float
    peak_mb: float
    report: dict[str, Any]


def _environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)
    env.pop(LOADED_SMOKE_VARIABLE, None)
    # With it, a module whose .pyc is missing or stale is compiled again at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


def _peak_mb(max_rss: int) -> float:
    """`ru_maxrss` in MB: kibibytes on Linux, bytes on macOS."""
    return max_rss / (1024 * 1024) if sys.platform == "darwin" else max_rss / 1024


def run_once(command: list[str], env: dict[str, str]) -> Run:
    """Start `command`, wait for it with `os.wait4`, and read its `smoke:` report."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        timed_out = threading.Event()
        launched = time.time()
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own process group: a timeout kills all of it
        )

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(RUN_TIMEOUT, kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        to_exit = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if timed_out.is_set():
        raise RunFailed(f"killed after {RUN_TIMEOUT:.0f} s")
    if process.returncode != 0:
        last = stderr.strip().splitlines()[-1:] or ["no message"]
        raise RunFailed(f"exit status {process.returncode}: {last[0]}")
    reports = [line for line in stdout.splitlines() if line.startswith("smoke: ")]
    if not reports:
        raise RunFailed("no `smoke:` report on standard output")
    report: dict[str, Any] = json.loads(reports[-1].removeprefix("smoke: "))
    painted_at = report.get("painted_at")
    loaded_at = report.get("loaded_at")
    return Run(
        to_paint=None if painted_at is None else float(painted_at) - launched,
        to_loaded=None if loaded_at is None else float(loaded_at) - launched,
        to_exit=to_exit,
        peak_mb=_peak_mb(usage.ru_maxrss),
        report=report,
    )


@dataclass
class Pairs:
    """Runs made in pairs (a reference run and the one compared with it), and failures."""

    reference: list[Run] = field(default_factory=list)
    compared: list[Run] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(
        self,
        reference: Callable[[], Run],
        compared: Callable[[], Run],
        reference_first: bool,
        counted: bool,
    ) -> None:
        """Run both (in the order asked); a pair counts only when both runs worked."""
        runs: dict[str, Run] = {}
        order = [("reference", reference), ("compared", compared)]
        for name, start in order if reference_first else reversed(order):
            try:
                runs[name] = start()
            except RunFailed as error:
                self.failures.append(f"{name} run: {error}")
        if counted and len(runs) == 2:
            self.reference.append(runs["reference"])
            self.compared.append(runs["compared"])

    def ratios(self, value: Callable[[Run], float | None]) -> list[float]:
        found = []
        for reference, compared in zip(self.reference, self.compared, strict=True):
            share = ratio(value(compared), value(reference))
            if share is not None:
                found.append(share)
        return found


def _to_paint(run: Run) -> float | None:
    return run.to_paint


def _to_loaded(run: Run) -> float | None:
    return run.to_loaded


def _peak(run: Run) -> float:
    return run.peak_mb


def _times(runs: list[Run], value: Callable[[Run], float | None]) -> list[float]:
    return [v for v in map(value, runs) if v is not None]


def _baseline_run(command: list[str]) -> Run:
    """The baseline must really carry Qt's Italian, or the comparison is not fair."""
    run = run_once(command, _environment())
    if not run.report.get("translations"):
        raise RunFailed("qtbase_it.qm was not found: the baseline has no Italian")
    return run


def _check_rows(run: Run, expected: int) -> Run:
    rows = run.report.get("rows")
    if rows != expected or run.to_loaded is None:
        raise RunFailed(f"the loaded window shows {rows} rows, not {expected}")
    return run


def measure_first_windows(app: list[str], runs: int, warm_up: bool, work: Path) -> dict[str, Pairs]:
    """Bare wizard (reference) against the app, for a first start and 20 saved cases."""
    baseline = [sys.executable, "-c", BASELINE_SCRIPT]
    template = work / "saved-cases.json"
    write_document(template, SAVED_CASES, dt.date.today())
    situations: dict[str, Pairs] = {"first_start": Pairs(), "saved": Pairs()}
    rounds = runs + (1 if warm_up else 0)
    for number in range(rounds):
        counted = number >= rounds - runs
        for name, pairs in situations.items():
            data_dir = work / f"first-{number}-{name}"
            data_dir.mkdir()
            if name == "saved":
                shutil.copyfile(template, data_dir / DOCUMENT_FILE_NAME)
            command = [*app, "--smoke", "--lang", "it", "--data-dir", str(data_dir)]
            pairs.add(
                functools.partial(_baseline_run, baseline),
                functools.partial(run_once, command, _environment()),
                reference_first=number % 2 == 0,
                counted=counted,
            )
        _progress("first window", number, rounds, warm_up)
    return situations


def measure_loaded(app: list[str], runs: int, warm_up: bool, many: int, work: Path) -> Pairs:
    """Start to the loaded main window: 20 cases (reference) against `many` cases."""
    templates = {}
    for count in (SAVED_CASES, many):
        templates[count] = work / f"loaded-{count}.json"
        write_document(templates[count], count, dt.date.today())
    env = _environment({LOADED_SMOKE_VARIABLE: LOADED_SMOKE_VALUE})
    pairs = Pairs()
    rounds = runs + (1 if warm_up else 0)

    def start(count: int, number: int) -> Run:
        data_dir = work / f"loaded-{number}-{count}"
        data_dir.mkdir()
        shutil.copyfile(templates[count], data_dir / DOCUMENT_FILE_NAME)
        command = [*app, "--lang", "it", "--data-dir", str(data_dir)]
        return _check_rows(run_once(command, env), count)

    for number in range(rounds):
        pairs.add(
            functools.partial(start, SAVED_CASES, number),
            functools.partial(start, many, number),
            reference_first=number % 2 == 0,
            counted=number >= rounds - runs,
        )
        _progress("loaded main window", number, rounds, warm_up)
    return pairs


def measure_imports(runs: int) -> dict[str, tuple[list[float], list[str]]]:
    found: dict[str, tuple[list[float], list[str]]] = {
        "qt": ([], []),
        "app": ([], []),
    }
    for _ in range(runs):
        for name, modules in (("qt", QT_MODULES), ("app", APP_STARTUP_MODULES)):
            times, failures = found[name]
            try:
                result = subprocess.run(
                    [sys.executable, "-c", IMPORT_SCRIPT, *modules],
                    cwd=REPO_ROOT,
                    env=_environment(),
                    capture_output=True,
                    text=True,
                    timeout=RUN_TIMEOUT,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                failures.append(f"killed after {RUN_TIMEOUT:.0f} s")
                continue
            if result.returncode != 0:
                last = result.stderr.strip().splitlines()[-1:] or ["no message"]
                failures.append(f"exit status {result.returncode}: {last[0]}")
                continue
            times.append(float(result.stdout.strip()))
    return found


def _progress(what: str, number: int, rounds: int, warm_up: bool) -> None:
    kind = "warm-up" if warm_up and number == 0 else f"{number + (0 if warm_up else 1)}"
    total = rounds - (1 if warm_up else 0)
    print(f"  {what}: pair {kind}/{total} done", file=sys.stderr, flush=True)


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f} MB"


def first_window_figures(situations: dict[str, Pairs]) -> list[Figure]:
    figures = []
    names = {
        "first_start": "first start (wizard)",
        "saved": f"{SAVED_CASES} saved cases (main window)",
    }
    for key, pairs in situations.items():
        app, bare = pairs.compared, pairs.reference
        count = len(pairs.reference)
        time_ratios = pairs.ratios(_to_paint)
        memory_ratios = pairs.ratios(_peak)
        figures.append(
            Figure(
                key=f"startup.{key}.time",
                label=f"first window, {names[key]}: time / bare wizard",
                unit="x",
                value=median(time_ratios),
                target=TARGET_FIRST_WINDOW_RATIO,
                detail=f"to the first paint, app {ms(median(_times(app, _to_paint)))} against "
                f"{ms(median(_times(bare, _to_paint)))} (medians of {count} pairs; to the "
                f"exit: {ms(median(_times(app, lambda r: r.to_exit)))} "
                f"against {ms(median(_times(bare, lambda r: r.to_exit)))})",
                failures=pairs.failures if time_ratios else [*pairs.failures, "no pair"],
            )
        )
        figures.append(
            Figure(
                key=f"startup.{key}.memory",
                label=f"first window, {names[key]}: peak memory / bare wizard",
                unit="x",
                value=median(memory_ratios),
                target=TARGET_MEMORY_RATIO,
                detail=f"app {_mb(median(_times(app, _peak)))} against "
                f"{_mb(median(_times(bare, _peak)))} (maximum resident set, medians)",
                failures=[] if memory_ratios else ["no pair"],
            )
        )
    return figures


def loaded_figures(pairs: Pairs, many: int) -> list[Figure]:
    few_runs, many_runs = pairs.reference, pairs.compared
    time_ratios = pairs.ratios(_to_loaded)
    figures = []
    for key, count, runs in (("few", SAVED_CASES, few_runs), ("many", many, many_runs)):
        figures.append(
            Figure(
                key=f"loaded.{key}",
                label=f"start to the loaded main window, {count:,} cases",
                unit="ms",
                value=None
                if not _times(runs, _to_loaded)
                else (median(_times(runs, _to_loaded)) or 0.0) * 1000,
                detail=f"first paint (before the load) at "
                f"{ms(median(_times(runs, _to_paint)))}; peak memory "
                f"{_mb(median(_times(runs, _peak)))}; medians of {len(runs)}",
                failures=[] if runs else ["no run"],
            )
        )
    figures.append(
        Figure(
            key="loaded.ratio",
            label=f"start to the loaded main window, {many:,} cases / {SAVED_CASES} cases",
            unit="x",
            value=median(time_ratios),
            target=TARGET_LOADED_RATIO,
            detail=f"median of {len(time_ratios)} pairs; peak memory "
            f"{_mb(median(_times(many_runs, _peak)))} against "
            f"{_mb(median(_times(few_runs, _peak)))}",
            failures=pairs.failures if time_ratios else [*pairs.failures, "no pair"],
        )
    )
    return figures


def import_figures(found: dict[str, tuple[list[float], list[str]]]) -> list[Figure]:
    figures = []
    for name, modules in (("qt", QT_MODULES), ("app", APP_STARTUP_MODULES)):
        times, failures = found[name]
        value = median(times)
        figures.append(
            Figure(
                key=f"imports.{name}",
                label="import " + ", ".join(modules),
                unit="ms",
                value=None if value is None else value * 1000,
                detail=f"median of {len(times)} new processes",
                failures=failures if times else [*failures, "not measured"],
            )
        )
    return figures


@dataclass(frozen=True)
class Settings:
    app: list[str]
    runs: int
    loaded_runs: int
    import_runs: int
    warm_up: bool
    many: int
    imports: bool  # the import times concern `python -m app`, not a packaged program


def compile_app() -> None:
    """The app's .pyc files, as an installed copy has them (`python -m app` runs only)."""
    compileall.compile_dir(REPO_ROOT / "app", quiet=1)


def measure(settings: Settings) -> list[Figure]:
    if settings.imports:  # `python -m app` from this checkout, not a packaged program
        compile_app()
    with tempfile.TemporaryDirectory(prefix="account-assistant-bench-") as folder:
        work = Path(folder)
        situations = measure_first_windows(settings.app, settings.runs, settings.warm_up, work)
        loaded = measure_loaded(
            settings.app, settings.loaded_runs, settings.warm_up, settings.many, work
        )
    figures = first_window_figures(situations) + loaded_figures(loaded, settings.many)
    if settings.imports:
        figures += import_figures(measure_imports(settings.import_runs))
    return figures


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _positive_float(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--runs",
        type=_positive_int,
        default=DEFAULT_RUNS,
        help=f"pairs of runs for the first window, after a warm-up pair "
        f"(default {DEFAULT_RUNS}, at least {MINIMUM_RUNS})",
    )
    parser.add_argument(
        "--loaded-runs",
        type=_positive_int,
        default=DEFAULT_LOADED_RUNS,
        help=f"pairs of runs to the loaded main window (default {DEFAULT_LOADED_RUNS})",
    )
    parser.add_argument(
        "--app",
        type=Path,
        default=None,
        metavar="PROGRAM",
        help="time this program (e.g. the PyInstaller bundle's) instead of `python -m app`",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one pair of each, no warm-up, 200 cases instead of 10,000: checks that the "
        "benchmark works, measures nothing (tests)",
    )


def settings_from(options: argparse.Namespace) -> Settings:
    app = [sys.executable, "-m", "app"] if options.app is None else [str(options.app.resolve())]
    if options.quick:
        return Settings(app, 1, 1, 1, False, MANY_CASES_QUICK, options.app is None)
    if options.runs < MINIMUM_RUNS:
        print(
            f"note: {options.runs} pairs is fewer than {MINIMUM_RUNS}: the medians are rough",
            file=sys.stderr,
        )
    return Settings(
        app,
        options.runs,
        options.loaded_runs,
        DEFAULT_IMPORT_RUNS,
        True,
        MANY_CASES,
        options.app is None,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    add_arguments(parser)
    parser.add_argument(
        "--max-ratio",
        type=_positive_float,
        default=None,
        metavar="X",
        help="exit 1 when a first window's median time ratio to the bare wizard is above X",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    options = parser.parse_args(argv)
    figures = measure(settings_from(options))
    print(table(figures))
    if options.json is not None:
        save_figures(figures, options.json)

    status = 1 if any(figure.failures for figure in figures) else 0
    if options.max_ratio is not None:
        for figure in figures:
            first_window = figure.key.startswith("startup.") and figure.key.endswith(".time")
            if first_window and (figure.value is None or figure.value > options.max_ratio):
                shown = "unknown" if figure.value is None else f"{figure.value:.2f}"
                print(
                    f"TOO SLOW {figure.label}: {shown} above {options.max_ratio:.2f}",
                    file=sys.stderr,
                )
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
