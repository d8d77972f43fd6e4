"""Blocks -> proposed facts with evidence.

Public interface (see docs/extraction.md)::

    extract(doc: ParsedDocument, gazetteer, home: PlaceRef | None = None) -> DocumentExtraction
    check_claim(cities, countries, entries) -> (check, reason)     # also check_claim((cities, countries), entries)
    find_dates(text, default_year=None) -> list[DateMention]
    status_of(text, default="proposed") -> (status, reason)
"""

from intercity.core.extraction.claims import check_claim  # noqa: F401
from intercity.core.extraction.dates import DateMention, find_dates, parse_date  # noqa: F401
from intercity.core.extraction.extract import extract  # noqa: F401
from intercity.core.extraction.status import status_of  # noqa: F401
from intercity.core.extraction.types import (  # noqa: F401
    ClaimFact,
    CooperationFact,
    DocumentExtraction,
    EngagementFact,
    Evidence,
    PartnershipFact,
    PersonFact,
    SiteFact,
    TrackFact,
)

__all__ = [
    "ClaimFact", "CooperationFact", "DateMention", "DocumentExtraction", "EngagementFact", "Evidence", "PartnershipFact",
    "PersonFact", "SiteFact", "TrackFact", "check_claim", "extract", "find_dates", "parse_date", "status_of",
]
