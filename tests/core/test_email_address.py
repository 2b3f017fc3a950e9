"""The e-mail hint: what a person types is tidied, checked with a reason, and shown masked."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.email_address import (
    MASK,
    EmailProblem,
    email_problem,
    mask_email,
    normalise_email,
)

GOOD_ADDRESSES = [
    "mario.rossi@gmail.com",
    "mario.rossi+amazon@gmail.com",
    "anna_bianchi-77@libero.it",
    "o'brien@example.co.uk",
    "x@amazon.it",
    "MARIO@Example.COM",
    "anna@città.it",
    "jose@xn--cidade-dta.com.br",
    "info@mañana.es",
    "user@sub-domain.example.org",
    "a{b}|c~d@example.com",
    f"{'a' * 64}@example.com",
    f"me@{'a' * 63}.com",
    f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 57}.com",  # 254 characters exactly
]

BAD_ADDRESSES = [
    ("", EmailProblem.EMPTY),
    ("   ", EmailProblem.EMPTY),
    ("\u00a0\u200b", EmailProblem.EMPTY),
    ("mario.rossi.gmail.com", EmailProblem.NO_AT),
    ("mario@rossi@gmail.com", EmailProblem.MORE_THAN_ONE_AT),
    ("mario@@gmail.com", EmailProblem.MORE_THAN_ONE_AT),
    ("@gmail.com", EmailProblem.EMPTY_LOCAL_PART),
    ("mario rossi@gmail.com", EmailProblem.SPACES),
    ("mario@gmail .com", EmailProblem.SPACES),
    ("mario@gmail\u00a0.com", EmailProblem.SPACES),
    ("mario\t@gmail.com", EmailProblem.SPACES),
    ("mario@gmail", EmailProblem.BAD_DOMAIN),
    ("mario@", EmailProblem.BAD_DOMAIN),
    ("mario@.gmail.com", EmailProblem.BAD_DOMAIN),
    ("mario@gmail.com.", EmailProblem.BAD_DOMAIN),
    ("mario@gmail..com", EmailProblem.BAD_DOMAIN),
    ("mario@-gmail.com", EmailProblem.BAD_DOMAIN),
    ("mario@gmail-.com", EmailProblem.BAD_DOMAIN),
    ("mario@gmail.-com", EmailProblem.BAD_DOMAIN),
    ("mario@gmail_mail.com", EmailProblem.BAD_DOMAIN),
    ("mario@gmail,com", EmailProblem.BAD_DOMAIN),
    ("mario@gmail.com!", EmailProblem.BAD_DOMAIN),
    ("mario@192.168.1.1", EmailProblem.BAD_DOMAIN),
    ("mario@[192.168.1.1]", EmailProblem.BAD_DOMAIN),
    ("mario@gmail\u200b.com", EmailProblem.BAD_DOMAIN),
    (f"me@{'a' * 64}.com", EmailProblem.BAD_DOMAIN),
    ("màrio@gmail.com", EmailProblem.BAD_LOCAL_PART),
    ("mario,rossi@gmail.com", EmailProblem.BAD_LOCAL_PART),
    ('"mario"@gmail.com', EmailProblem.BAD_LOCAL_PART),
    ("<mario@gmail.com>", EmailProblem.BAD_LOCAL_PART),
    ("mario\u200brossi@gmail.com", EmailProblem.BAD_LOCAL_PART),
    (f"{'a' * 65}@example.com", EmailProblem.TOO_LONG),
    (f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 58}.com", EmailProblem.TOO_LONG),  # 255
]


@pytest.mark.parametrize("address", GOOD_ADDRESSES)
def test_an_address_a_person_would_type_is_accepted(address: str) -> None:
    assert email_problem(address) is None


@pytest.mark.parametrize(("text", "problem"), BAD_ADDRESSES)
def test_a_wrong_address_is_refused_with_what_to_fix(text: str, problem: EmailProblem) -> None:
    assert email_problem(text) == problem


def test_blanks_pasted_around_the_address_do_not_count() -> None:
    pasted = "\u200b\ufeff \u00a0mario.rossi@gmail.com\u00a0\n\u200d"
    assert normalise_email(pasted) == "mario.rossi@gmail.com"
    assert email_problem(pasted) is None


def test_only_the_domain_is_put_in_lower_case() -> None:
    assert normalise_email("  Mario.Rossi@GMail.COM ") == "Mario.Rossi@gmail.com"
    assert normalise_email("Anna@CITTÀ.IT") == "Anna@città.it"


def test_text_without_an_at_is_only_trimmed() -> None:
    assert normalise_email("  Mario Rossi ") == "Mario Rossi"


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("mario.rossi@gmail.com", "m•••@gmail.com"),
        ("m@gmail.com", "m•••@gmail.com"),
        ("mr@gmail.com", "m•••@gmail.com"),
        ("Mario.Rossi@GMail.com", "M•••@gmail.com"),
        ("  anna@città.it ", "a•••@città.it"),
        ("mario.rossi+amazon@mail.example.co.uk", "m•••@mail.example.co.uk"),
    ],
)
def test_the_address_is_shown_masked_but_its_mailbox_is_recognisable(
    address: str, masked: str
) -> None:
    assert mask_email(address) == masked


def test_the_mask_does_not_tell_how_long_the_name_is() -> None:
    assert mask_email("m@gmail.com") == mask_email("mmmmmmmmmmmmmmmm@gmail.com")


def test_text_without_an_at_is_masked_whole() -> None:
    assert mask_email("mario.rossi") == "m•••"


LOCAL_PARTS = st.text(
    alphabet=string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~.",
    min_size=1,
    max_size=64,
)
DOMAINS = st.lists(
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True),
    min_size=1,
    max_size=4,
).map(lambda labels: ".".join([*labels, "com"]))


@given(local=LOCAL_PARTS, domain=DOMAINS)
def test_the_mask_hides_all_but_the_first_character_and_keeps_the_domain(
    local: str, domain: str
) -> None:
    masked = mask_email(f"{local}@{domain}")
    shown_name, at, shown_domain = masked.partition("@")
    assert at == "@"
    assert shown_domain == domain
    assert shown_name == local[0] + MASK
    if len(local) > 1:
        assert not shown_name.startswith(local[:2])
        assert local not in shown_name


@given(local=LOCAL_PARTS, domain=DOMAINS)
def test_every_generated_address_is_accepted_and_kept_as_typed(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    assert email_problem(address) is None
    assert normalise_email(f" {address}\u00a0") == address
