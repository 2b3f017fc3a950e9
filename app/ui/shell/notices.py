"""What the user is told about their data file, in their language, and non-blocking dialogs."""

from __future__ import annotations

import errno
import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from app.storage.store import LoadResult, StoreError


def load_problem(result: LoadResult, path: Path) -> str | None:
    """The message for a load that did not simply work; None when there is nothing to say."""
    from app.storage.store import LoadStatus, Protection

    if result.status is LoadStatus.OK and result.protection is Protection.FILE:
        return QCoreApplication.translate(
            "Notices",
            "Your data file is read-only, so your cases are shown but no change can be saved "
            "while the app is open. To make changes, allow writing to the file and open the "
            "app again. The file is {path}.",
        ).format(path=path)
    if result.status is LoadStatus.OK and result.protection is Protection.FOLDER:
        return QCoreApplication.translate(
            "Notices",
            "Your data folder cannot be written, so your cases are shown but no change can be "
            "saved while the app is open. To make changes, allow writing in the folder and "
            "open the app again. The folder is {folder}.",
        ).format(folder=path.parent)
    if result.status is LoadStatus.DAMAGED and result.kept_copy is not None:
        return QCoreApplication.translate(
            "Notices",
            "Your saved data could not be read, so the list starts empty. Nothing was "
            "deleted: the damaged file was kept as {copy}.",
        ).format(copy=result.kept_copy)
    if result.status is LoadStatus.DAMAGED:
        return QCoreApplication.translate(
            "Notices",
            "Your saved data could not be read, and it could not be moved aside either. To "
            "protect it, nothing will be saved while the app is open. The file is {path}.",
        ).format(path=path)
    if result.status is LoadStatus.NEWER:
        return QCoreApplication.translate(
            "Notices",
            "Your data was saved by a newer version of Account Assistant. This version cannot "
            "show it and will not change it: nothing will be saved while it is open. Install "
            "the newer version again to see your cases. The file is {path}.",
        ).format(path=path)
    if result.status is LoadStatus.UNREADABLE:
        return QCoreApplication.translate(
            "Notices",
            "Your data file cannot be opened (the system refused to read it). To protect it, "
            "nothing will be saved while the app is open. The file is {path}.",
        ).format(path=path)
    return None


def save_problem(error: StoreError, path: Path) -> str:
    from app.storage.store import (
        DocumentTooLargeError,
        ProtectedFileError,
        ReadOnlyStoreError,
        SaveFailedError,
        UnloadableDocumentError,
    )

    if isinstance(error, ReadOnlyStoreError):
        return QCoreApplication.translate(
            "Notices",
            "This change could not be saved: your data file is protected for this session "
            "(see the message shown at start-up). It stays visible until you close the app.",
        )
    code = error.errno if isinstance(error, SaveFailedError) else None
    if isinstance(error, DocumentTooLargeError):
        reason = QCoreApplication.translate(
            "Notices",
            "with all your cases, the data file would be larger than the {limit} MB the app "
            "can read back ({size} MB), so it was not written; deleting the finished cases you "
            "no longer need makes room",
        ).format(limit=_megabytes(error.limit), size=_megabytes(error.size))
    elif isinstance(error, ProtectedFileError):
        reason = QCoreApplication.translate(
            "Notices", "your data file was made read-only after the app opened it"
        )
    elif isinstance(error, UnloadableDocumentError):
        reason = QCoreApplication.translate(
            "Notices", "it holds something the app could not read back, so it was not written"
        )
    elif code == errno.ENOSPC:
        reason = QCoreApplication.translate("Notices", "the disk is full")
    elif code == errno.EBUSY:
        reason = QCoreApplication.translate(
            "Notices",
            "another program (an antivirus, OneDrive, an editor) had the data file open; the "
            "next change will try again",
        )
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = QCoreApplication.translate(
            "Notices", "the system does not allow writing in the data folder"
        )
    else:
        reason = QCoreApplication.translate("Notices", "the file could not be written")
    return QCoreApplication.translate(
        "Notices",
        "Your last change could not be saved: {reason}. The data saved before is intact in "
        "{path}. The change stays visible until you close the app; once the problem is "
        "solved, your next change saves everything.",
    ).format(reason=reason, path=path)


def _megabytes(size: int) -> int:
    """`size` bytes in whole megabytes (MiB), rounded up: never "0 MB" for a small file."""
    return math.ceil(size / (1024 * 1024))


class _NoticeKeeper(QObject):
    """Holds the notices that have no parent window until they are closed."""

    def __init__(self) -> None:
        super().__init__()
        self.open: set[QMessageBox] = set()

    def keep(self, box: QMessageBox) -> None:
        self.open.add(box)
        box.finished.connect(self.release)  # a bound method: no closure holds the box

    def release(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        sender = self.sender()
        if isinstance(sender, QMessageBox):
            self.open.discard(sender)


_KEEPER = _NoticeKeeper()


def show_notice(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon
) -> QMessageBox:
    """A message that does not stop the app: it stays until the user closes it."""
    # Imported here: the first use of Qt's namespace costs some 40 ms (PySide builds all
    # its enums), and QMessageBox's a few ms, which the first window can do without.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if parent is None:  # nothing else keeps a window without a parent alive
        _KEEPER.keep(box)
    box.open()
    return box
