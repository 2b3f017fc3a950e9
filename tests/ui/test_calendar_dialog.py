""" "Add to calendar" asks where to save in the user's language, starting in their Documents."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.calendar_export import CalendarEntry
from app.core.languages import Language
from app.ui.cases.calendar_files import save_calendar_file, starting_folder
from app.ui.kit.os_errors import OS_ERRORS, KnownError, os_error_text
from app.ui.kit.qt_texts import FILE_DIALOG_TEXTS
from app.ui.shell.language import LanguageSwitcher
from tests.ui.conftest import settle

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
ENTRY = CalendarEntry(uid="c1", day=dt.date(2026, 11, 27), summary="Confirm", description="-")


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def desktop() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation))


LABELS = {
    Language.ENGLISH: ("&Look in:", "Files of &type:"),
    Language.ITALIAN: ("&Cerca in:", "File di &tipo:"),
}


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_the_dialog_speaks_the_user_s_language_and_opens_in_documents(
    switcher: LanguageSwitcher, qtbot: QtBot, qapp: QApplication, language: Language
) -> None:
    switcher.apply(language)
    settle(qapp)
    documents().mkdir(parents=True, exist_ok=True)
    seen: dict[str, object] = {}

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen["look in"] = dialog.findChild(QLabel, "lookInLabel").text()  # type: ignore[union-attr]
        seen["type"] = dialog.findChild(QLabel, "fileTypeLabel").text()  # type: ignore[union-attr]
        seen["folder"] = Path(dialog.directory().absolutePath())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.selectAll()
        qtbot.keyClicks(name, "scadenze")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    saved = save_calendar_file(None, [ENTRY], NOW)
    assert (seen["look in"], seen["type"]) == LABELS[language]
    assert seen["folder"] == documents()
    assert saved == documents() / "scadenze.ics"
    assert saved.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_catalogue_s_dialog_texts_are_those_qt_uses(qtbot: QtBot) -> None:
    """Qt's English sources, read off the dialog itself: the catalogue must match them."""
    dialog = QFileDialog(None, "", str(Path.home()), "*.ics")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert set(FILE_DIALOG_TEXTS) <= shown


def test_without_documents_the_desktop_then_home() -> None:
    assert not documents().exists()
    assert starting_folder() == Path.home()  # never the folder the app was started from
    desktop().mkdir(parents=True)
    assert starting_folder() == desktop()
    documents().mkdir(parents=True)
    assert starting_folder() == documents()


@pytest.mark.parametrize(
    ("language", "reason"),
    [(Language.ENGLISH, "the folder does not exist"), (Language.ITALIAN, "la cartella non esiste")],
)
def test_a_write_error_is_told_in_the_user_s_language(
    switcher: LanguageSwitcher,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    language: Language,
    reason: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    target = tmp_path / "gone" / "scadenze.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    assert save_calendar_file(None, [ENTRY], NOW) is None
    [notice] = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert notice.text().endswith(f": {reason}.")
    assert "No such file" not in notice.text()
    notice.close()


@pytest.mark.parametrize("known", list(KnownError))
def test_every_common_os_error_has_a_sentence_in_both_languages(
    switcher: LanguageSwitcher, qapp: QApplication, known: KnownError
) -> None:
    error = OSError(known.value, "system text")
    english = os_error_text(error)
    assert english == OS_ERRORS.source(known) and "system text" not in english
    switcher.apply(Language.ITALIAN)
    settle(qapp)
    assert os_error_text(error) not in {english, "system text"}


def test_another_os_error_keeps_the_system_s_text() -> None:
    assert os_error_text(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert os_error_text(OSError("no number")) == "no number"


def _choose(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(chosen), ""))
    )


def test_a_link_chosen_in_the_dialog_is_followed_and_stays_a_link(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "amazon.ics"
    target.write_bytes(b"an older export")
    link = tmp_path / "deadlines.ics"
    link.symlink_to(target)
    _choose(monkeypatch, link)

    assert save_calendar_file(None, [ENTRY], NOW) == link

    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in synced.iterdir()) == ["amazon.ics"]
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


@pytest.mark.parametrize(
    ("typed", "written"),
    [("scadenze", "scadenze.ics"), ("scadenze.2026", "scadenze.2026.ics"), ("a.ICS", "a.ICS")],
)
def test_ics_is_added_to_a_name_without_it_never_put_in_place_of_another_ending(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, typed: str, written: str
) -> None:
    other = tmp_path / "scadenze.ics"
    if typed == "scadenze.2026":
        other.write_bytes(b"another calendar")  # must not be overwritten unasked
    _choose(monkeypatch, tmp_path / typed)

    assert save_calendar_file(None, [ENTRY], NOW) == tmp_path / written

    assert (tmp_path / written).read_bytes().startswith(b"BEGIN:VCALENDAR")
    if typed == "scadenze.2026":
        assert other.read_bytes() == b"another calendar"
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
@pytest.mark.parametrize(
    ("language", "reason"),
    [
        (Language.ENGLISH, "no program is reading from that pipe"),
        (Language.ITALIAN, "nessun programma sta leggendo da quella pipe"),
    ],
)
def test_a_pipe_chosen_in_the_dialog_is_not_replaced_and_the_reason_is_told(
    switcher: LanguageSwitcher,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    language: Language,
    reason: str,
) -> None:
    switcher.apply(language)
    settle(qapp)
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    _choose(monkeypatch, fifo)

    assert save_calendar_file(None, [ENTRY], NOW) is None

    [notice] = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert notice.text().endswith(f"{fifo}: {reason}.")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    notice.close()
