"""Promise: damaged data or an unwritable disk never costs the user their data or the app.

At start-up, through the real controller: whatever is wrong with the saved file, a window
opens, a message in the user's language says what happened, and a file the app cannot use is
kept aside untouched (never silently overwritten). A save that fails leaves the previous file
byte for byte as it was and says so. (tests/ui/test_data_problems.py covers empty, truncated,
binary and newer-version files and a full disk reported by the store; this file adds the
rest.)

And at the level of the data model: whatever a user can put in a text field can be saved and
loaded again, and what could not be loaded again is refused before it is saved.

The tests run as root in CI, where file permissions are not enforced: a read-only file or
folder then gets the refusal the system would give (PermissionError, EACCES) by replacing
the system call, only for that file or folder.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
import tempfile
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.core.limits import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH
from app.storage import atomic_file
from app.storage.first_glance import first_glance
from app.storage.paths import DOCUMENT_FILE_NAME
from app.storage.store import DocumentStore, LoadStatus
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from tests.catalog import italian
from tests.disk_faults import FullDiskFile
from tests.ui.closing_steps import NOW, Clock, NoAutostart
from tests.ui.driving import child, click
from tests.ui.test_data_problems import close_notices, finish_with_a_case, notices

OPENED = NOW - dt.timedelta(days=3)

DAMAGED_SOURCE = (
    "Your saved data could not be read, so the list starts empty. Nothing was deleted: the "
    "damaged file was kept as {copy}."
)
NOT_MOVED_SOURCE = (
    "Your saved data could not be read, and it could not be moved aside either. To protect "
    "it, nothing will be saved while the app is open. The file is {path}."
)
PROTECTED_SOURCE = (
    "This change could not be saved: your data file is protected for this session (see the "
    "message shown at start-up). It stays visible until you close the app."
)
NOT_SAVED_SOURCE = (
    "Your last change could not be saved: {reason}. The data saved before is intact in "
    "{path}. The change stays visible until you close the app; once the problem is solved, "
    "your next change saves everything."
)
READ_ONLY_FOLDER_SOURCE = (
    "Your data folder cannot be written, so your cases are shown but no change can be saved "
    "while the app is open. To make changes, allow writing in the folder and open the app "
    "again. The folder is {folder}."
)
READ_ONLY_FILE_SOURCE = (
    "Your data file is read-only, so your cases are shown but no change can be saved while "
    "the app is open. To make changes, allow writing to the file and open the app again. The "
    "file is {path}."
)
DISK_FULL = "the disk is full"


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """The app's language switcher, starting in English; back to English afterwards."""
    switcher = LanguageSwitcher(qapp)
    switcher.apply(Language.ENGLISH)
    yield switcher
    switcher.apply(Language.ENGLISH)
    switcher.setParent(None)


@pytest.fixture
def document_path(data_dir: Path) -> Path:
    return data_dir / DOCUMENT_FILE_NAME


@pytest.fixture(autouse=True)
def _no_notices_left(qapp: QApplication) -> Iterator[None]:
    yield
    close_notices(qapp)


def start_app(switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot) -> AppController:
    """What `app.ui.shell.startup` does: a glance picks the window, the full load follows."""
    glance = first_glance(data_dir / DOCUMENT_FILE_NAME)
    controller = AppController(switcher, data_dir, clock=Clock(), autostart=NoAutostart())
    qtbot.addWidget(controller.show_first_window(glance.has_cases))
    controller.start_loading_document()  # in a worker thread, as after the first paint
    qtbot.waitUntil(lambda: controller.session.loaded, timeout=10_000)
    return controller


def shown_window(controller: AppController) -> Any:
    window = controller.main_window
    assert window is not None and window.isVisible()
    return window


def two_cases_saved(document_path: Path) -> list[Case]:
    cases = [
        open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "Errore 503", OPENED),
        open_case(Job.CUSTOMER_SIGN_IN, "Lavoro", "amazon.de", "", OPENED),
    ]
    DocumentStore(document_path).save(Document(cases=cases))
    return cases


