"""Enum → sentence tables: every member has a sentence, in English and in Italian; sentences
with a number use Qt's plural forms in both languages."""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import pkgutil
import sys
from typing import Any

import pytest

import app.ui
from app.core.case_states import CaseState
from app.core.labels import LabelProblem
from app.core.languages import Language
from app.core.limits import MAX_LABEL_LENGTH
from app.core.password_check import CharacterClass, Finding, FindingKind
from app.ui.cases.case_texts import HISTORY_LINES, STATE_NAMES, time_left
from app.ui.cases.main_window import ACTION_NAMES
from app.ui.checker.checker_dialog import DIFFERENCES, REASONS
from app.ui.hints.hint_book import unavailable_reasons, unavailable_text
from app.ui.kit.date_problems import DATE_PROBLEMS
from app.ui.kit.label_warning import LABEL_PROBLEMS, label_problem_message
from app.ui.kit.os_errors import OS_ERRORS
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, CountingContext, SentenceTable
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.pages.closure_account_page import REGION_NAMES
from app.ui.wizard.pages.closure_checklist_page import not_ticked
from app.ui.wizard.pages.pasted_password_page import CHARACTERS, FINDINGS, describe
from tests import catalog

TABLES: dict[str, SentenceTable[Any]] = {
    "case states": STATE_NAMES,
    "case history lines": HISTORY_LINES,
    "case actions": ACTION_NAMES,
    "checker reasons": REASONS,
    "look-alike characters": DIFFERENCES,
    "keyring problems": unavailable_reasons(),
    "date problems": DATE_PROBLEMS,
    "account name problems": LABEL_PROBLEMS,
    "seller regions": REGION_NAMES,
    "pasted password findings": FINDINGS,
    "pasted password characters": CHARACTERS,
    "operating-system errors": OS_ERRORS,
}
TODAY = dt.date(2026, 11, 20)


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


@pytest.mark.parametrize("name", TABLES)
def test_every_member_has_a_sentence_in_english_and_in_italian(
    name: str, switcher: LanguageSwitcher
) -> None:
    table = TABLES[name]
    assert table.missing() == []
    english = [table[member] for member in table.kind]
    assert english == [table.source(member) for member in table.kind]
    assert all(sentence.strip() for sentence in english)
    assert len(set(english)) == len(english), "two members say the same"
    switcher.apply(Language.ITALIAN)
    expected = [catalog.italian(table.source(m), table.context) for m in table.kind]
    assert [table[member] for member in table.kind] == expected  # the table's own context
    assert all(sentence.strip() for sentence in expected)


def test_every_table_in_the_app_is_checked_here() -> None:
    for module in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        importlib.import_module(module.name)
    tables_in_modules = {
        id(value)
        for name, module in list(sys.modules.items())
        if name.startswith("app.ui.")
        for value in vars(module).values()
        if isinstance(value, SentenceTable)
    }
    assert tables_in_modules
    assert tables_in_modules <= {id(table) for table in TABLES.values()}


def test_a_member_without_a_sentence_is_an_error_never_an_empty_text(
    switcher: LanguageSwitcher,
) -> None:
    table = SentenceTable("Tests", {Colour.RED: QT_TRANSLATE_NOOP("Tests", "Red")})
    assert table[Colour.RED] == "Red"
    assert table.missing() == [Colour.GREEN]
    with pytest.raises(KeyError):
        table[Colour.GREEN]
    with pytest.raises(TypeError):
        SentenceTable("Tests", {Colour.RED: "Red", CaseState.DRAFT: "Draft"})
    with pytest.raises(ValueError):
        SentenceTable("Tests", {})


def test_sentences_keep_their_placeholders(switcher: LanguageSwitcher) -> None:
    finding = Finding(
        FindingKind.INVISIBLE_CHARACTER,
        2,
        (3, 9),
        ("ZERO WIDTH SPACE", "NO-BREAK SPACE"),
        (CharacterClass.ZERO_WIDTH_SPACE, CharacterClass.NO_BREAK_SPACE),
    )
    english = describe(finding)
    assert english == (
        "It contains an invisible character: zero-width space, non-breaking space (position: 3, 9)."
    )
    assert label_problem_message(LabelProblem.TOO_LONG) == (
        f"The name is too long: keep it within {MAX_LABEL_LENGTH} characters."
    )
    switcher.apply(Language.ITALIAN)
    italian = describe(finding)
    assert italian != english
    assert "spazio invisibile, spazio indivisibile" in italian
    assert "3, 9" in italian and "{" not in italian and "space" not in italian
    too_long = label_problem_message(LabelProblem.TOO_LONG)
    assert str(MAX_LABEL_LENGTH) in too_long and "{" not in too_long
    for reason in [None, *unavailable_reasons().kind]:
        assert "{" not in unavailable_text(reason)


def waiting(days: int) -> str:
    return time_left(CaseState.WAITING_CONFIRMATION, TODAY + dt.timedelta(days=days), TODAY)


def test_the_days_left_in_english_and_italian(switcher: LanguageSwitcher) -> None:
    assert [waiting(1), waiting(3), waiting(21)] == ["1 day left", "3 days left", "21 days left"]
    switcher.apply(Language.ITALIAN)
    assert [waiting(1), waiting(3), waiting(21)] == [
        "1 giorno rimasto",
        "3 giorni rimasti",
        "21 giorni rimasti",
    ]
    assert catalog.italian_forms("CaseTexts", "%n day(s) left") == (
        "%n giorno rimasto",
        "%n giorni rimasti",
    )


def test_the_points_not_ticked_in_english_and_italian(switcher: LanguageSwitcher) -> None:
    assert [not_ticked(1), not_ticked(3)] == [
        "One point is not ticked.",
        "3 points are not ticked.",
    ]
    switcher.apply(Language.ITALIAN)
    assert [not_ticked(1), not_ticked(3)] == [
        "Un punto non è spuntato.",
        "3 punti non sono spuntati.",
    ]


def test_english_forms_are_used_only_where_no_catalogue_has_the_text(
    switcher: LanguageSwitcher,
) -> None:
    texts = CountingContext("Tests")
    english = ("%n cat", "%n cats")
    switcher.apply(Language.ITALIAN)  # Italian is in force, but it has no such text
    assert texts.tr("%n cat(s)", None, 1, english=english) == "1 cat"
    assert texts.tr("%n cat(s)", None, 0, english=english) == "0 cats"
    assert texts.tr("%n cat(s)", None, 2, english=english) == "2 cats"
