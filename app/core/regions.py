"""Seller Central regions: each regional seller account is closed separately."""

from __future__ import annotations

from enum import StrEnum


class SellerRegion(StrEnum):
    EUROPE = "europe"
    NORTH_AMERICA = "north_america"
    JAPAN = "japan"
    AUSTRALIA = "australia"
    OTHER = "other"


# Only a European account can be a European Unified Account (one account, all EU stores).
UNIFIED_ACCOUNT_REGIONS = frozenset({SellerRegion.EUROPE})


_REGION_OF_STORE = {
    "amazon.com": SellerRegion.NORTH_AMERICA,
    "amazon.ca": SellerRegion.NORTH_AMERICA,
    "amazon.com.mx": SellerRegion.NORTH_AMERICA,
    "amazon.co.jp": SellerRegion.JAPAN,
    "amazon.com.au": SellerRegion.AUSTRALIA,
}
_EUROPE = {
    "amazon.it",
    "amazon.de",
    "amazon.fr",
    "amazon.es",
    "amazon.co.uk",
    "amazon.nl",
    "amazon.com.be",
    "amazon.ie",
    "amazon.se",
    "amazon.pl",
}


def region_of_store(domain: str) -> SellerRegion:
    """The Seller Central region a store belongs to."""
    if domain in _EUROPE:
        return SellerRegion.EUROPE
    return _REGION_OF_STORE.get(domain, SellerRegion.OTHER)
