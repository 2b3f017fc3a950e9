"""Many cases: the store reads them a slice at a time, checks each once, and saves only anew
what it has not seen; whatever the slices accept, the whole text reads the same.

Timings are the benchmark's job (`make bench`); here the work is counted, so that a change
that validates everything in one call (freezing a window that loads in a worker thread), or
twice, or again at every save, fails whatever the machine.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.case_states import CaseState
from app.core.cases import Case, open_case
from app.core.document import Document, Preferences
from app.core.jobs import Job
from app.core.languages import Language
from app.storage import store as store_module
from app.storage.store import DocumentStore, LoadStatus

FILE_NAME = "account-assistant.json"
NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SLICE = 2_000  # characters: a few cases per slice, so that small documents have many

# Notes that look like the places where the text is cut, or like the keys it looks for.
TRICKY_NOTES = [
    '},{"id": "x"}, {"id":',
    '"cases": [], "cases": [',
    '"email_hint_labels": ["a"]}',
    "two\nlines, a tab\t and a \\ backslash",
    "]}\n",
    'emoji 👩‍👩‍👧 and a quote "',
]


def _cases(count: int) -> list[Case]:
    cases = []
    for number in range(count):
        case = open_case(
            Job.CLOSE_CUSTOMER_ACCOUNT,
            f"Conto {number}",
            "amazon.it",
            TRICKY_NOTES[number % len(TRICKY_NOTES)],
            NOW,
        )
        if number % 3 == 0:
            case = Case.model_validate(
                case.model_dump()
                | {
                    "state": CaseState.WAITING_CONFIRMATION,
                    "requested_on": NOW.date(),
                    "deadline": NOW.date() + dt.timedelta(days=5),
                }
            )
        cases.append(case)
    return cases


def _document(count: int) -> Document:
    return Document(
        preferences=Preferences(language=Language.ITALIAN),
        cases=_cases(count),
        email_hint_labels=["Conto 1", 'a ] and a "quote"'],
    )


def _indented(saved: bytes) -> bytes:
    """As versions before wrote the file: indented, the names after the cases."""
    raw = json.loads(saved)
    raw = {key: raw[key] for key in ("schema_version", "preferences", "cases", "email_hint_labels")}
    return (json.dumps(raw, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


class Counting:
    """Stands in for the store's validator of cases, counting what it is given."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.texts: list[int] = []  # the length of each text validated
        self.collector_on: list[bool] = []

    def validate_json(self, text: bytes) -> list[Case]:
        self.texts.append(len(text))
        self.collector_on.append(gc.isenabled())
        result: list[Case] = self.real.validate_json(text)
        return result

    def dump_json(self, cases: list[Case]) -> bytes:
        dumped: bytes = self.real.dump_json(cases)
        return dumped


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counting]:
    counter = Counting(store_module._CASES)
    monkeypatch.setattr(store_module, "_CASES", counter)
    monkeypatch.setattr(store_module, "SLICE_CHARACTERS", SLICE)
    yield counter


