"""`make screenshots` renders every page, dialog and window in both languages, the guide's
images, and a few screens at 200%, with a dark palette and with a larger font."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "docs"))

from make_screenshots import GUIDE_IMAGES, SCREEN, VARIANTS  # noqa: E402


def png_size(path: Path) -> tuple[int, int]:
    """Width and height, from the PNG header."""
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def test_every_screen_is_rendered_in_both_languages_and_in_each_variant(tmp_path: Path) -> None:
    out, guide = tmp_path / "shots", tmp_path / "guide"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "docs" / "make_screenshots.py"),
            str(out),
            "--guide-dir",
            str(guide),
            "--quick",
        ],
        cwd=tmp_path,  # the script finds the app by itself
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    names = {path.name for path in out.glob("*.png")}
    for language in ("it", "en"):
        assert f"{language}-1-start.png" in names
        assert f"{language}-409-recovery_solved.png" in names
        assert f"{language}-main-window.png" in names
        assert f"{language}-checker-lookalike.png" in names
        assert f"{language}-help-204-customer_confirm.png" in names
    assert len([n for n in names if n.startswith("it-")]) == len(
        [n for n in names if n.startswith("en-")]
    )
    assert all(path.stat().st_size > 1000 for path in out.rglob("*.png"))

    # The guide's fixed set, in each language, copied from the screens just rendered.
    assert {path.name for path in guide.iterdir()} == {
        f"{name}-{language}.png" for name in GUIDE_IMAGES for language in ("it", "en")
    }
    assert (guide / "start-it.png").read_bytes() == (out / "it-1-start.png").read_bytes()

    # The variants, each in its own folder, with the same screens in both languages.
    for variant in VARIANTS:
        shown = {path.name for path in (out / variant).glob("*.png")}
        assert {"it-1-start.png", "en-1-start.png", "it-main-window.png"} <= shown, variant
    # At 200% on the same 1920x1080 screen (960x540 to Qt) the wizard is as wide in Qt's
    # pixels, twice as many on screen, and no taller than the screen's free height.
    normal = png_size(out / "it-1-start.png")
    doubled = png_size(out / "scale-200" / "it-1-start.png")
    assert doubled[0] == normal[0] * 2
    assert doubled[1] <= min(normal[1] * 2, SCREEN[1])
    dark = (out / "dark" / "it-1-start.png").read_bytes()
    assert dark != (out / "it-1-start.png").read_bytes()
