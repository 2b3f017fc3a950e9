"""Small builders for the rich text shown in labels: escaped, so user text is never markup."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def paragraphs(texts: Iterable[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts if text)


def bullet_list(items: Iterable[str]) -> str:
    rows = "".join(f"<li style='margin-bottom: 4px;'>{escape(item)}</li>" for item in items)
    return f"<ul style='margin-left: 0px; -qt-list-indent: 1;'>{rows}</ul>" if rows else ""


def numbered_list(items: Iterable[str]) -> str:
    rows = "".join(f"<li style='margin-bottom: 4px;'>{escape(item)}</li>" for item in items)
    return f"<ol style='margin-left: 0px; -qt-list-indent: 1;'>{rows}</ol>" if rows else ""
