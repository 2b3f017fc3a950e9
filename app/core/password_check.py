"""What is wrong with a pasted password, told without ever showing or keeping the password.

Copy and paste often brings junk along: a space at either end, a line break, a zero-width
character from a web page, a Cyrillic "а" from a message that only looks Latin. `inspect`
names each kind of problem, how many characters it concerns and where they are (1-based
positions, so the user can be told "the 5th character"). A finding never holds the text or
any of its ordinary characters: only kinds, counts, positions, and for the invisible or
look-alike characters themselves their `CharacterClass` (what the screen names, in the user's
language) and their Unicode names (for the log and the tests; for a character without a
Unicode name, such as a control character, "U+" and its code point).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import compress, repeat
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


class FindingKind(StrEnum):
    """The kinds of problem, in the order `inspect` reports them."""

    LEADING_SPACE = "leading_space"  # a space or tab before the password
    TRAILING_SPACE = "trailing_space"  # a space or tab after it
    INNER_SPACE = "inner_space"  # a space (or tab) inside it
    INVISIBLE_CHARACTER = "invisible_character"  # zero-width, no-break, control, ...
    LINE_BREAK = "line_break"
    LOOKALIKE_LETTER = "lookalike_letter"  # looks Latin but is not: Cyrillic, fullwidth, ...
    CAPS_LOCK = "caps_lock"  # every letter is a capital: caps lock is probably on
    EMPTY = "empty"  # nothing was pasted


class CharacterClass(StrEnum):
    """What an invisible or look-alike character is, in words a user knows."""

    ZERO_WIDTH_SPACE = "zero_width_space"  # zero-width space, joiners, word joiner, BOM
    NO_BREAK_SPACE = "no_break_space"  # U+00A0 and its narrow and figure-width kin
    OTHER_SPACE = "other_space"  # a space of another width: em, thin, ideographic, ...
    SOFT_HYPHEN = "soft_hyphen"
    DIRECTION_MARK = "direction_mark"  # left-to-right / right-to-left marks and overrides
    CONTROL_CHARACTER = "control_character"
    BLANK_FILLER = "blank_filler"  # Hangul fillers, the blank braille pattern, ...
    FORMATTING_CHARACTER = "formatting_character"  # any other invisible format character
    CYRILLIC_LETTER = "cyrillic_letter"
    GREEK_LETTER = "greek_letter"
    FULLWIDTH_CHARACTER = "fullwidth_character"  # East Asian keyboards' Latin letters, digits
    STYLED_CHARACTER = "styled_character"  # "fancy text": mathematical letters and digits
    LETTER_LIKE_SYMBOL = "letter_like_symbol"  # the Kelvin sign, drawn as a K


@dataclass(frozen=True, slots=True)
class Finding:
    """One kind of problem: how many characters, where, and (for invisible and look-alike
    characters only) their Unicode names, in the same order as `positions`.

    `classes` gives, in the same order, what each of those characters is
    (`CharacterClass`): it follows from the names, so findings compare and print without it.

    For CAPS_LOCK `count` is the number of letters and there are no positions; for EMPTY
    both are empty.
    """

    kind: FindingKind
    count: int
    positions: tuple[int, ...] = ()
    names: tuple[str, ...] = ()
    classes: tuple[CharacterClass, ...] = field(default=(), compare=False, repr=False)


# Everything that ends a line for Unicode (str.splitlines also splits at the control
# characters U+001C..U+001E; here they count as invisible characters).
_LINE_BREAKS: Final = frozenset("\n\r\v\f\x85\u2028\u2029")
# Unicode White_Space, less the line breaks and less the invisible separators (category Zs
# other than U+0020), leaves exactly these two.
_SPACES: Final = frozenset(" \t")
_INVISIBLE_CATEGORIES: Final = frozenset({"Cf", "Zs", "Cc", "Cs"})
# Blank characters of other categories that browsers and chat apps use as invisible filler.
_INVISIBLE_EXTRAS: Final = frozenset(
    map(
        unicodedata.lookup,
        (
            "COMBINING GRAPHEME JOINER",
            "HANGUL CHOSEONG FILLER",
            "HANGUL JUNGSEONG FILLER",
            "HANGUL FILLER",
            "HALFWIDTH HANGUL FILLER",
            "KHMER VOWEL INHERENT AQ",
            "KHMER VOWEL INHERENT AA",
            "BRAILLE PATTERN BLANK",
        ),
    )
)

# Cyrillic and Greek letters drawn like Latin ones. They are suspicious only in a password
# that otherwise reads as Latin (see _reads_as_latin): a Russian or Greek password is fine.
_SCRIPT_LOOKALIKES: Final = frozenset(
    unicodedata.lookup(f"{script} {letter}")
    for script, letters in (
        (
            "CYRILLIC SMALL LETTER",
            "A IE O ER ES U HA BYELORUSSIAN-UKRAINIAN_I JE DZE KOMI_DE QA WE SHHA PALOCHKA",
        ),
        (
            "CYRILLIC CAPITAL LETTER",
            "A VE IE KA EM EN O ER ES TE HA BYELORUSSIAN-UKRAINIAN_I JE DZE QA WE SHHA",
        ),
        ("CYRILLIC LETTER", "PALOCHKA"),
        ("GREEK SMALL LETTER", "OMICRON ALPHA EPSILON IOTA KAPPA NU RHO TAU UPSILON CHI"),
        (
            "GREEK CAPITAL LETTER",
            "ALPHA BETA EPSILON ZETA ETA IOTA KAPPA MU NU OMICRON RHO TAU UPSILON CHI",
        ),
    )
    for letter in (word.replace("_", " ") for word in letters.split())
)
_SCRIPT_PREFIXES: Final = ("CYRILLIC ", "GREEK ")
# Always suspicious, nobody types them by hand: the fullwidth Latin letters and digits of
# East Asian keyboards, and the mathematical letters and digits of "fancy text" generators.
_STYLED_LATIN: Final = frozenset(
    char
    for char in map(chr, (*range(0xFF10, 0xFF5B), *range(0x1D400, 0x1D800)))
    if char.isalnum()  # not the fullwidth punctuation nor the mathematical nablas
    and unicodedata.name(char, "").startswith(
        ("FULLWIDTH LATIN ", "FULLWIDTH DIGIT ", "MATHEMATICAL ")
    )
)
_LOOKALIKES: Final = _STYLED_LATIN | {unicodedata.lookup("KELVIN SIGN")}

# What glues an emoji sequence together is part of the emoji, not junk: a zero-width
# joiner between two pictographs (symbols, "P"), after any variation selector or skin tone
# ("M"), and the tags ("T", up to a cancel tag "C") that follow a black flag ("F") to make
# the flag of England, Scotland or Wales. Both patterns match in linear time.
_ZERO_WIDTH_JOINER: Final = "\u200d"
_CANCEL_TAG: Final = "\U000e007f"
_GLUE_CODE_OF: Final = {
    _ZERO_WIDTH_JOINER: "Z",
    "\U0001f3f4": "F",
    _CANCEL_TAG: "C",
    **dict.fromkeys("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff", "M"),
    **dict.fromkeys(map(chr, range(0xE0020, 0xE007F)), "T"),
}
_GLUE: Final = re.compile(r"[PF]M*(Z)(?=[PF])|F(T+C)")


# What each character is before its place in the text counts, as a one-letter code: the
# text is mapped to a byte string of these codes and then searched, so that the work per
# character is done in C.
_ORD: Final = "."  # ordinary
_LINE_BREAK: Final = "L"
_INVISIBLE: Final = "I"
_SPACE: Final = "S"
_LOOKALIKE: Final = "K"
_SCRIPT: Final = "k"  # a Cyrillic/Greek look-alike: one only if the text reads as Latin
_JUNK: Final = (_LINE_BREAK + _INVISIBLE + _SPACE).encode("ascii")
_MASKS: Final = {
    code: bytes(byte == ord(code) for byte in range(256))
    for code in (_LINE_BREAK, _INVISIBLE, _SPACE, _LOOKALIKE)
}
_NAMED_KINDS: Final = {
    FindingKind.INVISIBLE_CHARACTER: _INVISIBLE,
    FindingKind.LOOKALIKE_LETTER: _LOOKALIKE,
}
# The code of every character not told by its category alone. Line breaks and the tab are
# control characters, the space is a separator: these codes win over the category's.
_CODE_OF: Final = {
    **dict.fromkeys(_INVISIBLE_EXTRAS, _INVISIBLE),
    **dict.fromkeys(_SCRIPT_LOOKALIKES, _SCRIPT),
    **dict.fromkeys(_LOOKALIKES, _LOOKALIKE),
    **dict.fromkeys(_SPACES, _SPACE),
    **dict.fromkeys(_LINE_BREAKS, _LINE_BREAK),
}


def inspect(text: str) -> list[Finding]:
    """Every kind of problem in `text`, each once, in the order of FindingKind.

    An ordinary password gives []. Each character counts for one kind at most: line breaks
    first, then invisible characters, then spaces and tabs. Spaces and tabs before the first
    (or after the last) character that is not junk are leading (trailing); other spaces are
    inner ones. If the text is nothing but junk, its spaces count as leading.

    Linear, with the work per character done in C: each distinct character is classified
    once, then the text is mapped to one code letter per character and searched.
    """
    if not text:
        return [Finding(FindingKind.EMPTY, 0)]
    chars = set(text)
    codes_of = _classify(chars)
    findings = _junk_and_lookalikes(text, codes_of) if set(codes_of.values()) - {_ORD} else []
    # Caps lock: at least two cased letters and none of them lower-case.
    if any(map(str.isupper, chars)) and not any(map(str.islower, chars)):
        upper = sum(map(str.isupper, text))
        if upper >= 2:
            findings.append(Finding(FindingKind.CAPS_LOCK, upper))
    return findings


def _classify(chars: set[str]) -> dict[str, str]:
    """The code of each character, with look-ups done in C (a paste may be long)."""
    ordered = list(chars)
    categories = map(unicodedata.category, ordered)
    invisible = compress(ordered, map(_INVISIBLE_CATEGORIES.__contains__, categories))
    codes_of = dict.fromkeys(ordered, _ORD)
    codes_of.update(dict.fromkeys(invisible, _INVISIBLE))
    codes_of.update((char, _CODE_OF[char]) for char in _CODE_OF.keys() & chars)
    return codes_of


def _junk_and_lookalikes(text: str, codes_of: dict[str, str]) -> list[Finding]:
    script = codes_of.keys() & _SCRIPT_LOOKALIKES
    if script:
        codes_of.update(dict.fromkeys(script, _LOOKALIKE if _reads_as_latin(codes_of) else _ORD))
    codes = "".join(map(codes_of.__getitem__, text)).encode("ascii")
    if _ZERO_WIDTH_JOINER in codes_of or _CANCEL_TAG in codes_of:
        glued = bytearray(codes)
        for start, stop in _emoji_glue(text, codes_of):
            glued[start:stop] = _ORD.encode("ascii") * (stop - start)
        codes = bytes(glued)

    lead_end = len(text) - len(codes.lstrip(_JUNK))
    trail_start = max(lead_end, len(codes.rstrip(_JUNK)))
    positions = {
        FindingKind.LEADING_SPACE: _positions(codes, _SPACE, 0, lead_end),
        FindingKind.TRAILING_SPACE: _positions(codes, _SPACE, trail_start, len(text)),
        FindingKind.INNER_SPACE: _positions(codes, _SPACE, lead_end, trail_start),
        FindingKind.INVISIBLE_CHARACTER: _positions(codes, _INVISIBLE, 0, len(text)),
        FindingKind.LINE_BREAK: _positions(codes, _LINE_BREAK, 0, len(text)),
        FindingKind.LOOKALIKE_LETTER: _positions(codes, _LOOKALIKE, 0, len(text)),
    }
    named = {kind: _named(text, codes, code) for kind, code in _NAMED_KINDS.items()}
    return [
        Finding(kind, len(found), found, *named.get(kind, ((), ())))
        for kind, found in positions.items()
        if found
    ]


def _mask(codes: bytes, code: str) -> bytes:
    """1 where `codes` has `code`, 0 elsewhere: what itertools.compress selects with."""
    return codes.translate(_MASKS[code])


def _positions(codes: bytes, code: str, start: int, stop: int) -> tuple[int, ...]:
    """1-based positions of `code` in codes[start:stop]."""
    part = codes[start:stop]
    if code.encode("ascii") not in part:
        return ()
    return tuple(compress(range(start + 1, stop + 1), _mask(part, code)))


def _named(
    text: str, codes: bytes, code: str
) -> tuple[tuple[str, ...], tuple[CharacterClass, ...]]:
    """The names and classes of the characters coded `code`, in the order of the text."""
    if code.encode("ascii") not in codes:
        return (), ()
    chars = list(compress(text, _mask(codes, code)))
    named = {char: (_name(char), _class_of(char)) for char in set(chars)}
    if len(named) == 1:  # the same one again and again: common, and quicker this way
        [(name, kind)] = named.values()
        return (name,) * len(chars), (kind,) * len(chars)
    pairs = list(map(named.__getitem__, chars))
    return tuple(name for name, _ in pairs), tuple(kind for _, kind in pairs)


def _reads_as_latin(chars: Iterable[str]) -> bool:
    """Whether Cyrillic/Greek look-alikes stand out among the characters of a text: it has a
    Latin letter, or none of its Cyrillic/Greek letters is one that cannot pass for Latin."""
    letters = set(filter(str.isalpha, chars)) - _SCRIPT_LOOKALIKES
    if any(map(str.isascii, letters)):
        return True
    names = list(map(unicodedata.name, letters, repeat("")))
    if any(map(str.startswith, names, repeat("LATIN "))):
        return True
    return not any(map(str.startswith, names, repeat(_SCRIPT_PREFIXES)))


def _emoji_glue(text: str, chars: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Where the joiners and tags that belong to an emoji are (👩‍💻, the flag of Wales), as
    (start, stop) index ranges. `chars` are the distinct characters of `text`."""
    glue_code_of = {
        char: _GLUE_CODE_OF.get(char) or ("P" if unicodedata.category(char) == "So" else ".")
        for char in chars
    }
    glue_codes = "".join(map(glue_code_of.__getitem__, text))
    for match in _GLUE.finditer(glue_codes):
        yield match.span(match.lastindex or 0)


