"""Is this link, or this sender, really Amazon? The check behind the app's phishing advice.

Users paste a link from a message ("is it safe to click?") or the sender of an e-mail
("is this really Amazon?"). Both answers follow the rule Amazon itself states: a link is
genuine only when its host is a store domain or ends with "." + a store domain
(`genuine_domains.json`; sources in docs/sources.md). Everything else is refused with
a `Reason` that the UI turns into a sentence, and an English `detail` for the log.

How a link is read
------------------
A link is read the way browsers read it, with the WHATWG URL standard (the `ada_url`
parser): that decides the host the browser would really go to, after it has normalised
IP addresses in any notation, percent-encoded or full-width characters, and international
names (which it turns into punycode, `xn--…`).

Where two reasonable readings of the text disagree (a browser, an older program, a person
looking at it), the answer is "not Amazon" (`Reason.AMBIGUOUS`): several addresses or
spaces in the text, backslashes (browsers turn them into slashes, other programs do not),
tabs and line breaks (browsers silently remove them), invisible characters, a host written
differently from the one the browser uses, a trailing dot, a protocol-relative `//host`.

Decisions
---------
* Precedence: the reasons about the host (`CREDENTIALS`, `IP_ADDRESS`, `LOOKALIKE`,
  `NOT_AMAZON`) come before `NOT_HTTPS`, because they matter more to the user:
  `http://amaz0n.it` is a `LOOKALIKE`. `http://www.amazon.it` is `AMAZON_HTTP` (Amazon's
  address, to be typed with https) when the same link with https would be genuine, else
  the https reading's reason. Addresses that are not web addresses at all (`javascript:`,
  `data:`, `mailto:`, `file:`, any other scheme) are `NOT_HTTPS` straight away: they have
  no host to judge.
* Amazon's hosts that are not stores (`short_links`: `amzn.to`; `media`:
  `m.media-amazon.com`) get their own reasons, never genuine: a short link hides where it
  leads, a media host is no page of the store. Only hosts with a source are listed
  (`a.co`, `amzn.eu` have none yet, so they are other domains).
* Bounds (a message is not a book): a link is read up to `MAX_LINK_LENGTH` characters and a
  sender up to `MAX_SENDER_LENGTH`; longer text is `TOO_LONG`, never judged on its start. A
  host longer than `MAX_HOST_LENGTH` leads nowhere (`NOT_A_LINK`).
* An explicit port other than 443 on an Amazon host is `AMBIGUOUS`: the browser would go to
  Amazon's host, but Amazon's pages never name a port, so the link is not one Amazon wrote.
  `:443` is the default port for https and is dropped by the standard, so it is fine.
* A protocol-relative `//www.amazon.it` is `AMBIGUOUS`: its scheme (http or https) depends
  on the page it sits on, which a pasted text does not have.
* A paste without a scheme (`www.amazon.it/gp/…`) is read as `https://` + the text, and the
  `detail` says so; it is genuine when that reading is. Text before a `:` that contains a
  dot (`www.amazon.it:8080/…`) is `AMBIGUOUS`: the standard reads it as a scheme.
* Links: the store domains and the Seller Central domain count (their subdomains too, so
  `sell.amazon.com` and `sellercentral.amazon.it` are genuine links, being under a store
  domain). `amazonsellerservices.com` and `amazon.lu` are sender domains only: a link to
  them is `NOT_AMAZON` with a detail saying why, because Amazon's rule for links names the
  store domains alone.
* Senders: a store domain, a subdomain of one, a sender domain or a subdomain of a sender
  domain (only the owner of a domain can create its subdomains, so they are just as much
  Amazon's). The domain must be written in plain ASCII: mail does not map full-width or
  other look-alike characters the way browsers do, so `x@аmazon.it` with a Cyrillic "а" is
  a different domain (`SENDER_LOOKALIKE`). A sender is genuine only when the pieces of it
  that read as links agree (`evil.com?@amazon.it` is a link to evil.com to a browser; a
  display name showing `https://evil.com` or another address): otherwise `AMBIGUOUS`, with
  the other host in `elsewhere`. A display name with `,;:()[]\\@` outside quotes is read
  differently by mail programs: never genuine. `pasted.check_pasted` (what the dialog
  calls) adds the reading of the whole text as a link, and a text-message sender.
* Look-alikes carry their `differences` (`lookalikes.py`): which character stands in place
  of which letter, and what kind of character it is.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from dataclasses import dataclass
from email.headerregistry import AddressHeader, HeaderRegistry
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Final

import ada_url
from ada_url.ada_adapter import ParseAttributes
from pydantic import BaseModel, ConfigDict

from app.core.lookalikes import (
    AMAZON,
    Difference,
    differences,
    fold_confusables,
    looks_like_amazon,
)

__all__ = [
    "MAX_HOST_LENGTH",
    "MAX_LINK_LENGTH",
    "MAX_SENDER_LENGTH",
    "GenuineDomains",
    "LinkVerdict",
    "Reason",
    "check_link",
    "check_sender",
    "fold_confusables",
    "genuine_domains",
    "looks_like_amazon",
]


class Reason(StrEnum):
    """Why a link or a sender is, or is not, Amazon's; the UI turns each into a sentence."""

    GENUINE_AMAZON = "genuine_amazon"
    """An https address whose host is a genuine Amazon domain or one of its subdomains."""
    NOT_A_LINK = "not_a_link"
    """The text cannot be read as a web address at all."""
    NOT_HTTPS = "not_https"
    """Not an https web address: http, javascript:, data:, file:, mailto: and the like."""
    IP_ADDRESS = "ip_address"
    """The host is an IP address (in any notation); Amazon never links to one."""
    CREDENTIALS = "credentials"
    """A user name or password stands before the host (`https://amazon.it@evil.com`)."""
    LOOKALIKE = "lookalike"
    """The host imitates Amazon: look-alike letters, extra words, Amazon as a label of
    another domain."""
    NOT_AMAZON = "not_amazon"
    """An ordinary other domain, not one Amazon uses for links."""
    AMBIGUOUS = "ambiguous"
    """Two reasonable readings of the text disagree, so it is not taken as Amazon."""
    EMPTY = "empty"
    """Nothing was pasted (or only spaces)."""
    SENDER_GENUINE = "sender_genuine"
    """The sender's address is on a genuine Amazon domain."""
    SENDER_NOT_AMAZON = "sender_not_amazon"
    """The sender's address is on an ordinary other domain."""
    SENDER_LOOKALIKE = "sender_lookalike"
    """The sender's address imitates Amazon (in its domain or before the @)."""
    SENDER_MALFORMED = "sender_malformed"
    """The text cannot be read as one e-mail address."""
    DISPLAY_NAME_TRICK = "display_name_trick"
    """The name shown says Amazon or an address, but the real address is not Amazon's."""
    AMAZON_HTTP = "amazon_http"
    """http:// on an Amazon host: the same link with https:// would be genuine."""
    AMAZON_SHORT_LINK = "amazon_short_link"
    """One of Amazon's short-link hosts (`amzn.to`): it hides the page it leads to."""
    AMAZON_MEDIA = "amazon_media"
    """Amazon's host for images and documents (`m.media-amazon.com`), not a store page."""
    SMS_SENDER = "sms_sender"
    """A name or a number a text message shows as its sender: it proves nothing."""
    TOO_LONG = "too_long"
    """Longer than any one link or sender: not checked (a message is not a book)."""


