"""Long input: the check's work is bounded, and what is too long is said, never half-checked.

A message is not a book: a text longer than any link (`MAX_LINK_LENGTH`) is not read at all
(`Reason.TOO_LONG`, treated as not Amazon), and a sender is read only up to a mail header's
line (`MAX_SENDER_LENGTH`). The shapes below are texts that once made a check slow (1 MB took
over 20 s) or that push a reading to its end. Timings here use a generous bound, as the
machine is shared; `benchmarks/checker.py` measures the same shapes against the 50 ms target.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.core.links import (
    MAX_LINK_LENGTH,
    MAX_SENDER_LENGTH,
    Reason,
    check_link,
    check_sender,
)
from app.core.pasted import check_pasted

FIELD_LIMIT = 32_767  # what the dialog's field holds (Qt's limit for a line edit)
GENEROUS_SECONDS = 1.0  # the target is 50 ms; this bound only catches a return of the slowness


def fit(unit: str, length: int, before: str = "", after: str = "") -> str:
    """`before` + `unit` repeated + `after`, `length` characters long."""
    body = length - len(before) - len(after)
    return before + (unit * (body // len(unit) + 1))[:body] + after


SHAPES: dict[str, Callable[[int], str]] = {
    "many labels, a link": lambda n: fit("a.", n, "https://", "amazon.it/"),
    "many labels, a sender": lambda n: fit("a.", n, "x@", "it"),
    "many @": lambda n: fit("a@", n),
    "a long name, a sender": lambda n: fit("Amazon ", n, "", " <x@evil.com>"),
    "a long quoted name": lambda n: fit("A", n, '"', '" <x@amazon.it>'),
    "words with dots in a name": lambda n: fit("a.bc ", n, "", "<x@amazon.it>"),
    "Amazon's address in a name": lambda n: fit("amazon.it ", n, "", "<x@amazon.it>"),
    "encoded words in a name": lambda n: fit("=?utf-8?q?Amazon?= ", n, "", "<x@amazon.it>"),
    "comments in a name": lambda n: fit("(a)", n, "", "<x@amazon.it>"),
    "commas in a name": lambda n: fit("a,", n, "", "<x@amazon.it>"),
    "dots in a name": lambda n: fit("a.", n, "", "<x@amazon.it>"),
    "escaped quotes in a name": lambda n: fit("\\a", n, '"', '" <x@amazon.it>'),
    "angle brackets": lambda n: fit("<", n),
    "brackets and quotes": lambda n: fit('("', n, "", "x@amazon.it"),
    "a long path": lambda n: fit("x", n, "https://www.amazon.it/"),
    "a long query with @": lambda n: fit("a@b&", n, "www.amazon.it/?"),
    "a long local part": lambda n: fit("x", n, "", "@amazon.it"),
    "dots and digits": lambda n: fit("0.", n),
    "look-alike letters": lambda n: fit("\u0430m\u0430z\u043en-", n, "https://", ".it/"),
    "spaces": lambda n: fit("a ", n),
    "a phone number": lambda n: fit("3", n, "+"),
}

LENGTHS = sorted(
    {
        100,
        MAX_SENDER_LENGTH - 1,
        MAX_SENDER_LENGTH,
        MAX_SENDER_LENGTH + 1,
        4_000,
        MAX_LINK_LENGTH - 1,
        MAX_LINK_LENGTH,
        MAX_LINK_LENGTH + 1,
        FIELD_LIMIT,
    }
)

CHECKS: dict[str, Callable[[str], object]] = {
    "check_link": check_link,
    "check_sender": check_sender,
    "check_pasted": check_pasted,
}


def seconds(check: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    check(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_check_of_every_shape_up_to_the_field_s_limit_is_quick(shape: str) -> None:
    slow = []
    for length in LENGTHS:
        text = SHAPES[shape](length)
        assert len(text) == length
        for name, check in CHECKS.items():
            taken = seconds(check, text)
            if taken >= GENEROUS_SECONDS:
                slow.append(f"{name} on {length} characters: {taken:.2f} s")
    assert slow == []


def test_a_megabyte_is_not_read() -> None:
    """The issue's case: `check_sender` on 1 MB took over 20 s."""
    megabyte = fit("a@", 1_000_000)
    for check in (check_link, check_sender, check_pasted):
        assert seconds(check, megabyte) < GENEROUS_SECONDS
        verdict = check(megabyte)
        assert verdict.reason is Reason.TOO_LONG, verdict.detail  # type: ignore[attr-defined]
        assert not verdict.genuine  # type: ignore[attr-defined]


def test_text_longer_than_any_link_is_too_long_to_check_even_if_it_starts_well() -> None:
    """Judging only the start would be wrong: the rest may hold a second address."""
    text = fit("x", MAX_LINK_LENGTH + 1, "https://www.amazon.it/?q=", " https://evil.com")
    verdict = check_pasted(text)
    assert (verdict.genuine, verdict.reason) == (False, Reason.TOO_LONG)
    assert str(MAX_LINK_LENGTH) in verdict.detail


def test_the_longest_link_read_is_still_judged() -> None:
    assert check_pasted(fit("x", MAX_LINK_LENGTH, "https://www.amazon.it/?q=")).genuine
    assert not check_pasted(fit("x", MAX_LINK_LENGTH, "https://evil.com/?q=")).genuine


def test_a_sender_is_read_up_to_a_header_line() -> None:
    longest = fit("A", MAX_SENDER_LENGTH, '"', '" <x@amazon.it>')
    assert check_sender(longest).reason is Reason.SENDER_GENUINE
    longer = fit("A", MAX_SENDER_LENGTH + 1, '"', '" <x@amazon.it>')
    assert check_sender(longer).reason is Reason.TOO_LONG
    # ...and such a text is no link either: the dialog cannot tell
    assert not check_pasted(longer).genuine
