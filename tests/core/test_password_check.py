"""The pasted-password check: what is wrong with the text, and never the text itself."""

from __future__ import annotations

import dataclasses
import re
import string
import timeit
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.password_check import CharacterClass, Finding, FindingKind, inspect

K = FindingKind
NAMED_KINDS = {K.INVISIBLE_CHARACTER, K.LOOKALIKE_LETTER}
WITHOUT_POSITIONS = {K.CAPS_LOCK, K.EMPTY}


def at(kind: FindingKind, *positions: int, names: tuple[str, ...] = ()) -> Finding:
    return Finding(kind, len(positions), positions, names)


def caps(letters: int) -> Finding:
    return Finding(K.CAPS_LOCK, letters)


def called(*names: str) -> dict[str, tuple[str, ...]]:
    return {"names": names}


ZWSP = ("ZERO WIDTH SPACE",)
CASES = [
    pytest.param("  secret", [at(K.LEADING_SPACE, 1, 2)], id="two leading spaces"),
    pytest.param("\t\tx", [at(K.LEADING_SPACE, 1, 2)], id="leading tabs"),
    pytest.param("secret ", [at(K.TRAILING_SPACE, 7)], id="trailing space"),
    pytest.param("secret\n", [at(K.LINE_BREAK, 7)], id="trailing line break, not a space"),
    pytest.param(
        "secret \r\n",
        [at(K.TRAILING_SPACE, 7), at(K.LINE_BREAK, 8, 9)],
        id="space then CRLF at the end",
    ),
    pytest.param("sec ret", [at(K.INNER_SPACE, 4)], id="inner space"),
    pytest.param("sec\tret", [at(K.INNER_SPACE, 4)], id="inner tab counts as a space"),
    pytest.param("   ", [at(K.LEADING_SPACE, 1, 2, 3)], id="nothing but spaces"),
    pytest.param("pass\u200bword", [at(K.INVISIBLE_CHARACTER, 5, names=ZWSP)], id="zero width"),
    pytest.param(
        "\ufeffpassword",
        [at(K.INVISIBLE_CHARACTER, 1, names=("ZERO WIDTH NO-BREAK SPACE",))],
        id="byte-order mark at the start is invisible, not a leading space",
    ),
    pytest.param(
        "\u200b secret",
        [at(K.LEADING_SPACE, 2), at(K.INVISIBLE_CHARACTER, 1, names=ZWSP)],
        id="a space after leading junk still leads",
    ),
    pytest.param(
        "\u00a0secret",
        [at(K.INVISIBLE_CHARACTER, 1, names=("NO-BREAK SPACE",))],
        id="leading no-break space is invisible, not a leading space",
    ),
    pytest.param(
        "pa\u00adss", [at(K.INVISIBLE_CHARACTER, 3, names=("SOFT HYPHEN",))], id="soft hyphen"
    ),
    pytest.param("p\u00a0ss", [at(K.INVISIBLE_CHARACTER, 2, names=("NO-BREAK SPACE",))], id="nbsp"),
    pytest.param(
        "abc\u200f123",
        [at(K.INVISIBLE_CHARACTER, 4, names=("RIGHT-TO-LEFT MARK",))],
        id="right-to-left mark",
    ),
    pytest.param(
        "\u202edrowssap",
        [at(K.INVISIBLE_CHARACTER, 1, names=("RIGHT-TO-LEFT OVERRIDE",))],
        id="right-to-left override",
    ),
    pytest.param(
        "pass\x00word", [at(K.INVISIBLE_CHARACTER, 5, names=("U+0000",))], id="control char"
    ),
    pytest.param(
        "パス\u3000ワード",
        [at(K.INVISIBLE_CHARACTER, 3, names=("IDEOGRAPHIC SPACE",))],
        id="ideographic space",
    ),
    pytest.param(
        "pass\u3164", [at(K.INVISIBLE_CHARACTER, 5, names=("HANGUL FILLER",))], id="filler"
    ),
    pytest.param(
        "pаssword",  # a Cyrillic а
        [at(K.LOOKALIKE_LETTER, 2, names=("CYRILLIC SMALL LETTER A",))],
        id="Cyrillic a",
    ),
    pytest.param(
        "passwοrd",  # a Greek ο
        [at(K.LOOKALIKE_LETTER, 6, names=("GREEK SMALL LETTER OMICRON",))],
        id="Greek omicron",
    ),
    pytest.param(
        "ｐａｓｓ",
        [
            at(
                K.LOOKALIKE_LETTER,
                1,
                2,
                3,
                4,
                names=tuple(f"FULLWIDTH LATIN SMALL LETTER {c}" for c in "PASS"),
            )
        ],
        id="fullwidth Latin",
    ),
    pytest.param(
        "pass１２",
        [at(K.LOOKALIKE_LETTER, 5, 6, names=("FULLWIDTH DIGIT ONE", "FULLWIDTH DIGIT TWO"))],
        id="fullwidth digits",
    ),
    pytest.param(
        "p𝐚ss",
        [at(K.LOOKALIKE_LETTER, 2, names=("MATHEMATICAL BOLD SMALL A",))],
        id="mathematical bold",
    ),
    pytest.param("\u212aey", [at(K.LOOKALIKE_LETTER, 1, names=("KELVIN SIGN",))], id="Kelvin sign"),
    pytest.param("PASSWORD123", [caps(8)], id="caps lock"),
    pytest.param("A1", [], id="one capital is not caps lock"),
    pytest.param("ÀÉÎ", [caps(3)], id="accented capitals are caps lock"),
    pytest.param("PASSWORD password", [at(K.INNER_SPACE, 9)], id="not all capitals"),
    pytest.param("Ünïcödé", [], id="accented Latin is ordinary"),
    pytest.param("密码很安全123", [], id="Chinese"),
    pytest.param("パスワード", [], id="Japanese"),
    pytest.param("пароль", [], id="a Russian password is not a look-alike"),
    pytest.param("Καλημέρα2024", [], id="a Greek password is not a look-alike"),
    pytest.param("", [Finding(K.EMPTY, 0)], id="empty"),
    pytest.param("🔑🐱🚀", [], id="emoji"),
    pytest.param("pass👩\u200d💻word", [], id="the joiner inside an emoji is not junk"),
    pytest.param("🏳️\u200d🌈", [], id="a joiner after a variation selector"),
    pytest.param(
        "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
        [],
        id="the tags of the flag of Wales",
    ),
    pytest.param(
        "👩\u200d\u200d💻",
        [at(K.INVISIBLE_CHARACTER, 2, 3, names=("ZERO WIDTH JOINER",) * 2)],
        id="two joiners in a row are not an emoji",
    ),
    pytest.param("pa\u0301ss", [], id="combining accent"),
    pytest.param(
        "pa\u034fss",
        [at(K.INVISIBLE_CHARACTER, 3, names=("COMBINING GRAPHEME JOINER",))],
        id="combining grapheme joiner is invisible",
    ),
    pytest.param(
        " pаss word\u200b\r\n",
        [
            at(K.LEADING_SPACE, 1),
            at(K.INNER_SPACE, 6),
            at(K.INVISIBLE_CHARACTER, 11, names=ZWSP),
            at(K.LINE_BREAK, 12, 13),
            at(K.LOOKALIKE_LETTER, 3, names=("CYRILLIC SMALL LETTER A",)),
        ],
        id="several kinds, in the order of FindingKind",
    ),
    pytest.param(
        "\t\u200bPАSS WORD \n",  # a Cyrillic А
        [
            at(K.LEADING_SPACE, 1),
            at(K.TRAILING_SPACE, 12),
            at(K.INNER_SPACE, 7),
            at(K.INVISIBLE_CHARACTER, 2, names=ZWSP),
            at(K.LINE_BREAK, 13),
            at(K.LOOKALIKE_LETTER, 4, names=("CYRILLIC CAPITAL LETTER A",)),
            caps(8),
        ],
        id="every kind but empty",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tricky_pastes(text: str, expected: list[Finding]) -> None:
    assert inspect(text) == expected


BRIEFED_INVISIBLES = (
    "\u200b\u200c\u200d\u2060\u00a0\u202f\u00ad\ufeff\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    # and some other format characters and separators
    "\u061c\u180e\u2061\u2062\u2063\u2064\u206a\u206f\ufff9\U0001d173\U000e0001"
    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"
)


@pytest.mark.parametrize("char", BRIEFED_INVISIBLES, ids=unicodedata.name)
def test_every_format_character_and_odd_space_is_invisible(char: str) -> None:
    for text, position in ((f"ab{char}cd", 3), (f"{char}abcd", 1), (f"abcd{char}", 5)):
        name = unicodedata.name(char)
        assert inspect(text) == [at(K.INVISIBLE_CHARACTER, position, names=(name,))]


@pytest.mark.parametrize("char", "\n\r\u2028\u2029\x85\x0b\x0c", ids=repr)
def test_every_line_break_is_a_line_break_wherever_it_is(char: str) -> None:
    for text, position in ((f"ab{char}cd", 3), (f"{char}abcd", 1), (f"abcd{char}", 5)):
        assert inspect(text) == [at(K.LINE_BREAK, position)]


def test_any_whitespace_at_either_end_is_reported_once() -> None:
    whitespace = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    assert len(whitespace) > 20
    for char in whitespace:
        for text, position in ((f"{char}pass", 1), (f"pass{char}", 5)):
            findings = inspect(text)
            assert len(findings) == 1, repr(char)
            assert findings[0].positions == (position,)
            assert findings[0].kind in {
                K.LEADING_SPACE if position == 1 else K.TRAILING_SPACE,
                K.INVISIBLE_CHARACTER,
                K.LINE_BREAK,
            }


CYRILLIC_AND_GREEK = "аеорсухіјѕԁԛԝ" + "АВЕКМНОРСТХІЈЅ" + "οαεικνρτυχ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"


@pytest.mark.parametrize("char", CYRILLIC_AND_GREEK, ids=unicodedata.name)
def test_cyrillic_and_greek_lookalikes_in_a_latin_password(char: str) -> None:
    name = unicodedata.name(char)
    assert name.startswith(("CYRILLIC ", "GREEK "))
    assert inspect(f"pass{char}word") == [at(K.LOOKALIKE_LETTER, 5, names=(name,))]


def test_fullwidth_and_mathematical_letters_are_lookalikes() -> None:
    fullwidth = [chr(c) for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))]
    assigned = [chr(c) for c in range(0x1D400, 0x1D800) if unicodedata.name(chr(c), "")]
    mathematical = [char for char in assigned if char.isalpha()]
    assert len(fullwidth) == 52
    assert len(mathematical) > 900
    for char in fullwidth + mathematical:
        name = unicodedata.name(char)
        assert inspect(f"x{char}") == [at(K.LOOKALIKE_LETTER, 2, names=(name,))], name
    # Fullwidth punctuation is not a letter: nothing to say about it.
    assert inspect("x［＼］＾＿｀") == []