@dataclass(frozen=True)
class LinkVerdict:
    """The answer for one pasted link or sender."""

    genuine: bool
    """True only for `Reason.GENUINE_AMAZON` and `Reason.SENDER_GENUINE`."""
    reason: Reason
    host: str
    """The host a browser would really go to (for senders: the address's domain), in
    Unicode for display; "" when there is none."""
    registrable: str
    """The genuine domain matched, or (best effort) the domain the host really belongs to."""
    detail: str
    """What was read and why, in English, for the log."""
    differences: tuple[Difference, ...] = ()
    """For a look-alike: each character that stands in place of a plain letter."""
    elsewhere: str = ""
    """For "cannot tell" (`Reason.AMBIGUOUS`): the host that another reading of the text
    leads to, which is not Amazon's; "" when there is none, or it is unclear."""


class OtherAmazonHost(BaseModel):
    """A host of Amazon's that is not a store: added after the store list, with its own date."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str
    checked_on: dt.date


class GenuineDomains(BaseModel):
    """The contents of `genuine_domains.json`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    checked_on: dt.date
    source: str
    stores: tuple[str, ...]
    """Amazon's store domains: links and senders on them (or below them) are genuine."""
    seller: tuple[str, ...]
    """Seller Central domains not already under a store domain's rule."""
    sender_domains: tuple[str, ...]
    """Domains Amazon sends seller mail from; genuine for senders only."""
    short_links: tuple[OtherAmazonHost, ...]
    """Amazon's short-link hosts: Amazon's, but a short link hides where it leads."""
    media: tuple[OtherAmazonHost, ...]
    """Amazon's hosts for images and documents: Amazon's, but no page of the store."""

    @property
    def link_domains(self) -> tuple[str, ...]:
        """The domains a genuine link's host must equal or end with "." + one of."""
        return self.stores + self.seller


