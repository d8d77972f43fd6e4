"""The global twin-town network in the registry: import a dataset, corrections, a place's partners
worldwide and the home city's reconciliation. Shared by the CLI, the web pages and the API.

An import resolves every distinct (name, country) once (``core.places.network``), applies the
people's corrections (``PlaceCorrection``) before the resolver is asked, and writes in one
transaction with bulk statements: the places it needs (districts after their cities) and one
partnership per undirected pair with the source ``network:<dataset>``. A pair already in the
registry (from a document) only gains the source; a network pair never enters the registry by
itself (``in_registry`` stays False until a person adds it). A re-import adds nothing.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from intercity.partnerships.models import Partnership, PartnershipKind, PlaceCorrection
from intercity.places.models import Place

Progress = Callable[[str, int, int], None]  # (stage, done, total)
BATCH = 2000


class NetworkImportError(ValueError):
    """A dataset or corrections file that cannot be imported: names the file and the problem."""

    def __init__(self, path, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


@dataclass
class ImportSummary:
    dataset: str
    records: int = 0
    names: int = 0
    by_status: dict = field(default_factory=dict)
    pairs: int = 0
    places_created: int = 0
    partnerships_created: int = 0
    partnerships_updated: int = 0  # registry pairs that gained the dataset as a source
    unresolved_records: int = 0
    self_pairs: int = 0
    corrections_applied: int = 0
    report: str = ""

    def to_json(self) -> dict:
        return dict(self.__dict__)


def dataset_name(path: str | Path) -> str:
    return Path(path).stem.lower().replace("_raw", "").replace("_", "-") or "network"


def default_report_path(dataset: str) -> Path:
    """Next to the database (SQLite), otherwise in the data directory."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and str(db["NAME"]) not in ("", ":memory:") and "mode=memory" not in str(db["NAME"]):
        base = Path(db["NAME"]).parent
    else:
        from intercity.core.paths import data_dir

        base = Path(data_dir())
    return base / f"network-report-{dataset}.csv"


def read_records(path: str | Path):
    """The dataset's records: a Wikidata SPARQL JSON export (P190) or a twin-town CSV, told apart by
    content (a JSON document starts with ``{``)."""
    from intercity.core.places.network import NetworkFileError, read_twin_towns, read_wikidata_p190

    p = Path(path)
    try:
        head = p.read_bytes()[:64].lstrip(b"\xef\xbb\xbf \t\r\n") if p.is_file() else b""
        reader = read_wikidata_p190 if head.startswith(b"{") else read_twin_towns
        return reader(p)
    except NetworkFileError as exc:
        raise NetworkImportError(exc.path, exc.problem) from None


# ---------------------------------------------------------------- corrections

def correction_overrides(gazetteer) -> dict[tuple[str, str], object]:
    """(name, country) as written -> PlaceRef, or None for "skip"."""
    out = {}
    for c in PlaceCorrection.objects.select_related("place"):
        out[(c.name, c.country)] = c.place.to_ref() if c.place_id else None
    return out


def import_corrections(path: str | Path, *, gazetteer=None) -> int:
    """A corrections CSV (``name,country,place``; ``place`` a key such as ``gn:1838524`` or
    ``iso:AU-VIC``, a bare GeoNames id or ISO 3166-2 code, or empty to skip the name). All rows are
    checked before any is stored."""
    from intercity.core.places import load_gazetteer
    from intercity.core.places.network import NetworkFileError, _csv_rows
    from intercity.places.services import place_for

    gazetteer = gazetteer or load_gazetteer()
    try:
        rows = list(_csv_rows(path, ("name",), ("country", "place")))
    except NetworkFileError as exc:
        raise NetworkImportError(exc.path, exc.problem) from None
    decided = []
    for line, row in rows:
        name = (row.get("name") or "").strip()
        if not name:
            raise NetworkImportError(path, f"line {line}: the name is empty")
        key = (row.get("place") or "").strip()
        ref = None
        if key:
            if key.isdigit():
                key = f"gn:{key}"
            elif ":" not in key:
                key = f"iso:{key}" if "-" in key else f"cc:{key.upper()}"
            ref = gazetteer.get(key)
            if ref is None:
                raise NetworkImportError(path, f"line {line}: no place with the key {key!r} in the gazetteer")
        decided.append((name, (row.get("country") or "").strip(), ref))
    with transaction.atomic():
        for name, country, ref in decided:
            save_correction(name, country, place_for(ref) if ref else None)
    return len(decided)


def save_correction(name: str, country: str, place: Place | None, note: str = "") -> PlaceCorrection:
    """Record a person's decision (audited) and apply it to the network rows it concerns."""
    obj, _ = PlaceCorrection.objects.update_or_create(name=name, country=country,
                                                      defaults={"place": place, "note": note})
    return obj


def export_corrections(target) -> int:
    writer = csv.writer(target)
    writer.writerow(["name", "country", "place", "place_name", "note"])
    n = 0
    for c in PlaceCorrection.objects.select_related("place").order_by("name", "country"):
        writer.writerow([c.name, c.country, c.place.key if c.place_id else "", c.place.name if c.place_id else "", c.note])
        n += 1
    return n


