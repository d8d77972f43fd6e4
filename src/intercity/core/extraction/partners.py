"""Partnerships: list entries (lists.py) and ties stated in running text, resolved in context.

Resolution of a list is two passes: every entry alone (with the country written beside it, if
any), then each entry without a country of its own again with ``ResolveContext(subject=home,
countries=<countries of the other confidently resolved entries of the same list, most frequent
first>)``. An ambiguous name ("Bandar") stays ambiguous with its alternatives: never guessed. In a
document that writes countries beside list entries, a list of bare names that holds such a name: the other bare names with a large namesake in
another country are flagged too, unless the document names them with a country elsewhere (then
that country decides).

Ties in running text: a sentence naming a kind ("twinned with Lyon since 1960", "ciudad hermanada
con Barcelona desde 1983", "부산시의 자매도시인 … 바르셀로나시") gives that kind to the places it
names other than the subject; the following sentences of the same paragraph that add places with
a year ("… and Tel Aviv-Yafo followed in 1980") continue it. A place the document's lists already
hold keeps its list tie: a sentence about it ("signed an MoU on air quality with X") adds none.
"""

from __future__ import annotations

import re
from collections import Counter

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.lists import ListEntry, PartnerList, find_lists, heading_claims, ocr_variants
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.text import DocIndex, sentences
from intercity.core.extraction.types import PartnershipFact
from intercity.core.places.normalize import fold
from intercity.core.places.types import PlaceRef, Resolution

CONFIDENT = 0.7


def confident(r: Resolution | None) -> bool:
    return r is not None and r.best is not None and not r.ambiguous and r.status == "resolved" and r.confidence >= CONFIDENT


