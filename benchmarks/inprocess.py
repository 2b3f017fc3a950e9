"""Inside one process: the store with many cases, the main window, the language switch, Next.

    python benchmarks/inprocess.py --section store      # load and save: 1,000 / 10,000 / 100,000
    python benchmarks/inprocess.py --section ui         # windows, language switch, Next
    python benchmarks/inprocess.py --section ui --quick # tiny sizes, one repetition (tests)

`make bench` (benchmarks/bench.py) runs each section in its own process and prints every
figure in one table; run alone, a section prints its own part of it.

What is timed, always with `time.perf_counter()`, medians of several repetitions:

- store: `DocumentStore(path).load()` of a document written as the app writes it
  (benchmarks/documents.py), checked to load as OK with every case; then
  `DocumentStore.save()` of that document, over the file (atomic write, as in the app). The
  sizes alternate, so that a busy moment of the machine does not fall on one size only.
- ui, in an offscreen QApplication with the Italian translations, through the app's own
  objects (the controller, its session, the real windows), each time until the window has
  been painted again (a Paint event reached the window, and the events it caused are done):
  - the main window's first paint with 10,000 cases: constructed, given the loaded cases,
    shown, painted (after one warm-up with 20 cases, so that Qt's first-use costs do not count);
  - for information, what the app does after its load today: the open, empty main window
    given 10,000 cases, until repainted;
  - the language switch (`LanguageSwitcher.apply`, as the menu and the wizard's button do)
    of the main window with 20 and with 10,000 cases, of the wizard's start page, and of the
    wizard inside each job's flow (the worst job), each with the controller listening as in
    the app (it remembers the language in the data file: that save is part of the switch);
  - Next (`QWizard.next()`, what the button does) on every page of every flow that has a
    Next, each pair of pages once, the wizard opened by the controller on that page with
    answers that lead on (a user with 20 saved cases, the main window open behind): the
    worst page is the figure, and every page is listed. A page that asks a question (a modal
    box) instead of going on, or that leads elsewhere than the flow says, fails loudly.
    Then the worst page again, in alternation with its plain-Qt twin (`plain_twin.py`: the
    same title, texts and controls in a bare `QWizard`): what Qt itself takes, on this machine
    and at this moment, to change to a page that shows as much; their ratio is shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import resource
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

BENCHMARKS = Path(__file__).resolve().parent
REPO_ROOT = BENCHMARKS.parent
for folder in (BENCHMARKS, REPO_ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from documents import DOCUMENT_FILE_NAME, check_kinds, write_document  # noqa: E402
from figures import Figure, median, ratio, save_figures, table  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.answers import Answers
    from app.core.cases import Case
    from app.core.pages import PageId
    from app.ui.shell.app_controller import AppController
    from app.ui.shell.language import LanguageSwitcher

STORE_SIZES = (1_000, 10_000, 100_000)
STORE_SIZES_QUICK = (10, 100, 1_000)
LARGEST_SIZE_REPETITIONS = 3  # 100,000 cases take seconds each: three are enough
MANY_CASES = 10_000
MANY_CASES_QUICK = 200
FEW_CASES = 20
PAINT_TIMEOUT = 30.0  # seconds; a window that is not painted by then counts as a failure

TARGET_LOAD_MS = 100.0
TARGET_SAVE_MS = 150.0
TARGET_GROWTH = 12.0  # 100,000 cases within 12x the time of 10,000 (10x is linear)
TARGET_FIRST_PAINT_MS = 200.0
TARGET_LANGUAGE_MS = 30.0
TARGET_NEXT_MS = 16.0


class MeasureError(Exception):
    """A measurement that could not be made as described (the figure is then FAILED)."""


def _today() -> dt.date:
    return dt.date.today()


def _peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# -- the store ---------------------------------------------------------------------------------


def store_figures(work: Path, quick: bool, repetitions: int) -> list[Figure]:
    from app.storage.store import DocumentStore, LoadStatus

    sizes = STORE_SIZES_QUICK if quick else STORE_SIZES
    today = _today()
    check_kinds(today)
    paths: dict[int, Path] = {}
    file_sizes: dict[int, int] = {}
    for size in sizes:
        paths[size] = work / f"store-{size}" / DOCUMENT_FILE_NAME
        file_sizes[size] = write_document(paths[size], size, today)
    loads: dict[int, list[float]] = {size: [] for size in sizes}
    saves: dict[int, list[float]] = {size: [] for size in sizes}
    problems: dict[int, list[str]] = {size: [] for size in sizes}

    def wanted(size: int, repetition: int) -> bool:
        if size == sizes[-1]:
            return repetition < min(repetitions, LARGEST_SIZE_REPETITIONS)
        return True

    for repetition in range(repetitions):
        for size in sizes if repetition % 2 == 0 else reversed(sizes):
            if not wanted(size, repetition):
                continue
            gc.collect()
            started = time.perf_counter()
            store = DocumentStore(paths[size])
            result = store.load()
            loads[size].append(time.perf_counter() - started)
            if result.status is not LoadStatus.OK or len(result.document.cases) != size:
                problems[size].append(
                    f"the load found {result.status} ({result.detail}), "
                    f"{len(result.document.cases)} cases of {size}"
                )
                continue
            gc.collect()
            started = time.perf_counter()
            store.save(result.document)
            saves[size].append(time.perf_counter() - started)
            del result, store
        print(f"  store: round {repetition + 1}/{repetitions} done", file=sys.stderr, flush=True)

    _small, middle, large = sizes
    figures: list[Figure] = []
    for kind, times, target in (("load", loads, TARGET_LOAD_MS), ("save", saves, TARGET_SAVE_MS)):
        for size, role in zip(sizes, ("small", "middle", "large"), strict=True):
            value = median(times[size])
            figures.append(
                Figure(
                    key=f"store.{kind}.{role}",
                    label=f"store {kind}, {size:,} cases",
                    unit="ms",
                    value=None if value is None else value * 1000,
                    target=target if size == middle else None,
                    detail=f"median of {len(times[size])}; file {file_sizes[size] / 1e6:,.1f} MB",
                    failures=list(problems[size]),
                )
            )
        growth = ratio(median(times[large]), median(times[middle]))
        figures.append(
            Figure(
                key=f"store.{kind}.growth",
                label=f"store {kind}, {large:,} cases / {middle:,} cases",
                unit="x",
                value=growth,
                target=TARGET_GROWTH,
                detail=f"linear would be {large / middle:.0f}x",
                failures=[] if growth is not None else ["not measured"],
            )
        )
    figures.append(
        Figure(
            key="store.memory",
            label=f"store: peak memory of the process, {large:,} cases loaded and saved",
            unit="MB",
            value=_peak_memory_mb(),
        )
    )
    return figures


# -- the windows -------------------------------------------------------------------------------


@dataclass
class _Ui:
    app: QApplication
    switcher: LanguageSwitcher
    questions: list[str] = field(default_factory=list)  # modal boxes closed by the guard


def _quiet_platform_notes(kind: object, context: object, message: str) -> None:
    """Qt's messages on standard error, less the offscreen platform's notes on every window."""
    del kind, context
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def _start_ui() -> tuple[_Ui, Any]:
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.core.languages import Language
    from app.ui.shell.language import LanguageSwitcher

    qInstallMessageHandler(_quiet_platform_notes)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    switcher = LanguageSwitcher(app)
    switcher.apply(Language.ITALIAN)
    ui = _Ui(app, switcher)

    def close_questions() -> None:
        """A modal box would wait for a user who is not there: close it, and say so."""
        box = QApplication.activeModalWidget()
        if box is not None:
            ui.questions.append(box.objectName() or type(box).__name__)
            box.close()

    guard = QTimer()
    guard.setInterval(50)
    guard.timeout.connect(close_questions)
    guard.start()
    return ui, guard


class _PaintSeen:
    """Whether `window` has received a Paint event since this was made."""

    def __init__(self, window: QWidget) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            seen = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.seen = True
                return False

        self._window = window
        self._filter = Filter(window)
        window.installEventFilter(self._filter)

    def wait(self, ui: _Ui) -> None:
        deadline = time.perf_counter() + PAINT_TIMEOUT
        while not self._filter.seen:
            ui.app.processEvents()
            if time.perf_counter() > deadline:
                raise MeasureError(f"{self._window.objectName()} was not painted")
        ui.app.processEvents()  # what the paint itself posted
        self._window.removeEventFilter(self._filter)
        self._filter.deleteLater()


def _timed_until_painted(ui: _Ui, window: QWidget, action: Callable[[], object]) -> float:
    """Seconds from `action` until `window` has been painted again."""
    seen = _PaintSeen(window)
    window.update()  # a paint is due even if the action changes nothing visible
    started = time.perf_counter()
    action()
    seen.wait(ui)
    return time.perf_counter() - started


def _settle(ui: _Ui, window: QWidget | None = None) -> None:
    """Let the start-up of a window finish: shown, painted, posted events delivered."""
    if window is not None:
        seen = _PaintSeen(window)
        window.update()
        seen.wait(ui)
    for _ in range(3):
        ui.app.processEvents()


def _dispose_windows(ui: _Ui, *objects: object) -> None:
    """Close and delete every window (and the given controllers), as if the app quit."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None:
            if hasattr(widget, "leave_guard"):
                widget.leave_guard = None
            widget.close()
            widget.deleteLater()
    for thing in objects:
        if isinstance(thing, QObject):
            thing.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ui.app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _loaded_cases(path: Path, count: int) -> list[Case]:
    from app.storage.store import DocumentStore, LoadStatus

    result = DocumentStore(path).load(look_only=True)
    if result.status is not LoadStatus.OK or len(result.document.cases) != count:
        raise MeasureError(f"the document of {count} cases loads as {result.status}")
    return list(result.document.cases)


