"""Where the compiled translations and the icons are, from a checkout, a wheel or an installer."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(name: str, marker: str) -> Path:
    candidates = [
        _PACKAGE.parent / name,  # a source checkout or an editable install
        _PACKAGE / name,  # a wheel: pyproject maps the folder into the package
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if (candidate / marker).is_file():
            return candidate
    return candidates[-1]


def translations_dir() -> Path:
    return _first_existing("translations", "app_it.qm")


def resources_dir() -> Path:
    return _first_existing("resources", "icon.svg")
