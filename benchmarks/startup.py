"""How long the app takes to show its first window, against a bare QWizard.

Run it from the repository's root, in the project's environment:

    make bench                                   # calls: python benchmarks/startup.py
    python benchmarks/startup.py --runs 7        # fewer runs, quicker
    python benchmarks/startup.py --max-ratio 3   # exit 1 if the app is over 3x the baseline
    python benchmarks/startup.py --app dist/account-assistant/account-assistant
                                                 # the packaged app (make bench-bundle)

Each run is a new process, headless (QT_QPA_PLATFORM=offscreen), timed twice from the
moment it is started: to its first paint (what the user waits for: the process reports the
wall-clock time of its first paint, `painted_at` in the `--smoke` line) and to its exit (the
first paint plus the work that follows it, such as opening the log file):

- baseline: a bare `QWizard` with one empty `QWizardPage`, quitting on its first paint;
- the app: `python -m app --smoke --data-dir <a fresh folder for each run>`, in two
  situations: a first start (an empty data folder: the wizard opens) and a start with
  saved cases (a document with 20 cases: the main window opens).

Baseline and app runs alternate, so that a slower moment of the machine affects both. The
table gives the medians and the ratio app/baseline for each situation, then the import time
of the app's start-up modules against that of Qt's widgets alone. The exit status is 1 when
a run failed or, with --max-ratio, when a median ratio is above the limit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DOCUMENT_FILE_NAME = "account-assistant.json"
SAVED_CASES = 20
RUN_TIMEOUT = 60.0  # seconds; a run that takes longer counts as failed

BASELINE_SCRIPT = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage


class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f'smoke: {{"painted_at": {time.time()!r}}}', flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
wizard = QWizard()
wizard.addPage(QWizardPage())
quitter = QuitOnFirstPaint(wizard)
wizard.installEventFilter(quitter)
wizard.show()
sys.exit(app.exec())
"""

IMPORT_SCRIPT = """
import importlib, sys, time
started = time.perf_counter()
for name in sys.argv[1:]:
    importlib.import_module(name)
print(time.perf_counter() - started)
"""

QT_MODULES = ("PySide6.QtWidgets",)
APP_STARTUP_MODULES = ("app.main", "app.ui.shell.startup")


@dataclass
class Series:
    """The wall times of one kind of run, and the failures seen."""

    name: str
    seconds: list[float] = field(default_factory=list)  # to exit
    first_paint: list[float] = field(default_factory=list)  # to the first paint
    failures: list[str] = field(default_factory=list)

    @property
    def median(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    @property
    def median_first_paint(self) -> float | None:
        return statistics.median(self.first_paint) if self.first_paint else None


@dataclass
class Situation:
    name: str
    prepare: Callable[[Path], None]  # fills a fresh data folder before a run
    baseline: Series
    app: Series


def _environment() -> dict[str, str]:
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    env.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)
    return env


def _timed(command: list[str], series: Series) -> None:
    """Run `command` once, adding its wall times (or why it failed) to `series`."""
    launched = time.time()
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=RUN_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        series.failures.append(f"timed out after {RUN_TIMEOUT:.0f} s")
        return
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-1:] or ["no message"]
        series.failures.append(f"exit {result.returncode}: {detail[0]}")
        return
    reports = [line for line in result.stdout.splitlines() if line.startswith("smoke: ")]
    if not reports:
        series.failures.append("no first-paint report on standard output")
        return
    painted_at = float(json.loads(reports[-1].removeprefix("smoke: "))["painted_at"])
    series.seconds.append(seconds)
    series.first_paint.append(painted_at - launched)


