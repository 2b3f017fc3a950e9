"""Is a pasted link or sender really Amazon? Tricky cases, one reason each, and properties.

The tables say what the app must answer for links and senders that real phishing uses:
look-alike hosts, punycode homographs, user names before the host, IP addresses in every
notation, and texts that a browser and a person (or an older program) read differently.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.core.links import (
    LinkVerdict,
    Reason,
    check_link,
    check_sender,
    fold_confusables,
    genuine_domains,
    looks_like_amazon,
)
from app.core.pasted import check_pasted

G, R = True, False  # genuine, refused: to keep the tables readable

GENUINE_LINKS: list[tuple[str, bool, Reason]] = [
    (
        "https://www.amazon.it/gp/help/customer/display.html?nodeId=200545460",
        G,
        Reason.GENUINE_AMAZON,
    ),
    ("https://www.amazon.com/privacy/data-deletion", G, Reason.GENUINE_AMAZON),
    (
        "https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200399470&language=en_GB",
        G,
        Reason.GENUINE_AMAZON,
    ),
    (
        "https://sellercentral.amazon.it/gp/help/external/200399470?language=it_IT",
        G,
        Reason.GENUINE_AMAZON,
    ),
    ("https://sellercentral-europe.amazon.com/", G, Reason.GENUINE_AMAZON),
    ("https://sellercentral.amazon.com.mx/", G, Reason.GENUINE_AMAZON),
    ("https://amazon.co.jp", G, Reason.GENUINE_AMAZON),
    ("HTTPS://WWW.AMAZON.IT/", G, Reason.GENUINE_AMAZON),  # upper case host and scheme
    ("https://WWW.Amazon.Co.Uk/", G, Reason.GENUINE_AMAZON),
    ("https://www.amazon.it:443/", G, Reason.GENUINE_AMAZON),  # the default port is dropped
    ("https://www.amazon.de/", G, Reason.GENUINE_AMAZON),  # a trailing slash
    ("https://www.amazon.fr/gp/help#section", G, Reason.GENUINE_AMAZON),  # a fragment
    ("https://www.amazon.com.br/?ref=nav", G, Reason.GENUINE_AMAZON),
    ("https://www.amazon.com.au", G, Reason.GENUINE_AMAZON),
    ("https://www.amazon.cn/", G, Reason.GENUINE_AMAZON),
    ("https://www.amazon.sa/", G, Reason.GENUINE_AMAZON),
    ("https://amazon.com.be/", G, Reason.GENUINE_AMAZON),
    ("https://sell.amazon.com/", G, Reason.GENUINE_AMAZON),  # under amazon.com
    ("https://smile.amazon.com/", G, Reason.GENUINE_AMAZON),
    ("https://www.amazon.it/gp/help?from=a@b", G, Reason.GENUINE_AMAZON),  # @ after the host
    ("https://www.amazon.it/?q=amazon.it.evil.com", G, Reason.GENUINE_AMAZON),
    ("https://www.amazon.it/path%2Fencoded", G, Reason.GENUINE_AMAZON),
    ("www.amazon.it/gp/help/customer/display.html", G, Reason.GENUINE_AMAZON),  # no scheme
    ("amazon.it", G, Reason.GENUINE_AMAZON),
    ("  https://www.amazon.it/\n", G, Reason.GENUINE_AMAZON),  # blanks around a paste
    ("\u200bhttps://www.amazon.es/\ufeff", G, Reason.GENUINE_AMAZON),  # zero-width around
]

NOT_A_LINK: list[tuple[str, bool, Reason]] = [
    ("ciao come stai", R, Reason.NOT_A_LINK),
    ("amazon", R, Reason.NOT_A_LINK),
    ("/gp/help", R, Reason.NOT_A_LINK),
    ("https://", R, Reason.NOT_A_LINK),
    ("https://[::1", R, Reason.NOT_A_LINK),
    ("https://1.2.3.4.5/", R, Reason.NOT_A_LINK),
    ("https://999999999999/", R, Reason.NOT_A_LINK),
    ("https://amazon.09/", R, Reason.NOT_A_LINK),  # a number last: an invalid IPv4
    ("https://www.amazon.it%00.evil.com", R, Reason.NOT_A_LINK),
    ("https://www.amazon.it%40evil.com", R, Reason.NOT_A_LINK),  # %40 is @: forbidden
    ("x@amazon.it", R, Reason.NOT_A_LINK),  # an e-mail address: the sender check
    ("https://www.amazon.it\udcff", R, Reason.NOT_A_LINK),  # broken Unicode
]

NOT_HTTPS: list[tuple[str, bool, Reason]] = [
    ("javascript:alert(1)//www.amazon.it", R, Reason.NOT_HTTPS),
    ("JavaScript:alert(document.cookie)", R, Reason.NOT_HTTPS),
    ("data:text/html,amazon.it", R, Reason.NOT_HTTPS),
    ("data:text/html;base64,PHNjcmlwdD4=", R, Reason.NOT_HTTPS),
    ("file:///C:/amazon.it/login.html", R, Reason.NOT_HTTPS),
    ("mailto:support@amazon.it", R, Reason.NOT_HTTPS),
    ("ftp://www.amazon.it/", R, Reason.NOT_HTTPS),
    ("wss://www.amazon.it/", R, Reason.NOT_HTTPS),
    ("blob:https://www.amazon.it/0f1e", R, Reason.NOT_HTTPS),
    ("view-source:https://www.amazon.it", R, Reason.NOT_HTTPS),
]

# Amazon's own hosts that are not a page to trust as such: http on a store, short links,
# images and documents (each with its source in docs/sources.md).
AMAZON_BUT: list[tuple[str, bool, Reason]] = [
    ("http://www.amazon.it/", R, Reason.AMAZON_HTTP),
    ("http://amazon.it", R, Reason.AMAZON_HTTP),
    ("HTTP://WWW.AMAZON.DE/gp/help/customer/display.html", R, Reason.AMAZON_HTTP),
    ("http://sellercentral.amazon.it/", R, Reason.AMAZON_HTTP),
    ("http://www.amazon.it:8080/", R, Reason.AMBIGUOUS),  # with https it would not pass either
    ("http://www.amazon.it./", R, Reason.AMBIGUOUS),
    ("http:www.amazon.it", R, Reason.AMBIGUOUS),
    ("https://amzn.to/3xYzAbC", R, Reason.AMAZON_SHORT_LINK),
    ("amzn.to/3xYzAbC", R, Reason.AMAZON_SHORT_LINK),
    ("http://amzn.to/3xYzAbC", R, Reason.AMAZON_SHORT_LINK),
    ("https://AMZN.TO/x", R, Reason.AMAZON_SHORT_LINK),
    ("https://m.media-amazon.com/images/I/51Abc+dEfGL._SL160_.jpg", R, Reason.AMAZON_MEDIA),
    ("https://m.media-amazon.com/images/G/29/guide.pdf", R, Reason.AMAZON_MEDIA),
    ("https://amzn.to@evil.com/", R, Reason.CREDENTIALS),
    ("https://amzn.to.evil.com/x", R, Reason.NOT_AMAZON),
    ("https://m.media-amazon.com.evil.com/x.jpg", R, Reason.LOOKALIKE),
    ("https://media-amazon.com/", R, Reason.LOOKALIKE),  # only m.media-amazon.com is sourced
]

IP_ADDRESSES: list[tuple[str, bool, Reason]] = [
    ("https://192.168.0.1/www.amazon.it/", R, Reason.IP_ADDRESS),
    ("https://3232235777/", R, Reason.IP_ADDRESS),  # decimal
    ("https://0xC0A80001/", R, Reason.IP_ADDRESS),  # hexadecimal
    ("https://0300.0250.0.1/", R, Reason.IP_ADDRESS),  # octal
    ("https://192.168.1/", R, Reason.IP_ADDRESS),  # short form
    ("https://127.1/", R, Reason.IP_ADDRESS),
    ("https://0x7f.1/", R, Reason.IP_ADDRESS),
    ("https://[::1]/", R, Reason.IP_ADDRESS),
    ("https://[2001:db8::1]/www.amazon.it", R, Reason.IP_ADDRESS),
    ("https://[::ffff:192.168.0.1]/", R, Reason.IP_ADDRESS),  # IPv4-mapped IPv6
    ("http://10.0.0.1/amazon.it/login", R, Reason.IP_ADDRESS),
]

CREDENTIALS: list[tuple[str, bool, Reason]] = [
    ("https://amazon.it@evil.com", R, Reason.CREDENTIALS),
    ("https://www.amazon.it@evil.com/login", R, Reason.CREDENTIALS),
    ("https://user:pw@www.amazon.it/", R, Reason.CREDENTIALS),
    ("https://www.amazon.it:443@evil.com", R, Reason.CREDENTIALS),
    ("https://@www.amazon.it/", R, Reason.CREDENTIALS),  # an empty user name
    ("https://www.amazon.it&login=true@evil.com", R, Reason.CREDENTIALS),
    ("https:www.amazon.it@evil.com", R, Reason.CREDENTIALS),
    ("amazon.it@evil.com/login", R, Reason.CREDENTIALS),  # no scheme
]

LOOKALIKES: list[tuple[str, bool, Reason]] = [
    ("https://www.amaz0n.it/", R, Reason.LOOKALIKE),
    ("https://AMAZ0N.IT", R, Reason.LOOKALIKE),
    ("https://arnazon.it/", R, Reason.LOOKALIKE),  # rn for m
    ("https://amazom.com/", R, Reason.LOOKALIKE),
    ("https://amzaon.com/", R, Reason.LOOKALIKE),  # two letters swapped
    ("https://amzon.it/", R, Reason.LOOKALIKE),  # a letter missing
    ("https://ama-zon.it/", R, Reason.LOOKALIKE),
    ("https://amazon-it.com/", R, Reason.LOOKALIKE),
    ("https://pagamenti-amazon.it/", R, Reason.LOOKALIKE),
    ("https://payments-amazon.com/", R, Reason.LOOKALIKE),
    ("https://secure-amazon.com/", R, Reason.LOOKALIKE),
    ("https://amazon-support.help/", R, Reason.LOOKALIKE),
    ("https://amazon.it-secure.com/", R, Reason.LOOKALIKE),
    ("https://amazon.it.evil.com/", R, Reason.LOOKALIKE),
    ("https://www.amazon.it.secure-login.com", R, Reason.LOOKALIKE),
    ("https://www.amazon.com.evil.ru/", R, Reason.LOOKALIKE),
    ("https://amazon.evil.com/", R, Reason.LOOKALIKE),
    ("https://amazon.co/", R, Reason.LOOKALIKE),  # not a store domain
    ("https://amazon.lu.evil.com/", R, Reason.LOOKALIKE),
    ("https://sellercentral-europe.amazon.com.evil.io/", R, Reason.LOOKALIKE),
    ("https://www.ama.zon.com/", R, Reason.LOOKALIKE),  # spread over two labels
    ("https://s3.amazonaws.com/amazon.it/login.html", R, Reason.LOOKALIKE),  # anyone hosts there
    ("https://www.amazon.it%2Eevil.com", R, Reason.LOOKALIKE),  # %2E is a dot to browsers
    ("https://www.amazon.it\u3002evil.com", R, Reason.LOOKALIKE),  # ideographic full stop
    ("https://xn--mazon-3ve.it/", R, Reason.LOOKALIKE),  # Cyrillic а + "mazon"
    ("https://xn--amzon-5ve.it/", R, Reason.LOOKALIKE),  # "am" + Cyrillic а + "zon"
    ("https://xn--amazn-mye.com/", R, Reason.LOOKALIKE),  # Cyrillic о
    ("https://www.xn--mzn-5cdb9f.it/", R, Reason.LOOKALIKE),  # three Cyrillic letters
    ("https://amazon.xn--t-evb/", R, Reason.LOOKALIKE),  # Cyrillic і in "it"
    ("https://sellercentral.xn--amzon-5ve.it/", R, Reason.LOOKALIKE),
    ("https://amazon.it.xn--mazon-3ve.com/", R, Reason.LOOKALIKE),
    ("https://www.xn--amazon-.it/", R, Reason.LOOKALIKE),  # punycode that is not IDNA
    ("https://\u0430mazon.it/", R, Reason.LOOKALIKE),  # IDN written in Unicode (Cyrillic)
    ("https://www.amaz\u043en.it/", R, Reason.LOOKALIKE),  # mixed scripts in one label
    ("https://\u03b1mazon.de/", R, Reason.LOOKALIKE),  # Greek alpha
    ("https://amaz\u00f3n.it/", R, Reason.LOOKALIKE),  # an accent
    ("http://amaz0n.it/", R, Reason.LOOKALIKE),  # the look-alike matters more than http
    ("amazon.it.evil.com/www.amazon.it", R, Reason.LOOKALIKE),  # no scheme
]

NOT_AMAZON: list[tuple[str, bool, Reason]] = [
    ("https://google.com/", R, Reason.NOT_AMAZON),
    ("https://evil.com#www.amazon.it", R, Reason.NOT_AMAZON),
    ("https://evil.com/?https://www.amazon.it", R, Reason.NOT_AMAZON),
    ("https://evil.com/www.amazon.it/gp/help", R, Reason.NOT_AMAZON),
    ("evil.com/amazon.it", R, Reason.NOT_AMAZON),
    ("https://xn--80ak6aa92e.com/", R, Reason.NOT_AMAZON),  # a Cyrillic "apple", not Amazon
    ("https://a.co/d/xyz", R, Reason.NOT_AMAZON),  # no source found for a.co (sources.md)
    ("https://amzn.eu/d/xyz", R, Reason.NOT_AMAZON),  # nor for amzn.eu
    ("https://amazon.lu/", R, Reason.NOT_AMAZON),  # a sender domain, not a link domain
    ("https://amazonsellerservices.com/", R, Reason.NOT_AMAZON),
    ("http://evil.com/", R, Reason.NOT_AMAZON),
]

AMBIGUOUS: list[tuple[str, bool, Reason]] = [
    ("https://www.amazon.it\\@evil.com", R, Reason.AMBIGUOUS),
    ("https:\\\\evil.com\\www.amazon.it", R, Reason.AMBIGUOUS),
    ("https://www.amazon.it\\gp\\help", R, Reason.AMBIGUOUS),
    ("https://www.amazon.it.", R, Reason.AMBIGUOUS),  # a trailing dot
    ("https://www.amazon.it../", R, Reason.AMBIGUOUS),
    ("https://a..amazon.it/", R, Reason.AMBIGUOUS),
    ("//www.amazon.it", R, Reason.AMBIGUOUS),  # protocol-relative
    ("https://www.amazon.it https://evil.com", R, Reason.AMBIGUOUS),  # two addresses
    ("https://www.amazon.it/\nhttps://evil.com", R, Reason.AMBIGUOUS),
    ("https://www.am\tazon.it/", R, Reason.AMBIGUOUS),  # browsers remove the tab
    ("https://www.amazon.it\n.evil.com/", R, Reason.AMBIGUOUS),
    ("vai su amazon.it ora", R, Reason.AMBIGUOUS),
    ("https://www.amazon.it:8443/", R, Reason.AMBIGUOUS),  # an explicit port
    ("https://www.amazon.it:0443/", R, Reason.AMBIGUOUS),
    ("www.amazon.it:8080/login", R, Reason.AMBIGUOUS),  # a scheme to browsers
    ("https:www.amazon.it", R, Reason.AMBIGUOUS),  # not two slashes
    ("https:/www.amazon.it", R, Reason.AMBIGUOUS),
    ("https:///www.amazon.it", R, Reason.AMBIGUOUS),
    ("https://\uff37\uff37\uff37.amazon.it/", R, Reason.AMBIGUOUS),  # full-width WWW
    ("https://www\u3002amazon\u3002it/", R, Reason.AMBIGUOUS),
    ("https://www.amazon%2Eit/", R, Reason.AMBIGUOUS),  # percent-encoded dot
    ("https://\u00df.amazon.it/", R, Reason.AMBIGUOUS),  # browsers go to xn--zca.amazon.it
    ("https://www.amazon.it\u200b.evil.com", R, Reason.AMBIGUOUS),  # zero-width space
    ("https://www.amazon\u00ad.it/", R, Reason.AMBIGUOUS),  # soft hyphen
    ("https://www.amazon.it/\u202emoc.live", R, Reason.AMBIGUOUS),  # right-to-left override
    ("https://evil.com;.amazon.it/", R, Reason.AMBIGUOUS),  # a host only browsers accept
    ("https://evil.com&.amazon.it/", R, Reason.AMBIGUOUS),
    ("https://a_b.amazon.it/", R, Reason.AMBIGUOUS),
]

TOO_LONG: list[tuple[str, bool, Reason]] = [
    ("https://www.amazon.it/?q=" + "x" * 8000, R, Reason.TOO_LONG),
    ("https://evil.com/" + "a" * 32_000, R, Reason.TOO_LONG),
    ("https://" + "a." * 130 + "amazon.it/", R, Reason.NOT_A_LINK),  # no host is that long
]

EMPTY: list[tuple[str, bool, Reason]] = [
    ("", R, Reason.EMPTY),
    ("   ", R, Reason.EMPTY),
    ("\n\t", R, Reason.EMPTY),
    ("\u200b", R, Reason.EMPTY),
]

LINK_CASES = (
    GENUINE_LINKS
    + NOT_A_LINK
    + NOT_HTTPS
    + AMAZON_BUT
    + IP_ADDRESSES
    + CREDENTIALS
    + LOOKALIKES
    + NOT_AMAZON
    + AMBIGUOUS
    + TOO_LONG
    + EMPTY
)

SENDER_CASES: list[tuple[str, bool, Reason]] = [
    ("x@amazon.it", G, Reason.SENDER_GENUINE),
    ("x@AMAZON.IT", G, Reason.SENDER_GENUINE),
    ("<x@amazon.it>", G, Reason.SENDER_GENUINE),
    ("Amazon.it <auto-confirm@amazon.it>", G, Reason.SENDER_GENUINE),
    ('"Amazon.it" <conferma-ordine@amazon.it>', G, Reason.SENDER_GENUINE),
    ('"Amazon \\"Italia\\"" <x@amazon.it>', G, Reason.SENDER_GENUINE),  # escaped quotes
    ("  seller-notification@amazon.co.uk \n", G, Reason.SENDER_GENUINE),
    ("x@marketplace.amazon.de", G, Reason.SENDER_GENUINE),  # a subdomain of a store
    ("x@sellercentral-europe.amazon.com", G, Reason.SENDER_GENUINE),
    ("no-reply@sell.amazon.com", G, Reason.SENDER_GENUINE),
    ("x@vender.amazon.com.mx", G, Reason.SENDER_GENUINE),
    ("x@amazonsellerservices.com", G, Reason.SENDER_GENUINE),
    ("Amazon <x@mail.amazonsellerservices.com>", G, Reason.SENDER_GENUINE),
    ("x@amazon.lu", G, Reason.SENDER_GENUINE),
    ('"evil@evil.com" <x@amazon.it>', R, Reason.AMBIGUOUS),  # the name shows another address
    ("evil.com?@amazon.it", R, Reason.AMBIGUOUS),  # a browser reads a link to evil.com
    ("x" * 64 + "@amazon.it", G, Reason.SENDER_GENUINE),
    ("x" * 65 + "@amazon.it", R, Reason.SENDER_MALFORMED),  # longer than a local part can be
    ("Amazon <x@amazon.it>" + " " * 1000 + "x", R, Reason.TOO_LONG),
    ("amazon.it", R, Reason.SENDER_MALFORMED),  # no @
    ('"amazon.it" <x@evil.com>', R, Reason.DISPLAY_NAME_TRICK),
    ("Amazon <x@amazon.it.evil.com>", R, Reason.DISPLAY_NAME_TRICK),
    ("x@amazon.it <x@evil.com>", R, Reason.DISPLAY_NAME_TRICK),
    ('"support@amazon.it" <x@gmail.com>', R, Reason.DISPLAY_NAME_TRICK),
    ("Amazon Italia <assistenza@amaz0n-it.com>", R, Reason.DISPLAY_NAME_TRICK),
    ("=?utf-8?q?Amazon?= <x@evil.com>", R, Reason.DISPLAY_NAME_TRICK),  # an encoded name
    ("\u0410mazon <x@evil.com>", R, Reason.DISPLAY_NAME_TRICK),  # Cyrillic А in the name
    ("alice@amazon.it)<bob@evil.com>", R, Reason.DISPLAY_NAME_TRICK),
    ('"Servizio Clienti www.amazon.it" <x@evil.com>', R, Reason.DISPLAY_NAME_TRICK),
    ("x@amaz0n.it", R, Reason.SENDER_LOOKALIKE),
    ("x@amazon-it.com", R, Reason.SENDER_LOOKALIKE),
    ("x@amaz\u043en.it", R, Reason.SENDER_LOOKALIKE),  # Cyrillic о
    ("x@xn--amzon-5ve.it", R, Reason.SENDER_LOOKALIKE),
    ("x@\uff41\uff4d\uff41\uff5a\uff4f\uff4e.it", R, Reason.SENDER_LOOKALIKE),  # full-width
    ("x@amazon.it.evil.com", R, Reason.SENDER_LOOKALIKE),
    ("Servizio Clienti <x@pagamenti-amazon.it>", R, Reason.SENDER_LOOKALIKE),
    ("x@amazonsupport.net", R, Reason.SENDER_LOOKALIKE),
    ("amazon.it@gmail.com", R, Reason.SENDER_LOOKALIKE),  # Amazon before the @
    ("m@gmail.com", R, Reason.SENDER_NOT_AMAZON),
    ("Mario Rossi <m@libero.it>", R, Reason.SENDER_NOT_AMAZON),
    ("x@[1.2.3.4]", R, Reason.SENDER_NOT_AMAZON),
    ("x@a.co", R, Reason.SENDER_NOT_AMAZON),
    ("x", R, Reason.SENDER_MALFORMED),
    ("x@", R, Reason.SENDER_MALFORMED),
    ("@amazon.it", R, Reason.SENDER_MALFORMED),
    ("Amazon <x@amazon.it> extra", R, Reason.SENDER_MALFORMED),
    ("Amazon <x@amazon.it", R, Reason.SENDER_MALFORMED),
    ('"Amazon <x@amazon.it>', R, Reason.SENDER_MALFORMED),
    ("x@amazon.it.", R, Reason.SENDER_MALFORMED),
    ("x@ama zon.it", R, Reason.SENDER_MALFORMED),
    ("x@-amazon.it", R, Reason.SENDER_MALFORMED),
    ("undisclosed-recipients:;", R, Reason.SENDER_MALFORMED),
    ("x\udcff@amazon.it", R, Reason.SENDER_MALFORMED),
    ("a@amazon.it, b@evil.com", R, Reason.AMBIGUOUS),
    ("x@amazon.it@evil.com", R, Reason.AMBIGUOUS),
    ("x@amazon.it\nx@evil.com", R, Reason.AMBIGUOUS),
    ("Amazon, Inc <x@amazon.it>", R, Reason.AMBIGUOUS),  # mail programs see two addresses
    ("x@amazon\u200b.it", R, Reason.AMBIGUOUS),  # a zero-width space
    ("", R, Reason.EMPTY),
    ("  ", R, Reason.EMPTY),
]  # fmt: skip

GENUINE_REASONS = {Reason.GENUINE_AMAZON, Reason.SENDER_GENUINE}


def test_the_tables_are_large_and_cover_every_reason() -> None:
    assert len(LINK_CASES) >= 110
    assert len(SENDER_CASES) >= 20
    link_reasons = {reason for _, _, reason in LINK_CASES}
    sender_reasons = {reason for _, _, reason in SENDER_CASES}
    pasted_reasons = {reason for _, reason in PASTED_CASES}
    assert link_reasons | sender_reasons | pasted_reasons == set(Reason)
    texts = [text for text, _, _ in LINK_CASES]
    assert len(texts) == len(set(texts)), "a link is listed twice"


def _short_id(value: object) -> str:
    return repr(value)[:80]


@pytest.mark.parametrize(("text", "genuine", "reason"), LINK_CASES, ids=_short_id)
def test_link(text: str, genuine: bool, reason: Reason) -> None:
    verdict = check_link(text)
    assert (verdict.genuine, verdict.reason) == (genuine, reason), verdict.detail
    assert verdict.detail


@pytest.mark.parametrize(("text", "genuine", "reason"), SENDER_CASES, ids=_short_id)
def test_sender(text: str, genuine: bool, reason: Reason) -> None:
    verdict = check_sender(text)
    assert (verdict.genuine, verdict.reason) == (genuine, reason), verdict.detail
    assert verdict.detail


# --- what the verdict says besides yes or no -------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "registrable"),
    [
        ("https://WWW.AMAZON.IT:443/x", "www.amazon.it", "amazon.it"),
        ("https://sellercentral-europe.amazon.com/", "sellercentral-europe.amazon.com",
         "sellercentral-europe.amazon.com"),  # the most specific genuine domain
        ("https://www.amazon.it@evil.com/", "evil.com", "evil.com"),  # where it really goes
        ("https://www.amazon.it%2Eevil.com", "www.amazon.it.evil.com", "evil.com"),
        ("https://0xC0A80001/", "192.168.0.1", "192.168.0.1"),
        ("https://xn--amzon-5ve.it/", "am\u0430zon.it", "am\u0430zon.it"),  # Unicode to show
        ("https://www.amazon.co.uk.evil.co.uk/", "www.amazon.co.uk.evil.co.uk", "evil.co.uk"),
        ("javascript:alert(1)", "", ""),
        ("", "", ""),
    ],
)  # fmt: skip
def test_link_host_and_registrable(text: str, host: str, registrable: str) -> None:
    verdict = check_link(text)
    assert (verdict.host, verdict.registrable) == (host, registrable)


def test_a_paste_without_scheme_says_what_was_assumed() -> None:
    verdict = check_link("www.amazon.it/gp/help")
    assert verdict.genuine
    assert "https://www.amazon.it/gp/help" in verdict.detail
    assert "no scheme" in verdict.detail
    assert "no scheme" not in check_link("https://www.amazon.it/gp/help").detail


def test_the_sender_verdict_names_the_real_domain() -> None:
    verdict = check_sender('"Amazon.it" <avviso@amazon.it.verifica-conto.com>')
    assert verdict.reason is Reason.DISPLAY_NAME_TRICK
    assert verdict.host == "amazon.it.verifica-conto.com"
    assert verdict.registrable == "verifica-conto.com"


def test_verdicts_are_frozen() -> None:
    verdict = check_link("https://www.amazon.it/")
    with pytest.raises(AttributeError):
        verdict.genuine = False  # type: ignore[misc]


# --- the look-alike helpers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("AMAZON", "amazon"),
        ("amaz0n", "amazon"),
        ("arnazon", "amazon"),
        ("\u0430\u043c\u0430z\u043en", "amazon"),  # Cyrillic а, м, о
        ("\u03b1mazon", "amazon"),  # Greek alpha
        ("amaz\u00f3n", "amazon"),  # an accent
        ("\uff41\uff4d\uff41\uff5a\uff4f\uff4e", "amazon"),  # full width
        ("vvallet", "wallet"),
        ("p4yp41", "paypal"),
        ("5ecure-l0gin", "secure-login"),
    ],
)
def test_fold_confusables(text: str, folded: str) -> None:
    assert fold_confusables(text) == folded


@pytest.mark.parametrize(
    "label",
    ["amazon", "amazom", "amzon", "amazoon", "amzaon", "arnazon", "amaz0n", "secure-amazon",
     "amazonpay", "ama-zon", "pagamenti-amazon", "\u0430mazon", "xamazonx", "amazon_it"],
)  # fmt: skip
def test_labels_that_look_like_amazon(label: str) -> None:
    assert looks_like_amazon(label)


@pytest.mark.parametrize(
    "label", ["google", "amazing", "amaze", "paypal", "zon", "www", "shop", "mazda", "it", ""]
)
def test_labels_that_do_not(label: str) -> None:
    assert not looks_like_amazon(label)


# --- the data ----------------------------------------------------------------------------


def test_the_genuine_domains_are_the_reference_list() -> None:
    data = genuine_domains()
    assert data.checked_on == dt.date(2026, 11, 22)
    assert len(data.stores) == 24
    assert {"amazon.it", "amazon.com", "amazon.co.uk", "amazon.co.jp", "amazon.cn"} <= set(
        data.stores
    )
    assert data.seller == ("sellercentral-europe.amazon.com",)
    assert set(data.sender_domains) == {"amazonsellerservices.com", "sell.amazon.com", "amazon.lu"}
    every = data.stores + data.seller + data.sender_domains
    assert len(every) == len(set(every))
    assert all(re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain) for domain in every)


def test_amazon_s_other_hosts_are_only_those_with_a_source() -> None:
    data = genuine_domains()
    sources = (Path(__file__).resolve().parents[2] / "docs" / "sources.md").read_text("utf-8")
    others = data.short_links + data.media
    assert {other.host for other in data.short_links} == {"amzn.to"}
    assert {other.host for other in data.media} == {"m.media-amazon.com"}
    for other in others:
        row = next(line for line in sources.splitlines() if f"`{other.host}`" in line)
        assert str(other.checked_on) in row
        assert not check_link(f"https://{other.host}/x").genuine


def test_every_store_the_app_knows_is_genuine() -> None:
    from app.core.stores import STORES

    for store in STORES:
        assert check_link(store.home_url).genuine, store.domain
        assert store.domain in genuine_domains().stores


def test_the_json_file_has_only_the_documented_keys() -> None:
    path = Path(__file__).resolve().parents[2] / "app" / "core" / "genuine_domains.json"
    data = json.loads(path.read_text("utf-8"))
    assert set(data) == {
        "checked_on", "source", "stores", "seller", "sender_domains", "short_links", "media"
    }  # fmt: skip


# --- properties ----------------------------------------------------------------------------

DOMAINS = genuine_domains()
LINK_DOMAINS = DOMAINS.link_domains
LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", fullmatch=True)


def _under_a_genuine_domain(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in LINK_DOMAINS)


@given(label=LABEL, domain=st.sampled_from(LINK_DOMAINS))
def test_any_valid_subdomain_of_a_genuine_domain_is_genuine(label: str, domain: str) -> None:
    assume(not label.startswith("xn--"))  # punycode must also decode to be a valid label
    verdict = check_link(f"https://{label}.{domain}/")
    assert verdict.genuine, verdict.detail
    assert verdict.registrable == domain or verdict.registrable.endswith("." + domain)


@given(domain=st.sampled_from(LINK_DOMAINS), suffix=st.lists(LABEL, min_size=1, max_size=3))
def test_a_genuine_domain_followed_by_another_is_never_genuine(
    domain: str, suffix: list[str]
) -> None:
    host = f"{domain}.{'.'.join(suffix)}"
    # amazon.com + ".be" is amazon.com.be, and amazon.it + ".amazon.com" is under amazon.com
    assume(not _under_a_genuine_domain(host))
    assert not check_link(f"https://{host}").genuine
    assert not check_link(f"https://{host}/gp/help").genuine


@given(
    userinfo=st.text(st.characters(exclude_characters="/?#\\"), max_size=30),
    domain=st.sampled_from(LINK_DOMAINS),
    path=st.sampled_from(["", "/", "/gp/help", "?x=1", "#top"]),
)
def test_a_user_name_before_the_host_is_never_genuine(
    userinfo: str, domain: str, path: str
) -> None:
    for host in (domain, "www." + domain, "evil.com"):
        assert not check_link(f"https://{userinfo}@{host}{path}").genuine
        assert not check_link(f"{userinfo}@{host}{path}").genuine


@given(st.text())
def test_check_link_never_raises(text: str) -> None:
    verdict = check_link(text)
    assert isinstance(verdict, LinkVerdict)
    assert verdict.genuine == (verdict.reason is Reason.GENUINE_AMAZON)


@given(st.text())
def test_check_sender_never_raises(text: str) -> None:
    verdict = check_sender(text)
    assert isinstance(verdict, LinkVerdict)
    assert verdict.genuine == (verdict.reason is Reason.SENDER_GENUINE)


@given(st.from_regex(r"https?://[a-z0-9.@:\\/%-]{0,30}", fullmatch=True))
def test_url_like_texts_never_raise_and_genuine_means_an_amazon_host(text: str) -> None:
    verdict = check_link(text)
    if verdict.genuine:
        assert text.startswith("https://")
        assert _under_a_genuine_domain(verdict.host)
        assert "@" not in text.split("//", 1)[1].split("/", 1)[0]


PASTED_CASES: list[tuple[str, Reason]] = [
    ("Amazon.it <conferma@amazon.it>", Reason.SENDER_GENUINE),
    ("  servizio@amazon.it ", Reason.SENDER_GENUINE),
    ("amazon.it@evil.example", Reason.SENDER_LOOKALIKE),
    ("https://www.amazon.it/gp/css/homepage.html", Reason.GENUINE_AMAZON),
    ("https://www.amazon.it@evil.example/", Reason.CREDENTIALS),
    ("www.amazon.it/ap/signin", Reason.GENUINE_AMAZON),
    ("http://www.amazon.it/ap/signin", Reason.AMAZON_HTTP),
    ("amzn.to/3xYzAbC", Reason.AMAZON_SHORT_LINK),
    ("", Reason.EMPTY),
    ("x" * 40_000, Reason.TOO_LONG),
    # the name or number a text message shows as its sender
    ("Amazon", Reason.SMS_SENDER),
    ("AMAZON", Reason.SMS_SENDER),
    ("Amazon Italia", Reason.SMS_SENDER),
    ("Amaz0n-IT", Reason.SMS_SENDER),
    ("AmazonPrime", Reason.SMS_SENDER),
    ("+39 333 123 4567", Reason.SMS_SENDER),
    ("3331234567", Reason.SMS_SENDER),
    ("(02) 1234-5678", Reason.SMS_SENDER),
    ("12345", Reason.SMS_SENDER),  # a short code
    ("ciao come stai, ti scrivo", Reason.NOT_A_LINK),  # words, too long to be a sender name
    ("12", Reason.NOT_A_LINK),
    ("+39 333 123 4567 8901 2345", Reason.NOT_A_LINK),  # more digits than any phone number
]


@pytest.mark.parametrize(("text", "reason"), PASTED_CASES, ids=_short_id)
def test_whatever_is_pasted_is_read_as_a_sender_a_link_or_a_text_message_sender(
    text: str, reason: Reason
) -> None:
    verdict = check_pasted(text)
    assert verdict.reason is reason, verdict.detail
    assert verdict.genuine == (reason in GENUINE_REASONS)
