"""Every official link has a source in docs/sources.md, a way there by hand, and Italian sellers
get Seller Central's Italian help pages where that pattern is known."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from app.core.official_links import key_of_url, link_for_store, link_keys, official_links
from app.core.regions import SellerRegion
from app.core.stores import ITALY, STORES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "docs" / "sources.md"


def test_every_link_key_is_listed_with_its_source() -> None:
    text = SOURCES.read_text("utf-8")
    missing = [key for key in link_keys() if f"`{key}`" not in text]
    assert missing == []
    for link in official_links().seller_links:
        assert link.url in text, link.url


@pytest.mark.parametrize("name", ["official_links.json", "genuine_domains.json"])
def test_the_data_files_point_to_the_sources_page_in_the_repository(name: str) -> None:
    data = json.loads((ROOT / "app" / "core" / name).read_text("utf-8"))
    assert data["source"].startswith("docs/sources.md")


def test_every_link_is_found_again_from_its_address() -> None:
    data = official_links()
    for link in data.links:
        for store in STORES:
            assert key_of_url(link_for_store(link.key, store).url) == link.key
    for seller in data.seller_links:
        assert key_of_url(seller.url) == seller.key
    assert key_of_url(ITALY.home_url) is None
    assert key_of_url("https://www.amazon.it/gp/help/customer/display.html?nodeId=1") is None


def test_italian_sellers_get_italian_help_pages() -> None:
    from app.core.official_links import seller_link

    for key in ("seller_close_account", "seller_sign_in_help", "seller_two_step_help"):
        url = seller_link(key, SellerRegion.EUROPE, ITALY).url
        parts = urlsplit(url)
        assert parts.hostname == "sellercentral.amazon.it", url
        assert parse_qs(parts.query)["language"] == ["it_IT"], url
