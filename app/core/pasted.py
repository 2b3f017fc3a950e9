"""Whatever the user pasted into "Is this really Amazon?": a link, an e-mail sender, or the
name or number a text message came from. This is what the dialog calls.

Every reading the text has is judged, and the answer is "Amazon" only when each of them is:
- as a link (`check_link`): where a browser, or a messaging app that turns the text into a
  link, would go;
- as a sender (`check_sender`): the address a mail program reads, which itself looks at the
  pieces of a sender that read as links (`Amazon <evil.com?@amazon.it>`, a display name
  showing `https://evil.com`);
- as the sender of a text message, when it is neither: a name ("Amazon") or a number, which
  proves nothing, since any text message can show any of them.

When two readings disagree (`evil.com?@amazon.it` is a link to evil.com and an address at
amazon.it) the answer is "cannot tell" (`Reason.AMBIGUOUS`), treated as not Amazon.

The work is bounded: a text longer than any link (`MAX_LINK_LENGTH`) is not read at all
(`Reason.TOO_LONG`), and a sender is read only up to a mail header's line length.
"""

from __future__ import annotations

import re
from typing import Final

from app.core.links import (
    AROUND_A_LINK,
    MAX_LINK_LENGTH,
    LinkVerdict,
    Reason,
    check_link,
    check_sender,
    looks_like_amazon,
    strip_pasted,
)

NO_LINK_READING: Final = frozenset({Reason.NOT_A_LINK, Reason.EMPTY, Reason.TOO_LONG})
NO_SENDER_READING: Final = frozenset({Reason.SENDER_MALFORMED, Reason.EMPTY, Reason.TOO_LONG})

_PHONE: Final = re.compile(r"\+?[0-9(][0-9 ().\-/]*")
_SMS_NAME: Final = re.compile(r"[^\W_](?:[\w .&+\-]*[^\W_])?")
_SMS_NAME_LENGTH: Final = 11
"""The longest name a text message can show as its sender (an "alphanumeric sender ID")."""
_SMS_AMAZON_NAME_LENGTH: Final = 30
"""A longer name still counts when it says Amazon ("Amazon Italia"): the user may have
written it down from the message."""
_SMS_LONGEST: Final = 40
"""Longer than any sender name or phone number, however spaced: not read as one."""


def check_pasted(text: str) -> LinkVerdict:
    """Is what the user pasted Amazon's, by every reading it has? Never raises."""
    stripped = strip_pasted(text)
    if not stripped or len(stripped) > MAX_LINK_LENGTH:
        return check_link(stripped)  # EMPTY, or TOO_LONG without reading it as anything
    link = check_link(stripped)
    sender = check_sender(stripped)
    one_word = len(stripped.split()) == 1
    if not one_word and _reads(sender):
        # One sender with a display name: its own check read every word of the name that
        # looks like a link or an address; the text as a whole is no link.
        return sender
    readings = [verdict for verdict in (link, sender) if _reads(verdict)]
    word = stripped.strip(AROUND_A_LINK)
    if readings and one_word and word and word != stripped:
        # Messaging apps drop the brackets and quotes around a link before reading it: what
        # they read may disagree (never agree for the text: it has to read as Amazon's itself).
        around = (check_link(word), check_sender(word))
        readings += [verdict for verdict in around if _reads(verdict)]
    if readings:
        return _agreed(stripped, readings)
    sms = _sms_sender(stripped)
    if sms is not None:
        return sms
    return sender if "@" in stripped else link


def _reads(verdict: LinkVerdict) -> bool:
    """True when `verdict` comes from a reading the text has (as a link or as a sender)."""
    return verdict.reason not in NO_LINK_READING | NO_SENDER_READING


def _agreed(text: str, readings: list[LinkVerdict]) -> LinkVerdict:
    """The verdict for `text` from all its `readings` (links first): Amazon only when all
    of them say so; "cannot tell" when they disagree."""
    if all(verdict.genuine for verdict in readings):
        return readings[0]
    if not any(verdict.genuine for verdict in readings):
        # "Cannot tell" wins: the sender's own check says so when a piece of it reads as a
        # link elsewhere (`evil.com?@amazon.it`), which is the disagreement itself.
        ambiguous = [verdict for verdict in readings if verdict.reason is Reason.AMBIGUOUS]
        return (ambiguous or readings)[0]
    other = next(verdict for verdict in readings if not verdict.genuine)
    return LinkVerdict(
        genuine=False,
        reason=Reason.AMBIGUOUS,
        host=other.host,
        registrable=other.registrable,
        elsewhere=other.elsewhere or other.host,
        detail=f"{text!r} has readings that disagree: "
        + "; ".join(
            f"{verdict.reason.value} on {verdict.host or 'an unclear place'} ({verdict.detail})"
            for verdict in readings
        ),
    )


def _sms_sender(text: str) -> LinkVerdict | None:
    """The verdict for `text` read as the sender of a text message, or None when it is
    not one: a phone number or short code, or a short name."""
    if len(text) > _SMS_LONGEST:
        return None
    digits = sum(char.isdigit() for char in text)
    if _PHONE.fullmatch(text) and 3 <= digits <= 15:
        return LinkVerdict(
            genuine=False,
            reason=Reason.SMS_SENDER,
            host="",
            registrable="",
            detail=f"{text!r} reads as a phone number or a short code: the sender of a text "
            "message, which proves nothing",
        )
    if _SMS_NAME.fullmatch(text) is None or not any(char.isalpha() for char in text):
        return None
    says_amazon = any(looks_like_amazon(word) for word in re.split(r"[\W_]+", text) if word)
    limit = _SMS_AMAZON_NAME_LENGTH if says_amazon else _SMS_NAME_LENGTH
    if len(text) > limit:
        return None
    return LinkVerdict(
        genuine=False,
        reason=Reason.SMS_SENDER,
        host="",
        registrable="",
        detail=f"{text!r} reads as the name a text message shows as its sender, which proves "
        "nothing",
    )
