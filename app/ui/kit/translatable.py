"""Texts marked for Qt Linguist: one sentence per enum member, and sentences that count.

Qt's `pyside6-lupdate` reads the source code, not the running program: it finds a text by the
name of the call around it, with the context written literally. Hence the shapes below.

- `QT_TRANSLATE_NOOP("Context", "text")` marks a text and returns it unchanged (PySide6's own
  version is typed as returning `object`; this one keeps `str` for mypy).
- `SentenceTable`: enum member → sentence, each entry written as such a `QT_TRANSLATE_NOOP`
  call, translated when looked up. A member without a sentence is a KeyError, never "".
- `CountingContext`: a sentence with a number in it ("%n day(s) left"), worded in each language
  by Qt's numerus forms (Italian, like English: one, other). English is the source language and
  has no catalogue, so its two forms are written beside the call.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

K = TypeVar("K", bound=enum.Enum)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context  # used by lupdate, and again by QCoreApplication.translate() when shown
    return source


class SentenceTable(Generic[K]):
    """One sentence per member of an enum, translated in the current language when looked up.

    ```
    REASONS = SentenceTable("Checker", {
        Reason.EMPTY: QT_TRANSLATE_NOOP("Checker", "Paste a link or an e-mail sender first."),
        ...
    })
    REASONS[Reason.EMPTY]  # "Prima incolla un link..." in Italian
    ```
    Every entry's `QT_TRANSLATE_NOOP` must name the table's context: lupdate files the text
    under that one, and the lookup asks for it there. `missing()` lists the members of the enum
    that have no sentence (a test per table asserts there are none).
    """

    def __init__(self, context: str, sentences: Mapping[K, str]) -> None:
        if not sentences:
            raise ValueError(f"the {context} table has no sentence")
        kinds = {type(key) for key in sentences}
        if len(kinds) != 1:
            raise TypeError(f"the {context} table mixes the keys of {sorted(map(str, kinds))}")
        self.context = context
        self.kind: type[K] = kinds.pop()
        self._sources: dict[K, str] = dict(sentences)

    def __getitem__(self, key: K) -> str:
        """The sentence for `key` in the current language; KeyError if the table has none."""
        return QCoreApplication.translate(self.context, self._sources[key])

    def source(self, key: K) -> str:
        """The sentence for `key` as written in the code (the catalogue's source text)."""
        return self._sources[key]

    def missing(self) -> list[K]:
        """The members of the enum without a sentence, in the enum's order."""
        return [member for member in self.kind if member not in self._sources]


class CountingContext:
    """A translation context for sentences with a number in them, worded by Qt's numerus forms.

    Name the object after its context, as a class names its own, and call its `tr()` the way
    Qt's `self.tr(text, disambiguation, n)` is called:
    ```
    CaseTexts = CountingContext("CaseTexts")
    CaseTexts.tr("%n day(s) left", None, days, english=("%n day left", "%n days left"))
    ```
    lupdate takes the name written before `.tr(` as the context and, from the argument after
    the disambiguation, files the text as one with numerus forms (`<message numerus="yes">`),
    which the catalogue fills in for each form of the language. (lupdate reads an identifier
    as the count only in this shape: in `QCoreApplication.translate(context, text, None, n)`
    it takes `n` for an encoding and loses the numerus, so do not write that. And it glues
    the name before a `.translate(` to the next `Name.tr(` unless a plain name comes between:
    `return QCoreApplication.translate(...)` right before `return CaseTexts.tr(...)` files the
    text under "QCoreApplication.CaseTexts"; tests/test_translations.py refuses such a
    context.)

    English has no catalogue: without a translation in force the English forms given are used,
    the first for 1 and the second for any other number. `%n` stands for the number in all of
    them.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: None, n: int, *, english: tuple[str, str]) -> str:
        del disambiguation  # always None: there only so that lupdate sees the count as such
        translated = QCoreApplication.translate(self.name, source, None, n)
        if translated != _with_number(source, n):
            return translated
        one, other = english
        return _with_number(one if n == 1 else other, n)


def _with_number(text: str, n: int) -> str:
    """`text` with its `%n` replaced by `n`, as QCoreApplication.translate() does it."""
    return text.replace("%n", str(n))
