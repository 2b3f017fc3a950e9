"""An operating-system error in the user's language, from its error number.

`OSError.strerror` is the C library's text, in the system's language (English, most of the
time): inside an Italian sentence it reads "...in /home/x: Permission denied.". The common
errors a user can meet while saving a file have a sentence of their own; any other keeps the
system's text.
"""

from __future__ import annotations

import enum
import errno

from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable


class KnownError(enum.IntEnum):
    NO_SUCH_FILE = errno.ENOENT
    ACCESS_DENIED = errno.EACCES
    NOT_PERMITTED = errno.EPERM
    DISK_FULL = errno.ENOSPC
    READ_ONLY = errno.EROFS
    ALREADY_EXISTS = errno.EEXIST
    IS_A_FOLDER = errno.EISDIR
    NOT_A_FOLDER = errno.ENOTDIR
    IN_USE = errno.EBUSY


# Each a phrase that fits after "...: " in a sentence, with no full stop of its own.
OS_ERRORS = SentenceTable(
    "OsErrors",
    {
        KnownError.NO_SUCH_FILE: QT_TRANSLATE_NOOP("OsErrors", "the folder does not exist"),
        KnownError.ACCESS_DENIED: QT_TRANSLATE_NOOP(
            "OsErrors", "the system does not allow writing there"
        ),
        KnownError.NOT_PERMITTED: QT_TRANSLATE_NOOP(
            "OsErrors", "the system does not allow this operation"
        ),
        KnownError.DISK_FULL: QT_TRANSLATE_NOOP("OsErrors", "the disk is full"),
        KnownError.READ_ONLY: QT_TRANSLATE_NOOP(
            "OsErrors", "the disk can only be read, not written"
        ),
        KnownError.ALREADY_EXISTS: QT_TRANSLATE_NOOP("OsErrors", "a file with that name exists"),
        KnownError.IS_A_FOLDER: QT_TRANSLATE_NOOP(
            "OsErrors", "that name belongs to a folder, not a file"
        ),
        KnownError.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
            "OsErrors", "part of the path is a file, not a folder"
        ),
        KnownError.IN_USE: QT_TRANSLATE_NOOP(
            "OsErrors",
            "the file is in use by another program (an antivirus, OneDrive, an editor): "
            "try again in a moment",
        ),
    },
)


def os_error_text(error: OSError) -> str:
    """What went wrong, in the user's language for the common errors, else the system's."""
    try:
        known = KnownError(error.errno or 0)
    except ValueError:
        return error.strerror or str(error)
    return OS_ERRORS[known]
