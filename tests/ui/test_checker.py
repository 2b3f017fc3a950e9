"""'Is this really Amazon?': reachable from the main window and from the steps about messages."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.stores import ITALY
from app.ui.checker.checker_dialog import CheckerDialog
from app.ui.kit.browser import open_official_page
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.checker_steps import ask
from tests.ui.closing_steps import Clock, choose_job, launch, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click, next_page, plain

CHECKER = QWizard.WizardButton.CustomButton2


def test_links_and_senders_get_a_clear_answer_and_advice(qtbot: QtBot) -> None:
    dialog = CheckerDialog(ITALY)
    qtbot.addWidget(dialog)
    dialog.show()
    verdict, reason, _ = ask(qtbot, dialog, "https://www.amazon.it/gp/css/homepage.html")
    assert verdict == "This is Amazon."
    assert reason.startswith("The link leads, over a secure connection, to an Amazon address")
    verdict, reason, advice = ask(qtbot, dialog, "https://www.amazon.it.account-verify.com/login")
    assert verdict == "This is not Amazon."
    assert "stop-spoofing@amazon.com" in advice and "Do not press the link" in advice
    assert "imitates an Amazon address" in reason
    verdict, reason, _ = ask(qtbot, dialog, "https://192.168.0.1/amazon.it")
    assert verdict == "This is not Amazon."
    assert "numeric address" in reason
    verdict, _, _ = ask(qtbot, dialog, "Amazon.it <conferma@amazon.it>")
    assert verdict == "This is Amazon."
    verdict, reason, _ = ask(qtbot, dialog, '"amazon.it" <servizio@pagamenti-amazon.it>')
    assert verdict == "This is not Amazon."
    assert "Amazon" in reason


def test_the_answer_is_in_italian_too(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication
) -> None:
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    dialog = CheckerDialog(ITALY, text="https://amazon.evil.com/")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == italian("Is this really Amazon?")
    verdict = plain(child(dialog, QLabel, "verdict").text())  # type: ignore[attr-defined]
    assert verdict == italian("This is not Amazon.")


def test_offered_from_the_main_window_and_on_steps_about_messages(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []  # the store each dialog was for (never the dialog: it is deleted)
    monkeypatch.setattr(CheckerDialog, "exec", lambda self: shown.append(self.store.domain) or 0)
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    assert not w.button(CHECKER).isVisible()  # the start page mentions no message
    choose_job(qtbot, w, Job.CUSTOMER_SIGN_IN)
    click(qtbot, child(w.currentPage(), QRadioButton, "no"))  # type: ignore[arg-type]
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.SIGN_IN_HELP
    click(qtbot, w.button(CHECKER))
    assert len(shown) == 1

    window = controller.open_main_window()
    click(qtbot, child(window, QPushButton, "checker"))
    window.checker_action.trigger()
    assert len(shown) == 3


def test_the_app_opens_only_genuine_amazon_pages_and_logs_the_others(
    opened_urls: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        assert open_official_page("https://sellercentral.amazon.it/help") is True
        assert open_official_page("https://www.amazon.it.evil.com/") is False
        assert open_official_page("http://www.amazon.it/") is False
    assert opened_urls == ["https://sellercentral.amazon.it/help"]
    assert "refused to open" in caplog.text and "amazon.it.evil.com" in caplog.text


def test_amazons_own_advice_opens_on_the_users_store(qtbot: QtBot, opened_urls: list[str]) -> None:
    from app.core.stores import store_by_domain

    germany = store_by_domain("amazon.de")
    assert germany is not None
    dialog = CheckerDialog(germany)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, child(dialog, QPushButton, "link:customer_phishing_help"))
    assert opened_urls == [
        "https://www.amazon.de/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B"
    ]


def test_every_reason_the_check_can_give_has_its_own_sentence_in_both_languages() -> None:
    from app.core.links import Reason
    from app.ui.checker.checker_dialog import reason_text

    sentences = {reason: reason_text(reason) for reason in Reason}
    assert len(set(sentences.values())) == len(Reason)
    assert all(italian(sentence) for sentence in sentences.values())