def mark_solved(qtbot: QtBot, controller: AppController, case: Case) -> None:
    window = shown_window(controller)
    window.select_case(case.id)
    click(qtbot, child(window, QPushButton, "mark_solved"))


def listed_states(controller: AppController) -> list[str]:
    model = shown_window(controller).model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


# -- damaged files at start-up -------------------------------------------------------------


def _saved_case_json() -> dict[str, Any]:
    case = open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "", OPENED)
    return json.loads(case.model_dump_json())


def _document_with(**case_changes: Any) -> bytes:
    case = _saved_case_json() | case_changes
    return json.dumps({"schema_version": 1, "cases": [case]}, indent=2).encode()


def _huge_note() -> bytes:
    """30 MB of well-formed JSON: one case whose notes are far over the limit."""
    return _document_with(notes="Lorem ipsum dolor sit amet. " * 1_100_000)


def _two_hundred_thousand_cases() -> bytes:
    """Some 70 MB of well-formed JSON: more than the app reads at all."""
    template = json.dumps(_saved_case_json()).replace('"id": "', '"id": "{n}-', 1)
    cases = ",\n".join(template.replace("{n}", str(n), 1) for n in range(200_000))
    return ('{"schema_version": 1, "cases": [\n' + cases + "\n]}\n").encode()


DAMAGED_FILES: dict[str, Callable[[], bytes]] = {
    "a number where the label goes": lambda: _document_with(label=42),
    "an unknown state": lambda: _document_with(state="closed_for_ever"),
    "a list where the preferences go": lambda: json.dumps(
        {"schema_version": 1, "preferences": ["it"], "cases": []}
    ).encode(),
    "an unknown field at the top": lambda: json.dumps(
        {"schema_version": 1, "cases": [_saved_case_json()], "theme": "dark"}
    ).encode(),
    "an unknown field in a case": lambda: _document_with(priority="high"),
    "a key written twice": lambda: (
        b'{"schema_version": 1, "cases": ['
        + json.dumps(_saved_case_json()).encode()
        + b'], "cases": []}'
    ),
    "a key written twice in a case": lambda: _document_with(label="A").replace(
        b'"label": "A"', b'"label": "A", "label": "B"'
    ),
    "two cases with one id": lambda: json.dumps(
        {"schema_version": 1, "cases": [_saved_case_json()] * 2}
    ).encode(),
    "a 30 MB note": _huge_note,
    "200 000 cases": _two_hundred_thousand_cases,
}


@pytest.mark.parametrize("make_content", DAMAGED_FILES.values(), ids=DAMAGED_FILES.keys())
def test_a_damaged_file_is_kept_aside_untouched_and_the_app_starts_empty(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    make_content: Callable[[], bytes],
) -> None:
    content = make_content()
    data_dir.mkdir(parents=True)
    document_path.write_bytes(content)

    controller = start_app(switcher, data_dir, qtbot)

    window = controller.active_window()  # the list, or the start page if the file had none
    assert window is not None and window.isVisible()
    if controller.main_window is not None:
        assert controller.main_window.model.rowCount() == 0
    [copy] = data_dir.glob("account-assistant.damaged-*.json")
    assert notices(qapp) == [DAMAGED_SOURCE.format(copy=copy)]
    assert copy.read_bytes() == content
    # The app carries on with a fresh file; the copy is never touched again.
    close_notices(qapp)
    switcher.apply(Language.ITALIAN)  # a change that is saved (a moment later)
    qtbot.waitUntil(
        lambda: (
            DocumentStore(document_path).load(look_only=True).document.preferences.language
            is Language.ITALIAN
        ),
        timeout=5000,
    )
    assert copy.read_bytes() == content
    assert sorted(p.name for p in data_dir.iterdir()) == sorted([copy.name, document_path.name])