def _controller(ui: _Ui, data_dir: Path, has_cases: bool) -> tuple[AppController, QWidget]:
    """The app's controller on `data_dir`, its first window shown and the document loaded."""
    from app.ui.shell.app_controller import AppController

    controller = AppController(ui.switcher, data_dir)
    window = controller.show_first_window(has_cases)
    _settle(ui, window)
    controller.load_document()
    _settle(ui, window)
    return controller, window


def _ui_rows(many: int) -> list[Figure]:
    """Every figure of the ui section, not measured yet: its key, label, unit and target."""
    return [
        Figure(
            "window.first_paint",
            f"main window first paint, {many:,} cases",
            "ms",
            None,
            TARGET_FIRST_PAINT_MS,
        ),
        Figure(
            "window.filled", f"open main window given {many:,} loaded cases, to repainted", "ms"
        ),
        Figure(
            "language.main.few",
            f"language switch, main window, {FEW_CASES:,} cases",
            "ms",
            None,
            TARGET_LANGUAGE_MS,
        ),
        Figure(
            "language.main.many",
            f"language switch, main window, {many:,} cases",
            "ms",
            None,
            TARGET_LANGUAGE_MS,
        ),
        Figure(
            "language.wizard.start",
            "language switch, wizard, start page",
            "ms",
            None,
            TARGET_LANGUAGE_MS,
        ),
        Figure(
            "language.wizard.flow",
            "language switch, wizard, in a job's flow (worst job)",
            "ms",
            None,
            TARGET_LANGUAGE_MS,
        ),
        Figure("wizard.next", "Next on a wizard page (the worst page)", "ms", None, TARGET_NEXT_MS),
        Figure("wizard.next.plain", "Next on the worst page / plain Qt showing the same", "x"),
        Figure("ui.memory", f"ui: peak memory of the process ({many:,} cases in windows)", "MB"),
    ]


