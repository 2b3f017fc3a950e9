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
  `http://amaz0n.it` is a `LOOKALIKE`, `http://www.amazon.it` is `NOT_HTTPS`.
  Addresses that are not web addresses at all (`javascript:`, `data:`, `mailto:`,
  `file:`, any other scheme) are `NOT_HTTPS` straight away: they have no host to judge.
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
  a different domain (`SENDER_LOOKALIKE`).
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

    @property
    def link_domains(self) -> tuple[str, ...]:
        """The domains a genuine link's host must equal or end with "." + one of."""
        return self.stores + self.seller


@cache
def genuine_domains() -> GenuineDomains:
    """The genuine Amazon domains, read once from the package data."""
    text = resources.files("app.core").joinpath("genuine_domains.json").read_text("utf-8")
    return GenuineDomains.model_validate_json(text)


# --- look-alikes ----------------------------------------------------------------------

_CONFUSABLES: Final = str.maketrans(
    {
        # Cyrillic letters that look Latin
        "а": "a", "в": "b", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
        "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
        "м": "m", "н": "h", "т": "t", "к": "k", "п": "n", "г": "r", "ё": "e", "ӏ": "l",
        # Armenian
        "ո": "n", "ս": "u", "օ": "o", "ց": "g", "հ": "h",
        # Greek
        "α": "a", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "ε": "e", "η": "n", "μ": "u", "ζ": "z", "ω": "w", "β": "b",
        # Latin letters from other blocks
        "ɑ": "a", "ı": "i", "ɡ": "g", "ᴢ": "z", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴀ": "a",
        "ƶ": "z", "ȥ": "z", "ʐ": "z", "ɱ": "m", "ŋ": "n", "ø": "o", "ð": "d", "ł": "l",
        # digits read as letters
        "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
        # punctuation that separates words
        "_": "-",
    }
)  # fmt: skip
_LETTER_PAIRS: Final = (("rn", "m"), ("vv", "w"), ("nn", "m"))
_AMAZON: Final = "amazon"


def fold_confusables(text: str) -> str:
    """`text` in lower case with look-alike characters replaced by the Latin letter they
    imitate, to compare it with "amazon": accents dropped, full-width and styled letters
    made plain, Cyrillic/Greek/Armenian look-alikes made Latin, digits read as letters
    (0→o, 1→l, 3→e, 4→a, 5→s, 7→t), and "rn"→"m", "vv"→"w", "nn"→"m".

    Only for detection: the result is not a domain and may not even be a word.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = plain.lower().translate(_CONFUSABLES)
    for pair, letter in _LETTER_PAIRS:
        folded = folded.replace(pair, letter)
    return folded


def _within_one_edit(word: str, target: str) -> bool:
    """True when `word` becomes `target` with at most one insertion, deletion,
    substitution or swap of two neighbouring letters."""
    if word == target:
        return True
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == target[diffs[1]]
            and word[diffs[1]] == target[diffs[0]]
        )
    shorter, longer = sorted((word, target), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def looks_like_amazon(label: str) -> bool:
    """True when one piece of a host (or a word) reads as "amazon" once look-alike
    characters are folded: it contains "amazon" (`secure-amazon`, `amazonpay`), or it, or
    one of its hyphenated words, is one edit away from it (`amazom`, `amzon`, `arnazon`,
    `amaz0n`, `ama-zon`).

    A genuine host contains "amazon" too: call this only for hosts already found not to
    be genuine.
    """
    folded = fold_confusables(label)
    joined = folded.replace("-", "")
    if _AMAZON in joined:
        return True
    words = [joined, *folded.split("-")]
    return any(_within_one_edit(word, _AMAZON) for word in words if word)


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
    return _AMAZON in fold_confusables("".join(labels[:-1])).replace("-", "")


# --- links ----------------------------------------------------------------------------

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
            return _verdict(
                Reason.LOOKALIKE,
                f"{host} uses Amazon's name but is not an Amazon store domain; it belongs to "
                f"{registrable}",
                host,
                registrable,
            )
        return _verdict(Reason.NOT_AMAZON, f"{host} is not an Amazon domain", host, registrable)
    if scheme_type != ada_url.SchemeType.HTTPS:
        return _verdict(
            Reason.NOT_HTTPS, f"{protocol} is not https, even though {host} is Amazon's",
            host, matched,
        )  # fmt: skip
    return _judge_amazon_host(url, parts, host, matched)


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
_DOMAIN_IN_TEXT: Final = re.compile(r"(?:[\w-]+\.)+[^\W\d_]{2,}", re.IGNORECASE)
_REGISTRY: Final = HeaderRegistry()


@dataclass(frozen=True, slots=True)
class _Sender:
    """One sender as read by this module's strict reader."""

    name: str  # the display name, unquoted; "" when none
    local: str  # before the @, unquoted
    domain: str  # after the @, as written


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
        if name.startswith('"'):
            unquoted = _unquote(name)
            if unquoted is None:
                return None
            name = unquoted
        elif '"' in name:
            return None
    parsed = _read_address(address)
    if parsed is None:
        return None
    return _Sender(name, *parsed)


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


