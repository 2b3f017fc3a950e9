"""How to reach each of Amazon's official pages by hand, starting from the home page.

Shown when a link cannot be opened, and on a page whose link is only built from a pattern
(its address was not seen on that store, so it may lead nowhere). Each sentence names the
page it leads to, so it reads on its own. `{home}` is the host to type, as in the link:
"www.amazon.it" or "sellercentral.amazon.it". The menu paths and the search words come from
docs/sources.md; where no menu path is known, the sentence gives the words to search for.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.ui.kit.translatable import QT_TRANSLATE_NOOP

CONTEXT = "LinkDirections"

# Every key of app/core/official_links.json (a test checks that none is missing).
DIRECTIONS: dict[str, str] = {
    "customer_close_account": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the closure page yourself, open {home}, go to the Help section and search "
        "for \u201cclose account\u201d; the page is called \u201cClose your Amazon account\u201d.",
    ),
    "customer_closure_consequences": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find this help page yourself, open {home}, go to the Help section and search for "
        "\u201cWhat happens when I close my account\u201d.",
    ),
    "customer_request_data": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the page where you ask for your data, open {home}, go to the Help section and "
        "search for \u201crequest your data\u201d.",
    ),
    "customer_forgot_password": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To reset your password yourself, open {home}, go to the Help section and search for "
        "\u201cforgot password\u201d.",
    ),
    "customer_two_step_help": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the help on verification codes yourself, open {home}, go to the Help section "
        "and search for \u201ctwo-step verification\u201d.",
    ),
    "customer_two_step_recovery": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the help on getting back in when two-step verification fails, open {home}, go "
        "to the Help section and search for \u201ctwo-step verification\u201d.",
    ),
    "customer_phishing_help": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find Amazon's help on suspicious messages yourself, open {home}, go to the Help "
        "section and search for \u201cphishing\u201d.",
    ),
    "customer_report_scam": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To report a scam to Amazon yourself, type {home}/reportascam in your browser's "
        "address bar.",
    ),
    "customer_contact": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the contact page yourself, open {home}, go to the Help section and search for "
        "\u201ccontact us\u201d.",
    ),
    "seller_close_account": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To get there yourself, open {home}, sign in and go to Settings, then Account Info: at "
        "the side of the page, under Account Management, choose Close account. Or search Seller "
        "Central's Help for \u201cclose your account\u201d.",
    ),
    "seller_sign_in_help": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the sign-in help yourself, open {home} and search its Help for "
        "\u201csign in\u201d.",
    ),
    "seller_two_step_help": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To find the help on two-step verification yourself, open {home} and search its Help "
        "for \u201ctwo-step verification\u201d.",
    ),
    "seller_contact": QT_TRANSLATE_NOOP(
        "LinkDirections",
        "To contact Seller Support yourself, open {home}, sign in and search its Help for "
        "\u201ccontact Seller Support\u201d.",
    ),
}

HOME = QT_TRANSLATE_NOOP("LinkDirections", "Type {home} in your browser's address bar.")


def home_of(url: str) -> str:
    """The host to type to start from: "www.amazon.it", "sellercentral.amazon.it"."""
    return urlsplit(url).hostname or url


def directions(key: str | None, url: str) -> str:
    """How to reach the page `key` (None: the home page itself) at `url`, translated."""
    source = HOME if key is None else DIRECTIONS[key]
    return QCoreApplication.translate(CONTEXT, source).replace("{home}", home_of(url))
