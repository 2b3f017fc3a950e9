"""One measured figure, its target, and the table `make bench` prints.

Each benchmark script produces a list of `Figure`s; `bench.py` gathers them (as JSON from
the scripts it runs) and prints one table: the figure, what was measured, the target beside
it, and whether the target is met. A figure without a target is shown for information.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

MET = "met"
NOT_MET = "NOT MET"
INFO = "info"
FAILED = "FAILED"


@dataclass
class Figure:
    key: str  # stable name, for tests and tools
    label: str  # what a developer reads
    unit: str  # "ms", "x" (a ratio), "MB"
    value: float | None = None  # None: not measured (see `failures`)
    target: float | None = None  # at most this; None: shown for information
    detail: str = ""  # the medians behind a ratio, the runs, the worst page...
    failures: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        if self.failures or self.value is None:
            return FAILED
        if self.target is None:
            return INFO
        return MET if self.value <= self.target else NOT_MET

    def shown(self, value: float | None) -> str:
        if value is None:
            return "-"
        if self.unit == "x":
            return f"{value:.2f}x"
        if self.unit == "ms":
            return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
        return f"{value:,.0f} {self.unit}"

    def target_text(self) -> str:
        return "-" if self.target is None else "at most " + self.shown(self.target)


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:,.0f} ms"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def save_figures(figures: Iterable[Figure], path: Path) -> None:
    path.write_text(json.dumps([asdict(f) for f in figures], indent=2), encoding="utf-8")


def load_figures(path: Path) -> list[Figure]:
    return [Figure(**entry) for entry in json.loads(path.read_text(encoding="utf-8"))]


def table(figures: Sequence[Figure]) -> str:
    """The figures as a plain-text table, then the details and failures below it."""
    rows = [("figure", "measured", "target", "verdict")]
    rows += [(f.label, f.shown(f.value), f.target_text(), f.verdict) for f in figures]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = []
    for number, row in enumerate(rows):
        lines.append(
            f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}"
        )
        if number == 0:
            lines.append("-" * (sum(widths) + 6 + len("verdict")))
    notes = [f"  {f.label}: {f.detail}".replace("\n", "\n      ") for f in figures if f.detail]
    if notes:
        lines += ["", "Details:", *notes]
    failures = [f"  {f.label}: {problem}" for f in figures for problem in f.failures]
    if failures:
        lines += ["", "Failures:", *failures]
    counts = {verdict: 0 for verdict in (MET, NOT_MET, FAILED)}
    for f in figures:
        if f.verdict in counts:
            counts[f.verdict] += 1
    lines += [
        "",
        f"Targets: {counts[MET]} met, {counts[NOT_MET]} not met, {counts[FAILED]} failed "
        f"to measure.",
    ]
    return "\n".join(lines)