@cache
def genuine_domains() -> GenuineDomains:
    """The genuine Amazon domains, read once from the package data."""
    text = resources.files("app.core").joinpath("genuine_domains.json").read_text("utf-8")
    return GenuineDomains.model_validate_json(text)


# --- hosts ----------------------------------------------------------------------------

_SECOND_LEVEL: Final = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "gob", "or", "ne"})


def _under(host: str, domains: tuple[str, ...]) -> str | None:
    """The most specific of `domains` that `host` equals or ends with "." + it."""
    matches = [d for d in domains if host == d or host.endswith("." + d)]
    return max(matches, key=len) if matches else None


def _registrable_guess(host: str) -> str:
    """The domain someone registered to own `host`, best effort without the public suffix
    list: the last two labels, or three under a country's "co."/"com."-style level."""
    labels = [label for label in host.split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    if labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _to_unicode(ascii_host: str) -> str:
    """The host as a person should see it: valid punycode labels decoded (UTS #46, as
    browsers do); a label that is not valid punycode stays as written."""
    if "xn--" not in ascii_host:
        return ascii_host
    try:
        decoded = ada_url.idna.decode(ascii_host)
    except (UnicodeError, ValueError):
        return ascii_host
    return decoded or ascii_host


def _loosely_decoded(label: str) -> str:
    """An `xn--` label decoded as plain punycode even when IDNA would refuse it (so that
    `xn--amazon-` reads "amazon"): for spotting look-alikes only, never for display."""
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label


def _host_imitates_amazon(unicode_host: str) -> bool:
    """True when a host that is not genuine uses Amazon's name: in any label (punycode
    decoded), or spread over several labels before the last one (`ama.zon.com`)."""
    labels = [label for label in unicode_host.split(".") if label]
    readings = labels + [_loosely_decoded(label) for label in labels]
    if any(looks_like_amazon(label) for label in readings):
        return True
    return AMAZON in fold_confusables("".join(labels[:-1])).replace("-", "")


# --- links ----------------------------------------------------------------------------

MAX_LINK_LENGTH: Final = 8000
"""The longest text read as a link: HTTP asks programs to handle links of at least 8,000
characters (RFC 9110, section 4.1), so a longer one is not reliably one link anywhere."""
MAX_HOST_LENGTH: Final = 253
"""The longest host name the domain name system can look up (RFC 1035, 253 characters as
written): a longer host leads nowhere, and its look-alike analysis is not needed."""

_ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff"
_SCHEME: Final = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_LDH_HOST: Final = re.compile(r"[a-z0-9.-]+")
_NOT_WEB: Final = frozenset({ada_url.SchemeType.NOT_SPECIAL, ada_url.SchemeType.FILE})


def _strip_surroundings(text: str) -> str:
    """`text` without the blanks and zero-width characters pasted around it."""
    return text.strip().strip(_ZERO_WIDTH).strip()


def _hidden_character(text: str) -> str | None:
    """The Unicode category of the first control, format (invisible) or surrogate
    character in `text` that is not white space, or None."""
    for char in text:
        category = unicodedata.category(char)
        if category in {"Cc", "Cf", "Cs"} and not char.isspace():
            return category
    return None


def _verdict(
    reason: Reason, detail: str, host: str = "", registrable: str = "", *, genuine: bool = False
) -> LinkVerdict:
    return LinkVerdict(
        genuine=genuine, reason=reason, host=host, registrable=registrable, detail=detail
    )


def _raw_authority(url: str) -> str:
    """The text between the scheme and the path of `url` as written (its user, host and
    port), before any normalisation: to compare with what the browser made of it."""
    rest = url.split(":", 1)[1].lstrip("/")
    return re.split(r"[/?#]", rest, maxsplit=1)[0]


def _before_parsing(stripped: str) -> LinkVerdict | None:
    """The verdict for text that no single reading can be trusted with, or None."""
    category = _hidden_character(stripped)
    if category == "Cs":
        return _verdict(Reason.NOT_A_LINK, "the text holds broken Unicode (a lone surrogate)")
    if category is not None:
        return _verdict(
            Reason.AMBIGUOUS,
            "the text holds invisible or control characters: what is shown is not what a "
            "browser reads",
        )
    if any(char.isspace() for char in stripped):
        tokens = stripped.split()
        if not any("." in token or ":" in token for token in tokens):
            return _verdict(Reason.NOT_A_LINK, "words, not a web address")
        return _verdict(
            Reason.AMBIGUOUS,
            f"the text holds spaces, tabs or line breaks ({len(tokens)} pieces): there may be "
            "several addresses, and browsers silently remove tabs and line breaks",
        )
    if "\\" in stripped:
        return _verdict(
            Reason.AMBIGUOUS,
            "the text holds backslashes: browsers turn them into slashes, other programs "
            "do not, so they disagree on the host",
        )
    if stripped.startswith("//"):
        return _verdict(
            Reason.AMBIGUOUS,
            "a protocol-relative address (//…): http or https depends on the page it was on",
        )
    return None


def check_link(text: str) -> LinkVerdict:
    """Would opening `text` in a browser really take the user to Amazon over https?

    Never raises: any text gets a verdict.
    """
    stripped = _strip_surroundings(text)
    if not stripped:
        return _verdict(Reason.EMPTY, "nothing was pasted")
    if len(stripped) > MAX_LINK_LENGTH:
        return _verdict(
            Reason.TOO_LONG,
            f"{len(stripped)} characters: longer than any one link ({MAX_LINK_LENGTH}), "
            "so it was not read",
        )
    early = _before_parsing(stripped)
    if early is not None:
        return early
    scheme = _SCHEME.match(stripped)
    if scheme is None:
        head = re.split(r"[/?#]", stripped, maxsplit=1)[0]
        if stripped.startswith("/") or "." not in head:
            return _verdict(Reason.NOT_A_LINK, "neither a web address nor a domain name")
        if "@" in head and "/" not in stripped:
            return _verdict(
                Reason.NOT_A_LINK, "this looks like an e-mail address: check it as a sender"
            )
        candidate = "https://" + stripped
        assumed = f"no scheme was given, so it was read as {candidate}; "
    elif "." in scheme.group(1):
        return _verdict(
            Reason.AMBIGUOUS,
            f"{scheme.group(1)!r} followed by ':' reads both as a host with a port and, to a "
            "browser, as a scheme",
        )
    else:
        candidate = stripped
        assumed = ""
    try:
        parts = ada_url.parse_url(candidate)
    except ValueError:
        return _verdict(Reason.NOT_A_LINK, assumed + "a browser cannot read it as an address")
    verdict = _judge(candidate, parts)
    if assumed:
        return LinkVerdict(
            genuine=verdict.genuine,
            reason=verdict.reason,
            host=verdict.host,
            registrable=verdict.registrable,
            detail=assumed + verdict.detail,
        )
    return verdict


def _judge(url: str, parts: ParseAttributes) -> LinkVerdict:
    """The verdict for `url`, which the WHATWG parser read as `parts`."""
    scheme_type = parts["scheme_type"]
    protocol = parts["protocol"]
    if scheme_type in _NOT_WEB:
        return _verdict(Reason.NOT_HTTPS, f"a {protocol} address, not a web page over https")
    ascii_host = parts["hostname"]
    if len(ascii_host) > MAX_HOST_LENGTH:
        return _verdict(
            Reason.NOT_A_LINK,
            f"a host of {len(ascii_host)} characters: no host name is longer than "
            f"{MAX_HOST_LENGTH}, so the link leads nowhere",
        )
    host = _to_unicode(ascii_host)
    authority = _raw_authority(url)
    registrable = _registrable_guess(host.rstrip("."))
    if "@" in authority:
        return _verdict(
            Reason.CREDENTIALS,
            f"text before an @ is a user name, not the host: the browser goes to {host}",
            host,
            registrable,
        )
    if parts["host_type"] != ada_url.HostType.DEFAULT:
        return _verdict(Reason.IP_ADDRESS, f"the host is the IP address {host}", host, host)
    bare = ascii_host.rstrip(".")
    domains = genuine_domains()
    other = _other_amazon_host(bare, host, protocol)
    if other is not None:
        return other
    matched = _under(bare, domains.link_domains)
    if matched is None:
        sender_only = _under(bare, domains.sender_domains)
        if sender_only is not None:
            return _verdict(
                Reason.NOT_AMAZON,
                f"{sender_only} sends Amazon's mail but Amazon's own rule accepts links only on "
                "its store domains",
                host,
                sender_only,
            )
        if _host_imitates_amazon(host):
            return LinkVerdict(
                genuine=False,
                reason=Reason.LOOKALIKE,
                host=host,
                registrable=registrable,
                detail=f"{host} uses Amazon's name but is not an Amazon store domain; it "
                f"belongs to {registrable}",
                differences=differences(host),
            )
        return _verdict(Reason.NOT_AMAZON, f"{host} is not an Amazon domain", host, registrable)
    if scheme_type == ada_url.SchemeType.HTTP:
        return _judge_http_on_amazon(url, host, matched)
    if scheme_type != ada_url.SchemeType.HTTPS:
        return _verdict(
            Reason.NOT_HTTPS, f"{protocol} is not https, even though {host} is Amazon's",
            host, matched,
        )  # fmt: skip
    return _judge_amazon_host(url, parts, host, matched)


def _other_amazon_host(ascii_host: str, host: str, protocol: str) -> LinkVerdict | None:
    """The verdict for one of Amazon's hosts that is not a store (short links, media)."""
    domains = genuine_domains()
    for reason, hosts, what in (
        (Reason.AMAZON_SHORT_LINK, domains.short_links, "Amazon's short-link host"),
        (Reason.AMAZON_MEDIA, domains.media, "Amazon's host for images and documents"),
    ):
        matched = _under(ascii_host, tuple(other.host for other in hosts))
        if matched is not None:
            return _verdict(
                reason,
                f"{host} is {what} ({matched}), not a page of the store"
                + ("" if protocol == "https:" else f", and the link is {protocol}"),
                host,
                matched,
            )
    return None


def _judge_http_on_amazon(url: str, host: str, matched: str) -> LinkVerdict:
    """`url` is http:// on Amazon's `matched`: Amazon's address when its https twin is."""
    twin = "https" + url[len("http") :]
    try:
        twin_parts = ada_url.parse_url(twin)
    except ValueError:  # pragma: no cover - the http form parsed, so does the https one
        return _verdict(Reason.NOT_HTTPS, "http:, and no https reading", host, matched)
    verdict = _judge_amazon_host(twin, twin_parts, host, matched)
    if not verdict.genuine:
        return verdict
    return _verdict(
        Reason.AMAZON_HTTP,
        f"http:, not https:, on {host}, which is {matched}: Amazon's address, but type it "
        "with https",
        host,
        matched,
    )


def _judge_amazon_host(url: str, parts: ParseAttributes, host: str, matched: str) -> LinkVerdict:
    """The verdict for an https `url` whose host a browser reads as Amazon's `matched`."""
    ascii_host = parts["hostname"]
    if parts["port"]:
        return _verdict(
            Reason.AMBIGUOUS,
            f"port {parts['port']}: Amazon's pages never name a port",
            host,
            matched,
        )
    if ascii_host.endswith("."):
        return _verdict(
            Reason.AMBIGUOUS,
            "the host ends with a dot: browsers still go to Amazon, but it is not how Amazon "
            "writes its links",
            host,
            matched,
        )
    if "" in ascii_host.split("."):
        return _verdict(Reason.AMBIGUOUS, "the host has an empty label (..)", host, matched)
    if not _LDH_HOST.fullmatch(ascii_host):
        return _verdict(
            Reason.AMBIGUOUS,
            f"the host {ascii_host!r} holds characters Amazon's hosts never have: other "
            "programs may end the host there",
            host,
            matched,
        )
    after_scheme = url.split(":", 1)[1]
    if not after_scheme.startswith("//") or after_scheme.startswith("///"):
        return _verdict(
            Reason.AMBIGUOUS,
            "the scheme is not followed by exactly two slashes: browsers still find the "
            "host, other programs read it as a path",
            host,
            matched,
        )
    written_host, _, written_port = _raw_authority(url).rpartition(":")
    if not written_host:
        written_host, written_port = written_port, ""
    if written_port not in {"", "443"}:
        return _verdict(
            Reason.AMBIGUOUS,
            f"the port is written as {written_port!r}: programs may read it differently",
            host,
            matched,
        )
    if written_host.lower() != ascii_host:
        return _verdict(
            Reason.AMBIGUOUS,
            f"the host is written as {written_host!r} but a browser reads {ascii_host}: "
            "percent-encoding, full-width or look-alike characters",
            host,
            matched,
        )
    return _verdict(
        Reason.GENUINE_AMAZON,
        f"https on {host}, which is {matched}" + ("" if host == matched else " or under it"),
        host,
        matched,
        genuine=True,
    )


# --- senders --------------------------------------------------------------------------

_ANGLE_FORM: Final = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<address>[^<>]*)>$")
_LOCAL_PART_CHARACTERS: Final = frozenset(
    string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~."
)
_ASCII_LABEL: Final = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_REGISTRY: Final = HeaderRegistry()
_NAME_SPECIALS: Final = frozenset("(),;:[]\\@")
"""What, in a display name without quotes, mail programs read as more than a name."""
MAX_SENDER_LENGTH: Final = 998
"""The longest text read as a sender: the longest line a mail header may have (RFC 5322,
section 2.1.1)."""
_MAX_LOCAL, _MAX_DOMAIN = 64, 253  # RFC 5321, section 4.5.3.1
AROUND_A_LINK: Final = "<>()[]{}\"',;"
"""What programs that turn text into links leave out around one: brackets, quotes, commas."""
_AFTER_A_LINK: Final = ".:!?"
"""Punctuation that ends a sentence rather than a link written at its end."""


