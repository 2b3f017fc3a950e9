"""Opening Amazon's official pages in the user's own browser (the app itself never goes online).

Only links that pass the same check as the user's "Is this really Amazon?" (https, a genuine
Amazon host, nothing ambiguous) are opened; anything else is refused and logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def open_official_page(url: str) -> bool:
    """Open `url` in the browser; False (and a log line) when it is not an official address."""
    from app.core.links import check_link

    verdict = check_link(url)
    # The checker reads a pasted "www.amazon.it" as https; the app's own links must say so.
    if not verdict.genuine or not url.startswith("https://"):
        log.error(
            "refused to open a non-official address: %r (%s: %s)",
            url,
            verdict.reason.value,
            verdict.detail,
        )
        return False
    opened = bool(QDesktopServices.openUrl(QUrl(url)))
    if not opened:
        log.warning("the system could not open %s", url)
    return opened
