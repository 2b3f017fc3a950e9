"""The e-mail an Amazon account was registered with: tidy it, check it, show it masked.

The app remembers, for each account the user describes, which address they signed up with
(an "e-mail hint"), so that they can tell accounts apart and know which inbox to watch for
Amazon's messages. These are the plain rules for that address: no storage, no Qt.

The check is practical, not RFC 5322-complete: it accepts what a person types as an Amazon
login (`mario.rossi+shop@gmail.com`, `anna@città.it`) and names the first thing wrong with
anything else, so that the UI can say what to fix.
"""

from __future__ import annotations

import re
import string
import unicodedata
from enum import StrEnum
from typing import Final

MAX_EMAIL_LENGTH: Final = 254
"""Longest address accepted, in characters (the limit of the SMTP path, less the brackets)."""
MAX_LOCAL_PART_LENGTH: Final = 64
"""Longest part before the @ accepted (RFC 5321)."""
MAX_DOMAIN_LABEL_LENGTH: Final = 63
"""Longest piece of the domain between two dots (RFC 1035)."""
MASK: Final = "•••"
"""What stands for the hidden part of the address in `mask_email`."""

# Characters pasted around an address that are invisible and must not count: Unicode white
# space (which includes the no-break space) plus the zero-width ones that `str.strip`
# keeps, such as the byte order mark and the zero-width space that web pages insert.
_ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff"
_SURROUNDING_BLANKS: Final = re.compile(rf"^[\s{_ZERO_WIDTH}]+|[\s{_ZERO_WIDTH}]+$")
# The characters of an unquoted local part ("atext" of RFC 5322, plus the dot): every
# printable ASCII character except the ones that need quotes, ()<>[]:;@\," and the space.
_LOCAL_PART_CHARACTERS: Final = frozenset(
    string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~."
)
_ASCII_LABEL_CHARACTERS: Final = frozenset(string.ascii_lowercase + string.digits + "-")


class EmailProblem(StrEnum):
    """The first thing wrong with a typed address; the UI turns each into a sentence."""

    EMPTY = "empty"
    """Nothing was typed (or only spaces)."""
    NO_AT = "no_at"
    """There is no @ between the name and the domain."""
    MORE_THAN_ONE_AT = "more_than_one_at"
    """There are two or more @."""
    EMPTY_LOCAL_PART = "empty_local_part"
    """Nothing before the @."""
    BAD_DOMAIN = "bad_domain"
    """The part after the @ is not a domain: no dot, an empty piece (`gmail..com`), a
    piece starting or ending with a hyphen, a character domains cannot have."""
    SPACES = "spaces"
    """There is a space (or a tab, a line break) inside the address."""
    TOO_LONG = "too_long"
    """Longer than 254 characters, or more than 64 before the @."""
    BAD_LOCAL_PART = "bad_local_part"
    """The part before the @ has a character a login cannot have: an accented letter, a
    comma, brackets, quotes, an invisible character..."""


def normalise_email(text: str) -> str:
    """The address as it is kept: without the blanks around it, its domain in lower case.

    The blanks removed are white space (the no-break space too) and zero-width characters,
    at both ends only. The part before the @ keeps its case: some mail servers tell
    `Mario` from `mario`, and the domain part never does.
    """
    text = _SURROUNDING_BLANKS.sub("", text)
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    return f"{local}@{domain.lower()}"


def email_problem(text: str) -> EmailProblem | None:
    """What is wrong with `text` as an e-mail login, or None if it looks right.

    The text is normalised first (`normalise_email`), so blanks around it do not count.
    When several things are wrong, the one named is the first in this order: empty,
    spaces, no @, more than one @, nothing before the @, too long, the part before the @,
    the domain.
    """
    address = normalise_email(text)
    if not address:
        return EmailProblem.EMPTY
    if any(character.isspace() for character in address):
        return EmailProblem.SPACES
    at_count = address.count("@")
    if at_count == 0:
        return EmailProblem.NO_AT
    if at_count > 1:
        return EmailProblem.MORE_THAN_ONE_AT
    local, _, domain = address.partition("@")
    if not local:
        return EmailProblem.EMPTY_LOCAL_PART
    if len(address) > MAX_EMAIL_LENGTH or len(local) > MAX_LOCAL_PART_LENGTH:
        return EmailProblem.TOO_LONG
    if not set(local) <= _LOCAL_PART_CHARACTERS:
        return EmailProblem.BAD_LOCAL_PART
    if not _is_domain(domain):
        return EmailProblem.BAD_DOMAIN
    return None


def mask_email(email: str) -> str:
    """The address as the app shows it on screen: `m•••@gmail.com` for `mario.rossi@gmail.com`.

    Only the first character before the @ is shown, followed by a fixed mask whatever
    the length, so that neither the name nor its length shows; the domain is shown whole,
    as it tells which mailbox to open. Text without an @ is masked whole the same way.
    """
    local, at, domain = normalise_email(email).rpartition("@")
    if not at:
        local, domain = domain, ""
    masked = f"{local[:1]}{MASK}"
    return f"{masked}@{domain}" if at else masked


def _is_domain(domain: str) -> bool:
    """Whether `domain` is dot-separated labels of letters, digits and inner hyphens.

    Letters may be any script's (internationalised domains such as `città.it`); a
    label's length is capped at 63 characters. At least two labels are needed, and the
    last one may not be all digits: a bare IP address is not an Amazon login.
    """
    labels = domain.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return False
    return all(_is_label(label) for label in labels)


def _is_label(label: str) -> bool:
    """Whether `label` is one piece of a domain name, between two dots."""
    if not label or len(label) > MAX_DOMAIN_LABEL_LENGTH:
        return False
    if label.startswith("-") or label.endswith("-"):
        return False
    return all(_is_label_character(character) for character in label)


def _is_label_character(character: str) -> bool:
    """An ASCII letter, digit or hyphen, or a letter, mark or digit of another script."""
    if character in _ASCII_LABEL_CHARACTERS:
        return True
    if character.isascii():
        return False
    # Letters (L*), the combining marks that many scripts need to write a word (M*), and
    # decimal digits (Nd); never symbols, punctuation or invisible format characters.
    category = unicodedata.category(character)
    return category[0] in {"L", "M"} or category == "Nd"
