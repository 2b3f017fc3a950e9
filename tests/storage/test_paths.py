"""The user can choose where the data lives: command line, then environment, then default."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.paths import (
    DATA_DIR_ENV,
    BadPathError,
    PathProblem,
    default_data_dir,
    expand_path,
    resolve_data_dir,
)


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


@pytest.mark.parametrize("value", ["~nosuchuser-for-sure/x", "~nosuchuser-for-sure"])
def test_an_unknown_user_s_home_is_a_bad_path_not_a_crash(value: str) -> None:
    with pytest.raises(BadPathError) as raised:
        resolve_data_dir(value, {})
    assert raised.value.problem is PathProblem.UNKNOWN_HOME
    assert raised.value.value == value

    with pytest.raises(BadPathError):
        resolve_data_dir(None, {DATA_DIR_ENV: value})
    with pytest.raises(BadPathError):
        expand_path(value)


def test_a_loop_of_links_is_a_bad_path_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")

    for value in (str(tmp_path / "a"), str(tmp_path / "a" / "data")):
        with pytest.raises(BadPathError) as raised:
            resolve_data_dir(value, {})
        assert raised.value.problem is PathProblem.LINK_LOOP


def test_expanding_keeps_links_and_makes_the_path_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere")

    assert expand_path("~/x.ics") == tmp_path / "x.ics"
    assert expand_path("link") == tmp_path / "link"
    assert expand_path("./~odd.ics") == tmp_path / "~odd.ics"  # a name, not a user's home