def _fill(figure: Figure, times: Sequence[float], failures: list[str], detail: str = "") -> None:
    """`figure` with the median of `times` (seconds), in milliseconds."""
    value = median(times)
    figure.value = None if value is None else value * 1000
    figure.detail = f"median of {len(times)}" + (f"; {detail}" if detail else "")
    figure.failures = failures if times else [*failures, "not measured"]


def _measure(
    times: list[float], failures: list[str], ui: _Ui, what: str, step: Callable[[], float]
) -> None:
    """Run one timed `step`, keeping its time, or why it failed, and any question it asked."""
    asked = len(ui.questions)
    try:
        seconds = step()
    except MeasureError as error:
        failures.append(f"{what}: {error}")
        return
    if len(ui.questions) > asked:
        failures.append(f"{what}: asked a question ({', '.join(ui.questions[asked:])})")
        return
    times.append(seconds)


def main_window_figures(
    ui: _Ui, work: Path, rows: dict[str, Figure], many: int, repetitions: int
) -> None:
    from app.ui.cases.main_window import MainWindow

    today = _today()
    paths = {}
    for count in (FEW_CASES, many):
        paths[count] = work / f"window-{count}" / DOCUMENT_FILE_NAME
        write_document(paths[count], count, today)
    few_cases = _loaded_cases(paths[FEW_CASES], FEW_CASES)
    many_cases = _loaded_cases(paths[many], many)

    def first_paint(cases: list[Case]) -> float:
        started = time.perf_counter()
        window = MainWindow(ui.switcher, _today)
        window.set_cases(cases)
        seen = _PaintSeen(window)
        window.show()
        seen.wait(ui)
        seconds = time.perf_counter() - started
        _dispose_windows(ui)
        return seconds

    def filled_after_load(cases: list[Case]) -> float:
        window = MainWindow(ui.switcher, _today)
        window.set_cases([])
        window.show()
        _settle(ui, window)
        seconds = _timed_until_painted(ui, window, lambda: window.set_cases(cases))
        _dispose_windows(ui)
        return seconds

    first_paint(few_cases)  # warm-up: Qt's first-use costs are start-up's, measured there
    paint_times: list[float] = []
    fill_times: list[float] = []
    paint_failures: list[str] = []
    fill_failures: list[str] = []
    for repetition in range(repetitions):
        _measure(paint_times, paint_failures, ui, "first paint", lambda: first_paint(many_cases))
        _measure(fill_times, fill_failures, ui, "filled", lambda: filled_after_load(many_cases))
        print(
            f"  main window: round {repetition + 1}/{repetitions} done",
            file=sys.stderr,
            flush=True,
        )
    _fill(
        rows["window.first_paint"],
        paint_times,
        paint_failures,
        "constructed, given the loaded cases, shown, painted",
    )
    _fill(
        rows["window.filled"],
        fill_times,
        fill_failures,
        "what the app does after its deferred load today",
    )


