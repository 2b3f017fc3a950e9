"""A newcomer's machine: a bare Debian 12, `apt-get install ./account-assistant_*.deb`, start.

The bare system is made by mmdebstrap from Debian's packages (the `apt` variant: what a
minimal install has, no desktop libraries) and cached as a tar file between runs. This is
what proves `Depends:`: if a library the bundle needs were not pulled in by it, the app
would not start here. The tests of this module run in order, the removal last.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import APP_ID, DESKTOP_ID
from app.storage.autostart import DESKTOP_FILE_NAME, parse_exec_line
from tests.installers.conftest import smoke_report

CACHE = Path(os.environ.get("ACCOUNT_ASSISTANT_TEST_CACHE", "/var/cache/account-assistant"))
ROOT_TAR = CACHE / "debian-12-bare.tar"
APT_ARCHIVES = CACHE / "apt-archives"
SOURCES = (
    "deb http://deb.debian.org/debian bookworm main",
    "deb http://deb.debian.org/debian bookworm-updates main",
    "deb http://deb.debian.org/debian-security bookworm-security main",
)
HOME = "/home/newcomer"
TIMEOUT = 900


def _bare_debian_tar() -> Path:
    """The cached bare Debian 12 root, made once with mmdebstrap."""
    if not ROOT_TAR.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = ROOT_TAR.with_suffix(".partial.tar")
        subprocess.run(
            ["mmdebstrap", "--variant=apt", "--format=tar", "bookworm", str(partial), *SOURCES],
            check=True,
            capture_output=True,
            timeout=TIMEOUT,
        )
        partial.replace(ROOT_TAR)
    return ROOT_TAR


def _mounted_under(root: Path) -> list[str]:
    mounts = Path("/proc/self/mounts").read_text().splitlines()
    return [line.split()[1] for line in mounts if line.split()[1].startswith(str(root))]


class BareDebian:
    """A bare Debian 12 root with /proc mounted; `run` runs a command inside it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def run(
        self, *command: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        environment = {
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": HOME,
            "LANG": "C.UTF-8",
            "DEBIAN_FRONTEND": "noninteractive",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "XDG_RUNTIME_DIR": f"{HOME}/runtime",
        }
        environment.update(env or {})
        return subprocess.run(
            ["chroot", str(self.root), *command],
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def path(self, inside: str) -> Path:
        return self.root / inside.lstrip("/")


@pytest.fixture(scope="module")
def debian(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BareDebian]:
    for tool in ("mmdebstrap", "chroot", "mount"):
        assert shutil.which(tool), (
            f"{tool} is missing: sh packaging/debian/system-packages.sh package"
        )
    assert os.geteuid() == 0, "installing into a Debian root needs root (chroot, mount)"
    tar = _bare_debian_tar()
    root = tmp_path_factory.mktemp("bare-debian") / "root"
    root.mkdir()
    subprocess.run(["tar", "-xf", str(tar), "-C", str(root), "--numeric-owner"], check=True)
    shutil.copyfile("/etc/resolv.conf", root / "etc/resolv.conf")
    APT_ARCHIVES.mkdir(parents=True, exist_ok=True)
    (root / "var/cache/apt/archives").mkdir(parents=True, exist_ok=True)
    mounts = [root / "proc", root / "var/cache/apt/archives"]
    try:
        subprocess.run(["mount", "-t", "proc", "proc", str(mounts[0])], check=True)
        subprocess.run(["mount", "--bind", str(APT_ARCHIVES), str(mounts[1])], check=True)
        system = BareDebian(root)
        system.path(f"{HOME}/runtime").mkdir(parents=True, mode=0o700)
        shutil.copyfile(deb, system.path(f"/tmp/{deb.name}"))
        yield system
    finally:
        for mount in reversed(mounts):
            if str(mount) in _mounted_under(root):
                subprocess.run(["umount", str(mount)], check=False)
                if str(mount) in _mounted_under(root):
                    subprocess.run(["umount", "--lazy", str(mount)], check=True)
        leftover = _mounted_under(root)
        assert not leftover, f"still mounted, not deleting {root}: {leftover}"
        shutil.rmtree(root.parent)


def test_apt_installs_the_deb_and_everything_it_needs(debian: BareDebian, deb: Path) -> None:
    # a bare system has none of Qt's libraries: the package's Depends must bring them all
    assert not debian.path("/usr/lib/x86_64-linux-gnu/libxkbcommon.so.0").exists()
    updated = debian.run("apt-get", "update", "-qq", timeout=600)
    assert updated.returncode == 0, updated.stderr
    installed = debian.run(
        "apt-get",
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        f"/tmp/{deb.name}",
        timeout=TIMEOUT,
    )
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr

    listed = debian.run("dpkg", "-L", APP_ID)
    assert f"/usr/share/applications/{DESKTOP_ID}.desktop" in listed.stdout
    missing = debian.run("sh", "-c", f"ldd /opt/{APP_ID}/_internal/PySide6/Qt/plugins/*/*.so")
    assert "not found" not in missing.stdout, missing.stdout


def test_the_menu_entry_starts_the_app_in_italian(debian: BareDebian) -> None:
    """What a click in the menu runs (the entry's Exec line), in Italian, offscreen."""
    desktop = debian.path(f"/usr/share/applications/{DESKTOP_ID}.desktop").read_text("utf-8")
    exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
    command = parse_exec_line(exec_line.removeprefix("Exec="))
    assert command == [APP_ID]

    started = debian.run(*command, "--smoke", "--lang", "it", env={"QT_QPA_PLATFORM": "offscreen"})

    assert started.returncode == 0, started.stderr
    report = smoke_report(started.stdout)
    assert report["title"] == "Assistente Account"
    assert "Successivo >" in report["buttons"], report  # type: ignore[operator]
    translations = report["translations"]
    assert isinstance(translations, list) and len(translations) == 2
    assert all(path.startswith(f"/opt/{APP_ID}/") for path in translations), translations


@pytest.fixture
def x_server() -> Iterator[str]:
    """An X server on a TCP port of this machine, which the chroot shares."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: sh packaging/debian/system-packages.sh package")
    display = 67
    server = subprocess.Popen(
        [
            "Xvfb",
            f":{display}",
            "-listen",
            "tcp",
            "-nolisten",
            "unix",
            "-ac",
            "-screen",
            "0",
            "1280x800x24",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", 6000 + display)) == 0:
                    break
            time.sleep(0.2)
        else:
            pytest.fail("Xvfb did not start")
        yield f"127.0.0.1:{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_installed_app_opens_a_real_x11_window(debian: BareDebian, x_server: str) -> None:
    """On a desktop Qt uses xcb: every X11 library it loads must have come with the .deb."""
    started = debian.run(
        f"/usr/bin/{APP_ID}",
        "--smoke",
        "--lang",
        "it",
        env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": x_server},
    )

    assert started.returncode == 0, started.stderr
    assert smoke_report(started.stdout)["title"] == "Assistente Account"


def test_remind_me_at_login_runs_the_installed_launcher(debian: BareDebian) -> None:
    enabled = debian.run(f"/usr/bin/{APP_ID}", "--enable-login-reminder")
    assert enabled.returncode == 0, enabled.stderr

    entry = debian.path(f"{HOME}/.config/autostart/{DESKTOP_FILE_NAME}").read_text("utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    command = parse_exec_line(exec_line.removeprefix("Exec="))
    assert command == [f"/usr/bin/{APP_ID}", "--check-reminders"], command

    at_login = debian.run(*command, "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert at_login.returncode == 0, at_login.stderr


def test_removing_the_package_keeps_the_users_data(debian: BareDebian) -> None:
    data = debian.path(f"{HOME}/.local/share/{APP_ID}")
    assert data.is_dir(), "the starts above should have made the data folder"
    kept = {path.relative_to(data) for path in data.rglob("*")}

    removed = debian.run("apt-get", "remove", "-y", "-qq", APP_ID, timeout=300)

    assert removed.returncode == 0, removed.stderr
    assert not debian.path(f"/opt/{APP_ID}").exists()
    assert not debian.path(f"/usr/bin/{APP_ID}").exists()
    assert not debian.path(f"/usr/share/applications/{DESKTOP_ID}.desktop").exists()
    assert {path.relative_to(data) for path in data.rglob("*")} == kept