def _name_claims_something(name: str) -> bool:
    """True when a display name shows an address, a domain or Amazon's name."""
    if "@" in name or _DOMAIN_IN_TEXT.search(name):
        return True
    return any(looks_like_amazon(word) for word in re.split(r"[^a-z]+", fold_confusables(name)))


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
    category = _hidden_character(stripped)
    if category is not None:
        reason = Reason.SENDER_MALFORMED if category == "Cs" else Reason.AMBIGUOUS
        return _verdict(reason, "the text holds invisible, control or broken characters")
    flat = " ".join(stripped.split())
    library = _library_reading(flat)
    if library is not None and len(library) > 1:
        return _verdict(Reason.AMBIGUOUS, f"{len(library)} addresses, not one")
    sender = _read_sender(flat)
    if sender is None:
        if flat.count("@") > 1:
            return _verdict(Reason.AMBIGUOUS, "more than one @: more than one way to read it")
        return _verdict(
            Reason.SENDER_MALFORMED,
            'not one address written as addr@host, Name <addr@host> or "Name" <addr@host>',
        )
    return _judge_sender(sender, library)


def _judge_sender(sender: _Sender, library: list[tuple[str, str, str]] | None) -> LinkVerdict:
    """The verdict for a sender read strictly as `sender` and by the library as `library`."""
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
        return _verdict(
            Reason.SENDER_GENUINE,
            f"the address is on {domain}, which is {matched}"
            + ("" if ascii_domain == matched else " or under it"),
            domain,
            matched,
            genuine=True,
        )
    if any(_name_claims_something(name) for name in names if name):
        return _verdict(
            Reason.DISPLAY_NAME_TRICK,
            f"the name shown claims Amazon or an address, but the mail really comes from {domain}",
            domain,
            registrable,
        )
    if matched is not None or _host_imitates_amazon(domain) or looks_like_amazon(sender.local):
        return _verdict(
            Reason.SENDER_LOOKALIKE,
            f"the address imitates Amazon but really comes from {domain}",
            domain,
            registrable,
        )
    return _verdict(
        Reason.SENDER_NOT_AMAZON, f"{domain} is not an Amazon domain", domain, registrable
    )


def check_pasted(text: str) -> LinkVerdict:
    """Whatever the user pasted: a sender (`name@host`, `Name <name@host>`) or else a link.

    Text with an "@" but no "/" cannot be a link with a path, nor one with a scheme: it is
    read as the sender of an e-mail. Anything else is read as a link.
    """
    stripped = text.strip()
    if "@" in stripped and "/" not in stripped:
        return check_sender(text)
    return check_link(text)
