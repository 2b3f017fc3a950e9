"""`QT_TRANSLATE_NOOP`, typed: marks a text for Qt Linguist and returns it unchanged.

PySide6's own version is typed as returning `object`; this one keeps `str` for mypy. Qt's
`pyside6-lupdate` recognises the call by its name, so the texts are still extracted.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context  # used by lupdate, and again by QCoreApplication.translate() when shown
    return source
