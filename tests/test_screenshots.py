"""`make screenshots` renders every page, dialog and window in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_screen_is_rendered_in_both_languages(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(REPO / "docs" / "make_screenshots.py"), str(tmp_path)],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    names = {path.name for path in tmp_path.glob("*.png")}
    for language in ("it", "en"):
        assert f"{language}-1-start.png" in names
        assert f"{language}-main-window.png" in names
        assert f"{language}-checker-lookalike.png" in names
    assert len([n for n in names if n.startswith("it-")]) == len(
        [n for n in names if n.startswith("en-")]
    )
    assert all(path.stat().st_size > 1000 for path in tmp_path.glob("*.png"))
