"""How long "Is this really Amazon?" takes on the worst texts it can be given.

The dialog's field holds up to 32,767 characters (Qt's limit for a line edit). Each shape
below is checked at several lengths up to that limit, and at the checker's own bounds
(`MAX_SENDER_LENGTH`, `MAX_LINK_LENGTH`) and just below them; each check is timed a few
times and the slowest run is kept. The target: every check under 50 ms.

Run: `.venv/bin/python benchmarks/checker.py` (prints a table; exits 1 if a check took 50 ms
or more). The shapes are those of tests/core/test_links_long_input.py, which checks them with
a generous bound, since timings on a shared machine are noisy.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shapes live in the tests

from tests.core.test_links_long_input import CHECKS, LENGTHS, SHAPES

TARGET_SECONDS = 0.050


def slowest(check: Callable[[str], object], text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check(text)
        times.append(time.perf_counter() - start)
    return max(times)


def main() -> int:
    worst = 0.0
    print(f"{'shape':32} {'length':>7} " + " ".join(f"{name:>13}" for name in CHECKS))
    for shape, make in SHAPES.items():
        for length in LENGTHS:
            text = make(length)
            row = [slowest(check, text) for check in CHECKS.values()]
            worst = max(worst, *row)
            print(f"{shape:32} {length:>7} " + " ".join(f"{t * 1000:>10.2f} ms" for t in row))
    print(f"slowest check: {worst * 1000:.2f} ms (target: under {TARGET_SECONDS * 1000:.0f} ms)")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
