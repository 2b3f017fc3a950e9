"""The shape of a guidance page's content: English source texts marked for translation.

Texts are translated when shown, in the `context` given, so a language switch re-reads them.
Placeholders are named: `{store}` is the chosen Amazon store, e.g. "amazon.it".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.answers import Answers


@dataclass(frozen=True, slots=True)
class OfficialLink:
    """A button on a guidance page that opens one of Amazon's official pages."""

    label: str
    link_key: str | None  # a key of official_links.json; None = the store's home page


@dataclass(frozen=True, slots=True)
class YesNoQuestion:
    text: str
    yes: str
    no: str
    read: Callable[[Answers], bool | None]
    write: Callable[[Answers, bool | None], None]


@dataclass(frozen=True, slots=True)
class GuidanceContent:
    context: str
    title: str
    subtitle: str
    paragraphs: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    steps_in_order: bool = False  # numbered steps to follow, rather than a list of points
    after_steps: tuple[str, ...] = ()
    links: tuple[OfficialLink, ...] = ()
    warning: str = ""
    question: YesNoQuestion | None = None
