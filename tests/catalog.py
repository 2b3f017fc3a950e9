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
    translation: str
    unfinished: bool


@cache
def messages() -> tuple[Message, ...]:
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type") in {"unfinished", "vanished", "obsolete"},
                )
            )
    return tuple(found)


def italian(source: str) -> str:
    for message in messages():
        if message.source == source:
            return message.translation
    raise KeyError(source)
