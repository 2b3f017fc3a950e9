"""First choices made for a new user: language and Amazon store from the system's locale."""

from __future__ import annotations

import pytest

from app.core.jobs import ALL_JOBS, Job
from app.core.languages import Language, default_language, parse_language
from app.core.stores import STORES, default_store, store_by_domain


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("it_IT", Language.ITALIAN),
        ("it_CH", Language.ITALIAN),
        ("en_GB", Language.ENGLISH),
        ("de_DE", Language.ENGLISH),
        ("C", Language.ENGLISH),
        ("", Language.ENGLISH),
    ],
)
def test_an_italian_system_starts_in_italian_every_other_in_english(
    system: str, expected: Language
) -> None:
    assert default_language(system) is expected


def test_language_codes_are_read_leniently_but_unknown_ones_are_refused() -> None:
    assert parse_language("IT") is Language.ITALIAN
    assert parse_language("en-US") is Language.ENGLISH
    assert parse_language("xx") is None


def test_each_language_is_named_in_itself_and_knows_the_other() -> None:
    assert Language.ITALIAN.native_name == "Italiano"
    assert Language.ENGLISH.native_name == "English"
    assert Language.ITALIAN.other is Language.ENGLISH


@pytest.mark.parametrize(
    ("country", "language", "domain"),
    [
        ("IT", Language.ENGLISH, "amazon.it"),
        ("US", Language.ITALIAN, "amazon.com"),
        ("GB", Language.ENGLISH, "amazon.co.uk"),
        ("AT", Language.ENGLISH, "amazon.de"),
        ("fr", Language.ENGLISH, "amazon.fr"),
        ("ES", Language.ENGLISH, "amazon.es"),
        ("", Language.ITALIAN, "amazon.it"),
        ("ZZ", Language.ENGLISH, "amazon.com"),
    ],
)
def test_the_store_follows_the_country_then_the_language(
    country: str, language: Language, domain: str
) -> None:
    assert default_store(country, language).domain == domain


def test_the_stores_the_start_page_must_offer_are_there_with_italy_first() -> None:
    domains = [store.domain for store in STORES]
    assert domains[0] == "amazon.it"
    for required in (
        "amazon.it",
        "amazon.com",
        "amazon.co.uk",
        "amazon.de",
        "amazon.fr",
        "amazon.es",
    ):
        assert required in domains
    assert store_by_domain(" AMAZON.IT ") is STORES[0]


def test_the_start_page_lists_every_job_once() -> None:
    assert sorted(ALL_JOBS) == sorted(Job)
