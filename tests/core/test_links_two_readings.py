"""Text that reads both as a link and as a sender is judged by both readings.

`evil.com?@amazon.it` is an address at amazon.it to a mail program, and a link to evil.com to a
browser (or to a messaging app that turns it into a link). What the dialog calls
(`check_pasted`) must never say "This is Amazon." when one reading leads elsewhere: when the
readings disagree, the answer is "cannot tell" (`Reason.AMBIGUOUS`), treated as not Amazon.
The same holds for every piece of a sender a person or a program may read on its own: the
display name (a link or an address in it) and the address (a link hidden in its local part).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.links import Reason, check_link, check_sender
from app.core.pasted import check_pasted

G, R = True, False

# (text, genuine, reason) for what the dialog answers
TWO_READINGS: list[tuple[str, bool, Reason]] = [
    # the issue's own case, and its family: ? or # ends the host for a browser
    ("evil.com?@amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com#@amazon.it", R, Reason.AMBIGUOUS),
    ("www.evil.com?@amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com?x@amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com#x@amazon.co.uk", R, Reason.AMBIGUOUS),
    ("evil.com?@sellercentral.amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com?@amazonsellerservices.com", R, Reason.AMBIGUOUS),
    # a path: a link to evil.com, an address at amazon.it
    ("evil.com/@amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com/?@amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com/x@amazon.it", R, Reason.AMBIGUOUS),
    # in angle brackets: messaging apps drop them and still find the link
    ("<evil.com?@amazon.it>", R, Reason.AMBIGUOUS),
    ("Amazon <evil.com?@amazon.it>", R, Reason.AMBIGUOUS),
    ("Amazon.it <evil.com#@amazon.it>", R, Reason.AMBIGUOUS),
    ("Amazon <evil.com/x@amazon.it>", R, Reason.AMBIGUOUS),
    # quoted local parts hide a link too
    ('Amazon <"evil.com?"@amazon.it>', R, Reason.AMBIGUOUS),
    ('Amazon <"evil.com/"@amazon.it>', R, Reason.AMBIGUOUS),
    ('<"https://evil.com"@amazon.it>', R, Reason.AMBIGUOUS),
    ('Amazon <"evil.com\\\\"@amazon.it>', R, Reason.AMBIGUOUS),  # an escaped backslash
    # a display name with a link or an address that is not Amazon's
    ("https://evil.com <x@amazon.it>", R, Reason.AMBIGUOUS),
    ('"https://evil.com/login" <x@amazon.it>', R, Reason.AMBIGUOUS),
    ('"Amazon: verifica su evil.com" <x@amazon.it>', R, Reason.AMBIGUOUS),
    ('"Amazon (www.evil.com)" <x@amazon.it>', R, Reason.AMBIGUOUS),
    ("Amazon (evil.com) <x@amazon.it>", R, Reason.AMBIGUOUS),  # a comment in the name
    ("(evil.com) <x@amazon.it>", R, Reason.AMBIGUOUS),
    ('"evil@evil.com" <x@amazon.it>', R, Reason.AMBIGUOUS),  # an address in the name
    ('"amazon.it.evil.com" <x@amazon.it>', R, Reason.AMBIGUOUS),
    ("=?utf-8?q?evil.com?= <x@amazon.it>", R, Reason.AMBIGUOUS),  # an encoded name
    # a backslash: browsers make it a slash, mail programs do not
    ("evil.com\\@amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com\\x@amazon.it", R, Reason.AMBIGUOUS),
    # white space splits the text into several readings
    ("evil.com? @amazon.it", R, Reason.AMBIGUOUS),
    ("evil.com?\n@amazon.it", R, Reason.AMBIGUOUS),
    ("x@amazon.it https://evil.com", R, Reason.AMBIGUOUS),
    ("Amazon <x@amazon.it> https://evil.com", R, Reason.AMBIGUOUS),
    # comments in the address: no reading is sure
    ("x@amazon.it(evil.com)", R, Reason.SENDER_MALFORMED),
    ("<x(evil.com)@amazon.it>", R, Reason.SENDER_MALFORMED),
    # read as a link it is Amazon, read as a sender it is not
    ("amazon.it/x@evil.com", R, Reason.AMBIGUOUS),
    ("www.amazon.it/?mail=x@evil.com", R, Reason.AMBIGUOUS),
    # both readings agree
    ("amazon.it/x@amazon.it", G, Reason.GENUINE_AMAZON),
    ("evil.com@amazon.it", G, Reason.SENDER_GENUINE),  # a browser goes to amazon.it too
    ("evil.com&x@amazon.it", G, Reason.SENDER_GENUINE),
    ("x@amazon.it", G, Reason.SENDER_GENUINE),
    ("Amazon.it <conferma@amazon.it>", G, Reason.SENDER_GENUINE),
    ('"Amazon.it" <conferma-ordine@amazon.it>', G, Reason.SENDER_GENUINE),
    ("Servizio Clienti www.amazon.it <x@amazon.it>", G, Reason.SENDER_GENUINE),
    ('"support@amazon.it" <support@amazon.it>', G, Reason.SENDER_GENUINE),
    ("Amazon Italia S.r.l. <x@amazon.it>", G, Reason.SENDER_GENUINE),  # "S.r.l" is no link
    ("https://www.amazon.it/gp/help?from=a@b", G, Reason.GENUINE_AMAZON),
    ("amazon.it@evil.com/login", R, Reason.CREDENTIALS),
    ("x@amazon.it/evil", R, Reason.CREDENTIALS),
    ("amazon.it@evil.com", R, Reason.SENDER_LOOKALIKE),
]


@pytest.mark.parametrize(("text", "genuine", "reason"), TWO_READINGS, ids=repr)
def test_what_the_dialog_answers(text: str, genuine: bool, reason: Reason) -> None:
    verdict = check_pasted(text)
    assert (verdict.genuine, verdict.reason) == (genuine, reason), verdict.detail
    assert verdict.detail


@pytest.mark.parametrize(
    "text",
    [text for text, genuine, _ in TWO_READINGS if not genuine and "@" in text],
    ids=repr,
)
def test_the_sender_check_alone_is_never_green_for_them_either(text: str) -> None:
    """The browser opens only what `check_link` passes; the sender check is just as strict."""
    assert not check_sender(text).genuine


def test_the_detail_says_where_each_reading_leads() -> None:
    detail = check_pasted("evil.com?@amazon.it").detail
    assert "evil.com" in detail and "amazon.it" in detail


@pytest.mark.parametrize(
    "text",
    [
        "evil.com?@amazon.it",
        "Amazon <evil.com#@amazon.it>",
        '"https://evil.com/login" <x@amazon.it>',
        '"evil@evil.com" <x@amazon.it>',
        "amazon.it/x@evil.com",
        "amazon.it?@evil.com>",
    ],
)
def test_cannot_tell_names_the_host_another_reading_leads_to(text: str) -> None:
    verdict = check_pasted(text)
    assert (verdict.reason, verdict.elsewhere) == (Reason.AMBIGUOUS, "evil.com")


# --- properties ---------------------------------------------------------------------------

# What readers turn into a link: white space ends it, and brackets and quotes around it go.
AROUND_A_LINK = "<>()[]{}\"',;"

NO_LINK_READING = {Reason.NOT_A_LINK, Reason.EMPTY, Reason.TOO_LONG}
NO_SENDER_READING = {Reason.SENDER_MALFORMED, Reason.EMPTY, Reason.TOO_LONG}

PIECES = st.sampled_from(
    [
        "evil.com", "amazon.it", "www.amazon.it", "sellercentral.amazon.it", "amazon.com",
        "https://", "http://", "@", "?", "#", "/", "\\", '"', "<", ">", "(", ")", " ", ":",
        "%40", "%2F", "x", ".", ",", ";", "mailto:", "\t", "\n", "Amazon", "[", "]", "'", "=",
        "&", "+", "%", "@evil.com", "@amazon.it", "xn--mazon-3ve.it", "amzn.to", "\u0430",
        "\uff20", "\uff0f", "\uff1f", "\u3002", "-", "_", "=?utf-8?q?", "?=", "!", "\\\\",
    ]
)  # fmt: skip
# A grammar of the two-reading texts: what may stand around the address and inside it.
SHAPED = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "<", "Amazon <", '"', "Amazon.it <", "https://evil.com <", "(x) <",
                         '"x@evil.com" <', "x@evil.com <"]),
        st.sampled_from(["", "evil.com", "www.evil.com", "x", "amazon.it", "https://evil.com",
                         '"evil.com', "evil.com/x", "a.b"]),
        st.sampled_from(["", "?", "#", "/", "\\", "?x", "#x", "&", "%3F", ":", '"', "/?", " "]),
        st.sampled_from(["@amazon.it", "@amazon.co.uk", "@evil.com", "@sell.amazon.com", "@"]),
        st.sampled_from(["", ">", "/x", "?q", "(evil.com)", "> https://evil.com"]),
    ),
)  # fmt: skip
TEXTS = st.one_of(
    SHAPED,
    st.lists(PIECES, max_size=14).map("".join),
    st.text(max_size=40),
    st.text(alphabet='evil.com@amazon.it?#/\\"<> ()x:', max_size=30),
)


def _linkifier_tokens(text: str) -> list[str]:
    return [token.strip(AROUND_A_LINK) for token in text.split()]


@settings(max_examples=3000)
@given(TEXTS)
def test_no_text_a_browser_takes_elsewhere_gets_a_green_verdict(text: str) -> None:
    verdict = check_pasted(text)
    if not verdict.genuine:
        return
    link = check_link(text)
    assert link.genuine or link.reason in NO_LINK_READING or text.split() != [text.strip()], (
        link.reason
    )
    for token in _linkifier_tokens(text):
        reading = check_link(token)
        assert reading.genuine or reading.reason in NO_LINK_READING, (token, reading.detail)


@settings(max_examples=3000)
@given(TEXTS)
def test_no_text_a_mail_program_reads_as_someone_else_gets_a_green_verdict(text: str) -> None:
    verdict = check_pasted(text)
    if not verdict.genuine:
        return
    sender = check_sender(text)
    assert sender.genuine or sender.reason in NO_SENDER_READING, sender.detail
    for token in _linkifier_tokens(text):
        if "@" in token:
            reading = check_sender(token)
            assert reading.genuine or reading.reason in NO_SENDER_READING, (token, reading.detail)


@settings(max_examples=3000)
@given(TEXTS)
def test_a_green_verdict_needs_a_reading_that_says_amazon(text: str) -> None:
    verdict = check_pasted(text)
    if verdict.genuine:
        assert check_link(text).genuine or check_sender(text).genuine


@given(
    before=st.text(alphabet="abcxyz.-?#/&=!$%*+{|}~'^`", min_size=1, max_size=20),
    domain=st.sampled_from(["amazon.it", "amazon.com", "sell.amazon.com", "amazon.lu"]),
)
def test_whatever_stands_before_the_at_a_browser_never_goes_elsewhere_on_green(
    before: str, domain: str
) -> None:
    text = f"{before}@{domain}"
    if check_pasted(text).genuine:
        link = check_link(text)
        assert link.genuine or link.reason in NO_LINK_READING, link.detail