@dataclass(frozen=True, slots=True)
class _Sender:
    """One sender as read by this module's strict reader."""

    name: str  # the display name, unquoted; "" when none
    local: str  # before the @, unquoted
    domain: str  # after the @, as written
    address: str  # local@domain as written (quotes included)
    name_has_specials: bool = False  # an unquoted name with , ; : ( ) [ ] \\ or @


def _unquote(text: str) -> str | None:
    """The content of a quoted string `"…"`, or None when `text` is not exactly one."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return None
    out: list[str] = []
    escaped = False
    for char in text[1:-1]:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return None
        else:
            out.append(char)
    return None if escaped else "".join(out)


def _read_address(address: str) -> tuple[str, str] | None:
    """`local@domain` as (local, domain), or None when it is not exactly one address."""
    if address.startswith('"'):
        end = address.rfind('"@')
        local = _unquote(address[: end + 1]) if end > 0 else None
        domain = address[end + 2 :]
        if local is None or "@" in domain:
            return None
    else:
        local, at, domain = address.partition("@")
        if not at or "@" in domain or not local:
            return None
        if not set(local) <= _LOCAL_PART_CHARACTERS:
            return None
    if not domain or any(char.isspace() for char in domain):
        return None
    if len(local) > _MAX_LOCAL or len(domain) > _MAX_DOMAIN:
        return None
    return local, domain


def _read_sender(text: str) -> _Sender | None:
    """`addr@host`, `Name <addr@host>` or `"Name" <addr@host>`; None for anything else."""
    form = _ANGLE_FORM.match(text)
    if form is None:
        if any(char in text for char in '<>"') or any(char.isspace() for char in text):
            return None
        name, address = "", text
    else:
        name, address = form.group("name").strip(), form.group("address").strip()
        specials = False
        if name.startswith('"'):
            unquoted = _unquote(name)
            if unquoted is None:
                return None
            name = unquoted
        elif '"' in name:
            return None
        else:
            specials = any(char in _NAME_SPECIALS for char in name)
        parsed = _read_address(address)
        if parsed is None:
            return None
        return _Sender(name, *parsed, address, specials)
    parsed = _read_address(address)
    if parsed is None:
        return None
    return _Sender(name, *parsed, address)


def _library_reading(text: str) -> list[tuple[str, str, str]] | None:
    """The addresses the standard library's header parser finds in `text`, as
    (display name, local part, domain); None when it gives up."""
    try:
        header = _REGISTRY("from", text)
    except Exception:  # the parser raises IndexError ("x@") and others on bad input
        return None
    if not isinstance(header, AddressHeader):
        return None
    return [(a.display_name, a.username, a.domain) for a in header.addresses]


def link_like_words(text: str) -> list[str]:
    """The words of `text` a person or a program may take for a link or an address: an
    "@", a "://", or a name with a dot and a last part of two letters or more
    (`evil.com`, `www.amazon.it/x`; not `S.r.l.` nor `e.g.`), without the brackets, quotes
    and punctuation around them."""
    words = []
    for written in text.split():
        word = written.strip(AROUND_A_LINK).rstrip(_AFTER_A_LINK).strip(AROUND_A_LINK)
        if "@" in word or "://" in word:
            words.append(word)
            continue
        head = re.split(r"[/?#:\\]", word, maxsplit=1)[0]
        last = head.rsplit(".", 1)[-1] if "." in head else ""
        if len(last) >= 2 and last.isalpha():
            words.append(word)
    return words


def _name_claims_something(name: str) -> bool:
    """True when a display name shows an address, a domain or Amazon's name."""
    if "@" in name or link_like_words(name):
        return True
    return any(looks_like_amazon(word) for word in re.split(r"[^a-z]+", fold_confusables(name)))


