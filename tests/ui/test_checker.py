"""'Is this really Amazon?': reachable from the main window and from the steps about messages."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.stores import ITALY
from app.ui.checker.checker_dialog import CheckerDialog
from app.ui.kit.browser import open_official_page
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.ui.checker_steps import ask, notice, paste_and_check
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
    assert "reportascam@amazon.com" in advice and "Do not press the link" in advice
    assert "www.amazon.it/reportascam" in advice
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
    from app.ui.checker.checker_dialog import REASONS

    assert REASONS.missing() == []
    sentences = {reason: REASONS.source(reason) for reason in Reason}
    assert len(set(sentences.values())) == len(Reason)
    assert all(italian(sentence, "Checker") for sentence in sentences.values())


def test_every_kind_of_look_alike_character_has_its_own_sentence_in_both_languages() -> None:
    from app.core.lookalikes import CharacterKind
    from app.ui.checker.checker_dialog import DIFFERENCES

    assert DIFFERENCES.missing() == []
    sentences = {kind: DIFFERENCES.source(kind) for kind in CharacterKind}
    assert len(set(sentences.values())) == len(CharacterKind)
    for sentence in sentences.values():
        assert "{found}" in sentence and "{letter}" in sentence
        assert italian(sentence, "Checker")


# --- issue 12: the checker, second pass -------------------------------------------------


@pytest.fixture
def checker(qtbot: QtBot) -> CheckerDialog:
    dialog = CheckerDialog(ITALY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    "text",
    [
        "evil.com?@amazon.it",
        "evil.com#@amazon.it",
        "Amazon <evil.com?@amazon.it>",
        '"https://evil.com" <conferma@amazon.it>',
        'Amazon <"evil.com/"@amazon.it>',
        "amazon.it/x@evil.com",
    ],
)
def test_a_text_read_as_a_link_elsewhere_and_as_amazon_s_sender_is_never_called_amazon(
    qtbot: QtBot, checker: CheckerDialog, text: str
) -> None:
    verdict, reason, advice = paste_and_check(qtbot, checker, text)
    assert verdict == "I cannot tell: treat it as not Amazon."
    assert "more than one way" in reason and "Read one way, it leads to evil.com." in reason
    assert "Do not press the link" in advice


def test_a_paste_longer_than_the_field_is_said_to_be_cut_and_is_not_checked(
    qtbot: QtBot, checker: CheckerDialog
) -> None:
    long_text = "https://www.amazon.it/?q=" + "x" * 40_000
    verdict, reason, advice = paste_and_check(qtbot, checker, long_text)
    assert len(child(checker, QLineEdit, "suspect").text()) == 32_767  # type: ignore[attr-defined]
    assert "longer than this field can hold (32,767 characters)" in notice(checker)
    assert verdict == "Too long to check: treat it as not Amazon."
    assert "not checked" in reason and "Paste only the link" in advice
    # said as soon as it is pasted, before Check is pressed
    field = child(checker, QLineEdit, "suspect")
    field.clear()  # type: ignore[attr-defined]
    assert notice(checker) == ""
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "32,767" in notice(checker)
    # the next paste fits: nothing is said about cutting any more
    verdict, _, _ = paste_and_check(qtbot, checker, "https://www.amazon.it/")
    assert notice(checker) == "" and verdict == "This is Amazon."


def test_a_text_given_to_the_dialog_longer_than_the_field_is_said_to_be_cut(
    qtbot: QtBot,
) -> None:
    dialog = CheckerDialog(ITALY, text="a@" * 20_000)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "32,767" in notice(dialog)
    assert plain(child(dialog, QLabel, "verdict").text()).startswith("Too long")  # type: ignore[attr-defined]


def test_the_cut_notice_is_in_italian_too(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication, checker: CheckerDialog
) -> None:
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    paste_and_check(qtbot, checker, "x" * 33_000)
    source = (
        "What you pasted was longer than this field can hold ({limit} characters): the rest "
        "was cut off, so it cannot be checked in full. Paste only the link or the sender."
    )
    assert notice(checker) == italian(source, "CheckerDialog").format(limit="32.767")


@pytest.mark.parametrize("sender", ["Amazon", "AMAZON", "Amazon Italia", "+39 333 123 4567"])
def test_a_text_message_sender_gets_an_answer_about_text_messages(
    qtbot: QtBot, checker: CheckerDialog, sender: str
) -> None:
    verdict, reason, advice = ask(qtbot, checker, sender)
    assert verdict == "The sender of a text message proves nothing."
    assert "text message can show any name or number" in reason
    assert "Open the Amazon app" in advice and "www.amazon.it" in advice


def test_http_on_amazon_s_own_host_says_type_it_yourself_with_https(
    qtbot: QtBot, checker: CheckerDialog
) -> None:
    verdict, reason, advice = ask(qtbot, checker, "http://www.amazon.it/gp/css/homepage.html")
    assert verdict == "This is Amazon's address, but the link is not secure."
    assert "www.amazon.it" in reason and "http://" in reason
    assert "https://www.amazon.it/" in advice


def test_amazon_s_short_links_and_media_host_are_recognised_for_what_they_are(
    qtbot: QtBot, checker: CheckerDialog
) -> None:
    verdict, reason, advice = ask(qtbot, checker, "https://amzn.to/3xYzAbC")
    assert verdict == "This is an Amazon short link: it does not show where it leads."
    assert "amzn.to" in reason and "hides the page it leads to" in reason
    assert "Do not press the link" in advice and "Open the Amazon app" in advice
    verdict, reason, _ = ask(qtbot, checker, "https://m.media-amazon.com/images/I/51Abc.jpg")
    assert verdict == "This is Amazon's address for images and documents, not a store page."
    assert "m.media-amazon.com" in reason


CYRILLIC = (
    "In place of \u201c{letter}\u201d there is \u201c{found}\u201d, a letter of the Cyrillic "
    "alphabet."
)
DIGIT = "In place of the letter \u201c{letter}\u201d there is \u201c{found}\u201d, a digit."


@pytest.mark.parametrize(
    ("link", "sentence", "found", "letter"),
    [
        ("https://\u0430mazon.it/", CYRILLIC, "\u0430", "a"),
        ("https://www.amaz0n.it/", DIGIT, "0", "o"),
    ],
)
def test_a_look_alike_shows_which_character_differs_in_the_ui_language(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    checker: CheckerDialog,
    link: str,
    sentence: str,
    found: str,
    letter: str,
) -> None:
    verdict, reason, _ = paste_and_check(qtbot, checker, link)  # typing Cyrillic aborts QTest
    assert verdict == "This is not Amazon."
    assert sentence.format(found=found, letter=letter) in reason
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    reason = plain(child(checker, QLabel, "reason").text())  # type: ignore[attr-defined]
    assert italian(sentence, "Checker").format(found=found, letter=letter) in reason
    assert "Cyrillic" not in reason and "digit" not in reason


def test_reporting_points_to_the_store_s_report_a_scam_page_and_address(
    qtbot: QtBot, checker: CheckerDialog, opened_urls: list[str]
) -> None:
    _, _, advice = ask(qtbot, checker, "https://www.amazon.it.verifica-conto.com/")
    assert "www.amazon.it/reportascam" in advice and "reportascam@amazon.com" in advice
    assert "stop-spoofing" not in advice
    click(qtbot, child(checker, QPushButton, "link:customer_report_scam"))
    assert opened_urls == ["https://www.amazon.it/reportascam"]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("https://www.amazon.it/", "This is Amazon."),
        ("https://evil.com/", "This is not Amazon."),
        ("evil.com?@amazon.it", "I cannot tell: treat it as not Amazon."),
        ("Amazon", "The sender of a text message proves nothing."),
        ("http://www.amazon.it/", "This is Amazon's address, but the link is not secure."),
        ("amzn.to/abc", "This is an Amazon short link: it does not show where it leads."),
    ],
)
def test_every_headline_is_in_italian_too(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication, text: str, headline: str
) -> None:
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    dialog = CheckerDialog(ITALY, text=text)
    qtbot.addWidget(dialog)
    verdict = plain(child(dialog, QLabel, "verdict").text())  # type: ignore[attr-defined]
    assert verdict == italian(headline, "CheckerDialog")
    advice = plain(child(dialog, QLabel, "advice").text())  # type: ignore[attr-defined]
    assert advice.startswith(italian("What to do:", "CheckerDialog"))


def test_the_field_holds_more_than_any_link_the_check_reads() -> None:
    from app.core.links import MAX_LINK_LENGTH
    from app.ui.checker.checker_dialog import FIELD_LIMIT

    assert FIELD_LIMIT > MAX_LINK_LENGTH  # so a cut paste is always "too long", never judged
