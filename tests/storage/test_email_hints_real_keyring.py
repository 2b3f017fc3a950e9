"""E-mail hints in a real keyring: GNOME Keyring's Secret Service, on a private session bus.

Each test starts its own D-Bus session (`dbus-run-session`) and, in it, a GNOME Keyring
daemon, unlocked with a throw-away password or left locked, all in temporary folders: the
user's own keyring is never touched. The app's code runs in that session, in a child
Python, with the keyring `keyring` picks by itself; the results come back as JSON.

`make test` installs the system packages this needs (dbus, dbus-x11, gnome-keyring): in CI
their absence is a failure, on a developer's machine a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

# Unlocks (creating it on first use) the "login" keyring with the password on stdin, then
# runs the script with the bus and the daemon still there; both end with it.
UNLOCKED_SESSION = (
    "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    ' && exec "$PYTHON" -c "$SCRIPT"'
)
# Starts the daemon with no keyring unlocked: using it needs a prompt, which cannot be
# shown without a display, as when the user closes it.
LOCKED_SESSION = (
    'gnome-keyring-daemon --start --components=secrets >/dev/null && exec "$PYTHON" -c "$SCRIPT"'
)

ROUND_TRIP = """
import json
import os
from pathlib import Path

import keyring

from app.storage.email_hints import SERVICE_NAME, EmailHints

hints = EmailHints()
result = {"available": hints.available(), "reason": hints.unavailable_reason}
backend = keyring.get_keyring()
result["backend"] = f"{type(backend).__module__}.{type(backend).__qualname__}"
result["remembered"] = hints.remember("Shop account", " Mario.Rossi@GMAIL.com ")
hints.remember("Old account", "anna@libero.it")
result["recalled"] = hints.recall("Shop account")
result["recalled_other"] = hints.recall("Old account")
result["in_keyring"] = keyring.get_password(SERVICE_NAME, "Shop account")
result["recalled_by_another_instance"] = EmailHints().recall("Shop account")
result["files_showing_it"] = [
    str(path)
    for path in Path(os.environ["HOME"]).rglob("*")
    if path.is_file() and b"mario.rossi" in path.read_bytes().lower()
]
hints.forget("Shop account")
result["after_forget"] = hints.recall("Shop account")
result["other_after_forget"] = hints.recall("Old account")
hints.forget("Shop account")
hints.forget("Old account")
result["other_after_its_forget"] = hints.recall("Old account")
result["never_remembered"] = hints.recall("Never seen")
print(json.dumps(result))
"""

NOBODY_UNLOCKS = """
import json

from app.storage.email_hints import EmailHints, EmailHintsUnavailable

hints = EmailHints()
result = {"available": hints.available(), "reason": hints.unavailable_reason}
try:
    hints.remember("Shop account", "mario.rossi@gmail.com")
except EmailHintsUnavailable as error:
    result["remember_raised"] = error.reason
print(json.dumps(result))
"""


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR (0700) with a short path: the daemon puts sockets in it."""
    with tempfile.TemporaryDirectory(prefix="aa-run-") as folder:
        path = Path(folder)
        path.chmod(0o700)
        yield path


def require_tools() -> None:
    """Skip, or in CI fail, when the programs that start a real keyring are missing."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    message = (
        f"{' and '.join(missing)} not found: `make test` should have installed them "
        "(Debian packages dbus, dbus-x11 or dbus-bin, gnome-keyring)"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def session_environment(home: Path, runtime_dir: Path, script: str) -> dict[str, str]:
    """This environment, in temporary folders, with nothing that leads to the user's keyring."""
    environ = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DBUS_", "GNOME_KEYRING", "KEYRING_PROPERTY_", "XDG_"))
        and name not in {"PYTHON_KEYRING_BACKEND", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    environ.update({name: str(folder) for name, folder in folders.items()})
    environ.update(
        XDG_RUNTIME_DIR=str(runtime_dir),
        PYTHON=sys.executable,
        SCRIPT=script,
    )
    return environ


def run_in_keyring_session(command: str, environ: dict[str, str]) -> dict[str, Any]:
    """Run `command` (a shell command) in a fresh session bus; the JSON its script printed."""
    with subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", command],
        cwd=REPO_ROOT,
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so that a hung session can be ended whole
    ) as session:
        try:
            stdout, stderr = session.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(session.pid, signal.SIGKILL)
            stdout, stderr = session.communicate()
            pytest.fail(f"The keyring session took over 60 s.\n{stdout}\n{stderr}")
    assert session.returncode == 0, f"The keyring session failed:\n{stdout}\n{stderr}"
    lines = stdout.strip().splitlines()
    assert lines, f"The script printed nothing:\n{stderr}"
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def test_hints_round_trip_in_gnome_keyring(tmp_path: Path, runtime_dir: Path) -> None:
    require_tools()
    home = tmp_path / "home"
    environ = session_environment(home, runtime_dir, ROUND_TRIP)
    result = run_in_keyring_session(UNLOCKED_SESSION, environ)

    assert "SecretService" in result["backend"]
    assert result["available"] is True
    assert result["reason"] is None
    assert result["remembered"] == "Mario.Rossi@gmail.com"
    assert result["recalled"] == "Mario.Rossi@gmail.com"
    assert result["recalled_other"] == "anna@libero.it"
    assert result["in_keyring"] == "Mario.Rossi@gmail.com"
    assert result["recalled_by_another_instance"] == "Mario.Rossi@gmail.com"
    assert result["after_forget"] is None
    assert result["other_after_forget"] == "anna@libero.it"
    assert result["other_after_its_forget"] is None
    assert result["never_remembered"] is None
    # The keyring keeps its entries encrypted: while kept, no file in the home showed it.
    assert result["files_showing_it"] == []
    assert any(home.rglob("*.keyring")), "GNOME Keyring did not keep its keyring in the home"


def test_a_keyring_nobody_unlocks_turns_the_feature_off(tmp_path: Path, runtime_dir: Path) -> None:
    require_tools()
    environ = session_environment(tmp_path / "home", runtime_dir, NOBODY_UNLOCKS)
    result = run_in_keyring_session(LOCKED_SESSION, environ)

    assert result["available"] is False
    assert result["reason"] in {"dismissed", "locked"}
    assert result.get("remember_raised") == result["reason"]
