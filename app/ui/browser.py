"""Opening Amazon's official pages in the user's own browser (the app itself never goes online).

Only https addresses on a known Amazon store are opened; anything else is refused and logged.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.core.stores import STORES

log = logging.getLogger(__name__)


def is_official_address(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.username or parts.password or parts.port:
        return False
    host = (parts.hostname or "").rstrip(".")
    return any(host == s.domain or host.endswith("." + s.domain) for s in STORES)


def open_official_page(url: str) -> bool:
    """Open `url` in the browser; False (and a log line) when it is not an official address."""
    if not is_official_address(url):
        log.error("refused to open a non-official address: %r", url)
        return False
    opened = bool(QDesktopServices.openUrl(QUrl(url)))
    if not opened:
        log.warning("the system could not open %s", url)
    return opened