@pytest.fixture
def whole_texts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of each text read the careful way, as a whole."""
    lengths: list[int] = []
    real = store_module._decode_whole

    def counting(text: str) -> Document:
        lengths.append(len(text))
        return real(text)

    monkeypatch.setattr(store_module, "_decode_whole", counting)
    return lengths


@pytest.mark.parametrize("layout", ["as saved now", "as saved before"])
def test_the_cases_are_read_a_slice_at_a_time_each_once(
    tmp_path: Path, counting: Counting, whole_texts: list[int], layout: str
) -> None:
    document = _document(60)
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    if layout == "as saved before":
        path.write_bytes(_indented(path.read_bytes()))
    size = len(path.read_bytes())
    counting.texts.clear()
    whole_texts.clear()

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.OK and result.document == document
    assert len(counting.texts) >= size // (2 * SLICE)  # many slices...
    assert max(counting.texts) <= SLICE + 2_000  # ...each about a slice (and a case) long
    assert sum(counting.texts) <= size + 2 * len(counting.texts)  # every case read once
    assert whole_texts and max(whole_texts) < 1_000  # only the rest, without the cases


def test_twice_the_cases_is_twice_the_slices(tmp_path: Path, counting: Counting) -> None:
    slices = []
    for count in (100, 200):
        path = tmp_path / str(count) / FILE_NAME
        DocumentStore(path).save(_document(count))
        counting.texts.clear()
        assert DocumentStore(path).load().status is LoadStatus.OK
        slices.append(len(counting.texts))

    assert slices[1] <= 2 * slices[0] + 1


def test_a_big_file_is_read_with_the_collector_paused_and_it_runs_again_after(
    tmp_path: Path, counting: Counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(_document(30))
    monkeypatch.setattr(store_module, "PAUSE_COLLECTOR_FROM", 1)
    counting.collector_on.clear()

    assert DocumentStore(path).load().status is LoadStatus.OK

    assert counting.collector_on and not any(counting.collector_on)
    assert gc.isenabled()


def test_a_save_checks_only_the_cases_it_has_not_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[int] = []
    real = store_module._check_fresh_cases

    def counting(fresh: list[tuple[int, Case]]) -> None:
        checked.append(len(fresh))
        real(fresh)

    monkeypatch.setattr(store_module, "_check_fresh_cases", counting)
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(_document(50))
    assert checked == [50]  # a store that never saw them: every case

    store = DocumentStore(path)
    document = store.load().document
    store.save(document)
    changed = document.cases[7].model_copy(update={"notes": "chiamata fatta"})
    document.cases = [*document.cases[:7], changed, *document.cases[8:]]
    store.save(document)
    document.preferences.language = Language.ENGLISH
    store.save(document)

    assert checked == [50, 0, 1, 0]
    assert DocumentStore(path).load().document == document


def test_a_case_changed_without_validation_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    store = DocumentStore(path)
    store.save(_document(20))
    document = store.load().document
    before = path.read_bytes()
    broken = document.cases[3].model_copy(update={"label": "x" * 1000})
    document.cases = [*document.cases[:3], broken, *document.cases[4:]]

    with pytest.raises(store_module.UnloadableDocumentError, match=r"cases\.3\.label"):
        store.save(document)

    assert path.read_bytes() == before


def test_the_file_is_compact_with_one_case_per_line_and_the_cases_last(tmp_path: Path) -> None:
    document = _document(25)
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)

    lines = path.read_bytes().split(b"\n")

    assert lines[0].startswith(b'{"schema_version":1,') and lines[0].endswith(b'"cases":[')
    assert len(lines) == len(document.cases) + 3  # the head, a line each, "]}", and ""
    assert [json.loads(line.rstrip(b",")) for line in lines[1:-2]] == [
        json.loads(case.model_dump_json()) for case in document.cases
    ]
    assert lines[-2:] == [b"]}", b""]


# -- whatever the slices accept, the whole text reads the same ---------------------------------

_INSERTS = [
    "",
    " ",
    "\n",
    ",",
    "}",
    "{",
    "]",
    "[",
    '"',
    "\\",
    ":",
    '":',
    '" :',
    '"label": "x", ',
    '"id": "x", ',
    '"cases": [], ',
    '"state": "draft", ',
    '},{"id":',
    "},\n{",
    '"notes": "",',
    '"x": 1, ',
    "null",
    "\\u0022",
]


def _saved_texts() -> list[str]:
    """Files as the app writes them, and as it wrote them before (made in memory)."""
    texts = []
    for count in (0, 1, 9):
        data = DocumentStore(Path("unused") / FILE_NAME)._encode(_document(count))
        texts += [data.decode("utf-8"), _indented(data).decode("utf-8")]
    return texts


SAVED_TEXTS = _saved_texts()


def _verdict(text: str) -> Document | str:
    try:
        return store_module._decode_whole(text)
    except (store_module._DamagedError, store_module._NewerError) as error:
        return f"{type(error).__name__}: {error}"


@settings(
    max_examples=500,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    which=st.integers(0, len(SAVED_TEXTS) - 1),
    edits=st.lists(
        st.tuples(st.booleans(), st.floats(0, 1), st.integers(0, 40), st.sampled_from(_INSERTS)),
        min_size=1,
        max_size=3,
    ),
)
def test_what_the_slices_accept_the_whole_text_reads_the_same(
    which: int, edits: list[tuple[bool, float, int, str]]
) -> None:
    """Edits anywhere (mostly breaking the JSON), or right after a `{`, `[` or `,` (where a
    repeated key, a space or another value keeps it JSON): the slices either decline or
    read exactly what the whole text reads, and the load's verdict is the whole text's."""
    text = SAVED_TEXTS[which]
    for after_punctuation, where, cut, insert in edits:
        if after_punctuation:
            spots = [found.end() for found in re.finditer(r"[{,\[]", text)]
            at = spots[int(where * (len(spots) - 1))]
            text = text[:at] + insert + text[at:]
        else:
            at = int(where * len(text))
            text = text[:at] + insert + text[at + cut :]
    whole = _verdict(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "SLICE_CHARACTERS", 300)
        sliced = store_module._decode_in_slices(text.encode("utf-8"))
        if sliced is not None:
            assert whole == sliced
        assert _verdict_of_decode(text) == whole


def _verdict_of_decode(text: str) -> Document | str:
    try:
        return store_module._decode(text.encode("utf-8"))
    except (store_module._DamagedError, store_module._NewerError) as error:
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("which", range(2, len(SAVED_TEXTS)))
def test_the_files_the_app_writes_and_wrote_are_read_in_slices(which: int) -> None:
    text = SAVED_TEXTS[which]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "SLICE_CHARACTERS", 300)
        sliced = store_module._decode_in_slices(text.encode("utf-8"))

    assert sliced is not None
    assert _verdict(text) == sliced


@pytest.mark.parametrize("note", ['he said "yes" : then left', 'a "key": and "more":'])
def test_a_note_the_count_cannot_vouch_for_is_checked_key_by_key(tmp_path: Path, note: str) -> None:
    document = _document(5)
    odd = Case.model_validate(document.cases[2].model_dump() | {"notes": note})
    document.cases = [*document.cases[:2], odd, *document.cases[3:]]
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    text = path.read_text("utf-8")

    assert store_module._decode_in_slices(text.encode("utf-8")) == document
    assert DocumentStore(path).load().document == document

    twice = text.replace('"label":"Conto 2"', '"label":"Conto 2","label":"Altro"', 1)
    assert twice != text
    path.write_text(twice, "utf-8")
    result = DocumentStore(path).load()
    assert result.status is LoadStatus.DAMAGED and result.detail.startswith("duplicate key")


@pytest.mark.parametrize("where", ["in a case", "in the names"])
def test_bytes_that_are_not_utf8_are_damage_wherever_they_are(tmp_path: Path, where: str) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(_document(12))
    saved = path.read_bytes()
    target = b'"label":"Conto 5"' if where == "in a case" else b'"Conto 1"'
    damaged = saved.replace(target, target[:-1] + b"\xff" + target[-1:], 1)
    assert damaged != saved
    path.write_bytes(damaged)

    result = DocumentStore(path).load()

    assert result.status is LoadStatus.DAMAGED
    assert result.detail.startswith("not UTF-8: invalid start byte at byte ")