def same_place(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.key == b.key:
        return True
    return a.country_code == b.country_code and fold(a.name) == fold(b.name) and a.kind == b.kind


def resolve_entries(entries: list[ListEntry], finder: PlaceFinder) -> None:
    """Two passes over one list (see module doc); sets ``entry.resolution``."""
    first = [_resolve_entry(e, finder) for e in entries]
    codes = [r.best.country_code if confident(r) else None for r in first]
    for i, e in enumerate(entries):
        r = first[i]
        if e.country is None and not e.region:
            others = Counter(c for j, c in enumerate(codes) if j != i and c)
            ctx = tuple(c for c, _ in sorted(others.items(), key=lambda kv: (-kv[1], kv[0])))
            if ctx:
                r = finder.resolve(e.name, countries=ctx)
        if r.status in ("not_found", "country_mismatch") and r.best is None or r.confidence < 0.9 and ocr_variants(e.name):
            r = _retry_variants(e, finder, r)
        e.resolution = _city_over_its_country(r, e.country)


def _resolve_entry(e: ListEntry, finder: PlaceFinder) -> Resolution:
    """An entry alone, with its written country; a state written with it ("Austin, Texas, USA",
    "피츠버그 | 미국 (캘리포니아주)") tells namesakes apart."""
    if e.region:
        r = finder.resolve(f"{e.name}, {e.region}", country=e.country)
        if r.best is not None and r.status == "resolved":
            return r
    return finder.resolve(e.name, country=e.country)


def _city_over_its_country(r: Resolution, written_country: str | None) -> Resolution:
    """A list entry named like its country ("Túnez, Túnez", "Kuwait (Kuwait)") is the city: an
    ambiguity only between a city and the country it lies in is settled for the city, and an entry
    read as the very country written beside it becomes that country's city of the name."""
    best = r.best
    if best is None:
        return r
    why = "a list entry named like its country is the city"
    if best.kind == "country" and written_country and best.country_code == written_country:
        cities = [a for a in r.alternatives if a.kind == "city" and a.country_code == best.country_code]
        if cities:
            return Resolution(r.query, cities[0], max(r.confidence * 0.9, 0.75), False, [best] + [a for a in r.alternatives
                              if a.key != cities[0].key], "resolved", why)
        return r
    if not r.ambiguous or best.kind == "country":
        return r
    others = [a for a in r.alternatives if a.key != best.key]
    if others and all(a.kind == "country" and a.country_code == best.country_code for a in others):
        return Resolution(r.query, best, max(r.confidence, 0.8), False, r.alternatives, "resolved", why)
    return r


_SUFFIXES = ("주", "성", "시", "현", "도", "州", "省", "県", "縣", "市", "都", " Province", " Prefecture", " State", " City")
_REGION_SUFFIXES = ("주", "성", "州", "省", "県", "縣", " Province", " Prefecture", " State")
_ADDED = {"ja": ("市", "広域市", "特別市", "県", "省"), "ko": ("시", "광역시", "특별시", "주", "성"), "zh": ("市", "省")}


def _retry_variants(e: ListEntry, finder: PlaceFinder, r: Resolution) -> Resolution:
    """A name the gazetteer knows only with (or only without) its administrative suffix:
    "미나스제라이스주", "仁川" (仁川広域市)."""
    for variant in ocr_variants(e.name):
        alt = finder.resolve(variant, country=e.country)
        if alt.best is not None and alt.status == "resolved" and alt.confidence >= 0.9:
            return alt
    if "縣" in e.name:  # the traditional form of 県 (prefecture)
        alt = finder.resolve(e.name.replace("縣", "県"), country=e.country)
        if alt.best is not None and alt.status == "resolved":
            return alt
    for suf in _SUFFIXES:
        if e.name.endswith(suf) and len(e.name) > len(suf) + 1:
            alt = finder.resolve(e.name[: -len(suf)].strip(), country=e.country,
                                 prefer_kind="region" if suf in _REGION_SUFFIXES else None)
            if alt.best is not None:
                return alt
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", e.name):
        added = _ADDED["ja"] + _ADDED["zh"]
    elif re.search(r"[\uac00-\ud7a3]", e.name):
        added = _ADDED["ko"]
    else:
        added = ()
    for suf in added:
        if not e.name.endswith(suf):
            alt = finder.resolve(e.name + suf, country=e.country)
            if alt.best is not None and alt.status == "resolved":
                return alt
    return r


# ---------------------------------------------------------------- loosely written lists

NAMESAKE_SHARE = 0.2  # a namesake abroad with a fifth of the chosen place's population is a real alternative
NAMESAKE_MIN = 250_000


def _flag_loose_namesakes(lst: PartnerList, doc: ParsedDocument, finder: PlaceFinder) -> None:
    """In a document that writes countries beside list entries, a list without them whose entries
    already include one that cannot be placed ("Bandar") was written without telling places apart
    (a draft): its other bare names with a large namesake in another country
    ("Victoria", "Santiago", "San Jose") are flagged for a person instead of guessed, unless the
    document ties the name to a country elsewhere ("Victoria … in Australia"): that country decides."""
    bare = [e for e in lst.entries if e.country is None and e.resolution is not None]
    if not any(e.resolution.ambiguous for e in bare):
        return
    for e in bare:
        r = e.resolution
        best = r.best
        if r.ambiguous or best is None or best.kind == "country":
            continue
        rivals = [a for a in r.alternatives if a.country_code != best.country_code and a.kind != "country"]
        big = [a for a in rivals if (a.population or 0) >= NAMESAKE_MIN
               or best.population and (a.population or 0) >= NAMESAKE_SHARE * best.population]
        if not big:
            continue
        code = _country_named_with(doc, e, finder)
        if code == best.country_code:
            continue
        if code:
            alt = finder.resolve(e.name, country=code)
            if confident(alt):
                e.resolution = alt
                continue
        e.resolution = Resolution(r.query, None, min(r.confidence, 0.5), True, [best] + [a for a in r.alternatives],
                                  "ambiguous", f"{e.name!r} has namesakes in other countries and the list gives no country")


def _country_named_with(doc: ParsedDocument, e: ListEntry, finder: PlaceFinder) -> str | None:
    """The country a sentence of the document (outside the entry itself) names together with ``e``
    ("Victoria on this list is the State of Victoria in Australia")."""
    for b in doc.blocks:
        if b.index == e.block.index or e.name not in b.text:
            continue
        for sent in sentences(b.text):
            if e.name not in sent.text:
                continue
            for m in finder.find(sent.text, include_countries=True):
                if m.resolution.best is not None and m.resolution.best.kind == "country":
                    return m.resolution.best.country_code
    return None


# ---------------------------------------------------------------- ties in running text

_YEAR_NEAR = re.compile(r"(?:since|seit|depuis|desde|dal|from|in|\()\s*((?:19|20)\d\d)|((?:19|20)\d\d)\s*(?:년|年)", re.IGNORECASE)


def prose_entries(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None, skip_blocks: set[int]) -> list[ListEntry]:
    out: list[ListEntry] = []
    for b in doc.blocks:
        if b.index in skip_blocks or b.kind == "table_cell":
            continue
        if not kind_spans(b.text):
            continue
        carried: str | None = None
        for sent in sentences(b.text):
            spans = kind_spans(sent.text)
            mentions = [m for m in finder.find(sent.text, include_countries=True)]
            countries = [m.resolution.best.country_code for m in mentions
                         if m.resolution.best is not None and m.resolution.best.kind == "country"]
            if spans:
                carried = None
            elif carried is None or not re.search(r"(?:19|20)\d\d", sent.text):
                continue
            for m in mentions:
                best = m.resolution.best
                if best is not None and best.kind == "country":
                    continue
                if any(m.start < ke and ks < m.end for ks, ke, _ in spans):
                    continue  # a kind word is not a place ("友好")
                if home is not None and same_place(m.place, home):
                    continue
                if home is not None and m.place is None and fold(m.text) == fold(home.name):
                    continue
                kind = _nearest_kind(spans, m.start, m.end) if spans else carried
                if kind is None:
                    continue
                since = None
                tail = sent.text[m.end:m.end + 40]
                ym = _YEAR_NEAR.search(tail)
                if ym and not re.search(r"[.;]", tail[:ym.start()]):
                    since = ym.group(1) or ym.group(2)
                name = m.text
                r = m.resolution
                if countries:
                    r = finder.resolve(name, countries=tuple(countries))
                out.append(ListEntry(name=name, sequence=None, country=None, since=since, kind=kind,
                                     start=b.start + sent.start + m.start, end=b.start + sent.start + m.end, block=b,
                                     source="prose", resolution=r))
            if spans:
                kinds = {k for _, _, k in spans}
                carried = spans[-1][2] if len(kinds) == 1 else None
    return out


def _nearest_kind(spans: list[tuple[int, int, str]], s: int, e: int) -> str | None:
    best = None
    for ks, ke, k in spans:
        d = s - ke if ke <= s else ks - e if ks >= e else 0
        if best is None or d < best[0]:
            best = (d, k)
    return best[1] if best else None


# ---------------------------------------------------------------- facts

def extract_partnerships(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None):
    """(facts, lists, entries-by-fact, warnings)."""
    lists = find_lists(doc, finder)
    warnings: list[str] = []
    used: set[int] = set()
    for lst in lists:
        resolve_entries(lst.entries, finder)
    writes_countries = any(e.country for lst in lists for e in lst.entries)
    for lst in lists:
        if writes_countries:
            _flag_loose_namesakes(lst, doc, finder)
        for e in lst.entries:
            used.add(e.block.index)
        _list_warnings(lst, warnings)
    entries: list[ListEntry] = [e for lst in lists for e in lst.entries]
    # a place the document lists already has its tie: a sentence about it ("signed an MoU on air
    # quality with X") is about cooperation, not a second relationship of another kind
    listed = {e.resolution.best.key for e in entries if e.resolution is not None and e.resolution.best is not None}
    entries += [e for e in prose_entries(doc, finder, home, used)
                if not (e.resolution is not None and e.resolution.best is not None and e.resolution.best.key in listed)]
    facts: list[PartnershipFact] = []
    kept: list[ListEntry] = []
    seen: set[tuple] = set()
    for e in entries:
        r = e.resolution
        place = r.best if r is not None and not r.ambiguous else None
        if home is not None and same_place(place, home):
            continue
        key = (e.kind, place.key) if place is not None else (e.kind, fold(e.name), e.list_id)
        if key in seen:
            continue
        seen.add(key)
        facts.append(PartnershipFact(
            name_as_written=e.name, resolution=r, kind=e.kind, sequence=e.sequence, since=e.since,
            confidence=(r.confidence if r is not None else 0.0) * (0.9 if e.source == "prose" else 1.0),
            evidence=index.evidence(e.start, e.end, e.block), list_title=e.list_title, country_as_written=e.country))
        kept.append(e)
    return facts, lists, kept, warnings


def _list_warnings(lst: PartnerList, warnings: list[str]) -> None:
    claims = heading_claims(lst)
    if not lst.entries:
        if claims:
            warnings.append(f"the heading {lst.title!r} announces {claims[0][1]} cities but no list items follow it")
        return
    for text, cities, _countries in claims:
        if cities is not None and cities != len(lst.entries):
            warnings.append(f"the list {lst.title!r} has {len(lst.entries)} entries; its heading says {cities}")
            break
    numbers = [e.sequence for e in lst.entries if e.sequence is not None]
    if numbers and len(numbers) == len(lst.entries):
        dup = sorted(n for n, c in Counter(numbers).items() if c > 1)
        missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        if dup:
            warnings.append(f"the list {lst.title!r} repeats number(s) {', '.join(map(str, dup))}")
        if missing and len(missing) <= 5:
            warnings.append(f"the list {lst.title!r} lacks number(s) {', '.join(map(str, missing))}")
    for e in lst.entries:
        if e.resolution is not None and e.resolution.ambiguous:
            warnings.append(f"{e.name!r} in {lst.title!r} is ambiguous: a person must choose the place")
        elif e.resolution is None or e.resolution.best is None:
            warnings.append(f"{e.name!r} in {lst.title!r} was not found in the gazetteer")
