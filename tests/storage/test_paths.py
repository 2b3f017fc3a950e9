"""The user can choose where the data lives: command line, then environment, then default."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.paths import DATA_DIR_ENV, default_data_dir, resolve_data_dir


def test_the_command_line_wins_over_the_environment(tmp_path: Path) -> None:
    environ = {DATA_DIR_ENV: str(tmp_path / "from-env")}

    assert (
        resolve_data_dir(str(tmp_path / "from-cli"), environ) == (tmp_path / "from-cli").resolve()
    )


def test_the_environment_is_used_without_a_command_line_value(tmp_path: Path) -> None:
    environ = {DATA_DIR_ENV: str(tmp_path / "from-env")}

    assert resolve_data_dir(None, environ) == (tmp_path / "from-env").resolve()


@pytest.mark.parametrize("value", ["", "   "])
def test_a_blank_environment_value_is_ignored(value: str) -> None:
    assert resolve_data_dir(None, {DATA_DIR_ENV: value}) == default_data_dir().resolve()


def test_without_any_choice_the_platform_default_is_used() -> None:
    assert resolve_data_dir(None, {}) == default_data_dir().resolve()
    assert default_data_dir().name == "account-assistant"


def test_home_is_expanded_and_the_result_is_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    monkeypatch.chdir(tmp_path)

    assert resolve_data_dir("~/assistant", {}) == (tmp_path / "assistant").resolve()
    assert resolve_data_dir(None, {DATA_DIR_ENV: "relative"}) == tmp_path.resolve() / "relative"
    assert resolve_data_dir(None, {DATA_DIR_ENV: "relative"}).is_absolute()


def test_resolving_does_not_create_the_folder(tmp_path: Path) -> None:
    chosen = resolve_data_dir(str(tmp_path / "new"), {})

    assert not chosen.exists()
