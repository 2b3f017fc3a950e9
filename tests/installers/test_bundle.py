"""The PyInstaller bundle starts without the build machine's Python, in Italian, from itself."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app import APP_ID, __version__
from app.storage.autostart import DESKTOP_FILE_NAME, parse_exec_line
from tests.installers.conftest import offscreen_environment, smoke_report

BUNDLE_LIMIT_MB = 130
TIMEOUT = 120


def run_bundle(program: Path, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return subprocess.run(
        [str(program), *arguments],
        env=offscreen_environment(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_bundle_starts_in_italian_with_its_own_translations(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle / APP_ID, tmp_path / "home", "--smoke", "--lang", "it")

    assert result.returncode == 0, result.stderr
    report = smoke_report(result.stdout)
    assert report["title"] == "Assistente Account"
    # Qt's own buttons, from qtbase_it.qm, and the app's own words, from app_it.qm
    assert "Successivo >" in report["buttons"] and "Annulla" in report["buttons"], report
    assert "Chiudere un account cliente" in report["buttons"], report
    translations = [Path(path) for path in report["translations"]]  # type: ignore[attr-defined]
    assert [path.name for path in translations] == ["qtbase_it.qm", "app_it.qm"]
    assert all(path.is_relative_to(bundle) for path in translations), translations


def test_bundle_starts_in_english(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle / APP_ID, tmp_path / "home", "--smoke", "--lang", "en")

    assert result.returncode == 0, result.stderr
    report = smoke_report(result.stdout)
    assert "Next >" in report["buttons"] and "Cancel" in report["buttons"], report
    assert report["translations"] == []


def test_bundle_reports_the_one_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle / APP_ID, tmp_path / "home", "--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_ID} {__version__}"


def test_login_reminder_from_the_bundle_runs_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """The entry names the bundle's program itself, never `python -m app`, and it works."""
    home = tmp_path / "home"
    enabled = run_bundle(bundle / APP_ID, home, "--enable-login-reminder")
    assert enabled.returncode == 0, enabled.stderr

    entry = home / ".config" / "autostart" / DESKTOP_FILE_NAME
    exec_value = next(
        line.removeprefix("Exec=")
        for line in entry.read_text("utf-8").splitlines()
        if line.startswith("Exec=")
    )
    command = parse_exec_line(exec_value)
    assert command is not None
    assert command[0] == str(bundle / APP_ID), command
    assert "-m" not in command and command[1] == "--check-reminders", command

    at_login = run_bundle(Path(command[0]), home, *command[1:], "--smoke")
    assert at_login.returncode == 0, at_login.stderr

    disabled = run_bundle(bundle / APP_ID, home, "--disable-login-reminder")
    assert disabled.returncode == 0, disabled.stderr
    assert not entry.exists()


def test_bundle_is_lean(bundle: Path) -> None:
    size = sum(path.lstat().st_size for path in bundle.rglob("*") if not path.is_dir())
    qt = bundle / "_internal" / "PySide6" / "Qt"
    translations = sorted(path.name for path in (qt / "translations").iterdir())
    platforms = sorted(path.name for path in (qt / "plugins" / "platforms").iterdir())
    python_packages = {path.name for path in (bundle / "_internal").iterdir()}

    assert size / 1e6 <= BUNDLE_LIMIT_MB, f"the bundle is {size / 1e6:.0f} MB"
    assert translations == ["qtbase_en.qm", "qtbase_it.qm"]
    assert platforms == ["libqoffscreen.so", "libqwayland.so", "libqxcb.so"]
    assert not python_packages & {"mypy", "hypothesis", "pytest", "setuptools", "tkinter"}
    # ada-url (the link check) and the data files travel inside
    assert (bundle / "_internal" / "ada_url").is_dir()
    assert (bundle / "_internal" / "app" / "core" / "genuine_domains.json").is_file()
    assert (bundle / "_internal" / "app" / "core" / "official_links.json").is_file()
