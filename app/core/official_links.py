"""Amazon's official pages, read from `official_links.json`, and their address on each store.

Each link records how sure we are of it: "seen" (read on a stored Amazon page), "index"
(only its address and title were seen in a search index) or "pattern" (built from the same
path on another store). A path seen on amazon.com is only a pattern on amazon.it.
Where each one comes from, and the day it was checked, is in docs/sources.md.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from app.core.regions import SellerRegion
from app.core.stores import AmazonStore


class Certainty(StrEnum):
    SEEN = "seen"
    INDEX = "index"
    PATTERN = "pattern"


class OfficialLink(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    purpose: str
    path: str = Field(pattern=r"^/")
    certainty: Certainty
    seen_on: tuple[str, ...] = ()


class SellerLink(BaseModel):
    """A Seller Central page: its address depends on the region (and maybe the store)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    purpose: str
    region: SellerRegion | None  # None: any region not listed for this key
    store_domain: str | None  # None: any store of the region
    url: str = Field(pattern=r"^https://sellercentral[.-]")
    certainty: Certainty
    checked_on: dt.date | None = None  # None: the file's own date


class OfficialLinks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    checked_on: dt.date
    source: str
    links: tuple[OfficialLink, ...]
    seller_links: tuple[SellerLink, ...]


@dataclass(frozen=True, slots=True)
class StoreLink:
    url: str
    certainty: Certainty
    checked_on: dt.date


@cache
def official_links() -> OfficialLinks:
    text = resources.files("app.core").joinpath("official_links.json").read_text("utf-8")
    return OfficialLinks.model_validate(json.loads(text))


def link_for_store(key: str, store: AmazonStore) -> StoreLink:
    """The page `key` on `store`; KeyError for an unknown key (a programming error)."""
    data = official_links()
    for link in data.links:
        if link.key == key:
            certainty = link.certainty
            if certainty is Certainty.SEEN and store.domain not in link.seen_on:
                certainty = Certainty.PATTERN
            return StoreLink(f"https://www.{store.domain}{link.path}", certainty, data.checked_on)
    raise KeyError(key)


def seller_link(key: str, region: SellerRegion, store: AmazonStore) -> StoreLink:
    """The Seller Central page `key` for this region; the most specific entry wins."""
    data = official_links()
    candidates = [link for link in data.seller_links if link.key == key]
    for wanted_region, wanted_store in (
        (region, store.domain),
        (region, None),
        (None, None),
    ):
        for link in candidates:
            if link.region == wanted_region and link.store_domain == wanted_store:
                return StoreLink(link.url, link.certainty, link.checked_on or data.checked_on)
    raise KeyError(key)


def link_keys() -> tuple[str, ...]:
    """Every key of `official_links.json`, store pages first, each once."""
    data = official_links()
    keys = [link.key for link in data.links] + [link.key for link in data.seller_links]
    return tuple(dict.fromkeys(keys))


def key_of_url(url: str) -> str | None:
    """Which official page `url` is (its key), whatever the store; None for any other address.

    A store's home page is not one of them: it has no key.
    """
    data = official_links()
    for seller in data.seller_links:
        if seller.url == url:
            return seller.key
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "https" or not host.startswith("www.amazon."):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    for link in data.links:
        if link.path == path:
            return link.key
    return None
