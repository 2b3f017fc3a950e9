"""The .deb: what it installs, what it depends on, and that Debian's checkers accept it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import APP_ID, DESKTOP_ID, __version__
from tests.installers.conftest import REPO

sys.path.insert(0, str(REPO / "packaging" / "debian"))
from build_deb import run_packages

DEB_LIMIT_MB = 40
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def _contents(deb: Path) -> dict[str, str]:
    """Path in the package -> the `ls -l` mode letters (and `-> target` for links)."""
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    contents: dict[str, str] = {}
    for line in listing.splitlines():
        parts = line.split(maxsplit=5)
        name = parts[5].removeprefix(".")
        target = ""
        if " -> " in name:
            name, target = name.split(" -> ", 1)
        contents[name.rstrip("/") or "/"] = parts[0] + (f" -> {target}" if target else "")
    return contents


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(root)], check=True)
    return root


def test_deb_installs_the_launcher_menu_entry_icons_and_metainfo(deb: Path) -> None:
    contents = _contents(deb)

    assert contents[f"/usr/bin/{APP_ID}"] == f"lrwxrwxrwx -> /opt/{APP_ID}/{APP_ID}"
    assert contents[f"/opt/{APP_ID}/{APP_ID}"].startswith("-rwxr-xr-x")
    assert f"/usr/share/applications/{DESKTOP_ID}.desktop" in contents
    assert f"/usr/share/metainfo/{DESKTOP_ID}.metainfo.xml" in contents
    for size in ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png" in contents
    assert f"/usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg" in contents
    assert f"/usr/share/man/man1/{APP_ID}.1.gz" in contents
    assert f"/usr/share/doc/{APP_ID}/copyright" in contents
    # a self-contained bundle: nothing mixed into the system's Python
    assert not [name for name in contents if name.startswith("/usr/lib/python3")]
    assert not [name for name in contents if name.startswith(("/home", "/root", "/etc"))]


def test_deb_depends_on_exactly_the_run_list(deb: Path) -> None:
    run_list = run_packages()

    assert _field(deb, "Package") == APP_ID
    assert _field(deb, "Version") == __version__
    assert _field(deb, "Depends").split(", ") == run_list


def test_deb_is_small(deb: Path) -> None:
    assert deb.stat().st_size / 1e6 <= DEB_LIMIT_MB, f"{deb.stat().st_size / 1e6:.1f} MB"


def test_desktop_file_and_metainfo_validate(unpacked: Path) -> None:
    desktop = unpacked / "usr/share/applications" / f"{DESKTOP_ID}.desktop"
    metainfo = unpacked / "usr/share/metainfo" / f"{DESKTOP_ID}.metainfo.xml"

    checked = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    validated = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "W:" not in validated.stdout and "E:" not in validated.stdout, validated.stdout


def test_lintian_finds_nothing_beyond_the_explained_overrides(deb: Path) -> None:
    if shutil.which("lintian") is None:
        pytest.fail("lintian is missing: `sh packaging/debian/system-packages.sh package`")
    result = subprocess.run(
        ["lintian", "--tag-display-limit", "0", "--fail-on", "error,warning", str(deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    findings = [line for line in result.stdout.splitlines() if line[:2] in {"E:", "W:"}]
    assert result.returncode == 0 and not findings, "\n".join(findings) + result.stderr