def _elsewhere(reading: LinkVerdict) -> bool:
    """True when `reading` (of a piece of a sender, as a link) leads somewhere that is not
    Amazon, or cannot be told."""
    no_reading = {Reason.NOT_A_LINK, Reason.EMPTY, Reason.TOO_LONG}
    return not reading.genuine and reading.reason not in no_reading


def _other_reading(sender: _Sender, names: list[str]) -> tuple[str, str] | None:
    """How a piece of a genuine-looking sender reads as something that is not Amazon's (in
    English for the log) and the host it names ("" when unclear); None when every reading
    agrees.

    The address itself read as a link (`evil.com?@amazon.it`: a browser goes to evil.com),
    with or without the quotes of its local part; and every word of the display name that
    reads as a link or an address (`"https://evil.com" <x@amazon.it>`).
    """
    for candidate in dict.fromkeys([f"{sender.local}@{sender.domain}", sender.address]):
        reading = check_link(candidate)
        if _elsewhere(reading):
            return (
                f"read as a link, {candidate!r} leads to {reading.host or 'an unclear place'} "
                f"({reading.reason.value})",
                reading.host,
            )
    for name in names:
        for word in link_like_words(name):
            reading = check_link(word)
            if _elsewhere(reading):
                return f"the name shows {word!r}, a link that is not Amazon's", reading.host
            if reading.reason is Reason.NOT_A_LINK and "@" in word:
                address = _read_address(word)
                domain = _ascii_domain(address[1]) if address is not None else None
                domains = genuine_domains()
                if domain is None or not (
                    _under(domain, domains.stores) or _under(domain, domains.sender_domains)
                ):
                    where = address[1].lower() if address is not None else ""
                    return f"the name shows {word!r}, an address that is not Amazon's", where
    return None


