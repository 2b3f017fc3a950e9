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
