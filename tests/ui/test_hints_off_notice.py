"""Without a keyring, the e-mail hints notice is said once, calmly, not on every name page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.closing_steps import B, Clock, choose_job, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, press
from tests.ui.test_seller_recovery_flow import start


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_notice_is_shown_once_in_plain_text(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    controller = start(switcher, data_dir, qtbot, Clock())  # the system's keyring: none here
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    assert w.current_page_id() is PageId.RECOVERY_CREDENTIALS
    off = child(w.currentPage(), QLabel, "hintsOff")
    assert isinstance(off, QLabel)
    assert off.isVisible()
    opening = {Language.ENGLISH: "E-mail hints are off on this system.", Language.ITALIAN: ""}
    opening[Language.ITALIAN] = (
        italian(
            "E-mail hints are off on this system. {reason} Everything else works as usual; "
            "nothing is ever saved outside the keyring."
        )
        .split("{reason}")[0]
        .strip()
    )
    assert off.text().startswith(opening[language])
    assert off.styleSheet() == ""  # the palette's own text colour, not the warning red
    assert not off.font().bold()

    # Another job's name page, in the same window: no second notice.
    press(qtbot, w, B.BackButton)
    assert w.current_page_id() is PageId.START
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    assert w.current_page_id() is PageId.CUSTOMER_ACCOUNT
    assert not child(w.currentPage(), QLabel, "hintsOff").isVisible()

    # Back on the page that explained it: it still explains it.
    press(qtbot, w, B.BackButton)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    assert child(w.currentPage(), QLabel, "hintsOff").isVisible()
