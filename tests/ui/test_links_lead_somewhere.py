"""Every link leads somewhere: its address in the tooltip, and when no browser opens it, a
dialog with the address to copy and the way there by hand; a page whose link is only built
from a pattern says how to find the page yourself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.answers import Answers
from app.core.jobs import Job
from app.core.languages import Language
from app.core.official_links import key_of_url, link_for_store, seller_link
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.core.stores import ITALY, UNITED_STATES
from app.storage.email_hints import EmailHints
from app.ui.hints.hint_book import HintBook
from app.ui.kit.link_dialog import LinkDialog
from app.ui.kit.widgets import LinkButton
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.content import customer_sign_in
from app.ui.wizard.pages.email_known_page import EmailKnownPage
from app.ui.wizard.pages.guidance_page import GuidancePage
from tests.ui.conftest import settle
from tests.ui.driving import child, click, plain
from tests.ui.keyring_fakes import MemoryKeyring


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The system opens nothing: QDesktopServices.openUrl answers False."""
    asked: list[str] = []

    def fail(url: object) -> bool:
        asked.append(url.toString())  # type: ignore[attr-defined]
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fail))
    yield asked
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LinkDialog):
            widget.close()


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(780, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def the_dialog(qtbot: QtBot, window: QWidget) -> LinkDialog:
    qtbot.waitUntil(lambda: window.findChild(LinkDialog) is not None)
    dialog = window.findChild(LinkDialog)
    assert isinstance(dialog, LinkDialog)
    qtbot.waitExposed(dialog)
    return dialog


def help_page(store_domain: str) -> GuidancePage:
    answers = Answers(job=Job.CUSTOMER_SIGN_IN, store_domain=store_domain)
    page = GuidancePage(PageId.SIGN_IN_HELP, customer_sign_in.HELP, answers)
    page.initializePage()
    return page


@pytest.mark.parametrize(
    ("language", "title", "copied", "by_hand"),
    [
        (
            Language.ENGLISH,
            "The page could not be opened",
            "Address copied.",
            "open www.amazon.it, go to the Help section and search for \u201cforgot password\u201d",
        ),
        (
            Language.ITALIAN,
            "Non è stato possibile aprire la pagina",
            "Indirizzo copiato.",
            "apri www.amazon.it, vai alla sezione Aiuto e cerca \u201cpassword dimenticata\u201d",
        ),
    ],
)
def test_a_link_no_browser_opens_shows_its_address_to_copy_and_the_way_by_hand(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    no_browser: list[str],
    language: Language,
    title: str,
    copied: str,
    by_hand: str,
) -> None:
    switcher.apply(language)
    page = shown(qtbot, help_page("amazon.it"))
    click(qtbot, child(page, QPushButton, "link:customer_forgot_password"))
    url = "https://www.amazon.it/ap/forgotpassword"
    assert no_browser == [url]

    dialog = the_dialog(qtbot, page)
    assert dialog.windowTitle() == title
    address = child(dialog, QLineEdit, "address")
    assert address.text() == url
    assert address.isReadOnly() and address.isVisible()
    assert by_hand in plain(dialog.by_hand.text())

    QGuiApplication.clipboard().clear()
    click(qtbot, child(dialog, QPushButton, "copyAddress"))
    assert QGuiApplication.clipboard().text() == url
    assert plain(dialog.copied.text()) == copied


def test_a_home_page_no_browser_opens_says_what_to_type(
    switcher: LanguageSwitcher, qtbot: QtBot, no_browser: list[str]
) -> None:
    switcher.apply(Language.ITALIAN)
    answers = Answers(job=Job.CUSTOMER_SIGN_IN, store_domain="amazon.de")
    page = shown(qtbot, GuidancePage(PageId.SIGN_IN_OUTAGE, customer_sign_in.OUTAGE, answers))
    click(qtbot, child(page, QPushButton, "link:home"))
    dialog = the_dialog(qtbot, page)
    assert plain(dialog.by_hand.text()) == (
        "Scrivi www.amazon.de nella barra degli indirizzi del browser."
    )


def test_the_dialog_follows_a_language_switch(
    switcher: LanguageSwitcher, qapp: QApplication, qtbot: QtBot
) -> None:
    url = seller_link("seller_contact", SellerRegion.EUROPE, ITALY).url
    dialog = LinkDialog(url, key_of_url(url))
    shown(qtbot, dialog)
    assert "contact Seller Support" in plain(dialog.by_hand.text())
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    assert "Supporto venditori" in plain(dialog.by_hand.text())
    assert dialog.windowTitle() == "Non è stato possibile aprire la pagina"


def test_a_link_button_s_tooltip_is_its_address(qtbot: QtBot) -> None:
    store = {"domain": "amazon.it"}

    def url() -> str:
        return link_for_store(
            "customer_contact", ITALY if store["domain"] == "amazon.it" else UNITED_STATES
        ).url

    button = LinkButton("link:customer_contact", url)
    shown(qtbot, button)
    assert button.toolTip() == "https://www.amazon.it/gp/help/customer/contact-us"
    store["domain"] = "amazon.com"
    button.hide()
    button.show()
    assert button.toolTip() == "https://www.amazon.com/gp/help/customer/contact-us"


def test_a_guidance_page_s_link_buttons_show_their_addresses(qtbot: QtBot) -> None:
    page = shown(qtbot, help_page("amazon.de"))
    assert child(page, QPushButton, "link:customer_forgot_password").toolTip() == (
        "https://www.amazon.de/ap/forgotpassword"
    )
    assert child(page, QPushButton, "link:customer_two_step_help").toolTip() == (
        "https://www.amazon.de/gp/help/customer/display.html?nodeId=201962400"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.ENGLISH, "search for \u201ctwo-step verification\u201d"),
        (Language.ITALIAN, "cerca \u201cverifica in due passaggi\u201d"),
    ],
)
def test_a_link_only_built_from_a_pattern_comes_with_the_way_by_hand(
    switcher: LanguageSwitcher, qtbot: QtBot, language: Language, expected: str
) -> None:
    switcher.apply(language)
    italy = shown(qtbot, help_page("amazon.it"))
    directions = child(italy, QWidget, "linkDirections")
    assert directions.isVisible()
    text = plain(directions.text())  # type: ignore[attr-defined]
    assert expected in text and "www.amazon.it" in text

    usa = shown(qtbot, help_page("amazon.com"))  # both pages were seen on amazon.com
    assert not child(usa, QWidget, "linkDirections").isVisible()