# --- Properties --------------------------------------------------------------------------

ORDINARY = string.ascii_letters + string.digits + string.punctuation
INVISIBLES = "\u200b\u200c\u200d\u2060\u00a0\u202f\u00ad\ufeff\u200e\u200f\u202e\u2066\u3000"
JUNK = " \t\n\r\x0b\x0c\x85\u2028\u2029\x00\x1b\x7f" + INVISIBLES
LOOKALIKES = "аеорсухАВЕКМНОРСТХοαρΑΒΕΟΡｐａＰ１𝐚𝐀\u212a"
# Password-like pastes: long runs of ordinary characters with junk and look-alikes mixed in.
pastes = st.text(
    st.one_of(
        st.sampled_from(ORDINARY),
        st.sampled_from(JUNK),
        st.sampled_from(LOOKALIKES),
        st.characters(),
    ),
    max_size=60,
)


@given(st.text(st.sampled_from(ORDINARY)))
def test_ordinary_ascii_passwords_have_no_finding_unless_all_capitals(password: str) -> None:
    letters = [c for c in password if c.isalpha()]
    if not password:
        expected = [Finding(K.EMPTY, 0)]
    elif len(letters) >= 2 and all(c.isupper() for c in letters):
        expected = [caps(len(letters))]
    else:
        expected = []
    assert inspect(password) == expected


