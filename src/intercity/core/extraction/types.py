"""Proposed facts extracted from one document. Each carries its evidence.

``DocumentExtraction.to_json()`` produces one element of the ``intercity ingest --json``
``documents`` array (see docs/json-formats.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intercity.core.places.types import PlaceRef, Resolution

PARTNERSHIP_KINDS = ("sister", "friendship", "partner", "pairing", "other")
ENGAGEMENT_KINDS = ("incoming", "outgoing", "meeting", "event")
COOPERATION_STATUSES = ("idea", "proposed", "agreed", "in_progress", "completed", "stalled", "dropped")
CLAIM_CHECKS = ("consistent", "inconsistent", "unverified")


@dataclass
class Evidence:
    start: int  # offsets into ParsedDocument.text
    end: int
    quote: str
    block: int | None = None
    page: int | None = None
    slide: int | None = None
    #: set when the passage is in an attachment (``ParsedDocument.attachments[n]``, 0-based): the
    #: offsets and the block index then refer to that attachment's text
    attachment: int | None = None

    def to_json(self) -> dict:
        out = {"start": self.start, "end": self.end, "quote": self.quote, "block": self.block}
        if self.page is not None:
            out["page"] = self.page
        if self.slide is not None:
            out["slide"] = self.slide
        if self.attachment is not None:
            out["attachment"] = self.attachment
        return out


def _place(p: PlaceRef | None) -> dict | None:
    return p.to_json() if p else None


@dataclass
class PartnershipFact:
    name_as_written: str
    resolution: Resolution
    kind: str  # PARTNERSHIP_KINDS
    sequence: int | None = None
    since: str | None = None  # ISO date or year
    confidence: float = 0.0
    evidence: Evidence | None = None
    list_title: str = ""
    country_as_written: str | None = None  # ISO code of a country written with the entry ("Kitakyushu, Japan")

    @property
    def place(self) -> PlaceRef | None:
        return None if self.resolution.ambiguous else self.resolution.best

    @property
    def country_code(self) -> str | None:
        """The partner's country: the resolved place's, else the one the document writes beside it."""
        place = self.place
        return place.country_code if place is not None else self.country_as_written

    def to_json(self) -> dict:
        return {
            "name_as_written": self.name_as_written,
            "place": _place(self.place),
            "kind": self.kind,
            "sequence": self.sequence,
            "since": self.since,
            "confidence": round(self.confidence, 3),
            "ambiguous": self.resolution.ambiguous,
            "alternatives": [a.to_json() for a in self.resolution.alternatives],
            "country_as_written": self.country_as_written,
            "evidence": self.evidence.to_json() if self.evidence else None,
        }


@dataclass
class SiteFact:
    name: str
    themes: list[str] = field(default_factory=list)
    evidence: Evidence | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "themes": self.themes,
                "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class TrackFact:
    title: str
    themes: list[str] = field(default_factory=list)
    sites: list[SiteFact] = field(default_factory=list)
    evidence: Evidence | None = None

    def to_json(self) -> dict:
        return {"title": self.title, "themes": self.themes, "sites": [s.to_json() for s in self.sites],
                "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class EngagementFact:
    kind: str  # ENGAGEMENT_KINDS, from the home city's side
    title: str
    visiting: list[PlaceRef]
    host: PlaceRef | None
    start: str | None  # ISO date
    end: str | None
    tracks: list[TrackFact] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    confidence: float = 0.0
    evidence: Evidence | None = None

    @property
    def sites(self) -> list[SiteFact]:
        return [s for t in self.tracks for s in t.sites]

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "title": self.title,
            "visiting": [p.to_json() for p in self.visiting],
            "host": _place(self.host),
            "start": self.start,
            "end": self.end,
            "tracks": [t.to_json() for t in self.tracks],
            "sites": [{"name": s.name, "themes": s.themes} for s in self.sites],
            "participants": self.participants,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_json() if self.evidence else None,
        }


@dataclass
class CooperationFact:
    title: str
    description: str
    themes: list[str]
    status: str  # COOPERATION_STATUSES
    parties: list[PlaceRef]
    sequence: int | None = None
    status_reason: str = ""  # the wording the status was read from
    confidence: float = 0.0
    evidence: Evidence | None = None
    area: bool = False  # True for an "area of future cooperation" of a single city
    title_evidence: Evidence | None = None  # where the title is, when apart from the description (areas)

    def to_json(self) -> dict:
        out = {
            "title": self.title,
            "description": self.description,
            "themes": self.themes,
            "status": self.status,
            "status_reason": self.status_reason,
            "parties": [p.to_json() for p in self.parties],
            "sequence": self.sequence,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_json() if self.evidence else None,
        }
        if self.title_evidence is not None:
            out["title_evidence"] = self.title_evidence.to_json()
        return out


@dataclass
class PersonFact:
    name: str
    role: str
    organisation: str = ""
    portfolio: str = ""
    evidence: Evidence | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "role": self.role, "organisation": self.organisation,
                "portfolio": self.portfolio, "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class ClaimFact:
    text: str
    cities: int | None
    countries: int | None
    scope: str  # "all" | a partnership kind ("sister", "friendship" ...)
    check: str  # CLAIM_CHECKS
    reason: str = ""  # e.g. "26 of 27 countries confirmed; 'Bandar' is ambiguous"
    evidence: Evidence | None = None

    def to_json(self) -> dict:
        return {"text": self.text, "cities": self.cities, "countries": self.countries, "scope": self.scope,
                "check": self.check, "reason": self.reason,
                "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class DocumentExtraction:
    source: str
    format: str
    language: str
    subject: PlaceRef | None
    partnerships: list[PartnershipFact] = field(default_factory=list)
    engagements: list[EngagementFact] = field(default_factory=list)
    cooperation: list[CooperationFact] = field(default_factory=list)
    areas: list[CooperationFact] = field(default_factory=list)
    people: list[PersonFact] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interests: list = field(default_factory=list)  # core.extraction.interests.InterestFact

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "format": self.format,
            "language": self.language,
            "subject": _place(self.subject),
            "partnerships": [p.to_json() for p in self.partnerships],
            "engagements": [e.to_json() for e in self.engagements],
            "cooperation": [c.to_json() for c in self.cooperation],
            "areas": [a.to_json() for a in self.areas],
            "people": [p.to_json() for p in self.people],
            "claims": [c.to_json() for c in self.claims],
            "themes": self.themes,
            "warnings": self.warnings,
            "interests": [i.to_json() for i in self.interests],
        }
