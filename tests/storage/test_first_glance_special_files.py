"""The glance before the first paint never waits on a pipe in place of the data file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from app.storage.first_glance import Glance, first_glance


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_in_place_of_the_data_file_is_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "account-assistant.json"
    os.mkfifo(path)
    glances: list[Glance] = []
    looking = threading.Thread(target=lambda: glances.append(first_glance(path)), daemon=True)
    looking.start()
    looking.join(5)
    if looking.is_alive():  # stuck opening the pipe: let it go, then fail
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        looking.join(5)
        pytest.fail("the glance waited for someone to write into the pipe")

    # The main window opens, and the full load says what is wrong with the file.
    assert glances == [Glance(None, has_cases=True)]
    assert stat.S_ISFIFO(path.lstat().st_mode)