def _assert_well_formed(text: str, findings: list[Finding]) -> None:
    kinds = [finding.kind for finding in findings]
    assert kinds == sorted(set(kinds), key=list(FindingKind).index)  # once each, in order
    assert (K.EMPTY in kinds) == (text == "")
    seen: set[int] = set()
    for finding in findings:
        assert all(1 <= p <= len(text) for p in finding.positions)
        assert list(finding.positions) == sorted(set(finding.positions))
        if finding.kind in WITHOUT_POSITIONS:
            assert finding.positions == ()
            assert finding.names == ()
            continue
        assert finding.count == len(finding.positions) > 0
        assert not seen & set(finding.positions), "a character counted twice"
        seen |= set(finding.positions)
        if finding.kind not in NAMED_KINDS:
            assert finding.names == ()
            continue
        # Each name is that of the flagged character itself, never an ordinary one.
        assert len(finding.names) == len(finding.positions)
        for position, name in zip(finding.positions, finding.names, strict=True):
            char = text[position - 1]
            assert name == (unicodedata.name(char, "") or f"U+{ord(char):04X}")
            assert not ("!" <= char <= "~")


@given(st.text())
def test_inspect_never_raises_and_findings_are_well_formed(text: str) -> None:
    _assert_well_formed(text, inspect(text))


