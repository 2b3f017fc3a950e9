"""Promise: a crash while saving never costs the user their data.

A separate process saves the document again and again, alternating between two different
documents, and is killed with SIGKILL at random moments: a few milliseconds to about fifty
after it said that its first save was done. After every kill the file must load and be
exactly one of the two documents, never a mix, a half or nothing. A kill in the middle of a
write may leave the hidden temporary file of that write behind (at most one per kill); it
must never take the place of the real file, and the app must keep loading and saving
normally beside it.

The saving processes are forked from a `multiprocessing` fork server that has already
imported the store, so that hundreds of them start in a few seconds (starting a fresh
interpreter costs a quarter of a second) and none inherits the threads of Qt from the test.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import random
import signal
import time
from collections import Counter
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from app.core.case_states import CaseState
from app.core.cases import Case, Reminder, change_state, open_case
from app.core.document import Document, Preferences
from app.core.jobs import Job
from app.core.languages import Language
from app.core.regions import SellerRegion
from app.core.reminder_kinds import ReminderKind
from app.storage.first_glance import first_glance
from app.storage.store import DocumentStore, LoadStatus

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        "forkserver" not in multiprocessing.get_all_start_methods(),
        reason="needs SIGKILL and a fork server (POSIX)",
    ),
]

KILLS = 300
SEED = 20261122
SHORTEST_DELAY_S = 0.002
LONGEST_DELAY_S = 0.050
READY_TIMEOUT_S = 20.0
FILE_NAME = "account-assistant.json"
TEMPORARY_FILES = f".{FILE_NAME}.*.tmp"  # what `write_atomically` writes before the rename
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def _case(number: int, job: Job, notes: str) -> Case:
    case = open_case(
        job,
        f"Account {number} ✓",
        "amazon.it",
        notes,
        NOW - dt.timedelta(days=number % 30),
        state=(
            CaseState.WAITING_CONFIRMATION
            if job is Job.CLOSE_CUSTOMER_ACCOUNT
            else CaseState.IN_PROGRESS
        ),
        case_id=f"case-{number:04d}",
    )
    if job is Job.CLOSE_CUSTOMER_ACCOUNT:
        requested = case.opened_on
        return case.model_copy(
            update={
                "requested_on": requested,
                "deadline": requested + dt.timedelta(days=5),
                "checklist": ["download_data", "gift_cards"],
                "reminded": [
                    Reminder(kind=ReminderKind.DAY_BEFORE, deadline=requested + dt.timedelta(5))
                ],
            }
        )
    if job is Job.CLOSE_SELLER_ACCOUNT:
        refused = change_state(case, CaseState.REFUSED, NOW)
        return refused.model_copy(
            update={
                "region": SellerRegion.EUROPE,
                "eu_unified": True,
                "refusal_reasons": "Saldo negativo " * 20,
            }
        )
    return case


def document_a() -> Document:
    """A small document: a dozen cases of every job, in Italian."""
    jobs = itertools.cycle(Job)
    return Document(
        preferences=Preferences(language=Language.ITALIAN),
        cases=[_case(n, next(jobs), f"Nota {n}") for n in range(12)],
        email_hint_labels=["Account 1 ✓"],
    )


def document_b() -> Document:
    """A larger document (about 300 KB), so that writing it takes a while: in English."""
    jobs = itertools.cycle(Job)
    return Document(
        preferences=Preferences(language=Language.ENGLISH),
        cases=[_case(n, next(jobs), f"Note {n}: " + "lorem ipsum " * 400) for n in range(60)],
    )


def _save_forever(path: str, documents: tuple[Document, Document], ready: Connection) -> None:
    """The saving process: one save, then "ready", then saves alternately until killed."""
    store = DocumentStore(Path(path))
    alternating = itertools.cycle(documents)
    store.save(next(alternating))
    ready.send("ready")
    for document in alternating:
        store.save(document)


def _bytes_saved(document: Document, folder: Path) -> bytes:
    path = folder / FILE_NAME
    DocumentStore(path).save(document)
    return path.read_bytes()


def test_killing_the_app_while_it_saves_never_leaves_a_broken_or_mixed_file(
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    record_property: Callable[[str, object], None],
) -> None:
    a, b = document_a(), document_b()
    assert a.model_dump() != b.model_dump()
    reference = tmp_path_factory.mktemp("reference")
    expected = {
        "A": (a.model_dump(), _bytes_saved(a, reference)),
        "B": (b.model_dump(), _bytes_saved(b, reference)),
    }
    assert len(expected["B"][1]) > 5 * len(expected["A"][1])

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["app.storage.store", __name__])
    rng = random.Random(SEED)
    folder = tmp_path / "data"
    path = folder / FILE_NAME
    found: Counter[str] = Counter()
    kills_that_left_a_temporary_file = 0
    started = time.monotonic()

    for kill in range(KILLS):
        temporary_before = set(folder.glob(TEMPORARY_FILES))  # left by the earlier kills
        receiver, sender = context.Pipe(duplex=False)
        order = (a, b) if kill % 2 == 0 else (b, a)
        saver = context.Process(target=_save_forever, args=(str(path), order, sender))
        saver.start()
        sender.close()  # the child holds the only writing end: its death ends the pipe
        assert receiver.poll(READY_TIMEOUT_S), f"kill {kill}: the saver never got going"
        assert receiver.recv() == "ready", f"kill {kill}: the saver stopped before its save"
        time.sleep(rng.uniform(SHORTEST_DELAY_S, LONGEST_DELAY_S))
        saver.kill()
        saver.join(READY_TIMEOUT_S)
        receiver.close()
        assert saver.exitcode == -signal.SIGKILL, f"kill {kill}: ended by itself"

        result = DocumentStore(path).load()
        assert result.status is LoadStatus.OK, f"kill {kill}: {result.status}: {result.detail}"
        on_disk = path.read_bytes()
        matches = [
            name
            for name, (dump, saved) in expected.items()
            if result.document.model_dump() == dump and on_disk == saved
        ]
        assert len(matches) == 1, f"kill {kill}: the file is neither A nor B"
        found[matches[0]] += 1

        # Nothing else appears beside the file; a kill leaves at most its own temporary file.
        temporary_now = set(folder.glob(TEMPORARY_FILES))
        assert {p.name for p in folder.iterdir()} == {FILE_NAME} | {p.name for p in temporary_now}
        left_by_this_kill = temporary_now - temporary_before
        assert len(left_by_this_kill) <= 1, f"kill {kill}: {sorted(left_by_this_kill)}"
        kills_that_left_a_temporary_file += len(left_by_this_kill)

    elapsed = time.monotonic() - started
    # The kills landed at different moments of the save cycle: both documents were found.
    assert found["A"] > 0 and found["B"] > 0, found

    # The app is not bothered by the temporary files left behind: it loads, shows the
    # cases first, and saves as usual, leaving those files alone.
    leftovers = {p: p.read_bytes() for p in folder.glob(TEMPORARY_FILES)}
    assert len(leftovers) == kills_that_left_a_temporary_file
    store = DocumentStore(path)
    assert store.load().status is LoadStatus.OK
    assert first_glance(path).has_cases
    store.save(a)
    assert DocumentStore(path).load().document == a
    assert {p: p.read_bytes() for p in folder.glob(TEMPORARY_FILES)} == leftovers

    summary = (
        f"{KILLS} kills in {elapsed:.1f} s: file was A {found['A']} times, B {found['B']} "
        f"times; {len(leftovers)} kills landed mid-write and left a temporary file"
    )
    print(summary)
    record_property("crash_safety", summary)