def _ascii_domain(domain: str) -> str | None:
    """`domain` in ASCII (international names as punycode), or None when it is not a
    host name: empty labels, a trailing dot, characters a domain cannot hold."""
    try:
        encoded = domain.encode("ascii").decode("ascii").lower()
    except UnicodeError:
        try:
            encoded = ada_url.idna.encode(domain).decode("ascii")
        except (UnicodeError, ValueError):
            return None
    labels = encoded.split(".")
    if len(labels) < 2 or not all(_ASCII_LABEL.match(label) for label in labels):
        return None
    return encoded


def check_sender(text: str) -> LinkVerdict:
    """Is the sender `text` (as a mail program shows it) really Amazon?

    Never raises: any text gets a verdict.
    """
    stripped = _strip_surroundings(text)
    if not stripped:
        return _verdict(Reason.EMPTY, "nothing was pasted")
    if len(stripped) > MAX_SENDER_LENGTH:
        return _verdict(
            Reason.TOO_LONG,
            f"{len(stripped)} characters: longer than a mail header line "
            f"({MAX_SENDER_LENGTH}), so it was not read as a sender",
        )
    category = _hidden_character(stripped)
    if category is not None:
        reason = Reason.SENDER_MALFORMED if category == "Cs" else Reason.AMBIGUOUS
        return _verdict(reason, "the text holds invisible, control or broken characters")
    if "@" not in stripped:
        return _verdict(Reason.SENDER_MALFORMED, "no @: not an e-mail address")
    flat = " ".join(stripped.split())
    sender = _read_sender(flat)
    if sender is None:
        if flat.count("@") > 1:
            return _verdict(Reason.AMBIGUOUS, "more than one @: more than one way to read it")
        return _verdict(
            Reason.SENDER_MALFORMED,
            'not one address written as addr@host, Name <addr@host> or "Name" <addr@host>',
        )
    if sender.name_has_specials:
        # A comma, a colon, brackets...: mail programs read a list, a group or a comment
        # where this module reads a name. Judged on what it reads; never genuine.
        return _judge_sender(sender, None)
    # The standard library's reading of the address, to catch one it reads differently;
    # of the whole text only to decode a name written as "=?utf-8?q?...?=". (Not of every
    # text: its parser takes up to a tenth of a second on a long line.)
    library = _library_reading(flat if "=?" in sender.name else f"<{sender.address}>")
    if library is not None and len(library) > 1:
        return _verdict(Reason.AMBIGUOUS, f"{len(library)} addresses, not one")
    return _judge_sender(sender, library)


