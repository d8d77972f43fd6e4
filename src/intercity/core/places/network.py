"""The global twin-town network: read datasets, resolve every place once, return undirected pairs.

Pure functions (no database): the registry's importer and the CLI call them.

- ``read_twin_towns(path) -> list[NetworkRecord]``: the Wikipedia-derived CSV
  (``city1,country1,city2,country2``; extra columns ignored).
- ``read_wikidata_p190(path) -> list[NetworkRecord]``: a SPARQL 1.1 JSON results export of
  "twinned administrative body" (P190); see ``WIKIDATA_VARIABLES`` for the variable names accepted.
- ``resolve_network(gazetteer, records, progress=None) -> NetworkResult``: each distinct
  (name, country) resolved once; pairs resolved on both sides, de-duplicated (A–B == B–A).
- ``import_twin_towns`` / ``import_wikidata``: read + resolve.
- ``report_row`` / ``write_report``: the per-name resolution report CSV (``REPORT_COLUMNS``).
- ``resolve_batch(gazetteer, source)``: rows of a CSV with a ``name`` column (``country`` optional),
  for ``intercity resolve --batch FILE``; yields one dict per row.

Every problem with a file raises ``NetworkFileError(path, problem)``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from intercity.core.places.types import PlaceRef, Resolution, ResolveContext

TWIN_TOWN_COLUMNS = ("city1", "country1", "city2", "country2")
REPORT_COLUMNS = ("name", "country", "status", "place_name", "kind", "country_code", "geonameid_or_iso",
                  "lat", "lon", "alternatives")
#: SPARQL variable names accepted for each role (first present wins); "…Label" values come from
#: ``SERVICE wikibase:label``. The recommended query is in docs/places.md.
WIKIDATA_VARIABLES = {
    "name1": ("itemLabel", "cityLabel", "placeLabel", "city1Label", "sourceLabel"),
    "name2": ("partnerLabel", "twinLabel", "sisterLabel", "city2Label", "twinnedLabel", "targetLabel"),
    "country1": ("itemCountryLabel", "countryLabel", "country1Label", "cityCountryLabel", "placeCountryLabel"),
    "country2": ("partnerCountryLabel", "twinCountryLabel", "country2Label", "sisterCountryLabel",
                 "targetCountryLabel"),
    "id1": ("item", "city", "place", "city1", "source"),
    "id2": ("partner", "twin", "sister", "city2", "twinned", "target"),
}

Progress = Callable[[int, int], None]
#: how many places before and after a name in the dataset's own list count as its neighbours
LIST_WINDOW = 3


class NetworkFileError(ValueError):
    """A network or batch file that cannot be read: names the file and the problem."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class NetworkRecord:
    """One line of a dataset: a place and its partner, as written."""

    name1: str
    country1: str
    name2: str
    country2: str
    line: int = 0  # CSV line number or JSON binding number (1-based)
    id1: str = ""  # e.g. a Wikidata QID
    id2: str = ""


@dataclass
class NetworkPair:
    """An undirected partnership between two resolved places (``a.key < b.key``)."""

    a: PlaceRef
    b: PlaceRef
    names: tuple[str, str]  # as written (first occurrence), in the order of a, b
    occurrences: int = 1  # how many records named this pair (both directions count)

    @property
    def key(self) -> tuple[str, str]:
        return (self.a.key, self.b.key)


@dataclass
class NetworkResult:
    pairs: list[NetworkPair]
    rows: list[dict]  # one per distinct (name, country): the report rows (REPORT_COLUMNS)
    resolutions: dict[tuple[str, str], Resolution]
    unresolved: list[NetworkRecord] = field(default_factory=list)  # records with a side not resolved
    records: int = 0
    self_pairs: int = 0  # records whose two sides resolved to the same place

    def stats(self) -> dict:
        by_status: dict[str, int] = {}
        for r in self.rows:
            by_status[r["status"]] = by_status.get(r["status"], 0) + 1
        return {"records": self.records, "names": len(self.rows), "by_status": by_status,
                "pairs": len(self.pairs), "unresolved_records": len(self.unresolved), "self_pairs": self.self_pairs}


