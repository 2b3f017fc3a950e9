"""Italian is complete, consistent with the code, and the committed .qm is what lrelease makes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.catalog import TS_FILE, Message, messages

ROOT = TS_FILE.parents[1]
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return found


def test_every_message_has_a_finished_italian_translation() -> None:
    unfinished = [
        m.source for m in messages() if m.unfinished or not all(form.strip() for form in m.forms)
    ]
    assert unfinished == []
    assert len(messages()) > 50


@pytest.mark.parametrize("message", messages(), ids=lambda m: m.source[:40])
def test_translations_keep_placeholders_and_one_shortcut(message: Message) -> None:
    source = message.source
    for translation in message.forms:
        assert sorted(re.findall(r"\{\w+\}", translation)) == sorted(re.findall(r"\{\w+\}", source))
        accelerator = re.compile(r"&(?=[^\s&])")  # "&File"; not "Privacy & Security"
        assert len(accelerator.findall(translation)) == len(accelerator.findall(source))
        assert (source.endswith("…")) == (translation.endswith("…"))


def test_sentences_with_a_number_have_italian_s_two_plural_forms() -> None:
    """Italian, like English, has a form for one and one for any other number ("%n")."""
    numerus = [m for m in messages() if m.numerus]
    assert numerus, "the counted sentences (CountingContext) are no longer numerus messages"
    for message in numerus:
        assert "%n" in message.source, message.source
        assert len(message.forms) == 2, message.source
        assert "%n" in message.forms[1], message.source  # "other" must show the number
    assert [m.source for m in messages() if "%n" in m.source and not m.numerus] == []


def test_every_context_is_a_plain_name() -> None:
    """lupdate glues a leftover prefix to `Name.tr(`, filing the text under "Prefix.Name",
    where no translation is ever looked up (see CountingContext)."""
    assert [m.context for m in messages() if not m.context.isidentifier()] == []


def test_the_committed_qm_is_a_fresh_compile_of_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(fresh)],
        check=True,
        timeout=120,
    )
    assert QM_FILE.read_bytes() == fresh.read_bytes(), "run `make i18n` and commit the result"


def test_every_translatable_text_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    copy = tmp_path / "app_it.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    result = subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "0 new and" in result.stdout, result.stdout
    assert copy.read_text("utf-8") == TS_FILE.read_text("utf-8"), (
        "the catalogue is out of date: run `make i18n` and translate what is new"
    )