def _judge_sender(sender: _Sender, library: list[tuple[str, str, str]] | None) -> LinkVerdict:
    """The verdict for a sender read strictly as `sender` and by the library as `library`
    (None: not asked, or it gave up; then the sender is never genuine)."""
    if sender.domain.startswith("["):
        return _verdict(
            Reason.SENDER_NOT_AMAZON, "the address is on an IP address, not a domain",
            sender.domain, sender.domain,
        )  # fmt: skip
    ascii_domain = _ascii_domain(sender.domain)
    if ascii_domain is None:
        return _verdict(
            Reason.SENDER_MALFORMED, f"{sender.domain!r} is not a domain name", sender.domain
        )
    written_in_ascii = sender.domain.isascii()
    # As written when it is not ASCII: mail does not map look-alike characters.
    domain = _to_unicode(ascii_domain) if written_in_ascii else sender.domain.lower()
    registrable = _registrable_guess(domain)
    names = [sender.name] + [name for name, _, _ in library or ()]
    domains = genuine_domains()
    matched = _under(ascii_domain, domains.stores) or _under(ascii_domain, domains.sender_domains)
    if matched is not None and written_in_ascii:
        agreed = library is not None and [(local, dom.lower()) for _, local, dom in library] == [
            (sender.local, sender.domain.lower())
        ]
        if not agreed:
            return _verdict(
                Reason.AMBIGUOUS,
                "mail programs may read this text as a different address",
                domain,
                matched,
            )
        other = _other_reading(sender, names)
        if other is not None:
            how, where = other
            return LinkVerdict(
                genuine=False,
                reason=Reason.AMBIGUOUS,
                host=domain,
                registrable=matched,
                detail=f"read as a mail program does, the address is on {domain}, which is "
                f"{matched}; but {how}",
                elsewhere=where,
            )
        return _verdict(
            Reason.SENDER_GENUINE,
            f"the address is on {domain}, which is {matched}"
            + ("" if ascii_domain == matched else " or under it"),
            domain,
            matched,
            genuine=True,
        )
    if any(_name_claims_something(name) for name in names if name):
        return LinkVerdict(
            genuine=False,
            reason=Reason.DISPLAY_NAME_TRICK,
            host=domain,
            registrable=registrable,
            detail=f"the name shown claims Amazon or an address, but the mail really comes "
            f"from {domain}",
            differences=_differences_in(*names, domain, sender.local),
        )
    if matched is not None or _host_imitates_amazon(domain) or looks_like_amazon(sender.local):
        return LinkVerdict(
            genuine=False,
            reason=Reason.SENDER_LOOKALIKE,
            host=domain,
            registrable=registrable,
            detail=f"the address imitates Amazon but really comes from {domain}",
            differences=_differences_in(domain, sender.local),
        )
    return _verdict(
        Reason.SENDER_NOT_AMAZON, f"{domain} is not an Amazon domain", domain, registrable
    )


def _differences_in(*texts: str) -> tuple[Difference, ...]:
    """The look-alike characters of all `texts`, each once."""
    found: list[Difference] = []
    for text in texts:
        found += [difference for difference in differences(text) if difference not in found]
    return tuple(found)


def strip_pasted(text: str) -> str:
    """`text` without the blanks and zero-width characters a paste brings around it."""
    return _strip_surroundings(text)