def language_figures(
    ui: _Ui, work: Path, rows: dict[str, Figure], many: int, repetitions: int
) -> None:
    from app.core.jobs import ALL_JOBS

    today = _today()

    def switches(window: QWidget, label: str) -> tuple[list[float], list[str]]:
        times: list[float] = []
        failures: list[str] = []
        for _ in range(repetitions * 2):  # there and back: both directions count
            _measure(
                times,
                failures,
                ui,
                label,
                lambda: _timed_until_painted(
                    ui, window, lambda: ui.switcher.apply(ui.switcher.current.other)
                ),
            )
        return times, failures

    for count in (FEW_CASES, many):
        data_dir = work / f"language-{count}"
        write_document(data_dir / DOCUMENT_FILE_NAME, count, today)
        controller, window = _controller(ui, data_dir, has_cases=True)
        times, failures = switches(window, f"main window, {count} cases")
        _dispose_windows(ui, controller)
        _fill(
            rows[f"language.main.{'few' if count == FEW_CASES else 'many'}"],
            times,
            failures,
            "both directions; includes remembering the language in the data file",
        )
    print("  language switch: main window done", file=sys.stderr, flush=True)

    data_dir = work / "language-wizard"
    controller, window = _controller(ui, data_dir, has_cases=False)
    times, failures = switches(window, "wizard start page")
    _dispose_windows(ui, controller)
    _fill(
        rows["language.wizard.start"],
        times,
        failures,
        "both directions, a first start (no saved cases)",
    )

    per_job: dict[str, float] = {}
    job_failures: list[str] = []
    for job in ALL_JOBS:
        data_dir = work / f"language-wizard-{job.value}"
        controller, window = _controller(ui, data_dir, has_cases=False)
        wizard = controller.wizard
        assert wizard is not None
        wizard.start_page.job_buttons[job].setChecked(True)  # builds the job's pages
        _timed_until_painted(ui, wizard, wizard.next)
        times, failures = switches(wizard, f"wizard, {job.value}")
        _dispose_windows(ui, controller)
        job_failures += failures
        value = median(times)
        if value is not None:
            per_job[job.value] = value
    worst = max(per_job, key=per_job.__getitem__) if per_job else None
    figure = rows["language.wizard.flow"]
    figure.value = None if worst is None else per_job[worst] * 1000
    figure.detail = "on each job's first page, all its pages built, both directions: " + (
        ", ".join(f"{job} {seconds * 1000:.1f} ms" for job, seconds in per_job.items())
    )
    figure.failures = job_failures if per_job else [*job_failures, "not measured"]
    print("  language switch: wizard done", file=sys.stderr, flush=True)


