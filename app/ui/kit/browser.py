"""Opening Amazon's official pages in the user's own browser (the app itself never goes online).

Only links that pass the same check as the user's "Is this really Amazon?" (https, a genuine
Amazon host, nothing ambiguous) are opened; anything else is refused and logged. When the
system opens no browser, the user is shown the address to copy and how to reach the page by
hand (`LinkDialog`), never left with nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def open_official_page(url: str, parent: QWidget | None = None) -> bool:
    """Open `url` in the browser; False (and a log line) when it is not an official address.

    When the system cannot open it, a dialog over `parent`'s window gives the address and the
    way there by hand; it does not wait for the user (the caller carries on).
    """
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
        show_link_dialog(url, parent)
    return opened


def show_link_dialog(url: str, parent: QWidget | None = None) -> QWidget:
    """The address of `url` to copy and the way there by hand, over `parent`'s window."""
    from PySide6.QtCore import Qt  # here: the first use of Qt's namespace costs some 40 ms

    from app.core.official_links import key_of_url
    from app.ui.kit.link_dialog import LinkDialog

    dialog = LinkDialog(url, key_of_url(url), parent.window() if parent is not None else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, without a nested event loop
    return dialog