@given(pastes)
def test_findings_of_password_like_pastes_are_well_formed(text: str) -> None:
    _assert_well_formed(text, inspect(text))


@given(st.text(st.one_of(st.sampled_from(ORDINARY), st.characters(categories=["Cs"]))))
def test_lone_surrogates_are_invisible(text: str) -> None:
    findings = inspect(text)
    _assert_well_formed(text, findings)
    surrogates = tuple(i + 1 for i, c in enumerate(text) if "\ud800" <= c <= "\udfff")
    found = {f.kind: f.positions for f in findings}
    assert found.get(K.INVISIBLE_CHARACTER, ()) == surrogates


@given(
    st.text(st.sampled_from(string.ascii_lowercase + string.digits), min_size=1),
    st.integers(min_value=0),
    st.sampled_from(INVISIBLES),
)
def test_an_invisible_character_is_found_where_it_was_put(
    password: str, where: int, char: str
) -> None:
    index = where % (len(password) + 1)
    text = password[:index] + char + password[index:]
    name = unicodedata.name(char)
    assert inspect(text) == [at(K.INVISIBLE_CHARACTER, index + 1, names=(name,))]


@given(
    st.text(st.sampled_from(string.ascii_lowercase + string.digits), min_size=1),
    st.text(st.sampled_from(" \t"), max_size=5),
    st.text(st.sampled_from(" \t"), max_size=5),
)
def test_spaces_around_a_password_are_leading_and_trailing(
    password: str, before: str, after: str
) -> None:
    expected = []
    if before:
        expected.append(at(K.LEADING_SPACE, *range(1, len(before) + 1)))
    if after:
        start = len(before) + len(password) + 1
        expected.append(at(K.TRAILING_SPACE, *range(start, start + len(after))))
    assert inspect(before + password + after) == expected


# --- Nothing of the password gets out ----------------------------------------------------

# What a finding may say whatever the password: the kinds and the fields.
FIXED_VOCABULARY = " ".join(
    [
        repr(inspect("")),
        repr(list(FindingKind)),
        *(field.name for field in dataclasses.fields(Finding)),
    ]
)
WORD = re.compile(r"[A-Za-z0-9]+")


def _vocabulary(findings: list[Finding]) -> str:
    """The fixed vocabulary, the numbers of these findings and the Unicode names in them
    (which `_assert_well_formed` proves are those of invisible or look-alike characters)."""
    numbers = [str(n) for f in findings for n in (f.count, *f.positions)]
    names = [name for f in findings for name in f.names]
    return " ".join([FIXED_VOCABULARY, *numbers, *names])


@given(pastes)
def test_findings_never_contain_the_passwords_ordinary_characters(text: str) -> None:
    findings = inspect(text)
    _assert_well_formed(text, findings)
    shown = repr(findings)
    vocabulary = _vocabulary(findings)
    # Every word of the findings comes from the vocabulary...
    assert set(WORD.findall(shown)) <= set(WORD.findall(vocabulary))
    # ...so no three ASCII letters or digits of the password in a row show, unless the
    # vocabulary has them anyway (a password containing "SPACE" or "123").
    runs = re.findall(r"[A-Za-z0-9]{3,}", text)
    pieces = {run[i : i + 3] for run in runs for i in range(len(run) - 2)}
    assert {piece for piece in pieces if piece in shown and piece not in vocabulary} == set()


@given(pastes, st.data())
def test_findings_do_not_depend_on_which_ordinary_characters_were_pasted(
    text: str, data: st.DataObject
) -> None:
    """Swapping every ASCII letter, digit and punctuation mark for another of the same sort
    changes nothing: the findings carry no information about them at all."""
    groups = (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)
    swapped = ["".join(data.draw(st.permutations(group))) for group in groups]
    table = str.maketrans("".join(groups), "".join(swapped))
    assert inspect(text.translate(table)) == inspect(text)


