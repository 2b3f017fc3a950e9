"""Shared fixtures: a document with a case, and its bytes as the app saves them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.cases import open_case
from app.core.document import Document, Preferences
from app.core.jobs import Job
from app.core.languages import Language
from app.storage.store import DocumentStore


@pytest.fixture
def document() -> Document:
    """A document a user could have: Italian, with one case in progress."""
    now = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC)
    case = open_case(Job.CUSTOMER_SIGN_IN, "  Old account  ", "amazon.it", "Asked for help", now)
    return Document(preferences=Preferences(language=Language.ITALIAN), cases=[case])


@pytest.fixture
def saved_bytes(tmp_path_factory: pytest.TempPathFactory, document: Document) -> bytes:
    """The exact bytes the store writes for `document` (saved outside the test's folder)."""
    path = tmp_path_factory.mktemp("reference") / "doc.json"
    DocumentStore(path).save(document)
    return path.read_bytes()
