"""Look-alike characters: does a word read as "amazon", and which characters make it so?

`fold_confusables` and `looks_like_amazon` spot a host or a sender that imitates Amazon's
name; `differences` says, character by character, what stands in place of which letter
("а", a Cyrillic letter, in place of "a"), with a `CharacterKind` the UI words in the user's
language (never Unicode's English names).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

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
AMAZON: Final = "amazon"


def fold_confusables(text: str) -> str:
    """`text` in lower case with look-alike characters replaced by the Latin letter they
    imitate, to compare it with "amazon": accents dropped, full-width and styled letters
    made plain, Cyrillic/Greek/Armenian look-alikes made Latin, digits read as letters
    (0→o, 1→l, 3→e, 4→a, 5→s, 7→t), and "rn"→"m", "vv"→"w", "nn"→"m".

    Only for detection: the result is not a domain and may not even be a word.
    """
    folded = _fold_characters(text)
    for pair, letter in _LETTER_PAIRS:
        folded = folded.replace(pair, letter)
    return folded


def _fold_characters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().translate(_CONFUSABLES)


def within_one_edit(word: str, target: str) -> bool:
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
    if AMAZON in joined:
        return True
    words = [joined, *folded.split("-")]
    return any(within_one_edit(word, AMAZON) for word in words if word)


# --- which characters differ ------------------------------------------------------------


class CharacterKind(StrEnum):
    """What a character standing in place of a Latin letter is; the UI words each kind."""

    CYRILLIC = "cyrillic"
    GREEK = "greek"
    ARMENIAN = "armenian"
    FULL_WIDTH = "full_width"
    """A wide letter, as written beside Chinese or Japanese text."""
    STYLED = "styled"
    """A decorative form of a letter: bold, italic, circled, small capital (Unicode's
    mathematical and enclosed letters)."""
    ACCENTED = "accented"
    """A Latin letter with an accent or another mark."""
    OTHER_LETTER = "other_letter"
    """A special letter that looks like a plain one (a dotless ı, a Latin alpha ɑ)."""
    DIGIT = "digit"
    """A digit read as a letter: 0 for o, 1 for l."""
    LETTER_PAIR = "letter_pair"
    """Two letters that together look like one: rn for m, vv for w."""
    ANOTHER_LETTER = "another_letter"
    """A different plain letter (amazom: m in place of n)."""


@dataclass(frozen=True, slots=True)
class Difference:
    """`found` stands where Amazon's name (or an ordinary domain) has `instead_of`."""

    found: str
    instead_of: str
    kind: CharacterKind


_SCRIPTS: Final = {
    "CYRILLIC": CharacterKind.CYRILLIC,
    "GREEK": CharacterKind.GREEK,
    "ARMENIAN": CharacterKind.ARMENIAN,
}


def character_kind(char: str) -> CharacterKind:
    """What `char`, a character other than a plain ASCII letter, is."""
    if char.isascii():
        if char.isdigit():
            return CharacterKind.DIGIT
        return CharacterKind.ANOTHER_LETTER
    name = unicodedata.name(char, "")
    script = _SCRIPTS.get(name.split(" ", 1)[0])
    if script is not None:
        return script
    if "FULLWIDTH" in name:
        return CharacterKind.FULL_WIDTH
    decomposed = unicodedata.normalize("NFKD", char)
    if any(unicodedata.combining(c) for c in decomposed):
        return CharacterKind.ACCENTED
    if decomposed != char:
        return CharacterKind.STYLED
    return CharacterKind.OTHER_LETTER


def differences(text: str) -> tuple[Difference, ...]:
    """The characters of `text` (a host, a domain, a local part or a name) that stand in
    place of a plain letter, each once, in order.

    Any character outside ASCII that folds to a plain letter or digit counts wherever it
    is (`amazon.іt`: a Cyrillic і). Plain characters count only inside the part that reads
    as "amazon": a digit (`amaz0n`), two letters for one (`arnazon`) or one other letter
    (`amazom`); so the "7" of `secure-amaz0n7.com` is not reported.
    """
    found: list[Difference] = []
    for word in _words(text):
        for difference in _word_differences(word):
            if difference not in found:
                found.append(difference)
    return tuple(found)


def _words(text: str) -> list[str]:
    """`text` cut at dots, @, white space and other separators a name does not hold."""
    word: list[str] = []
    words: list[str] = []
    for char in text:
        if char.isalnum() or char in "-_" or unicodedata.combining(char):
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def _pieces(word: str) -> list[tuple[str, str]]:
    """`word` as (what is written, the plain letters it reads as), one piece per character
    (an accent stays with its letter), with look-alike pairs ("rn") made one piece."""
    pieces: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFC", word):
        if unicodedata.combining(char) and pieces:
            written, read = pieces[-1]
            pieces[-1] = (written + char, read)
            continue
        pieces.append((char, _fold_characters(char)))
    merged: list[tuple[str, str]] = []
    for written, read in pieces:
        if merged:
            previous_written, previous_read = merged[-1]
            pair = previous_read + read
            letter = dict(_LETTER_PAIRS).get(pair)
            if letter is not None and previous_written.isascii() and written.isascii():
                merged[-1] = (previous_written + written, letter)
                continue
        merged.append((written, read))
    return merged


def _word_differences(word: str) -> list[Difference]:
    pieces = _pieces(word)
    read_word = "".join(read for _, read in pieces)
    # Which letter of "amazon" each piece stands for, where the word reads as Amazon's name.
    meant: dict[int, str] = {}
    at = read_word.find(AMAZON)
    if at >= 0:
        start = 0
        for index, (_, read) in enumerate(pieces):
            end = start + len(read)
            if start < at + len(AMAZON) and end > at and len(read) == 1:
                meant[index] = read
            start = end
    elif len(pieces) == len(AMAZON):
        differing = [i for i, (_, read) in enumerate(pieces) if read != AMAZON[i]]
        if len(differing) == 1:  # one letter in place of another, not a swap
            meant[differing[0]] = AMAZON[differing[0]]
    found: list[Difference] = []
    for index, (written, read) in enumerate(pieces):
        letter = meant.get(index)
        if not written.isascii():
            instead_of = letter or read
            if instead_of.isascii() and instead_of.isalnum() and instead_of != written.lower():
                found.append(Difference(written, instead_of, character_kind(written[0])))
        elif letter is not None and written.lower() != letter:
            found.append(_plain_difference(written, letter))
    return found


def _plain_difference(written: str, letter: str) -> Difference:
    if len(written) > 1:
        return Difference(written, letter, CharacterKind.LETTER_PAIR)
    return Difference(written, letter, character_kind(written))
