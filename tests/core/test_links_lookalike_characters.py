"""A look-alike says which character differs and what it is: "а", a Cyrillic letter, in
place of "a". The kinds are words the UI translates, never Unicode's English names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.links import Reason, check_link, check_sender
from app.core.lookalikes import CharacterKind, Difference, character_kind, differences

K = CharacterKind


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://\u0430mazon.it/", [("\u0430", "a", K.CYRILLIC)]),
        ("https://xn--mazon-3ve.it/", [("\u0430", "a", K.CYRILLIC)]),  # the same, as punycode
        ("https://www.xn--mzn-5cdb9f.it/", [("\u0430", "a", K.CYRILLIC),
                                            ("\u043e", "o", K.CYRILLIC)]),  # each once
        ("https://\u03b1mazon.de/", [("\u03b1", "a", K.GREEK)]),
        ("https://amaz\u00f3n.it/", [("\u00f3", "o", K.ACCENTED)]),
        ("https://amazon.xn--t-evb/", [("\u0456", "i", K.CYRILLIC)]),  # in "it"
        ("https://www.amaz0n.it/", [("0", "o", K.DIGIT)]),
        ("https://AMAZ0N.IT", [("0", "o", K.DIGIT)]),
        ("https://arnazon.it/", [("rn", "m", K.LETTER_PAIR)]),
        ("https://amazom.com/", [("m", "n", K.ANOTHER_LETTER)]),
        ("https://secure-amaz0n7.com/", [("0", "o", K.DIGIT)]),  # not the 7
        ("https://amzon.it/", []),  # a letter missing: nothing stands in place of another
        ("https://amzaon.com/", []),  # two letters swapped
        ("https://pagamenti-amazon.it/", []),  # Amazon's name, spelt right, in another domain
        ("https://amazon.it.evil.com/", []),
    ],
)  # fmt: skip
def test_a_lookalike_link_names_each_character_that_differs(
    link: str, expected: list[tuple[str, str, CharacterKind]]
) -> None:
    verdict = check_link(link)
    assert verdict.reason is Reason.LOOKALIKE
    assert verdict.differences == tuple(Difference(*item) for item in expected)


@pytest.mark.parametrize(
    ("sender", "reason", "expected"),
    [
        ("x@amaz\u043en.it", Reason.SENDER_LOOKALIKE, [("\u043e", "o", K.CYRILLIC)]),
        ("x@\uff41\uff4d\uff41\uff5a\uff4f\uff4e.it", Reason.SENDER_LOOKALIKE,
         [("\uff41", "a", K.FULL_WIDTH), ("\uff4d", "m", K.FULL_WIDTH),
          ("\uff5a", "z", K.FULL_WIDTH), ("\uff4f", "o", K.FULL_WIDTH),
          ("\uff4e", "n", K.FULL_WIDTH)]),
        ("x@\U0001d41amazon.it", Reason.SENDER_LOOKALIKE, [("\U0001d41a", "a", K.STYLED)]),
        ("x@amaz0n.it", Reason.SENDER_LOOKALIKE, [("0", "o", K.DIGIT)]),
        ("servizio@arnazon-it.com", Reason.SENDER_LOOKALIKE, [("rn", "m", K.LETTER_PAIR)]),
        ("\u0410mazon <x@evil.com>", Reason.DISPLAY_NAME_TRICK, [("\u0410", "a", K.CYRILLIC)]),
        ("Amazon Italia <assistenza@amaz0n-it.com>", Reason.DISPLAY_NAME_TRICK,
         [("0", "o", K.DIGIT)]),
        ("x@amaz\u0131n.it", Reason.SENDER_LOOKALIKE, [("\u0131", "o", K.OTHER_LETTER)]),
    ],
)  # fmt: skip
def test_a_lookalike_sender_names_each_character_that_differs(
    sender: str, reason: Reason, expected: list[tuple[str, str, CharacterKind]]
) -> None:
    verdict = check_sender(sender)
    assert verdict.reason is reason
    assert verdict.differences == tuple(Difference(*item) for item in expected)


def test_genuine_and_other_verdicts_name_no_character() -> None:
    for text in ("https://www.amazon.it/", "https://evil.com/", "https://192.168.0.1/"):
        assert check_link(text).differences == ()
    assert check_sender("x@amazon.it").differences == ()


@pytest.mark.parametrize(
    ("char", "kind"),
    [
        ("\u0430", K.CYRILLIC), ("\u0451", K.CYRILLIC), ("\u03bf", K.GREEK),
        ("\u0585", K.ARMENIAN), ("\uff41", K.FULL_WIDTH), ("\u24d0", K.STYLED),
        ("\U0001d41a", K.STYLED), ("\u00e0", K.ACCENTED), ("\u0131", K.OTHER_LETTER),
        ("\u0251", K.OTHER_LETTER), ("0", K.DIGIT), ("m", K.ANOTHER_LETTER),
    ],
)  # fmt: skip
def test_what_kind_of_character_it_is(char: str, kind: CharacterKind) -> None:
    assert character_kind(char) is kind


@given(st.text(max_size=60))
def test_differences_never_raise_and_each_names_a_plain_letter(text: str) -> None:
    for difference in differences(text):
        assert difference.found in unicodedata.normalize("NFC", text)
        assert difference.instead_of.isascii() and difference.instead_of.isalnum()
        assert difference.found.lower() != difference.instead_of