_ZERO_WIDTH: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff\u034f\u180e")
_NO_BREAK: Final = frozenset("\u00a0\u202f\u2007")
_DIRECTION_MARKS: Final = frozenset(
    "\u200e\u200f\u061c" + "".join(map(chr, (*range(0x202A, 0x202F), *range(0x2066, 0x206A))))
)
_CLASS_BY_NAME_START: Final = (
    ("CYRILLIC ", CharacterClass.CYRILLIC_LETTER),
    ("GREEK ", CharacterClass.GREEK_LETTER),
    ("FULLWIDTH ", CharacterClass.FULLWIDTH_CHARACTER),
    ("MATHEMATICAL ", CharacterClass.STYLED_CHARACTER),
)


def _class_of(char: str) -> CharacterClass:
    """What an invisible or look-alike character is, for the user."""
    if char in _ZERO_WIDTH:
        return CharacterClass.ZERO_WIDTH_SPACE
    if char in _NO_BREAK:
        return CharacterClass.NO_BREAK_SPACE
    if char == "\u00ad":
        return CharacterClass.SOFT_HYPHEN
    if char in _DIRECTION_MARKS:
        return CharacterClass.DIRECTION_MARK
    if char in _INVISIBLE_EXTRAS:
        return CharacterClass.BLANK_FILLER
    category = unicodedata.category(char)
    if category == "Cc":
        return CharacterClass.CONTROL_CHARACTER
    if category == "Zs":
        return CharacterClass.OTHER_SPACE
    name = unicodedata.name(char, "")
    for start, kind in _CLASS_BY_NAME_START:
        if name.startswith(start):
            return kind
    if category in {"Cf", "Cs"}:
        return CharacterClass.FORMATTING_CHARACTER
    return CharacterClass.LETTER_LIKE_SYMBOL


def _name(char: str) -> str:
    return unicodedata.name(char, "") or f"U+{ord(char):04X}"
