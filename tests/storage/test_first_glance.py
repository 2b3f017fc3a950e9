"""Before the first paint the app picks the window and language from a quick, safe glance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.document import Document, Preferences
from app.core.languages import Language
from app.storage.first_glance import MAX_GLANCE_BYTES, Glance, first_glance
from app.storage.store import DocumentStore

REPO_ROOT = Path(__file__).resolve().parents[2]
FILE_NAME = "account-assistant.json"


def test_no_file_means_a_first_start(tmp_path: Path) -> None:
    assert first_glance(tmp_path / FILE_NAME) == Glance(None, has_cases=False)


def test_a_saved_document_gives_its_language_and_cases(tmp_path: Path, document: Document) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)

    assert first_glance(path) == Glance("it", has_cases=True)


def test_a_saved_document_without_cases(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(Document(preferences=Preferences(language=Language.ENGLISH)))

    assert first_glance(path) == Glance("en", has_cases=False)


def test_an_empty_file_is_like_no_file(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"")

    assert first_glance(path) == Glance(None, has_cases=False)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b'{"schema_version": 1, "cases": [{"id": "a', id="truncated"),
        pytest.param(b"these are my notes", id="not JSON"),
        pytest.param(b"[1, 2, 3]", id="JSON array"),
        pytest.param(os.urandom(512) + b"\x00", id="binary garbage"),
        pytest.param(b'{"preferences": {"language": "\xff"}}', id="invalid UTF-8"),
        pytest.param(b"[" * 100_000, id="nested too deeply"),
    ],
)
def test_a_damaged_file_opens_the_main_window_to_report_it(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(content)

    assert first_glance(path) == Glance(None, has_cases=True)


def test_a_huge_file_is_left_to_the_full_load(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b'{"cases": []}' + b" " * MAX_GLANCE_BYTES)

    assert first_glance(path) == Glance(None, has_cases=True)


def test_an_unreadable_path_opens_the_main_window_to_report_it(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.mkdir()

    assert first_glance(path) == Glance(None, has_cases=True)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            {"preferences": {"language": 42}, "cases": [{}]}, Glance(None, True), id="lang"
        ),
        pytest.param({"preferences": "en", "cases": []}, Glance(None, False), id="prefs"),
        pytest.param({"preferences": None, "cases": "x"}, Glance(None, False), id="cases"),
        pytest.param({"schema_version": 2, "preferences": {"language": "en"}}, Glance("en", False)),
    ],
)
def test_odd_values_are_ignored(tmp_path: Path, raw: object, expected: Glance) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps(raw), encoding="utf-8")

    assert first_glance(path) == expected


def test_the_glance_does_not_load_pydantic_or_the_document_model(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / FILE_NAME
    DocumentStore(path).save(document)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.storage.first_glance import first_glance\n"
        "glance = first_glance(Path(sys.argv[1]))\n"
        "print(glance.language, glance.has_cases)\n"
        "heavy = ['pydantic', 'app.core.document', 'app.storage.store']\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )

    completed = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )

    assert completed.stdout.splitlines() == ["it True", "[]"]