def test_a_recognisable_password_is_nowhere_in_the_findings() -> None:
    text = " Sw0rdf1sh\u200b\tΠаss wοrd ＰＡＳＳ\n"
    shown = repr(inspect(text))
    for secret in ("Sw0rdf1sh", "Sw0", "rdf", "f1sh", "ss", "rd"):
        assert secret not in shown


# --- Speed -------------------------------------------------------------------------------

LONG_PASTES = [
    pytest.param(
        "Correct Horse\u200b Battery\tStaple 1234 пароль ｐａｓｓ 👩\u200d💻 \n" * 250, id="mixed"
    ),
    pytest.param("a" * 10_000, id="plain"),
    pytest.param("\u200b" * 10_000, id="all invisible"),
    pytest.param(" x" * 5_000, id="spaces"),
    pytest.param("pаss" * 2_500, id="look-alikes"),
    pytest.param("👩" + "\ufe0f" * 9_999, id="one emoji, many selectors"),
    pytest.param("🏴" + "\U000e0067" * 9_999, id="a flag's tags never cancelled"),
]


@pytest.mark.parametrize("paste", LONG_PASTES)
def test_a_long_paste_is_inspected_quickly(paste: str) -> None:
    paste = paste[:10_000]
    assert len(paste) == 10_000
    best = min(timeit.repeat(lambda: inspect(paste), number=1, repeat=5))
    assert best < 0.010


C = CharacterClass


@pytest.mark.parametrize(
    ("char", "kind", "expected"),
    [
        ("\u200b", K.INVISIBLE_CHARACTER, C.ZERO_WIDTH_SPACE),
        ("\ufeff", K.INVISIBLE_CHARACTER, C.ZERO_WIDTH_SPACE),
        ("\u2060", K.INVISIBLE_CHARACTER, C.ZERO_WIDTH_SPACE),
        ("\u034f", K.INVISIBLE_CHARACTER, C.ZERO_WIDTH_SPACE),
        ("\u00a0", K.INVISIBLE_CHARACTER, C.NO_BREAK_SPACE),
        ("\u202f", K.INVISIBLE_CHARACTER, C.NO_BREAK_SPACE),
        ("\u3000", K.INVISIBLE_CHARACTER, C.OTHER_SPACE),
        ("\u2009", K.INVISIBLE_CHARACTER, C.OTHER_SPACE),
        ("\u00ad", K.INVISIBLE_CHARACTER, C.SOFT_HYPHEN),
        ("\u200f", K.INVISIBLE_CHARACTER, C.DIRECTION_MARK),
        ("\u202e", K.INVISIBLE_CHARACTER, C.DIRECTION_MARK),
        ("\x00", K.INVISIBLE_CHARACTER, C.CONTROL_CHARACTER),
        ("\x1f", K.INVISIBLE_CHARACTER, C.CONTROL_CHARACTER),
        ("\u3164", K.INVISIBLE_CHARACTER, C.BLANK_FILLER),
        ("\u2800", K.INVISIBLE_CHARACTER, C.BLANK_FILLER),
        ("\u2061", K.INVISIBLE_CHARACTER, C.FORMATTING_CHARACTER),
        ("\u0430", K.LOOKALIKE_LETTER, C.CYRILLIC_LETTER),
        ("\u03bf", K.LOOKALIKE_LETTER, C.GREEK_LETTER),
        ("\uff41", K.LOOKALIKE_LETTER, C.FULLWIDTH_CHARACTER),
        ("\uff11", K.LOOKALIKE_LETTER, C.FULLWIDTH_CHARACTER),
        ("\U0001d41a", K.LOOKALIKE_LETTER, C.STYLED_CHARACTER),
        ("\u212a", K.LOOKALIKE_LETTER, C.LETTER_LIKE_SYMBOL),
    ],
)
def test_each_named_character_has_a_class_the_screen_can_word(
    char: str, kind: FindingKind, expected: CharacterClass
) -> None:
    [finding] = [f for f in inspect(f"pass{char}word") if f.kind is kind]
    assert finding.classes == (expected,)


def test_classes_follow_the_characters_in_the_order_of_the_text() -> None:
    [finding] = inspect("p\u00a0a\u200bs\u00a0s")
    assert finding.classes == (C.NO_BREAK_SPACE, C.ZERO_WIDTH_SPACE, C.NO_BREAK_SPACE)
    assert len(finding.classes) == len(finding.names) == len(finding.positions)


@given(st.text(max_size=40))
def test_every_named_character_has_a_class(text: str) -> None:
    for finding in inspect(text):
        assert len(finding.classes) == len(finding.names)
