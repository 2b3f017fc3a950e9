"""Small builders for the rich text shown in labels: escaped, so user text is never markup."""

from __future__ import annotations

from collections.abc import Iterable


def escape(text: str) -> str:
    """What `html.escape` does, without importing `html` before the first window is painted."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def paragraphs(texts: Iterable[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts if text)


def bullet_list(items: Iterable[str]) -> str:
    rows = "".join(f"<li style='margin-bottom: 4px;'>{escape(item)}</li>" for item in items)
    return f"<ul style='margin-left: 0px; -qt-list-indent: 1;'>{rows}</ul>" if rows else ""


def numbered_list(items: Iterable[str]) -> str:
    rows = "".join(f"<li style='margin-bottom: 4px;'>{escape(item)}</li>" for item in items)
    return f"<ol style='margin-left: 0px; -qt-list-indent: 1;'>{rows}</ol>" if rows else ""
