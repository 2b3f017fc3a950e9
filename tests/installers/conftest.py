"""Checks of the built installers: run by `make package-test`, which builds them first.

In a plain `make test` these tests are skipped (the bundle and the .deb take minutes to
build); `make package-test` sets PACKAGE_TEST=1 and runs them after building.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app import APP_ID, __version__

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / APP_ID
PACKAGE_TEST = os.environ.get("PACKAGE_TEST") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if PACKAGE_TEST:
        return
    skip = pytest.mark.skip(reason="the built installers are checked by `make package-test`")
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(skip)


def deb_path() -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    return REPO / "dist" / f"{APP_ID}_{__version__}_{arch}.deb"


@pytest.fixture(scope="session")
def bundle() -> Path:
    program = BUNDLE / APP_ID
    assert program.is_file(), f"no bundle at {BUNDLE}: run `make bundle` (or make package-test)"
    return BUNDLE


@pytest.fixture(scope="session")
def deb() -> Path:
    path = deb_path()
    assert path.is_file(), f"no {path.name} in dist/: run `make deb` (or make package-test)"
    return path


def offscreen_environment(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: a temporary home, no session bus, Qt offscreen."""
    environment = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "LANG": "C.UTF-8",
    }
    environment.update(extra)
    return environment


def smoke_report(stdout: str) -> dict[str, object]:
    """What `--smoke` says the first window showed (its one `smoke: {json}` line)."""
    lines = [line for line in stdout.splitlines() if line.startswith("smoke: ")]
    assert len(lines) == 1, f"no smoke report in {stdout!r}"
    report: dict[str, object] = json.loads(lines[0].removeprefix("smoke: "))
    return report
