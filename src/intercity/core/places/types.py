"""Value types shared by the gazetteer, the resolver and everything that stores places.

These are the stable interface between ``core.places`` and the rest of the program.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PLACE_KINDS = ("city", "district", "region", "country")


@dataclass(frozen=True)
class PlaceRef:
    """A place in the gazetteer (or a district created inside one).

    ``key`` identifies the place across runs: ``gn:<geonameid>`` for GeoNames entries,
    ``iso:<ISO 3166-2 code>`` for subdivisions, ``cc:<alpha-2>`` for countries and
    ``district:<parent key>/<name>`` for districts that GeoNames lacks, ``area:<source id>`` for a
    municipality or district known only to a second source (``extra.py``).
    """

    name: str
    kind: str  # one of PLACE_KINDS
    country_code: str  # ISO 3166-1 alpha-2, upper case
    geonameid: int | None = None
    iso_3166_2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    name_ko: str = ""
    name_local: str = ""
    admin1: str = ""  # GeoNames admin1 code, or "" (lets callers tell regions apart)
    parent_key: str = ""  # for districts: the key of the containing city
    area_id: str = ""  # for places from a second source: "csc-<id>", "gb-<shape id>" or "pc-<country>-<n>"

    @property
    def key(self) -> str:
        if self.kind == "district":
            return f"district:{self.parent_key}/{self.name}"
        if self.area_id:
            return f"area:{self.area_id}"
        if self.geonameid is not None:
            return f"gn:{self.geonameid}"
        if self.iso_3166_2:
            return f"iso:{self.iso_3166_2}"
        return f"cc:{self.country_code}"

    def to_json(self) -> dict:
        """The PLACE object of the JSON contract."""
        out: dict = {"name": self.name, "kind": self.kind, "country_code": self.country_code}
        if self.geonameid is not None:
            out["geonameid"] = self.geonameid
        if self.iso_3166_2:
            out["iso_3166_2"] = self.iso_3166_2
        if self.area_id:
            out["area_id"] = self.area_id
        out["lat"] = self.lat
        out["lon"] = self.lon
        if self.name_ko:
            out["name_ko"] = self.name_ko
        if self.name_local:
            out["name_local"] = self.name_local
        if self.parent_key:
            out["parent"] = self.parent_key
        return out


@dataclass
class ResolveContext:
    """What the resolver may use besides the name itself.

    ``subject``: the document's subject / home city; ``countries``: ISO alpha-2 codes named
    near the mention or held by the other places of the same list (most relevant first);
    ``known_partner_keys``: keys of places the network already knows as partners of the subject.
    """

    subject: PlaceRef | None = None
    countries: list[str] = field(default_factory=list)
    known_partner_keys: set[str] = field(default_factory=set)
    prefer_kind: str | None = None  # e.g. "region" when the text says "state"/"province"
    #: (lat, lon) of places related to the mention (its partners in a network, places named beside
    #: it): among same-named candidates the nearer ones are preferred
    near: list[tuple[float, float]] = field(default_factory=list)
    #: "CC.admin1" of the places listed beside the mention in a list ordered by region (Wikipedia's lists go
    #: state by state), one entry per place: a namesake in the region several of them share is preferred
    regions: list[str] = field(default_factory=list)


RESOLUTION_STATUSES = ("resolved", "ambiguous", "not_found", "country_mismatch")


@dataclass
class Resolution:
    query: str
    best: PlaceRef | None
    confidence: float
    ambiguous: bool
    alternatives: list[PlaceRef] = field(default_factory=list)
    status: str = "resolved"  # one of RESOLUTION_STATUSES
    reason: str = ""

    def to_json(self) -> dict:
        """The ``intercity resolve --json`` contract."""
        return {
            "query": self.query,
            "best": self.best.to_json() if self.best else None,
            "confidence": round(self.confidence, 3),
            "ambiguous": self.ambiguous,
            "alternatives": [a.to_json() for a in self.alternatives],
            "status": self.status,
            "reason": self.reason,
        }
