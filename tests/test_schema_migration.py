"""Promise: a data file written by an earlier version of the app always loads, with its content.

`tests/data/schema-1-full.json` was written once by the app's own `DocumentStore.save` at
schema_version 1: Italian as the language, cases of every job and in every state (one of
them, the refused seller closure, with every field of a case set), times in two time zones,
reminders already given and the names of the accounts with an e-mail hint.
`tests/data/schema-1-minimal.json` is the smallest file schema 1 accepts.

They are data, not fixtures: never rewrite them. When the schema moves to version 2, the app
must still load both (migrating them) and the tests of their content below must keep passing
unchanged. Only the two tests marked for schema 1 (the sample uses every field; saving it
again keeps every value) describe the current version and stop applying then.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.core.case_states import CaseState
from app.core.cases import Case
from app.core.document import SCHEMA_VERSION, Document
from app.core.jobs import Job
from app.core.languages import Language
from app.core.regions import SellerRegion
from app.core.reminder_kinds import ReminderKind
from app.storage.first_glance import first_glance
from app.storage.store import DocumentStore, LoadStatus

SAMPLES = Path(__file__).parent / "data"
FULL = SAMPLES / "schema-1-full.json"
MINIMAL = SAMPLES / "schema-1-minimal.json"
ROME = dt.timezone(dt.timedelta(hours=1))
NEW_YORK = dt.timezone(dt.timedelta(hours=-5))
only_at_schema_1 = pytest.mark.skipif(
    SCHEMA_VERSION != 1, reason="describes schema 1 itself, not loading it"
)


def load_copy(sample: Path, folder: Path) -> Document:
    """Load a copy: a load may move a file aside, and the samples must never change."""
    path = folder / "account-assistant.json"
    shutil.copyfile(sample, path)
    result = DocumentStore(path).load()
    assert result.status is LoadStatus.OK, result.detail
    assert path.read_bytes() == sample.read_bytes()  # loading changes nothing
    return result.document


def by_label(document: Document, label: str) -> Case:
    [case] = [case for case in document.cases if case.label == label]
    return case


def test_the_minimal_schema_1_file_loads_as_an_empty_list(tmp_path: Path) -> None:
    document = load_copy(MINIMAL, tmp_path)
    assert document.cases == []
    assert document.preferences.language is None
    assert document.email_hint_labels == []
    assert first_glance(MINIMAL).has_cases is False


def test_the_full_schema_1_file_loads_with_its_language_and_every_case(tmp_path: Path) -> None:
    document = load_copy(FULL, tmp_path)
    assert document.preferences.language is Language.ITALIAN
    assert document.email_hint_labels == ["Negozio", "Negozio vecchio"]
    assert len(document.cases) == 14
    assert {case.job for case in document.cases} == set(Job)
    assert {case.state for case in document.cases} == set(CaseState)
    assert [case.label for case in document.cases][:3] == ["Bozza", "Personale", "Vecchio account"]
    glance = first_glance(FULL)  # the quick look before the first window, too
    assert (glance.language, glance.has_cases) == ("it", True)


def test_a_case_with_every_field_keeps_every_value(tmp_path: Path) -> None:
    case = by_label(load_copy(FULL, tmp_path), "Bottega “EU” ✓")
    assert case.id == "065f0c1d2e3a4b5c6d7e8f9a0b1c2d3e"
    assert (case.job, case.state) == (Job.CLOSE_SELLER_ACCOUNT, CaseState.REFUSED)
    assert case.store_domain == "amazon.it"
    assert case.opened_on == dt.date(2026, 11, 1)
    assert (case.requested_on, case.deadline) == (dt.date(2026, 11, 3), dt.date(2026, 11, 8))
    assert case.notes == "Righe\nsu più righe, con “virgolette” e un'emoji 📦"
    assert case.refusal_reasons == "Saldo negativo; inventario FBA presente"
    assert (case.region, case.eu_unified) == (SellerRegion.EUROPE, True)
    assert len(case.checklist) == 7 and "fba_inventory" in case.checklist
    assert [(r.kind, r.deadline) for r in case.reminded] == [
        (ReminderKind.DAY_BEFORE, dt.date(2026, 11, 8)),
        (ReminderKind.DEADLINE_DAY, dt.date(2026, 11, 8)),
    ]
    assert [(change.state, change.at) for change in case.history] == [
        (CaseState.WAITING_CONFIRMATION, dt.datetime(2026, 11, 1, 9, 30, tzinfo=ROME)),
        (CaseState.EXPIRED, dt.datetime(2026, 11, 2, 10, 30, tzinfo=ROME)),
        (CaseState.REFUSED, dt.datetime(2026, 11, 3, 11, 30, tzinfo=ROME)),
    ]


def test_deadlines_reminders_and_times_in_other_zones_are_kept(tmp_path: Path) -> None:
    document = load_copy(FULL, tmp_path)
    waiting = by_label(document, "Personale")
    assert waiting.state is CaseState.WAITING_CONFIRMATION
    assert waiting.deadline == dt.date(2026, 11, 24)
    assert [r.kind for r in waiting.reminded] == [ReminderKind.DAY_BEFORE]
    reset = by_label(document, "Negozio")
    assert (reset.job, reset.state) == (Job.SELLER_SIGN_IN, CaseState.WAITING_FOR_RESET)
    assert reset.deadline == dt.date(2026, 11, 23)
    [change] = by_label(document, "Account di mamma").history
    assert change.at == dt.datetime(2026, 11, 22, 4, 30, tzinfo=NEW_YORK)
    assert change.at.utcoffset() == dt.timedelta(hours=-5)
    regions = {case.region for case in document.cases if case.job is Job.CLOSE_SELLER_ACCOUNT}
    assert regions == set(SellerRegion)
    nameless = by_label(document, "")
    assert (nameless.store_domain, nameless.state) == ("amazon.com", CaseState.SOLVED)


@only_at_schema_1
def test_the_full_sample_uses_every_field_of_schema_1() -> None:
    """If schema 1 gains a field, the sample must be written again to show it."""
    raw = json.loads(FULL.read_text("utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    assert set(raw) == set(Document.model_fields)
    for case in raw["cases"]:
        assert set(case) == set(Case.model_fields)
    every_field_set = by_label(Document.model_validate(raw), "Bottega “EU” ✓")
    defaults = Case.model_fields
    for name, field in defaults.items():
        if not field.is_required():
            assert getattr(every_field_set, name) != field.get_default(call_default_factory=True)


@only_at_schema_1
def test_a_sample_saved_again_keeps_every_value_in_the_compact_layout(tmp_path: Path) -> None:
    """The samples were written indented, the names after the cases; the app now writes
    compact JSON, the cases last and one per line (app.storage.store). Same schema, same
    values: saved again, a sample loads as the same document, and saving that changes
    nothing more."""
    document = load_copy(FULL, tmp_path)
    path = tmp_path / "saved-again.json"
    DocumentStore(path).save(document)
    saved = path.read_bytes()
    assert json.loads(saved) == json.loads(FULL.read_bytes())
    assert saved.count(b"\n") == len(document.cases) + 2  # the head, a line each, the end
    again = DocumentStore(path).load()
    assert again.status is LoadStatus.OK and again.document == document
    DocumentStore(path).save(again.document)
    assert path.read_bytes() == saved
