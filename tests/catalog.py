"""The Italian catalogue (translations/app_it.ts) as tests read it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TS_FILE = Path(__file__).resolve().parents[1] / "translations" / "app_it.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation; for a numerus message ("%n"), one per plural form
    unfinished: bool
    numerus: bool

    @property
    def translation(self) -> str:
        """The translation, or for a numerus message its forms, one per line."""
        return "\n".join(self.forms)


@cache
def messages() -> tuple[Message, ...]:
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    translation.get("type") in {"unfinished", "vanished", "obsolete"},
                    numerus,
                )
            )
    return tuple(found)


def italian(source: str, context: str | None = None) -> str:
    """The Italian of `source` (in `context`, if given); KeyError if the catalogue has none."""
    for message in messages():
        if message.source == source and context in {None, message.context}:
            return message.translation
    raise KeyError(source)


def italian_forms(context: str, source: str) -> tuple[str, ...]:
    """The Italian plural forms (one, other) of a numerus message."""
    for message in messages():
        if (message.context, message.source) == (context, source) and message.numerus:
            return message.forms
    raise KeyError(source)
