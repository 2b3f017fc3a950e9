"""The hosted CI runs the whole suite on Linux, Windows and macOS (checked without them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "tests.yml"


@pytest.fixture(scope="module")
def jobs() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the workflow")
    document = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    triggers = document.get("on", document.get(True))
    assert {"push", "pull_request"} <= set(triggers)
    return dict(document["jobs"])


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_linux_runs_the_readmes_test_command_on_debian_12(jobs: dict[str, Any]) -> None:
    linux = jobs["linux"]
    assert linux["container"]["image"] == "debian:12"
    assert "make test" in _runs(linux)
    readme = (REPO_ROOT / "README.md").read_text("utf-8")
    assert "make test" in readme


@pytest.mark.parametrize(
    ("name", "runner"), [("windows", "windows-latest"), ("macos", "macos-latest")]
)
def test_windows_and_macos_run_the_whole_suite_and_the_checks(
    jobs: dict[str, Any], name: str, runner: str
) -> None:
    job = jobs[name]
    assert job["runs-on"] == runner
    commands = _runs(job)
    assert 'pip install -e ".[test]"' in commands
    for check in ("ruff check", "mypy", "python -m pytest"):
        assert check in commands, f"the {name} job does not run {check}"
    # The whole suite: no test path or -k/-m selection narrows it.
    pytest_line = next(line for line in commands.splitlines() if "python -m pytest" in line)
    assert pytest_line.strip() == "python -m pytest"
    python = next(step for step in job["steps"] if step.get("uses") == "actions/setup-python@v5")
    assert str(python["with"]["python-version"]) == "3.11"