@pytest.mark.parametrize(
    ("language", "address", "search"),
    [
        (Language.ENGLISH, "browser's address bar: sellercentral.amazon.it", "\u201csign in\u201d"),
        (
            Language.ITALIAN,
            "barra degli indirizzi del browser: sellercentral.amazon.it",
            "\u201caccesso\u201d",
        ),
    ],
)
def test_check_6_gives_seller_central_s_address_and_an_italian_help_page(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    opened_urls: list[str],
    language: Language,
    address: str,
    search: str,
) -> None:
    switcher.apply(language)
    hints = EmailHints(backend=MemoryKeyring({}))
    book = HintBook(lambda: [], lambda labels: None, hints)
    answers = Answers(job=Job.SELLER_SIGN_IN, account_label="Negozio")
    page = shown(qtbot, EmailKnownPage(answers, book))
    assert address in plain(child(page, QWidget, "body").text())  # type: ignore[attr-defined]
    directions = plain(child(page, QWidget, "linkDirections").text())  # type: ignore[attr-defined]
    assert "sellercentral.amazon.it" in directions and search in directions
    click(qtbot, child(page, QPushButton, "link:seller_sign_in_help"))
    assert opened_urls == [
        "https://sellercentral.amazon.it/gp/help/external/200123250?language=it_IT"
    ]


def test_every_official_link_has_a_way_there_by_hand_in_both_languages(
    switcher: LanguageSwitcher,
) -> None:
    from app.core.official_links import link_keys
    from app.ui.kit.link_directions import DIRECTIONS, directions

    assert sorted(DIRECTIONS) == sorted(link_keys())
    switcher.apply(Language.ITALIAN)
    for key, source in DIRECTIONS.items():
        text = directions(key, "https://www.amazon.it/")
        assert text != source.replace("{home}", "www.amazon.it"), key  # translated
        assert "www.amazon.it" in text and "{home}" not in text, key
