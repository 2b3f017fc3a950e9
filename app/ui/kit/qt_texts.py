"""Texts of Qt's own dialogs that Qt's Italian catalogue (qtbase_it) lacks in this Qt version.

Qt 6.11's widget-based QFileDialog asks for "&Look in:" and "Files of &type:", while
qtbase_it.qm only has the older "Look in:" and "Files of type:": the "Add to calendar" dialog
showed them in English inside the Italian interface. A translator answers for any context, so
the app's own catalogue carries them under Qt's context "QFileDialog"; it is installed after
Qt's and is asked first. The entries are only marked here, for lupdate: nothing imports this
module at run time, Qt looks the texts up itself.

To find what Qt asks for, open the dialog offscreen in English and read its labels
(tests/ui/test_calendar_dialog.py does, and fails if a text here is no longer used).
"""

from __future__ import annotations

from app.ui.kit.translatable import QT_TRANSLATE_NOOP

FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