# ---------------------------------------------------------------- reading

def _read_text(path) -> str:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise NetworkFileError(path, "no such file") from None
    except IsADirectoryError:
        raise NetworkFileError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise NetworkFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data:
        raise NetworkFileError(path, "empty file (0 bytes)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NetworkFileError(path, f"not valid UTF-16 text ({exc.reason} at byte {exc.start})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NetworkFileError(path, f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                                     "cannot be decoded; save the file as UTF-8") from None
    if "\x00" in text:
        raise NetworkFileError(path, "contains NUL bytes: not a text file")
    if not text.strip():
        raise NetworkFileError(path, "contains only white space")
    return text


def _csv_rows(path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> Iterator[tuple[int, dict]]:
    text = _read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise NetworkFileError(path, f"no header row ({exc})") from None
    norm = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in norm]
    if missing:
        found = ", ".join(h.strip() for h in header if h.strip()) or "nothing"
        raise NetworkFileError(path, f"missing column(s) {', '.join(missing)} in the header (found: {found}); "
                                     f"expected {', '.join(required + optional)}")
    pos = {c: norm.index(c) for c in required + optional if c in norm}
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            yield reader.line_num, {c: (row[i].strip() if i < len(row) else "") for c, i in pos.items()}
    except csv.Error as exc:
        raise NetworkFileError(path, f"malformed CSV at line {reader.line_num}: {exc}") from None


def read_twin_towns(path) -> list[NetworkRecord]:
    """Records of a twin-town CSV (header ``city1,country1,city2,country2``, any order, any case)."""
    out = []
    for line, row in _csv_rows(path, TWIN_TOWN_COLUMNS):
        if row["city1"] and row["city2"]:
            out.append(NetworkRecord(row["city1"], row["country1"], row["city2"], row["country2"], line))
    return out


def read_wikidata_p190(path) -> list[NetworkRecord]:
    """Records of a Wikidata SPARQL JSON export of P190 (see ``WIKIDATA_VARIABLES``)."""
    text = _read_text(path)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NetworkFileError(path, f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("results"), dict) \
            or not isinstance(doc["results"].get("bindings"), list):
        raise NetworkFileError(path, "not a SPARQL 1.1 JSON results document (no results.bindings list)")
    head_vars = list((doc.get("head") or {}).get("vars") or [])
    bindings = doc["results"]["bindings"]
    present = set(head_vars)
    for b in bindings[:50]:
        if isinstance(b, dict):
            present.update(b)

    def pick(role):
        return next((v for v in WIKIDATA_VARIABLES[role] if v in present), None)

    var = {role: pick(role) for role in WIKIDATA_VARIABLES}
    if not var["name1"] or not var["name2"]:
        raise NetworkFileError(path, "missing variables: need a place label ("
                               + "/".join(WIKIDATA_VARIABLES["name1"]) + ") and a partner label ("
                               + "/".join(WIKIDATA_VARIABLES["name2"]) + f"); found {', '.join(sorted(present)) or 'none'}")

    def value(b, role):
        v = var[role]
        cell = b.get(v) if v else None
        return str(cell.get("value", "")).strip() if isinstance(cell, dict) else ""

    out = []
    for n, b in enumerate(bindings, 1):
        if not isinstance(b, dict):
            continue
        id1, id2 = value(b, "id1").rsplit("/", 1)[-1], value(b, "id2").rsplit("/", 1)[-1]
        name1, name2 = value(b, "name1"), value(b, "name2")
        # the label service falls back to the QID when an item has no label in the language asked
        if not name1 or not name2 or _is_qid(name1) or _is_qid(name2):
            continue
        out.append(NetworkRecord(name1, value(b, "country1"), name2, value(b, "country2"), n, id1, id2))
    return out


def _is_qid(text: str) -> bool:
    return len(text) > 1 and text[0] == "Q" and text[1:].isdigit()


# ---------------------------------------------------------------- resolving

def resolve_network(gazetteer, records: Iterable[NetworkRecord], progress: Progress | None = None,
                    overrides: dict[tuple[str, str], PlaceRef | None] | None = None) -> NetworkResult:
    """Resolve every distinct (name, country) once, then build the undirected, de-duplicated pairs.

    ``overrides`` are a person's corrections, keyed by (name, country) as written: a place (used
    instead of the resolver's answer, status ``resolved``) or None (the name is skipped: status
    ``skipped``, its records left out)."""
    records = list(records)
    overrides = overrides or {}
    names: dict[tuple[str, str], None] = {}
    for r in records:
        names.setdefault((r.name1, r.country1), None)
        names.setdefault((r.name2, r.country2), None)
    total = len(names)
    codes: dict[str, str | None] = {}
    resolutions: dict[tuple[str, str], Resolution] = {}
    step = max(1, total // 100)
    for done, (name, country) in enumerate(names, 1):
        if country not in codes:
            codes[country] = gazetteer.country_code(country) if country else None
        cc = codes[country]
        if (name, country) in overrides:
            res = _corrected(name, overrides[(name, country)])
        else:
            res = gazetteer.resolve(name, cc or None)
        resolutions[(name, country)] = res
        if progress and (done % step == 0 or done == total):
            progress(done, total)
    # second look at the names still ambiguous: their partners' places are evidence (twinned places
    # are often near each other; of two villages called Kamienica, the one near its Slovak partner),
    # and so are the places listed beside them: a dataset that lists places by country and region
    # (Wikipedia's lists go state by state) puts "Columbia" among its South Carolina neighbours
    partners_of: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r in records:
        partners_of.setdefault((r.name1, r.country1), []).append((r.name2, r.country2))
        partners_of.setdefault((r.name2, r.country2), []).append((r.name1, r.country1))
    listed: list[tuple[str, str]] = []  # the distinct first places, in the dataset's order
    for r in records:
        if not listed or listed[-1] != (r.name1, r.country1):
            listed.append((r.name1, r.country1))
    neighbours: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for i, key in enumerate(listed):
        around = [listed[j] for j in range(max(0, i - LIST_WINDOW), min(len(listed), i + LIST_WINDOW + 1))
                  if j != i and listed[j][1] == key[1]]
        neighbours.setdefault(key, []).extend(around)
    for key, res in list(resolutions.items()):
        if res.status != "ambiguous" or key in overrides:
            continue
        cc = codes.get(key[1])
        res2 = _within_stated_region(gazetteer, key, cc)
        if res2 is not None:
            resolutions[key] = res2
            continue
        partners = [_resolved_place(resolutions.get(o)) for o in partners_of.get(key, ())]
        listed = [_resolved_place(resolutions.get(o)) for o in neighbours.get(key, ())]
        near = [(o.lat, o.lon) for o in partners + listed if o is not None and o.lat is not None]
        regions = [f"{o.country_code}.{o.admin1}" for o in listed if o is not None and o.kind == "city" and o.admin1]
        if near or regions:
            res2 = gazetteer.resolve(key[0], cc or None, ResolveContext(near=near, regions=regions))
            if res2.status == "resolved":
                res2.reason += "; chosen by nearness to its partners and the places listed beside it"
            resolutions[key] = res2
    rows = [report_row(n, c, resolutions[(n, c)]) for (n, c) in names]
    pairs: dict[tuple[str, str], NetworkPair] = {}
    unresolved, self_pairs = [], 0
    for r in records:
        ra, rb = resolutions[(r.name1, r.country1)], resolutions[(r.name2, r.country2)]
        if ra.status != "resolved" or rb.status != "resolved" or ra.best is None or rb.best is None:
            unresolved.append(r)
            continue
        a, b, na, nb = ra.best, rb.best, r.name1, r.name2
        if a.key == b.key:
            self_pairs += 1
            continue
        if b.key < a.key:
            a, b, na, nb = b, a, nb, na
        pair = pairs.get((a.key, b.key))
        if pair is None:
            pairs[(a.key, b.key)] = NetworkPair(a, b, (na, nb))
        else:
            pair.occurrences += 1
    return NetworkResult(list(pairs.values()), rows, resolutions, unresolved, len(records), self_pairs)


def _resolved_place(res: Resolution | None) -> PlaceRef | None:
    return res.best if res is not None and res.status == "resolved" else None


def _within_stated_region(gazetteer, key: tuple[str, str], cc: str | None) -> Resolution | None:
    """A country written with a region before it ("Brandenburg, Germany", "Ohio, United States") places an
    ambiguous name in that region: the name is resolved again with the region as its qualifier, and the answer
    kept only when it is then resolved (None otherwise)."""
    name, country = key
    region = country.rpartition(",")[0].strip()
    if not region or not cc or "(" in name:
        return None
    res = gazetteer.resolve(f"{name} ({region})", cc)
    if res.status != "resolved":
        return None
    res.query = name
    res.reason += f"; placed in {region} by the country as written"
    return res


def import_twin_towns(gazetteer, path, progress: Progress | None = None) -> NetworkResult:
    return resolve_network(gazetteer, read_twin_towns(path), progress)


def import_wikidata(gazetteer, path, progress: Progress | None = None) -> NetworkResult:
    return resolve_network(gazetteer, read_wikidata_p190(path), progress)


def _corrected(name: str, place: PlaceRef | None) -> Resolution:
    if place is None:
        return Resolution(query=name, best=None, confidence=0.0, ambiguous=False, alternatives=[],
                          status="skipped", reason="skipped by a person's correction")
    return Resolution(query=name, best=place, confidence=1.0, ambiguous=False, alternatives=[],
                      status="resolved", reason="a person's correction")


# ---------------------------------------------------------------- reports and batches

def report_row(name: str, country: str, res: Resolution) -> dict:
    """One row of the resolution report (``REPORT_COLUMNS``); alternatives as "Name (CC) key; …"."""
    b = res.best if res.status in ("resolved", "ambiguous") else None
    return {
        "name": name, "country": country, "status": res.status,
        "place_name": b.name if b else "", "kind": b.kind if b else "",
        "country_code": b.country_code if b else "",
        "geonameid_or_iso": (str(b.geonameid) if b.geonameid is not None else (b.iso_3166_2 or b.key)) if b else "",
        "lat": "" if not b or b.lat is None else f"{b.lat:.5f}",
        "lon": "" if not b or b.lon is None else f"{b.lon:.5f}",
        "alternatives": "; ".join(f"{a.name} ({a.country_code}) {a.key}" for a in res.alternatives),
    }


def write_report(rows: Iterable[dict], target) -> int:
    """Write report rows as CSV to a path or a text file object; returns the number of rows."""
    def _write(fh) -> int:
        w = csv.DictWriter(fh, fieldnames=list(REPORT_COLUMNS), extrasaction="ignore")
        w.writeheader()
        n = 0
        for row in rows:
            w.writerow(row)
            n += 1
        return n

    if hasattr(target, "write"):
        return _write(target)
    with open(target, "w", encoding="utf-8", newline="") as fh:
        return _write(fh)


def resolve_batch(gazetteer, source, progress: Progress | None = None) -> Iterator[dict]:
    """Resolve a batch: ``source`` is a CSV path (header with ``name``, optional ``country``) or an
    iterable of dicts with those keys. Yields ``{"name", "country", **Resolution.to_json(), "row": dict}``
    per input row, in order (``row`` is the report row)."""
    if isinstance(source, (str, Path)):
        rows = [row for _line, row in _csv_rows(source, ("name",), ("country",))]
    else:
        rows = [{"name": (r.get("name") or "").strip(), "country": (r.get("country") or "").strip()} for r in source]
    total = len(rows)
    for n, row in enumerate(rows, 1):
        name, country = row.get("name", ""), row.get("country", "") or ""
        res = gazetteer.resolve(name, country or None)
        out = {"name": name, "country": country, **res.to_json(), "row": report_row(name, country, res)}
        if progress:
            progress(n, total)
        yield out
