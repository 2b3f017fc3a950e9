"""Amazon stores the assistant knows, and which one a new user most likely shops on."""

from __future__ import annotations

from typing import NamedTuple

from app.core.languages import Language


class AmazonStore(NamedTuple):  # not a dataclass: 1 ms less before the first window
    domain: str  # "amazon.it"
    countries: tuple[str, ...]  # ISO 3166 alpha-2 codes whose people usually shop here

    @property
    def home_url(self) -> str:
        return f"https://www.{self.domain}/"


# In the order the start page lists them: Italy first, then Europe, then the rest.
STORES: tuple[AmazonStore, ...] = (
    AmazonStore("amazon.it", ("IT", "SM", "VA")),
    AmazonStore("amazon.com", ("US",)),
    AmazonStore("amazon.co.uk", ("GB",)),
    AmazonStore("amazon.de", ("DE", "AT", "CH", "LI", "LU")),
    AmazonStore("amazon.fr", ("FR", "MC")),
    AmazonStore("amazon.es", ("ES", "AD")),
    AmazonStore("amazon.nl", ("NL",)),
    AmazonStore("amazon.com.be", ("BE",)),
    AmazonStore("amazon.ie", ("IE",)),
    AmazonStore("amazon.se", ("SE",)),
    AmazonStore("amazon.pl", ("PL",)),
    AmazonStore("amazon.ca", ("CA",)),
)

_BY_DOMAIN = {store.domain: store for store in STORES}
ITALY = _BY_DOMAIN["amazon.it"]
UNITED_STATES = _BY_DOMAIN["amazon.com"]


def store_by_domain(domain: str) -> AmazonStore | None:
    return _BY_DOMAIN.get(domain.strip().lower())


def default_store(country_code: str, language: Language) -> AmazonStore:
    """The store for the system's country; failing that, Italy for Italian speakers."""
    code = country_code.strip().upper()
    for store in STORES:
        if code in store.countries:
            return store
    return ITALY if language is Language.ITALIAN else UNITED_STATES
