"""Running the real program (`python -m app`) as a user would, and saying what happened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_app(
    *args: str, env: dict[str, str], timeout: float, cwd: Path = REPO_ROOT
) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` to its end, its output kept as text."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def explain(result: subprocess.CompletedProcess[str]) -> str:
    """The exit status and both outputs, for an assertion message."""
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
