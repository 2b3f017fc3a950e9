"""What an installed copy needs: the translations, the icon and the links travel with the code.

The wheel test builds the package exactly as pip does for a user (without build isolation,
so it needs no network) and looks inside the wheel.
"""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from app.resource_paths import resources_dir, translations_dir

REPO_ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 300.0

DATA_FILES = (
    "app/translations/app_it.qm",
    "app/resources/icon.svg",
    "app/core/official_links.json",
)


# -- the files, where the running app looks for them --------------------------------------


def test_translations_and_icon_are_found() -> None:
    from PySide6.QtCore import QTranslator

    qm = translations_dir() / "app_it.qm"
    icon = resources_dir() / "icon.svg"

    assert qm.is_file(), f"no {qm}"
    assert icon.is_file(), f"no {icon}"
    assert QTranslator().load(str(qm)), f"{qm} is not a usable translation file"
    assert b"<svg" in icon.read_bytes()[:4096]


# -- the wheel ----------------------------------------------------------------------------


def _build_tools_missing() -> str | None:
    """Why this interpreter cannot build the wheel offline, or None if it can."""
    for module in ("setuptools", "wheel"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not importable in {sys.executable}: cannot build the wheel"
    from packaging.requirements import Requirement

    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for text in pyproject["build-system"]["requires"]:
        requirement = Requirement(text)
        try:
            installed = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            return f"{requirement.name} is not installed: cannot build the wheel"
        if not requirement.specifier.contains(installed, prereleases=True):
            return f"{requirement.name} {installed} is installed but pyproject.toml needs {text}"
    return None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _build_tools_missing()
    if reason is not None:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            ".",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--disable-pip-version-check",
            "-w",
            str(out),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"pip wheel failed:\n{result.stdout}\n{result.stderr}"
    wheels = sorted(out.glob("account_assistant-*.whl"))
    assert len(wheels) == 1, f"expected one wheel, found {[w.name for w in out.iterdir()]}"
    return wheels[0]


@pytest.mark.slow
def test_wheel_carries_the_data_files_and_the_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points_files = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        assert len(entry_points_files) == 1, f"entry_points.txt in {sorted(names)}"
        entry_points_text = archive.read(entry_points_files[0]).decode("utf-8")

    missing = [name for name in DATA_FILES if name not in names]
    assert not missing, f"{wheel.name} lacks {missing}"

    entry_points = configparser.ConfigParser(delimiters=("=",))
    entry_points.optionxform = str  # type: ignore[assignment,method-assign]
    entry_points.read_string(entry_points_text)
    assert entry_points.has_section("gui_scripts"), entry_points_text
    assert entry_points["gui_scripts"].get("account-assistant") == "app.main:main"


@pytest.mark.slow
def test_wheel_carries_every_module_of_the_app(wheel: Path) -> None:
    """A package folder missing from pyproject.toml would make the installed app crash."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    sources = sorted(
        path.relative_to(REPO_ROOT).as_posix()
        for path in (REPO_ROOT / "app").rglob("*.py")
        if "__pycache__" not in path.parts
    )

    missing = [name for name in sources if name not in names]
    assert not missing, f"{wheel.name} lacks {missing}"
