"""The log goes to the system's per-user log folder, never the roaming data folder; a data
folder the user chose keeps its own log beside the data."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from app.storage.log_file import configure_logging
from app.storage.paths import DATA_DIR_ENV, is_custom_data_dir, log_dir, resolve_data_dir


def test_the_default_data_folder_logs_in_the_systems_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform != "linux":
        pytest.skip("the XDG state folder is Linux's")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    data_dir = resolve_data_dir(None, {})
    assert not is_custom_data_dir(data_dir)
    folder = log_dir(data_dir, custom=False)
    assert folder == tmp_path / "state" / "account-assistant" / "log"
    assert data_dir not in folder.parents
    written = configure_logging(folder)
    try:
        assert written is not None and written.parent == folder and written.exists()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
            root.removeHandler(handler)
            handler.close()


def test_a_chosen_data_folder_keeps_its_log_beside_the_data(tmp_path: Path) -> None:
    chosen = tmp_path / "my data"
    assert is_custom_data_dir(chosen)
    assert log_dir(chosen, custom=True) == chosen / "logs"