def _walks(today: dt.date) -> list[Answers]:
    """Answers that lead through every page of every flow, each page with a Next once."""
    from app.core.answers import Answers, SellerOutcome
    from app.core.jobs import Job
    from app.core.regions import SellerRegion
    from app.core.seller_recovery import CHECKS
    from app.ui.wizard.content.closing import CUSTOMER_CHECKLIST, SELLER_PREREQUISITES

    sent = today - dt.timedelta(days=1)
    customer_ticks = {item.key for item in CUSTOMER_CHECKLIST}
    seller_ticks = {item.key for item in SELLER_PREREQUISITES}

    def seller(outcome: SellerOutcome) -> Answers:
        return Answers(
            job=Job.CLOSE_SELLER_ACCOUNT,
            account_label="Negozio",
            region=SellerRegion.EUROPE,
            eu_unified=True,
            checklist=set(seller_ticks),
            request_sent=True,
            requested_on=sent,
            seller_outcome=outcome,
        )

    return [
        Answers(
            job=Job.CUSTOMER_SIGN_IN,
            works_after_waiting=False,
            solved_by_help_page=False,
            account_label="Conto",
        ),
        Answers(job=Job.CUSTOMER_SIGN_IN, works_after_waiting=True),
        Answers(
            job=Job.CLOSE_CUSTOMER_ACCOUNT,
            account_label="Conto",
            checklist=set(customer_ticks),
            request_sent=True,
            requested_on=sent,
        ),
        seller(SellerOutcome.CONFIRMATION_REQUESTED),
        seller(SellerOutcome.REFUSED),
        Answers(
            job=Job.SELLER_SIGN_IN,
            account_label="Negozio",
            checks={check.value: False for check in CHECKS},
        ),
        Answers(job=Job.SELLER_SIGN_IN, checks={CHECKS[0].value: True}),
    ]


def next_figures(ui: _Ui, work: Path, rows: dict[str, Figure], repetitions: int) -> None:
    import copy
    import functools
    import itertools

    from app.core.flow import TRANSITIONS, walk

    today = _today()
    walks = _walks(today)
    steps: dict[tuple[PageId, PageId], Answers] = {}
    for answers in walks:
        pages = walk(copy.deepcopy(answers))
        for page, following in itertools.pairwise(pages):
            steps.setdefault((page, following), answers)
    with_next = {page for page, step in TRANSITIONS.items() if step is not None}
    missing = with_next - {page for page, _ in steps}

    data_dir = work / "next"
    write_document(data_dir / DOCUMENT_FILE_NAME, FEW_CASES, today)
    controller, _window = _controller(ui, data_dir, has_cases=True)

    def press_next(page: PageId, following: PageId, answers: Answers) -> float:
        wizard = controller.open_wizard(copy.deepcopy(answers), start=page)
        _settle(ui, wizard)
        if wizard.current_page_id() is not page:
            raise MeasureError(f"the wizard opened on {wizard.current_page_id().name}")
        seconds = _timed_until_painted(ui, wizard, wizard.next)
        reached = wizard.currentId()
        wizard.leave_guard = None
        wizard.reject()
        _settle(ui)
        if reached != following:
            raise MeasureError(f"Next led to page {reached}, not {following.name}")
        return seconds

    times: dict[tuple[PageId, PageId], list[float]] = {step: [] for step in steps}
    failures: list[str] = [f"no walk reaches {page.name}'s Next" for page in sorted(missing)]
    for repetition in range(repetitions):
        for (page, following), answers in steps.items():
            _measure(
                times[page, following],
                failures,
                ui,
                f"{page.name} -> {following.name}",
                functools.partial(press_next, page, following, answers),
            )
        print(f"  Next: round {repetition + 1}/{repetitions} done", file=sys.stderr, flush=True)

    medians = {step: m for step, values in times.items() if (m := median(values)) is not None}
    ranked = sorted(medians, key=medians.__getitem__, reverse=True)
    listing = "".join(
        f"\n{medians[page, following] * 1000:7.1f} ms  {page.name} -> {following.name}"
        for page, following in ranked
    )
    worst = ranked[0] if ranked else None
    figure = rows["wizard.next"]
    figure.value = None if worst is None else medians[worst] * 1000
    figure.detail = (
        f"{'-' if worst is None else worst[0].name}; medians of {repetitions}, a user with "
        f"{FEW_CASES} saved cases; every one of the {len(steps)} page changes:" + listing
    )
    figure.failures = failures if worst is not None else [*failures, "not measured"]
    plain = rows["wizard.next.plain"]
    if worst is not None:
        _against_plain_qt(ui, controller, plain, (worst, steps[worst]), repetitions=repetitions)
    else:
        plain.failures.append("not measured: no worst page")
    _dispose_windows(ui, controller)


