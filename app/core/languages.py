"""The languages the assistant speaks, and how the first one is chosen."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    ITALIAN = "it"
    ENGLISH = "en"

    @property
    def native_name(self) -> str:
        """The language's name in itself: what a language switch shows."""
        return {Language.ITALIAN: "Italiano", Language.ENGLISH: "English"}[self]

    @property
    def other(self) -> Language:
        return Language.ENGLISH if self is Language.ITALIAN else Language.ITALIAN


def parse_language(code: str) -> Language | None:
    """`"it"`, `"IT"`, `"it_IT"` -> Italian; anything unknown -> None."""
    base = code.strip().lower().replace("-", "_").split("_", 1)[0]
    try:
        return Language(base)
    except ValueError:
        return None


def default_language(system_language_code: str) -> Language:
    """Italian users first: an Italian system gets Italian, every other system English."""
    return parse_language(system_language_code) or Language.ENGLISH