# ---------------------------------------------------------------- import

def import_network(path: str | Path, *, dataset: str | None = None, report: str | Path | None = None,
                   progress: Progress | None = None, gazetteer=None) -> ImportSummary:
    """Read, resolve and store a network dataset (atomic; see the module docstring)."""
    from intercity.core.places import load_gazetteer
    from intercity.core.places.network import resolve_network, write_report

    dataset = dataset or dataset_name(path)
    gazetteer = gazetteer or load_gazetteer()
    records = read_records(path)
    if not records:
        raise NetworkImportError(path, "holds no pairs of places")
    overrides = correction_overrides(gazetteer)
    result = resolve_network(gazetteer, records, (lambda d, t: progress("Resolving", d, t)) if progress else None,
                             overrides=overrides)
    summary = ImportSummary(dataset=dataset, records=result.records, names=len(result.rows),
                            pairs=len(result.pairs), unresolved_records=len(result.unresolved),
                            self_pairs=result.self_pairs, by_status=result.stats()["by_status"],
                            corrections_applied=sum(1 for k in overrides if k in result.resolutions))
    source = f"network:{dataset}"
    with transaction.atomic():
        ids = _ensure_places([ref for pair in result.pairs for ref in (pair.a, pair.b)], summary)
        _store_pairs(result.pairs, ids, source, summary, progress)
        _audit(summary, path)
    report_path = Path(report) if report else default_report_path(dataset)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=report_path.parent, prefix=".report-", suffix=".csv")
    os.close(fd)
    write_report(result.rows, tmp)
    os.replace(tmp, report_path)
    summary.report = str(report_path)
    return summary


def _ensure_places(refs, summary: ImportSummary) -> dict[str, int]:
    """key -> Place id for every ref, creating the missing ones in bulk (parents before districts)."""
    from intercity.core.places import load_gazetteer

    ids = dict(Place.objects.values_list("key", "id"))
    wanted: dict[str, object] = {}
    for ref in refs:
        if ref.key not in ids:
            wanted.setdefault(ref.key, ref)
    # the cities that districts belong to
    gazetteer = None
    for ref in list(wanted.values()):
        if ref.kind == "district" and ref.parent_key and ref.parent_key not in ids and ref.parent_key not in wanted:
            gazetteer = gazetteer or load_gazetteer()
            parent = gazetteer.get(ref.parent_key)
            if parent is not None:
                wanted[parent.key] = parent
    for districts in (False, True):
        batch = [_place(ref, ids) for ref in wanted.values() if (ref.kind == "district") == districts]
        Place.objects.bulk_create(batch, batch_size=BATCH)
        summary.places_created += len(batch)
        ids.update(Place.objects.filter(key__in=[p.key for p in batch]).values_list("key", "id") if len(batch) < 900
                   else Place.objects.values_list("key", "id"))
    return ids


def _place(ref, ids: dict[str, int]) -> Place:
    return Place(key=ref.key, kind=ref.kind, name=ref.name, name_ko=ref.name_ko, name_local=ref.name_local,
                 country_code=ref.country_code, geonameid=ref.geonameid, iso_3166_2=ref.iso_3166_2 or "",
                 lat=ref.lat, lon=ref.lon, population=ref.population or 0,
                 parent_id=ids.get(ref.parent_key) if ref.kind == "district" and ref.parent_key else None)


def _store_pairs(pairs, ids: dict[str, int], source: str, summary: ImportSummary, progress: Progress | None) -> None:
    existing: dict[tuple[int, int], tuple[int, list]] = {}
    for pk, a, b, sources in Partnership.objects.filter(place_b__isnull=False).values_list("pk", "place_a_id", "place_b_id", "sources"):
        existing[(min(a, b), max(a, b))] = (pk, sources)
    new, updated = [], []
    total = len(pairs)
    for done, pair in enumerate(pairs, 1):
        a, b = ids[pair.a.key], ids[pair.b.key]
        found = existing.get((min(a, b), max(a, b)))
        if found is None:
            new.append(Partnership(place_a_id=a, place_b_id=b, name_as_written=pair.names[1][:200],
                                   kind=PartnershipKind.SISTER, sources=[source], in_registry=False))
            existing[(min(a, b), max(a, b))] = (None, [source])
        elif source not in found[1]:
            updated.append(Partnership(pk=found[0], sources=[*found[1], source]))
        if progress and (done % 2000 == 0 or done == total):
            progress("Storing", done, total)
    Partnership.objects.bulk_create(new, batch_size=BATCH)
    Partnership.objects.bulk_update([u for u in updated if u.pk], ["sources"], batch_size=BATCH)
    summary.partnerships_created = len(new)
    summary.partnerships_updated = len(updated)