def _against_plain_qt(
    ui: _Ui,
    controller: AppController,
    figure: Figure,
    step_and_answers: tuple[tuple[PageId, PageId], Answers],
    *,
    repetitions: int,
) -> None:
    """Next on the app's step (with the answers that lead through it), then on its plain-Qt
    twin, `repetitions` times: the median of the pairs' ratios."""
    import copy

    from plain_twin import plain_twin

    (page, following), answers = step_and_answers
    ratios: list[float] = []
    apps: list[float] = []
    plains: list[float] = []
    failures: list[str] = []
    for _ in range(repetitions):
        try:
            wizard = controller.open_wizard(copy.deepcopy(answers), start=page)
            _settle(ui, wizard)
            seconds = _timed_until_painted(ui, wizard, wizard.next)
            twin = plain_twin(wizard, int(page), int(following))
            wizard.leave_guard = None
            wizard.reject()
            _settle(ui)
            twin.show()
            _settle(ui, twin)
            plain = _timed_until_painted(ui, twin, twin.next)
            twin.close()
            twin.deleteLater()
            _settle(ui)
        except MeasureError as error:
            failures.append(f"{page.name} -> {following.name} and its twin: {error}")
            continue
        apps.append(seconds)
        plains.append(plain)
        ratios.append(seconds / plain)
    figure.value = median(ratios)
    app_ms, plain_ms = median(apps), median(plains)
    figure.detail = (
        f"{page.name} -> {following.name}, {len(ratios)} pairs"
        + (
            ""
            if app_ms is None or plain_ms is None
            else f": the app {app_ms * 1000:.1f} ms, plain Qt {plain_ms * 1000:.1f} ms (medians)"
        )
        + "; plain Qt: the same title, texts and controls in a bare QWizard, nothing else"
    )
    figure.failures = failures if ratios else [*failures, "not measured"]


def ui_figures(work: Path, quick: bool, repetitions: int) -> list[Figure]:
    many = MANY_CASES_QUICK if quick else MANY_CASES
    figures = _ui_rows(many)
    rows = {figure.key: figure for figure in figures}
    ui, guard = _start_ui()
    groups: list[tuple[str, Callable[[], None]]] = [
        ("window.", lambda: main_window_figures(ui, work, rows, many, repetitions)),
        ("language.", lambda: language_figures(ui, work, rows, many, repetitions)),
        ("wizard.", lambda: next_figures(ui, work, rows, repetitions)),
    ]
    for prefix, group in groups:
        try:
            group()
        except Exception as error:  # the app changed under the benchmark: say where
            traceback.print_exc()
            for figure in figures:
                if figure.key.startswith(prefix) and figure.value is None:
                    figure.failures.append(f"{type(error).__name__}: {error}")
            _dispose_windows(ui)
    guard.stop()
    rows["ui.memory"].value = _peak_memory_mb()
    return figures


# -- the command line --------------------------------------------------------------------------


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--section", choices=("store", "ui"), required=True)
    parser.add_argument(
        "--repetitions",
        type=_positive_int,
        default=None,
        help="repetitions of each measurement (default 5; 1 with --quick)",
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks, not figures")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    options = parser.parse_args(argv)
    repetitions = options.repetitions or (1 if options.quick else 5)

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    os.environ.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)
    os.environ.pop("ACCOUNT_ASSISTANT_SMOKE", None)
    with tempfile.TemporaryDirectory(prefix="account-assistant-bench-") as folder:
        if options.section == "store":
            figures = store_figures(Path(folder), options.quick, repetitions)
        else:
            figures = ui_figures(Path(folder), options.quick, repetitions)
    if options.json is not None:
        save_figures(figures, options.json)
    else:
        print(table(figures))
    sys.stdout.flush()
    sys.stderr.flush()
    # Straight out, as the test suite does: the interpreter's shutdown would destroy the
    # leftover Qt objects in no particular order, which measures nothing and may crash.
    os._exit(1 if any(figure.failures for figure in figures) else 0)


if __name__ == "__main__":
    sys.exit(main())
