"""What the name a user gives an account ("Personale", "Account di mamma") may hold.

The name is shown in lists, reminders, calendar events and the keyring, so it must read the
same everywhere: no line breaks or other invisible control codes, and no characters that
reverse the direction of the text around them (a known way to make text look like something
else). Accents, other alphabets, emoji and the ordinary left-to-right / right-to-left marks
are all fine.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from app.core.limits import MAX_LABEL_LENGTH

# Embeddings, overrides and isolates: they change how the text *around* them is displayed.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class LabelProblem(StrEnum):
    """Why a typed name cannot be kept; the UI translates these."""

    ONLY_SPACES = "only_spaces"
    CONTROL_CHARACTERS = "control_characters"
    DIRECTION_CONTROLS = "direction_controls"
    TOO_LONG = "too_long"


def label_problem(text: str) -> LabelProblem | None:
    """The first problem with `text` as an account name, or None when it can be kept.

    An empty text has no problem here: whether a name is required is the page's decision.
    """
    if text and not text.strip():
        return LabelProblem.ONLY_SPACES
    if any(unicodedata.category(character) == "Cc" for character in text):
        return LabelProblem.CONTROL_CHARACTERS
    if any(character in DIRECTION_CONTROLS for character in text):
        return LabelProblem.DIRECTION_CONTROLS
    if len(text.strip()) > MAX_LABEL_LENGTH:
        return LabelProblem.TOO_LONG
    return None
