"""One version, one id: every file that names them agrees with app/__init__.py."""

from __future__ import annotations

import configparser
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from app import APP_ID, DESKTOP_ID, __version__

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging" / "pyinstaller"))
sys.path.insert(0, str(REPO / "packaging" / "debian"))

from build_deb import run_packages  # noqa: E402  (build scripts, not packages)
from bundle_contents import (  # noqa: E402
    is_unused_plugin,
    keep_data,
    without_dangling_symlinks,
)

METAINFO = REPO / "packaging" / "linux" / f"{DESKTOP_ID}.metainfo.xml"
DESKTOP_FILE = REPO / "resources" / f"{DESKTOP_ID}.desktop"


def test_pyproject_takes_the_version_from_the_app() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))

    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


def test_metainfo_names_the_app_and_its_newest_release_is_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.find("releases")

    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == f"{DESKTOP_ID}.desktop"  # type: ignore[union-attr]
    assert root.find("provides/binary").text == APP_ID  # type: ignore[union-attr]
    assert releases is not None and releases[0].attrib["version"] == __version__
    description = ET.tostring(root.find("description"), encoding="unicode")  # type: ignore[arg-type]
    assert "not affiliated with Amazon" in description
    assert "non è affiliato ad Amazon" in description


def test_menu_entry_runs_the_command_with_the_icon_of_the_same_id() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    group = entry["Desktop Entry"]

    assert group["Exec"] == APP_ID
    assert group["Icon"] == DESKTOP_ID
    assert group["Name[it]"] == "Assistente Account"
    assert group["Comment"] and group["Comment[it]"]


def test_the_one_list_is_what_make_run_installs_and_the_deb_depends_on() -> None:
    listed = run_packages()

    assert "libxcb-cursor0" in listed and "fonts-dejavu-core" in listed
    assert len(listed) == len(set(listed)), "a package is listed twice"
    makefile = (REPO / "Makefile").read_text("utf-8")
    assert "system-packages.sh" in makefile and "apt-get" not in makefile


# -- what the bundle leaves out ------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "unused"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6\\Qt\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", True),
        ("libQt6Core.so.6", False),
    ],
)
def test_only_the_qt_plugins_the_app_uses_are_kept(destination: str, unused: bool) -> None:
    assert is_unused_plugin(destination) is unused


def test_qt_translations_only_in_the_apps_languages() -> None:
    assert keep_data("PySide6/Qt/translations/qtbase_it.qm")
    assert keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_data("PySide6/Qt/translations/qt_it.qm")
    assert keep_data("translations/app_it.qm")  # the app's own


def test_links_to_left_out_libraries_are_dropped_too() -> None:
    kept = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("translations/app_it.qm", "/x/app_it.qm", "DATA"),
    ]

    assert without_dangling_symlinks(links, kept) == [links[0], links[2]]


def test_the_windows_version_information_carries_the_one_version(tmp_path: Path) -> None:
    """What Windows shows in the .exe's Properties > Details.

    PyInstaller reads the file by evaluating it with its version-info classes (which need
    Windows); here each class is a stand-in that keeps its arguments.
    """
    from bundle_contents import windows_version_file

    def keep(kind: str) -> Callable[..., dict[str, object]]:
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    path = windows_version_file(tmp_path, "Account Assistant", APP_ID, __version__)
    info = eval(Path(path).read_text("utf-8"), {name: keep(name) for name in names.split()})
    fixed = info["ffi"]
    table = info["kids"][0]["args"][0][0]
    strings = dict(entry["args"] for entry in table["args"][1])
    numbers = (*(int(part) for part in __version__.split(".")), 0)

    assert fixed["filevers"] == fixed["prodvers"] == numbers
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == f"{APP_ID}.exe"
    assert strings["ProductName"] == "Account Assistant"