def test_a_damaged_file_is_reported_in_italian(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    content = _document_with(label=["Personale"], colour="blue")
    data_dir.mkdir(parents=True)
    document_path.write_bytes(content)
    switcher.apply(Language.ITALIAN)

    controller = start_app(switcher, data_dir, qtbot)

    shown_window(controller)
    [copy] = data_dir.glob("account-assistant.damaged-*.json")
    translated = italian(DAMAGED_SOURCE)
    assert translated != DAMAGED_SOURCE
    assert notices(qapp) == [translated.format(copy=copy)]
    assert copy.read_bytes() == content


# -- files and folders the system does not let the app write ------------------------------


def _refused(path: object) -> PermissionError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


@pytest.fixture
def read_only_folder(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Makes `data_dir` (already filled by the test) read-only, as `chmod 555` does."""
    data_dir.chmod(0o555)
    if os.access(data_dir, os.W_OK):  # root: nothing is enforced, so refuse as the system would
        real_mkstemp, real_replace, real_access = tempfile.mkstemp, os.replace, os.access

        def access(path: Any, mode: int, **kwargs: Any) -> bool:
            if mode & os.W_OK and Path(path).resolve() == data_dir.resolve():
                return False
            return real_access(path, mode, **kwargs)

        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            if Path(kwargs.get("dir") or ".").resolve() == data_dir.resolve():
                raise _refused(data_dir)
            return real_mkstemp(*args, **kwargs)

        def replace(src: Any, dst: Any) -> None:
            if data_dir.resolve() in {Path(src).resolve().parent, Path(dst).resolve().parent}:
                raise _refused(src)
            real_replace(src, dst)

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "access", access)
    yield data_dir
    data_dir.chmod(0o755)


def test_a_read_only_folder_keeps_the_file_and_says_so_in_italian(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    request: pytest.FixtureRequest,
) -> None:
    first, _ = two_cases_saved(document_path)
    before = document_path.read_bytes()
    request.getfixturevalue("read_only_folder")
    switcher.apply(Language.ITALIAN)

    controller = start_app(switcher, data_dir, qtbot)
    # The cases are shown, and the user learns at once that changes will not be kept.
    assert notices(qapp) == [italian(READ_ONLY_FOLDER_SOURCE).format(folder=data_dir)]
    assert shown_window(controller).model.rowCount() == 2
    close_notices(qapp)
    mark_solved(qtbot, controller, first)

    assert notices(qapp) == [italian(PROTECTED_SOURCE)]
    assert document_path.read_bytes() == before
    assert [p.name for p in data_dir.iterdir()] == [document_path.name]
    assert italian("Solved") in listed_states(controller)  # what the user did stays visible


def test_a_damaged_file_in_a_read_only_folder_stays_where_it_is_untouched(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    request: pytest.FixtureRequest,
) -> None:
    content = _document_with(label=42)
    data_dir.mkdir(parents=True)
    document_path.write_bytes(content)
    request.getfixturevalue("read_only_folder")

    controller = start_app(switcher, data_dir, qtbot)

    shown_window(controller)
    assert notices(qapp) == [NOT_MOVED_SOURCE.format(path=document_path)]
    close_notices(qapp)
    finish_with_a_case(qtbot, controller)  # the user carries on and makes a case
    assert notices(qapp) == [PROTECTED_SOURCE]
    assert document_path.read_bytes() == content
    assert [p.name for p in data_dir.iterdir()] == [document_path.name]


def test_a_read_only_file_is_not_replaced_and_the_user_is_told(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _ = two_cases_saved(document_path)
    before = document_path.read_bytes()
    document_path.chmod(0o444)
    real_replace = os.replace

    def replace_like_windows(src: Any, dst: Any) -> None:
        # A POSIX rename ignores the mode of the file it replaces; Windows refuses to
        # replace a read-only file. The second is the one the app must survive.
        if Path(dst).exists() and not Path(dst).stat().st_mode & stat.S_IWUSR:
            raise _refused(dst)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_like_windows)

    controller = start_app(switcher, data_dir, qtbot)
    assert notices(qapp) == [READ_ONLY_FILE_SOURCE.format(path=document_path)]
    close_notices(qapp)
    mark_solved(qtbot, controller, first)

    assert notices(qapp) == [PROTECTED_SOURCE]
    assert document_path.read_bytes() == before
    assert stat.S_IMODE(document_path.stat().st_mode) == 0o444
    assert [p.name for p in data_dir.iterdir()] == [document_path.name]  # no debris
    assert "Solved" in listed_states(controller)


# -- a full disk, at the lowest level --------------------------------------------------------


def _full_disk_os(where: str) -> types.SimpleNamespace:
    """`os` as `app.storage.atomic_file` sees it when the disk fills up at `where`."""
    fake = types.SimpleNamespace(**vars(os))
    if where == "write":
        fake.fdopen = lambda fd, mode: FullDiskFile(os.fdopen(fd, mode))
    else:  # many file systems only find out when the data is flushed to the disk

        def fsync(fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        fake.fsync = fsync
    return fake


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_disk_that_fills_up_while_saving_keeps_the_previous_file(
    switcher: LanguageSwitcher,
    data_dir: Path,
    document_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    first, second = two_cases_saved(document_path)
    before = document_path.read_bytes()
    controller = start_app(switcher, data_dir, qtbot)

    with monkeypatch.context() as patch:
        patch.setattr(atomic_file, "os", _full_disk_os(where))
        mark_solved(qtbot, controller, first)

    assert notices(qapp) == [NOT_SAVED_SOURCE.format(reason=DISK_FULL, path=document_path)]
    assert document_path.read_bytes() == before
    assert [p.name for p in data_dir.iterdir()] == [document_path.name]  # no half file left
    assert listed_states(controller).count("Solved") == 1
    # Once there is room again, the next change saves everything, the earlier one included.
    close_notices(qapp)
    mark_solved(qtbot, controller, second)
    assert notices(qapp) == []
    saved = DocumentStore(document_path).load().document.cases
    assert [c.state for c in saved] == [CaseState.SOLVED, CaseState.SOLVED]


# -- bad input in every free-text field, at the level of the model ---------------------------

TEXT_LIMITS = {
    "label": MAX_LABEL_LENGTH,
    "notes": MAX_NOTES_LENGTH,
    "refusal_reasons": MAX_NOTES_LENGTH,
}
TRICKY_TEXTS = {
    "empty": "",
    "only spaces": "   \t  ",
    "control characters": "a\x00b\x07c\x1b[31md\x7fe\x1ff",
    "every kind of line break": "one\r\ntwo\rthree\nfour\u2028five\u2029six\x85seven",
    "right-to-left marks": "\u202eevil.exe\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200e ok",
    "emoji": "👩‍👩‍👧‍👦 🇮🇹 🏳️‍🌈 ✅",
    "invisible characters": "\ufeff\u200b\u00ad\u2060x",
    "JSON and HTML": '"}],"schema_version": 2, "x": [{"<b>": "</td><script>',
    "backslashes": "C:\\Users\\n\\u0000\\",
}


def _refused_case() -> Case:
    case = open_case(
        Job.CLOSE_SELLER_ACCOUNT, "Negozio", "amazon.it", "", OPENED, state=CaseState.REFUSED
    )
    return case.model_copy(update={"refusal_reasons": "Saldo negativo"})


def _with(case: Case, **changes: Any) -> Case:
    """`case` changed as the app changes it: validated again, like a new case."""
    return Case.model_validate(case.model_dump() | changes)


def _round_trip(case: Case, folder: Path) -> Case:
    path = folder / DOCUMENT_FILE_NAME
    DocumentStore(path).save(Document(cases=[case]))
    result = DocumentStore(path).load()
    assert result.status is LoadStatus.OK, result.detail
    [loaded] = result.document.cases
    return loaded


@pytest.mark.parametrize("text", TRICKY_TEXTS.values(), ids=TRICKY_TEXTS.keys())
@pytest.mark.parametrize("field", TEXT_LIMITS)
def test_any_text_a_user_can_type_is_saved_and_loaded_back_exactly(
    tmp_path: Path, field: str, text: str
) -> None:
    case = _with(_refused_case(), **{field: text})
    loaded = _round_trip(case, tmp_path)
    assert getattr(loaded, field) == text
    assert loaded == case


@pytest.mark.parametrize("character", ["x", "é", "😀"])
@pytest.mark.parametrize("field", TEXT_LIMITS)
def test_text_at_the_limit_is_kept_and_one_more_character_is_refused_before_saving(
    tmp_path: Path, field: str, character: str
) -> None:
    limit = TEXT_LIMITS[field]
    at_the_limit = _with(_refused_case(), **{field: character * limit})
    assert getattr(_round_trip(at_the_limit, tmp_path), field) == character * limit
    before = (tmp_path / DOCUMENT_FILE_NAME).read_bytes()

    too_long = character * (limit + 1)
    with pytest.raises(ValidationError):
        _with(at_the_limit, **{field: too_long})
    with pytest.raises(ValidationError):  # changing the field in place is checked too
        setattr(at_the_limit, field, too_long)
    assert getattr(at_the_limit, field) == character * limit
    if field == "label":  # a new case is checked as well
        with pytest.raises(ValidationError):
            open_case(Job.CUSTOMER_SIGN_IN, too_long, "amazon.it", "", NOW)
    if field == "notes":
        with pytest.raises(ValidationError):
            open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", too_long, NOW)
    # What is on disk is what was saved last, and it still loads.
    DocumentStore(tmp_path / DOCUMENT_FILE_NAME).save(Document(cases=[at_the_limit]))
    assert (tmp_path / DOCUMENT_FILE_NAME).read_bytes() == before
    assert DocumentStore(tmp_path / DOCUMENT_FILE_NAME).load().status is LoadStatus.OK


def test_text_that_cannot_be_written_as_utf8_is_refused_before_saving() -> None:
    lone_surrogate = "abc\ud800"  # half of an emoji: not a character on its own
    for field in TEXT_LIMITS:
        with pytest.raises(ValidationError):
            _with(_refused_case(), **{field: lone_surrogate})


@settings(
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    field=st.sampled_from(sorted(TEXT_LIMITS)),
    text=st.text(max_size=MAX_LABEL_LENGTH + 10),
)
def test_whatever_text_is_accepted_loads_again(
    tmp_path_factory: pytest.TempPathFactory, field: str, text: str
) -> None:
    if len(text) > TEXT_LIMITS[field]:
        with pytest.raises(ValidationError):
            _with(_refused_case(), **{field: text})
        return
    case = _with(_refused_case(), **{field: text})
    assert getattr(_round_trip(case, tmp_path_factory.mktemp("text")), field) == text


# -- dates -----------------------------------------------------------------------------------


def _waiting_case() -> Case:
    return _with(
        open_case(
            Job.SELLER_SIGN_IN,
            "Negozio",
            "amazon.it",
            "",
            NOW,
            state=CaseState.WAITING_FOR_RESET,
        ),
        requested_on=NOW.date(),
        deadline=NOW.date() + dt.timedelta(days=2),
    )


def test_a_deadline_before_the_request_is_refused_before_saving(tmp_path: Path) -> None:
    case = _waiting_case()
    for day in (NOW.date() - dt.timedelta(days=1), dt.date(2000, 1, 1)):
        with pytest.raises(ValidationError, match="deadline is before the day of the request"):
            _with(case, deadline=day)
        with pytest.raises(ValidationError, match="deadline is before the day of the request"):
            _with(case, requested_on=case.deadline + dt.timedelta(days=1))
    assert _round_trip(case, tmp_path) == case


def test_a_deadline_moved_before_the_request_in_place_is_refused_and_not_kept() -> None:
    case = _waiting_case()
    deadline = case.deadline
    with pytest.raises(ValidationError):
        case.deadline = NOW.date() - dt.timedelta(days=1)
    assert case.deadline == deadline


@pytest.mark.parametrize("day", [dt.date.min, dt.date.max], ids=["year 1", "year 9999"])
@pytest.mark.parametrize("field", ["opened_on", "requested_on", "deadline"])
def test_dates_far_in_the_past_or_future_are_refused_before_saving(
    field: str, day: dt.date
) -> None:
    changes: dict[str, object] = {field: day}
    if field == "deadline":
        changes["requested_on"] = min(day, NOW.date())
    if field == "requested_on":
        changes["deadline"] = None
    with pytest.raises(ValidationError):
        _with(_waiting_case(), **changes)