def _audit(summary: ImportSummary, path) -> None:
    """One audit entry per import (a per-row entry for 20,000 rows would bury the log)."""
    from intercity.audit.context import current
    from intercity.audit.models import AuditEntry

    actor, via = current()
    AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=getattr(actor, "username", None) or (str(actor) if actor else ""), via=via or "import",
        action="create", model="partnerships.network_import", object_id=summary.dataset,
        object_repr=f"network import of {Path(str(path)).name}"[:300], before=None,
        after={k: v for k, v in summary.to_json().items() if k != "report"},
    )


# ---------------------------------------------------------------- reading the network

def network_partners(place: Place):
    """Every partnership of ``place`` — registry and network — with both places loaded, the
    place's own districts' ties excluded (they belong to the district)."""
    return (Partnership.objects.filter(Q(place_a=place) | Q(place_b=place), place_b__isnull=False)
            .select_related("place_a", "place_b").order_by("-in_registry", "place_b__name"))


def network_sources(partnership: Partnership) -> list[str]:
    return [s.split(":", 1)[1] for s in partnership.sources if s.startswith("network:")]


def reconcile(home: Place) -> dict:
    """What the network knows about the home city that the registry lacks, and the reverse."""
    rows = list(network_partners(home))
    in_network_only = [p for p in rows if not p.in_registry]
    registry_only = [p for p in rows if p.in_registry and not network_sources(p)]
    both = [p for p in rows if p.in_registry and network_sources(p)]
    return {"network_only": in_network_only, "registry_only": registry_only, "both": both}


def add_to_registry(partnership: Partnership) -> Partnership:
    """A person confirms a tie known from the network: it becomes part of the team's record (audited)."""
    if not partnership.in_registry:
        partnership.in_registry = True
        if "manual" not in partnership.sources:
            partnership.sources = [*partnership.sources, "manual"]
        partnership.save()
    return partnership


# ---------------------------------------------------------------- the world map

def map_version() -> str:
    """Changes whenever a partnership or place is added or changed (the map JSON's ETag)."""
    from django.db.models import Count, Max

    agg = Partnership.objects.aggregate(n=Count("id"), last=Max("updated"))
    places = Place.objects.aggregate(n=Count("id"))
    return f'"{agg["n"]}-{places["n"]}-{agg["last"].timestamp() if agg["last"] else 0:.0f}"'


def map_payload(home: Place | None = None) -> dict:
    """The whole network as compact columns: places once (with coordinates), pairs as index pairs.
    Ties whose places have no coordinates (regions without a centre) are left out and counted."""
    places = list(Place.objects.filter(lat__isnull=False, lon__isnull=False)
                  .values_list("id", "name", "country_code", "lon", "lat"))
    index = {row[0]: i for i, row in enumerate(places)}
    kinds = list(PartnershipKind.values)
    pairs, registry, kind, degree, skipped = [], [], [], [0] * len(places), 0
    for a, b, in_registry, k in Partnership.objects.filter(place_b__isnull=False).values_list(
            "place_a_id", "place_b_id", "in_registry", "kind").iterator(chunk_size=5000):
        ia, ib = index.get(a), index.get(b)
        if ia is None or ib is None:
            skipped += 1
            continue
        pairs += (ia, ib)
        registry.append(1 if in_registry else 0)
        kind.append(kinds.index(k) if k in kinds else len(kinds) - 1)
        degree[ia] += 1
        degree[ib] += 1
    keep = [i for i, d in enumerate(degree) if d]
    remap = {old: new for new, old in enumerate(keep)}
    return {
        "places": {"id": [places[i][0] for i in keep], "name": [places[i][1] for i in keep],
                   "cc": [places[i][2] for i in keep], "lon": [round(places[i][3], 3) for i in keep],
                   "lat": [round(places[i][4], 3) for i in keep], "n": [degree[i] for i in keep]},
        "pairs": [remap[i] for i in pairs],
        "registry": registry,
        "kind": kind,
        "kinds": kinds,
        "home": remap.get(index.get(home.pk)) if home is not None else None,
        "without_coordinates": skipped,
    }


# ---------------------------------------------------------------- names that wait for a person

def waiting_names(report_path: str | Path | None = None, limit: int = 500) -> list[dict]:
    """The report rows a person should look at (ambiguous, not found, country mismatch), minus the
    names already corrected; from the latest report of each dataset next to the database."""
    paths = [Path(report_path)] if report_path else sorted(default_report_path("x").parent.glob("network-report-*.csv"))
    corrected = set(PlaceCorrection.objects.values_list("name", "country"))
    out, seen = [], set()
    for path in paths:
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = (row.get("name", ""), row.get("country", ""))
                if row.get("status") in ("ambiguous", "not_found", "country_mismatch") and key not in corrected and key not in seen:
                    seen.add(key)
                    out.append({**row, "dataset": path.stem.removeprefix("network-report-")})
    order = {"ambiguous": 0, "country_mismatch": 1, "not_found": 2}
    out.sort(key=lambda r: (order.get(r["status"], 3), r["name"]))
    return out[:limit]
