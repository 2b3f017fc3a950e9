"""Large text and scaling: at 200%, with a 150% font and on a 1366x768 screen nothing is clipped.

Each case opens every wizard page (or a sample) and the main window, in Italian and in English,
in a process of its own (`tests/ui/large_text_probe.py`): the scale factor and the screen exist
only before Qt starts. The screen is an offscreen one of a given size:

- 200% on a 1920x1080 screen: 960x540 for Qt, where the wizard's buttons used to fall off the
  bottom;
- a 150% font on a 1366x768 screen, where long pages, check boxes and the side panel were cut;
- 100% on a 1366x768 screen: the windows fit, and the longest pages too.

The three run side by side (each takes a few seconds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "docs"))

from make_screenshots import offscreen_screen  # noqa: E402

pytestmark = pytest.mark.slow

# name: (screen in device pixels, extra environment, probe options)
CASES: dict[str, tuple[tuple[int, int], dict[str, str], list[str]]] = {
    "200% on 1920x1080": ((1920, 1080), {"QT_SCALE_FACTOR": "2"}, []),
    "150% font on 1366x768": ((1366, 768), {}, ["--font-scale", "1.5"]),
    # At 100% the start page, the longest pages and the main window are enough.
    "100% on 1366x768": ((1366, 768), {}, ["--pages", "1,101,201,301,403,408"]),
}


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """Each case's report, the processes run side by side."""
    folder = tmp_path_factory.mktemp("screens")
    running = {}
    for name, (screen, environment, options) in CASES.items():
        env = os.environ | environment
        env["QT_QPA_PLATFORM"] = offscreen_screen(folder, screen)
        env.pop("ACCOUNT_ASSISTANT_DATA_DIR", None)
        running[name] = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.large_text_probe", *options],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    reports = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name}:\n{err[-3000:]}"
        reports[name] = json.loads(out.strip().splitlines()[-1])
    return reports


@pytest.mark.parametrize("case", list(CASES))
def test_nothing_is_clipped_and_every_window_fits_the_screen(
    probes: dict[str, dict[str, object]], case: str
) -> None:
    report = probes[case]
    assert report["problems"] == []


def test_the_probes_saw_the_screens_asked_for(probes: dict[str, dict[str, object]]) -> None:
    """The offscreen screens are the sizes given, as Qt sees them (200%: half as many)."""
    assert probes["200% on 1920x1080"]["screen"] == [960, 540]
    assert probes["150% font on 1366x768"]["screen"] == [1366, 768]
