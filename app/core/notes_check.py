"""Does a note look like it holds a password? The app promises never to keep one.

The notes are the user's own words, saved with the case. Someone who writes "la mia password è
Gatto123" or "pwd=Gatto123" is about to store a secret in a plain file: `looks_like_a_password`
spots the usual ways of writing it down, in Italian and in English, so the screen can warn
before the note is saved. It is a hint, not a guarantee, and it errs on the quiet side for
sentences that only talk about a password ("la password è sbagliata", "I reset my password").
"""

from __future__ import annotations

import re
from typing import Final

# The word for the secret, then an optional qualifier ("nuova", "new"), as a whole word.
_SECRET_WORD: Final = (
    r"\b(?:password|passwd|pwd|pw|passcode|passphrase|pass|pin|"
    r"parola\s+(?:d['\u2019]\s*ordine|segreta|chiave)|codice\s+segreto)"
    r"(?:\s+(?:nuova|vecchia|attuale|temporanea|new|old|current|temporary))?"
)
# "password: X", "pwd=X", "password -> X"
_WRITTEN_DOWN: Final = re.compile(_SECRET_WORD + r"\s*(?:[:=]|->|=>)\s*(?P<value>\S+)", re.I)
# "la mia password è X", "my password is X", "password was: X"
_SAID: Final = re.compile(
    _SECRET_WORD + r"\s+(?:è|é|e'|e`|era|sarebbe|is|was|would\s+be)\s*:?\s+(?P<value>[^\s,.;!?]+)",
    re.I,
)
# Words that follow "password è / is" in a sentence about the password, not its value.
_ORDINARY_WORDS: Final = """
    sbagliata sbagliato errata errato giusta giusto corretta corretto scaduta stata cambiata
    bloccata nuova vecchia lunga corta debole forte diversa stessa uguale valida sicura
    la una un il lo quella questa sempre ancora non già troppo molto
    wrong correct right incorrect invalid valid expired not the a an still too very changed
    blocked new old different fine ok okay weak strong same safe secure
"""
_NOT_A_VALUE: Final = frozenset(_ORDINARY_WORDS.split())


def looks_like_a_password(notes: str) -> bool:
    """Whether `notes` seem to write a password down ("password: ...", "pwd=...", "la mia
    password è ...", "my password is ..."), in Italian or English."""
    if _WRITTEN_DOWN.search(notes):
        return True
    return any(
        match.group("value").casefold().strip("'\"\u201c\u201d\u00ab\u00bb") not in _NOT_A_VALUE
        for match in _SAID.finditer(notes)
    )
