"""The one JSON document the app keeps: preferences and cases, with a schema version."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core.cases import Case, Label
from app.core.languages import Language

SCHEMA_VERSION: Final = 1


class Preferences(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language | None = None


class Document(BaseModel):
    # Unknown fields are refused rather than dropped: dropping them on the next save would
    # lose data silently. A file with them is treated as damaged and kept aside.
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    preferences: Preferences = Field(default_factory=Preferences)
    # The accounts whose e-mail hint is in the system's keyring: their names, never the
    # e-mails themselves (those live only in the keyring).
    email_hint_labels: list[Label] = Field(default_factory=list, max_length=1000)
    # Last, so that a file is its few preferences, then one case per line (app.storage.store
    # reads the cases in slices); a file with its keys in another order loads all the same.
    cases: list[Case] = Field(default_factory=list)