def _write_saved_cases(path: Path) -> None:
    """A valid document with `SAVED_CASES` cases, written as the app writes it."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from app.core.case_states import CaseState
    from app.core.cases import change_state, open_case
    from app.core.document import Document, Preferences
    from app.core.jobs import Job
    from app.core.languages import Language
    from app.storage.store import DocumentStore

    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.UTC)
    cases = []
    for number in range(SAVED_CASES):
        opened = start + dt.timedelta(days=number)
        case = open_case(
            Job.CUSTOMER_SIGN_IN,
            f"Account {number + 1}",
            "amazon.it",
            f"Case number {number + 1}: asked Amazon for help.",
            opened,
        )
        if number % 3 == 0:
            case = change_state(case, CaseState.SOLVED, opened + dt.timedelta(days=2))
        cases.append(case)
    DocumentStore(path).save(
        Document(preferences=Preferences(language=Language.ITALIAN), cases=cases)
    )


def _measure(situations: list[Situation], runs: int, work: Path, app: list[str]) -> None:
    baseline_command = [sys.executable, "-c", BASELINE_SCRIPT]
    for run in range(runs):
        for number, situation in enumerate(situations):
            data_dir = work / f"run-{run}-{number}"
            data_dir.mkdir()
            situation.prepare(data_dir)
            _timed(baseline_command, situation.baseline)
            _timed(
                [*app, "--smoke", "--data-dir", str(data_dir)],
                situation.app,
            )
        print(f"  round {run + 1}/{runs} done", file=sys.stderr, flush=True)


def _measure_imports(runs: int) -> tuple[Series, Series]:
    qt = Series("import " + ", ".join(QT_MODULES))
    app = Series("import " + ", ".join(APP_STARTUP_MODULES))
    for _ in range(runs):
        for series, modules in ((qt, QT_MODULES), (app, APP_STARTUP_MODULES)):
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
                series.failures.append(f"timed out after {RUN_TIMEOUT:.0f} s")
                continue
            if result.returncode != 0:
                detail = result.stderr.strip().splitlines()[-1:] or ["no message"]
                series.failures.append(f"exit {result.returncode}: {detail[0]}")
                continue
            series.seconds.append(float(result.stdout.strip()))
    return qt, app


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.0f} ms"


def _ratio(app: Series, baseline: Series, first_paint: bool = True) -> float | None:
    """The ratio of the medians, to the first paint (default) or to the exit."""
    ours = app.median_first_paint if first_paint else app.median
    theirs = baseline.median_first_paint if first_paint else baseline.median
    if ours is None or theirs is None or theirs <= 0:
        return None
    return ours / theirs


def _x(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"


def _report(situations: list[Situation], imports: tuple[Series, Series], runs: int) -> None:
    print(f"\nStart-up, median of {runs} runs (offscreen): to the first paint | to the exit\n")
    header = (
        f"{'situation':<24} {'baseline':>9} {'app':>8} {'ratio':>7} | "
        f"{'baseline':>9} {'app':>8} {'ratio':>7} {'failed':>7}"
    )
    print(header)
    print("-" * len(header))
    for situation in situations:
        app, baseline = situation.app, situation.baseline
        failed = len(app.failures) + len(baseline.failures)
        print(
            f"{situation.name:<24} {_ms(baseline.median_first_paint):>9} "
            f"{_ms(app.median_first_paint):>8} {_x(_ratio(app, baseline)):>7} | "
            f"{_ms(baseline.median):>9} {_ms(app.median):>8} "
            f"{_x(_ratio(app, baseline, first_paint=False)):>7} {failed:>7}"
        )
    qt, app = imports
    print(f"\nImport time, median of {len(qt.seconds)} runs")
    for series in (qt, app):
        print(f"  {series.name:<40} {_ms(series.median):>10}")
    for series in _all_series(situations, imports):
        for failure in series.failures:
            print(f"FAILED {series.name}: {failure}", file=sys.stderr)


def _all_series(situations: list[Situation], imports: tuple[Series, Series]) -> list[Series]:
    every = [series for s in situations for series in (s.baseline, s.app)]
    return [*every, *imports]


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=_positive_int, default=15, help="rounds (default 15)")
    parser.add_argument(
        "--max-ratio",
        type=_positive_float,
        default=None,
        metavar="X",
        help="exit 1 when a median app/baseline ratio to the first paint is above X "
        "(default: no limit)",
    )
    parser.add_argument(
        "--app",
        type=Path,
        default=None,
        metavar="PROGRAM",
        help="time this program (e.g. the PyInstaller bundle's) instead of `python -m app`",
    )
    options = parser.parse_args(argv)
    app = [sys.executable, "-m", "app"] if options.app is None else [str(options.app.resolve())]

    with tempfile.TemporaryDirectory(prefix="account-assistant-bench-") as folder:
        work = Path(folder)
        template = work / "template.json"
        _write_saved_cases(template)

        def empty(data_dir: Path) -> None:
            del data_dir  # a first start: nothing saved yet

        def saved_cases(data_dir: Path) -> None:
            shutil.copyfile(template, data_dir / DOCUMENT_FILE_NAME)

        situations = [
            Situation("first start (wizard)", empty, Series("baseline"), Series("app")),
            Situation(
                f"{SAVED_CASES} saved cases (main)",
                saved_cases,
                Series("baseline"),
                Series("app"),
            ),
        ]
        for situation in situations:
            situation.baseline.name = f"baseline ({situation.name})"
            situation.app.name = f"app ({situation.name})"
        _measure(situations, options.runs, work, app)
    imports = _measure_imports(options.runs)
    _report(situations, imports, options.runs)

    status = 0
    if any(series.failures for series in _all_series(situations, imports)):
        status = 1
    if options.max_ratio is not None:
        for situation in situations:
            ratio = _ratio(situation.app, situation.baseline)
            if ratio is None or ratio > options.max_ratio:
                shown = "unknown" if ratio is None else f"{ratio:.2f}"
                print(
                    f"TOO SLOW {situation.name}: ratio {shown} above {options.max_ratio:.2f}",
                    file=sys.stderr,
                )
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
