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

import dataclasses
import re
from collections import Counter

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.claims import find_claims
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.layouts import apply_legends, apply_second_tier, apply_stem_tags, inline_lists
from intercity.core.extraction.lists import (ListEntry, PartnerList, find_lists, former_ties, heading_claims, ocr_variants,
                                           unprefixed)
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.tables import country_and_region
from intercity.core.extraction.text import DocIndex, is_cjk, sentences
from intercity.core.extraction.types import PartnershipFact
from intercity.core.places.normalize import fold
from intercity.core.places.types import PlaceRef, Resolution

CONFIDENT = 0.7



def _lone_common_word(e, finder: PlaceFinder) -> bool:
    """An entry with no country, year or number that is a frequent word naming no prominent place: one such line
    alone makes no list (a list's entries are expected names only when there are several)."""
    if e.country or e.since or e.sequence is not None or e.source != "list":
        return False
    best = e.resolution.best if e.resolution is not None else None
    return finder.common_word(e.name, best)

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
        e.resolution = _city_named_like_its_region(e, _city_over_its_country(r, e.country), finder)


def _resolve_entry(e: ListEntry, finder: PlaceFinder) -> Resolution:
    """An entry alone, with its written country; a state written with it ("Austin, Texas, USA",
    "피츠버그 | 미국 (캘리포니아주)") tells namesakes apart."""
    if e.region:
        r = finder.resolve(f"{e.name}, {e.region}", country=e.country)
        if r.best is not None and r.status == "resolved":
            if r.best.kind == "district":  # "Spokane, Washington": a state named like a city is not that city's district
                plain = finder.resolve(e.name, country=e.country)
                if confident(plain) and plain.best.kind == "city" and plain.confidence > r.confidence:
                    return plain
                if r.best.geonameid is None and _inside_parent(plain, r.best):
                    return plain  # "マイドリング区（ウィーン）": the ward the gazetteer knows on its own (Meidling), not a made-up one
            return r
    return finder.resolve(e.name, country=e.country)


def _name_over_its_country(e: ListEntry, finder: PlaceFinder) -> Resolution | None:
    """A cell giving the town on its first line and its country and region under it ("ランシング市 / アメリカ合衆国 ミシガン州",
    "Kyoto / Japan, Kyoto Prefecture", "Lyon / France (Auvergne-Rhône-Alpes)"): the town, read in that country."""
    quote = (e.name or "").strip()
    lines = [x.strip() for x in re.split(r"\s*\n\s*", quote) if x.strip()]
    if len(lines) < 2:  # the reader joined the cell's lines: its first word, then a country opening the rest
        parts = quote.split()
        lines = [parts[0], " ".join(parts[1:])] if len(parts) >= 2 else lines
    if len(lines) < 2:
        return None
    rest = lines[1]
    # the country opens the second line: before its comma or bracket ("South Korea, North Gyeongsang"), or its first word
    # ("アメリカ合衆国 ミシガン州")
    opening = [re.split(r"\s*[,，、(（]", rest)[0].strip(), rest.split()[0]]
    country = next((c for c in (finder.country_code(x) for x in opening if x) if c), None)
    if country is None:
        return None  # the second line opens with no country: not this layout
    r = finder.resolve(lines[0], country=country)
    return r if r.best is not None and r.best.country_code == country and r.status == "resolved" else None


def _inside_parent(plain: Resolution, district: PlaceRef, km: float = 25.0) -> bool:
    """Whether ``plain`` found one place within ``km`` of the city a made-up district lies in (its coordinates are
    the parent city's): the district's own gazetteer entry."""
    b = plain.best
    if b is None or plain.ambiguous or plain.status != "resolved" or b.kind not in ("city", "district") \
            or b.country_code != district.country_code or b.lat is None or district.lat is None:
        return False
    import math
    dlat, dlon = math.radians(b.lat - district.lat), math.radians(b.lon - district.lon)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(b.lat)) * math.cos(math.radians(district.lat)) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a))) <= km


def _city_named_like_its_region(e: ListEntry, r: Resolution, finder: PlaceFinder) -> Resolution:
    """An entry written as a city ("舒门市", "…시", "… City") that the gazetteer knows only as the region of
    that name is the region's city of the same name (the city a province is named after)."""
    best = r.best
    if best is None or best.kind != "region":
        return r
    if not re.search(r"(?:市|시|\bCity)$", e.name.strip()):
        # a bare name the gazetteer gives to a region and to a city of it ("Portalegre"): a list of ties names the city
        same = [a for a in r.alternatives if a.kind == "city" and a.country_code == best.country_code
                and fold(a.name) == fold(best.name) == fold(e.name)]
        if same:
            return Resolution(r.query, same[0], r.confidence, False, [best] + [a for a in r.alternatives if a is not same[0]],
                              "resolved", "a list entry named like a region and its city is the city")
        return r
    c = finder.resolve(best.name, country=best.country_code, prefer_kind="city")
    if c.best is not None and c.best.kind == "city" and c.best.country_code == best.country_code and confident(c):
        return Resolution(r.query, c.best, min(r.confidence, c.confidence), False, [best, *c.alternatives], "resolved",
                          "an entry written as a city, named like its region")
    return r


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


_SUFFIXES = ("주", "성", "시", "현", "도", "大区", "自治区", "州", "省", "県", "縣", "市", "都", " Province", " Prefecture", " State",
             " City")
_REGION_SUFFIXES = ("주", "성", "大区", "自治区", "州", "省", "県", "縣", " Province", " Prefecture", " State")
_ADDED = {"ja": ("市", "広域市", "特別市", "県", "省"), "ko": ("시", "광역시", "특별시", "주", "성"), "zh": ("市", "省")}


def _retry_variants(e: ListEntry, finder: PlaceFinder, r: Resolution) -> Resolution:
    """A name the gazetteer knows only with (or only without) its administrative suffix:
    "미나스제라이스주", "仁川" (仁川広域市)."""
    for variant in ocr_variants(e.name):
        alt = finder.resolve(variant, country=e.country)
        if alt.best is not None and alt.status == "resolved" and alt.confidence >= 0.9:
            return alt
    town = finder.town_after_region(e.name, e.country)
    if town is not None:  # "도야마현 구로베시": a prefecture before its town
        return town
    located = _name_over_its_country(e, finder)
    if located is not None:
        return located
    bare = unprefixed(e.name)
    if bare:  # "นครฮาร์บิน": a Thai or Lao city word before the name
        alt = finder.resolve(bare, country=e.country)
        if alt.best is not None and alt.status == "resolved":
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


_CONTEXT_KINDS = ("alt_text", "notes", "caption")


def _namesakes_by_context(lists: list[PartnerList], doc: ParsedDocument, finder: PlaceFinder) -> None:
    """A bare entry whose name has namesakes in other countries ("Saint Louis": Senegal or Missouri) is the
    namesake that a logo's alternative text, a speaker note or a caption of the document names, written out
    with its state or country ("Seal of the City of St. Louis, Missouri"): a person reading the slide sees the
    seal. Only a namesake the resolver already knew as an alternative is taken, confidently resolved."""
    blocks = [b for b in doc.blocks if b.kind in _CONTEXT_KINDS and len(b.text) < 1000]
    if not blocks:
        return
    found: list = []
    for b in blocks[:200]:
        found += [(b, m.resolution.best) for m in finder.find(b.text)
                  if m.resolution.best is not None and m.resolution.status == "resolved" and m.resolution.best.kind != "country"]
    if not found:
        return
    for lst in lists:
        for e in lst.entries:
            r = e.resolution
            if e.country or e.region or r is None or r.best is None:
                continue
            rivals = {a.key: a for a in r.alternatives if a.key != r.best.key and a.country_code != r.best.country_code}
            if not rivals or any(p.key == r.best.key for _, p in found):
                continue
            hits = {p.key for _, p in found if p.key in rivals}
            if len(hits) == 1:
                key = hits.pop()
                alt = finder.resolve(e.name, country=rivals[key].country_code)
                if alt.best is not None and alt.best.key == key and alt.status == "resolved":
                    e.resolution = Resolution(alt.query, alt.best, alt.confidence, False, [r.best, *alt.alternatives],
                                              "resolved", "the namesake a logo's alternative text, a note or a caption names")


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

_YEAR_NEAR = re.compile(r"(?:since|seit|depuis|desde|dal|from|in|sinds|sedan|siden|\bod|\bz|\()\s*((?:19|20)\d\d)|((?:19|20)\d\d)\s*(?:년|年)", re.IGNORECASE)


_COLUMNS = re.compile(r"\S[ \t]{3,}\S.*\S[ \t]{3,}\S")  # "Pune            India                 Friendship City"


def _prose_runs(doc: ParsedDocument, skip_blocks: set[int]) -> list[tuple[int, int, "object"]]:
    """(start, end, first block) of the stretches of running text: a paragraph whose line was
    hard-wrapped (an e-mail body, PDF lines) continues in the next paragraph block when it does not
    end a sentence."""
    runs: list[list] = []
    prev = None
    for b in doc.blocks:
        if b.index in skip_blocks or b.kind == "table_cell":
            prev = None
            continue
        joinable = b.kind == "paragraph"
        if (prev is not None and joinable and prev.kind == "paragraph" and b.page == prev.page and b.slide == prev.slide
                and not re.search(r"[.!?。！？]\s*$", prev.text) and len(runs[-1][3]) < 8
                and b.start - prev.end <= 3 and b.text[:1] not in "-•*#|"
                and not _COLUMNS.search(prev.text)  # a row of a table laid out in spaced columns is no wrapped sentence
                and (len(prev.text) >= 40 or b.text[:1].islower())):  # a short line is a heading, not a wrapped one
            runs[-1][1] = b.end
            runs[-1][3].append(b)
        else:
            runs.append([b.start, b.end, b, [b]])
        prev = b if joinable else None
    return [(r[0], r[1], r[2]) for r in runs]


_SEPARATOR = re.compile(r"(?:[\s,，、・/]|\b(?:and|y|e|et|und|en|och|i|és|ve|or|ou|o|oder|of|dan|serta|at|og|ir|un|ja|и|та|და|болон"
                        r"|dhe|və|και|și|şi|oraz|và|in|agus|ha|ac|eta|और|اور)\b"
                        r"|&|및|와|과|그리고|与|和|及|および|や)*",
                        re.IGNORECASE)
_NEAR_KIND = 60  # a place outside any enumeration a kind word governs takes the nearest kind word within this many characters
_CLAUSE_BREAK = re.compile(r"[，；。;!?！？]|\.\s")
# a place's name ended by a comitative particle, "with" (Korean 와/과, Japanese と), after an optional 시/市/区/県 …
# a kind word ending its clause as the predicate: Korean 이다/이고/이며/입니다, Japanese である/であり/です/だ (not the
# relative "姉妹都市であるサンディエゴ", "자매도시인 …": the kind then names the place after it)
_PREDICATE = re.compile(r"(?:이다|입니다|이에요|예요|である|です|だった|だ)(?=[\s.。,、]|$)|이고|이며|であり|でした")
_COMITATIVE = re.compile(r"(?:[시군구도市区區県县州省都府])?(?:와|과|と)(?:의|の)?\s*")


# an administrative word right after a mention in an East Asian script, which the mention did not take in
_CITY_WORD_LEFT = re.compile(r"^(?:특별시|광역시|시|군|현|구|정|市|县|縣|町|村|区|區)(?=[\s(（,，、와과とや与和及]|$)")


def _groups(text: str, mentions: list, countries: list | None = None) -> list[list]:
    """Enumerations: runs of place mentions separated only by commas and "and" (countries in brackets
    or written with the name, "日本宮崎縣", "Saint-Louis du Sénégal", do not break them)."""
    if countries:
        chars = list(text)
        for c in countries:
            chars[c.start:c.end] = ["\x00"] * (c.end - c.start)
        text = "".join(chars)
    groups: list[list] = []
    for m in mentions:
        if groups:
            gap = text[groups[-1][-1].end:m.start]
            if is_cjk(groups[-1][-1].text):  # "지시시(1997년), 둥잉시": the city word the mention left out
                gap = _CITY_WORD_LEFT.sub("", gap)
            gap = re.sub(r"[(（][^()（）]{0,40}[)）]", " ", gap)
            gap = re.sub(r"(?:\b(?:du|de|del|da|do|in|im|en|di|of|aus)\s+)?\x00+", " ", gap)
            if _SEPARATOR.fullmatch(gap.strip()) or _unknown_item(gap):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


# one capitalised name the gazetteer does not know between two commas of an enumeration ("Lyon, Sevillë, Turin")
# does not break it
_UNKNOWN_ITEM = re.compile(r"\s*[,，、]\s*(?P<w>[^\W\d_][\w'’\-]{1,30})\s*[,，、]\s*")


def _unknown_item(gap: str) -> bool:
    m = _UNKNOWN_ITEM.fullmatch(gap)
    return bool(m) and m.group("w")[0].isupper()


_LOCATING = re.compile(r"(?:\b(?:in|im|in\s+der|en|à|dans|la|del|della|w|в|во|sa)\s+(?:the\s+)?|[,，:：]\s*)$", re.IGNORECASE)


def _locates_a_city(text: str, m, mentions: list, finder: PlaceFinder) -> bool:
    """A region written after "in" (or a comma) following a city of the sentence that lies in it."""
    if not _LOCATING.search(text[max(0, m.start - 12):m.start]):
        return False
    for c in mentions:
        cb = c.resolution.best
        if cb is None or cb.kind != "city" or c.end > m.start or m.start - c.end > 80:
            continue
        r = finder.resolve(f"{c.text}, {m.text}", country=cb.country_code)
        if r.best is not None and r.best.key == cb.key:
            return True
    return False


_CAPS_MIN = 100_000
_CAPS_LARGE = 1_000_000  # a city this large is a name in a line of capitals even when the document writes it nowhere else
# languages' names in English (and Malay/Tagalog words that are also place names elsewhere are covered by the capitals
# rule): in running text such a word is the language or an ordinary word, whatever small town bears the name
_LANGUAGE_NAMES = frozenset("""hindi urdu tamil telugu bengali bangla punjabi marathi gujarati kannada malayalam odia sinhala
nepali tagalog filipino ilocano ilokano cebuano visayan bisaya malay bahasa thai khmer lao burmese swahili hausa yoruba
igbo amharic somali pashto dari farsi persian arabic hebrew turkish kurdish uzbek kazakh mongolian tibetan uyghur
mandarin cantonese hokkien english spanish french german italian portuguese russian chinese japanese korean vietnamese
latin greek polish czech slovak hungarian romanian bulgarian serbian croatian slovene ukrainian dutch danish swedish
norwegian finnish estonian latvian lithuanian georgian armenian albanian maltese basque catalan galician welsh irish""".split())


# oceans and seas in the languages of the lexicon's main tables: in running text the water, not a town of that name
_SEA = re.compile(r"(?:pacific|atlantic|pac[íi]fico|atl[áa]ntico|pazifik|atlantik|pacifique|atlantique|mediterr\w*|baltic|b[áa]ltico"
                  r"|ostsee|nordsee|caribbean|caribe|cara[íi]bes|karibik|adriatic|adri[áa]tico|adria|aegean|egeo|tirreno|jónico"
                  r"|太平洋|大西洋|地中海|印度洋|태평양|대서양|지중해|тихий\s+океан|атлантика|балтика)", re.IGNORECASE)


def _in_capitals(text: str, s: int, e: int) -> bool:
    """The mention at [s, e) stands in a line written in capitals (a title): three or more words, none in lower case."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    line = text[ls:le if le >= 0 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", re.sub(r"[(（][^()（）]*[)）]", " ", line))]  # "(Ekim 2025)" aside
    return len(words) >= 3 and not is_cjk(line) and all(w == w.upper() for w in words)


def _written_in_case(text: str, name: str) -> bool:
    """Whether the document also writes ``name`` in ordinary case somewhere ("Nanjing" beside "MISI KE NANJING"): in a
    line of capitals a common word ("BANDAR KEMBAR KITA", our twin cities) looks like a town; the document's own
    spelling elsewhere is what shows a name."""
    if len(text) > 500_000:
        return True
    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])", text, re.IGNORECASE):
        if not m.group(0).isupper():
            return True
    return False


def _without_qualifiers(places: list, text: str | None = None) -> list:
    """A state written right before a city without a space ("美國德州奧斯汀市": Texas, then Austin) only
    says where the city is; given the sentence's text, so does a province written in an East Asian script with one
    space before its city ("헤이룽장성 지시시", "黑龙江省 鸡西市", "北海道 赤平市")."""
    out = []
    for i, m in enumerate(places):
        nxt = places[i + 1] if i + 1 < len(places) else None
        touching = nxt is not None and (nxt.start == m.end or text is not None and 0 < nxt.start - m.end <= 2
                                        and not text[m.end:nxt.start].strip() and is_cjk(m.text) and is_cjk(nxt.text))
        if (touching and m.place is not None and m.place.kind == "region"
                and nxt.place is not None and nxt.place.kind != "region"):
            continue
        out.append(m)
    return out


_WITH_BEFORE_KIND = re.compile(r"\s*(?:시|市|광역시|특별시)?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:(?:와|과)(?:는|은)?|と|との間で|との間に|との|与|與|和)\s*(?:(?:19|20)\d\d\s*[년年]\s*(?:에|に)?\s*)?"
                               r"(?:结为|結為|缔结|締結|建立|结成|結成|结好|結好)?\s*(?:了)?\s*")


def _claimed_kinds(text: str, spans: list[tuple[int, int, str]], groups: list[list]) -> dict[int, str]:
    """Which kind word governs which enumeration: a kind word is followed by its places ("twinned with
    X, Y and Z", "hermanada con cinco ciudades (X, Y …)", "accords de coopération avec X") when an
    enumeration comes after it in the same clause before the next kind word; a kind word with none
    after it governs the enumeration just before it ("X and Y are sister cities", "A、Bと友好交流協定を
    締結"). Returns {group index: kind}; the other groups take the nearest kind word."""
    out: dict[int, str] = {}
    taken_before: set[int] = set()
    # Korean and Japanese put the partner first, with a comitative particle, and the kind word after it ("로스앤젤레스와
    # 자매결연을 맺었으며", "ボストン市と姉妹都市提携を結び"): that kind word governs the places before it, not those after
    used: set[int] = set()
    for gi, g in enumerate(groups):
        m = _COMITATIVE.match(text, g[-1].end)
        if not m:
            continue
        for n, (ks, ke, kind) in enumerate(spans):
            if m.end() <= ks <= m.end() + 12 and not _CLAUSE_BREAK.search(text[m.end():ks]) and "、" not in text[m.end():ks]:
                out[gi] = kind
                used.add(n)
                break
    # a kind word that is the predicate ("X와 Y는 부산의 자매도시이고, Z는 우호협력도시이다", "X、Yは…姉妹都市であり、Zは
    # パートナー都市である"): it governs the places of its own clause, before it, not those after
    for n, (ks, ke, kind) in enumerate(spans):
        if n in used or not _PREDICATE.match(text, ke):
            continue
        lo = spans[n - 1][1] if n > 0 else 0
        mine = [gi for gi, g in enumerate(groups) if lo <= g[0].start and g[-1].end <= ks and gi not in out]
        if mine:
            for gi in mine:
                out[gi] = kind
            used.add(n)
    for n, (ks, ke, kind) in enumerate(spans):
        if n in used:
            continue
        # Korean, Japanese, Chinese put the partner before the tie, joined by "with": "상하이시와 자매결연을",
        # "リヨン市と姉妹都市提携", "与波士顿市结为友好城市": that place is this kind word's, whatever follows it
        glued = [gi for gi, g in enumerate(groups) if g[-1].end <= ks and gi not in out
                 and _WITH_BEFORE_KIND.fullmatch(text[g[-1].end:ks])]
        if glued:
            out[glued[-1]] = kind
            taken_before.add(glued[-1])
            continue
        nxt = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        after = [gi for gi, g in enumerate(groups) if ke <= g[0].start < nxt and not _CLAUSE_BREAK.search(text[ke:g[0].start])
                 and g[0].start - ke <= 80 and not ("\n" in text[ke:g[0].start] and _entry_before_on_line(text, ks, groups))]
        if after:
            out.setdefault(after[0], kind)
            continue
        prv = spans[n - 1][1] if n > 0 else 0
        before = [gi for gi, g in enumerate(groups) if prv <= g[-1].start and g[-1].end <= ks
                  and not _CLAUSE_BREAK.search(re.sub(r"[(（][^()（）]{0,40}[)）]", "", text[g[-1].end:ks]))
                  and ks - g[-1].end <= 40]
        if before and before[-1] not in out:
            out[before[-1]] = kind
            taken_before.add(before[-1])
    return out


def _entry_before_on_line(text: str, ks: int, groups: list[list]) -> bool:
    """Whether the kind word at ``ks`` follows a place of its own line ("Lyon (France) · Jumelage · 1980"): it is that
    entry's kind, not the kind of the name opening the next line."""
    line_start = text.rfind("\n", 0, ks) + 1
    return any(line_start <= g[-1].start and g[-1].end <= ks for g in groups)


def _home_spellings(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None) -> list[list[str]]:
    """The words of the home city's names of two words or more as the document's first lines write them
    ("Нови Сад")."""
    if home is None:
        return []
    head = "\n".join(b.text for b in doc.blocks[:30])[:4000]
    out = []
    for m in finder.find(head, learn=False):
        words = [fold(w) for w in m.text.split()]
        if len(words) >= 2 and same_place(m.place, home) and words not in out:
            out.append(words)
    return out


def _inflected_home(text: str, m, spellings: list[list[str]]) -> bool:
    """The mention is the last word of the home city's name written in another case, its first words before it
    ("Братски градови Новог Сада": Сада is no Sa'dah): each word starts as the home name's word does."""
    for words in spellings:
        before = re.findall(r"[^\W\d_]+", text[max(0, m.start - 60):m.start])[-(len(words) - 1):]
        seen = [fold(w) for w in before] + [fold(m.text)]
        if len(seen) == len(words) and all(len(a) >= 3 and a[:3] == b[:3] and abs(len(a) - len(b)) <= 3
                                           for a, b in zip(seen, words)):
            return True
    return False


# another town owning the kind word after it: "Osh's sister cities", Kyrgyz "Ош шаарынын бир туугандаш шаарлары", Kazakh
# "… қаласының бауырлас қалалары", Turkish "… şehrinin kardeş şehirleri"
_OWNER = re.compile(r"(?<![\w\-])(?P<owner>[^\W\d_a-zа-яё][\w\-]*)(?:['’]s?|\s+(?:шаарынын|қаласының|şehrinin|kentinin))(?:\s+[^\W\d_]{2,4})?\s+$")


def _owned_by_another(before: str, finder: PlaceFinder, home: PlaceRef | None) -> bool:
    """The kind word after ``before`` is another town's ("Osh's sister cities"): a town not the home city owns it."""
    m = _OWNER.search(before)
    if m is None or home is None:
        return False
    r = finder.resolve(m.group("owner"))
    return r.best is not None and not r.ambiguous and r.best.kind not in ("country", "region") and not same_place(r.best, home)


# a visiting party right before a name ("a delegation from Lille", "une délégation de Turin", "eine Delegation aus Kyoto")
_VISITOR_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + lex.any_of(lex.DELEGATION_WORDS) + r")\s+(?:[^\W\d_]+\s+){0,2}?(?:"
                             + lex.any_of(lex.FROM_WORDS) + r")\s*(?:the\s+)?$", re.IGNORECASE)


def _visitor_beside_a_tie(text: str, m, spans: list[tuple[int, int, str]], places: list) -> bool:
    """A place named as a visiting delegation's origin in a sentence whose kind word names another place right after
    it ("Our twin city Dortmund hosted a delegation from Lille"): the visitor, not a tie."""
    if not _VISITOR_BEFORE.search(text, max(0, m.start - 60), m.start):
        return False
    if any(ke <= m.start and m.start - ke <= 60 for _ks, ke, _k in spans):
        return any(ke <= p.start and not text[ke:p.start].strip(" :") and p is not m for _ks, ke, _k in spans for p in places)
    return True


def prose_entries(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None, skip_blocks: set[int]) -> list[ListEntry]:
    out: list[ListEntry] = []
    spellings: list[list[str]] | None = None
    for run_start, run_end, b in _prose_runs(doc, skip_blocks):
        text = doc.text[run_start:run_end]
        if not kind_spans(text):
            continue
        carried: str | None = None
        announced: list = []  # [kind, places still to come]: "we have five sister cities … In Honolulu, … In Hangzhou, …"
        previous: list[tuple[int, object]] | None = None  # the cities of the sentence before (None: the line before the run)
        for sent in sentences(text):
            spans = kind_spans(sent.text)
            mentions = [m for m in finder.find(sent.text, include_countries=True)]
            prev_others, previous = previous, _other_cities(sent.text, finder, home, run_start + sent.start, mentions)
            if spans and not previous and _BOTH_CITIES.search(sent.text) and not _denied(sent.text, spans):
                if prev_others is None:
                    before = _text_before(doc, run_start)
                    prev_others = _other_cities(before[1], finder, home, before[0]) if before else []
            if spans and not previous and prev_others and _BOTH_CITIES.search(sent.text) and not _denied(sent.text, spans) \
                    and len({m.place.key for _, m in prev_others}) == 1:
                # "両市は2010年に姉妹都市提携を結んでいます", "양 도시는 … 자매결연 협약을 체결했다": the tie of the home city
                # and the one other city of the sentence before
                at, m = prev_others[0]
                ym = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", sent.text)
                out.append(ListEntry(name=m.text, sequence=None, country=None, since=ym.group(1) if ym else None,
                                     kind=spans[0][2], start=at, end=at + len(m.text), block=_block_at(doc, at, b),
                                     source="prose", resolution=m.resolution))
            owned = [sp for sp in spans if _owned_by_another(sent.text[:sp[0]], finder, home)]
            if owned:
                # "Osh's sister cities (Istanbul, …) are not on this list": another town's ties, not ours
                spans = [sp for sp in spans if sp not in owned]
                if not spans:
                    carried = None
                    continue
            countries = [m.resolution.best.country_code for m in mentions
                         if m.resolution.best is not None and m.resolution.best.kind == "country"]
            if spans:
                carried = None
                announced = _announced(sent.text)
            elif announced and announced[1] > 0:
                out.extend(_announced_places(doc, sent, run_start, b, mentions, finder, home, announced))
                continue
            elif carried is None:
                continue
            places = []
            bracketed = _bracket_qualifiers(sent.text, mentions)
            for m in _without_qualifiers(mentions):  # "河南省郑州市": the home city's province only says where it is
                best = m.resolution.best
                if best is not None and best.kind == "country" or id(m) in bracketed:
                    continue  # a country; a place in a bracket after a name says where that name lies ("(Dorset, England)")
                if best is not None and best.kind == "region" and _locates_a_city(sent.text, m, mentions, finder):
                    continue  # "Wonju, Edmonton's sister city in Gangwon State": where the partner lies
                if best is not None and " " not in m.text.strip() and m.text[:1].isupper() \
                        and _block_at(doc, run_start + sent.start + m.start, b).kind in ("title", "heading") \
                        and re.search(r"(?<![^\W\d_])" + re.escape(m.text.lower()) + r"(?![^\W\d_])", doc.text[:500_000]):
                    continue  # "Kerja Sama Luar Negeri" (a heading in title case) beside "kerja sama": an ordinary word
                if best is not None and _SEA.fullmatch(m.text.strip()):
                    continue  # "ports of the Pacific and the Atlantic": a sea, whatever village bears its name
                if best is not None and fold(m.text) in _LANGUAGE_NAMES:
                    continue  # "Hindi po tayo nag-iisa" (Tagalog "not"), "in Tamil": a language's name, not a town of that name
                if best is not None and best.kind != "region" and _in_capitals(sent.text, m.start, m.end) \
                        and ((best.population or 0) < _CAPS_MIN
                             or not _written_in_case(doc.text, m.text)
                             and ((best.population or 0) < _CAPS_LARGE or not any(c.isupper() for c in m.text))):
                    continue  # "KARDEŞ ŞEHİRLER BİLGİ NOTU": in a line of capitals every word looks like a name
                if home is not None and best is not None and best.kind == "region" and best.country_code == home.country_code \
                        and best.admin1 and best.admin1 == home.admin1:
                    continue  # the home city's own province or state is not its partner
                if any(m.start < ke and ks < m.end for ks, ke, _ in spans):
                    continue  # a kind word is not a place ("友好")
                abroad = home is not None and _bracket_country(sent.text, m, finder) not in (None, home.country_code)
                if home is not None and same_place(m.place, home) and not abroad:
                    continue  # the home city; its namesake abroad ("Christchurch (Dorset, England)") is not
                if home is not None and m.place is None and fold(m.text) == fold(home.name) and not abroad:
                    continue
                if spellings is None:
                    spellings = _home_spellings(doc, finder, home)
                if spellings and _inflected_home(sent.text, m, spellings):
                    continue
                places.append(m)
            located = _without_qualifiers(places, sent.text)
            qualifiers = [m for m in places if m not in located]  # blanked like countries: they do not break a run
            places = located
            groups = _groups(sent.text, places, [m for m in mentions if m.place is not None and m.place.kind == "country"]
                             + qualifiers)
            if not spans and not re.search(r"(?:19|20)\d\d", sent.text) and not _enumeration_only(sent.text, groups):
                continue  # a later sentence continues the kind when it adds places with a year, or only lists places
            claimed = _claimed_kinds(sent.text, spans, groups) if spans else {}
            # a kind word that names its own places after it ("the friendship agreement with X") does not also give its
            # kind to another place before it ("met the consul in Y to prepare … the friendship agreement with X")
            governing = {id(sp) for sp in spans for gi in claimed if sp[1] <= groups[gi][0].start
                         and sp[2] == claimed[gi] and not any(sp[1] <= o[0] < groups[gi][0].start for o in spans)}
            denied = _denied(sent.text, spans) + _ended(sent.text, spans)
            for gi, group in enumerate(groups):
                for m in group:
                    if any(lo <= m.start and m.end <= hi for lo, hi in denied):
                        continue  # "X and Y are not sister cities": a tie the sentence denies
                    if _said_by_mistake(sent.text, m):
                        continue  # "X figura en algunos listados por error": no partner
                    if _consular_seat(sent.text, m):
                        continue  # "德国驻上海总领事", "the Consul General in Shanghai": a consulate's seat
                    if _SALUTATION.search(sent.text[max(0, m.start - 40):m.start]):
                        continue  # "Dear Marina,": the addressee of a letter, not a town of that name
                    if spans and claimed.get(gi) is None and _visitor_beside_a_tie(sent.text, m, spans, places):
                        continue  # "Our twin city Dortmund hosted a delegation from Lille": Lille visited
                    near = [sp for sp in spans if not (id(sp) in governing and m.end <= sp[0])]  # "… and with Z" still
                    kind = claimed.get(gi) or (_nearest_kind(near, m.start, m.end, _NEAR_KIND, sent.text) if spans else carried)
                    if kind is None:
                        continue
                    since = None
                    # the term of "term: description" (a definition list's entry): its description is about it
                    term = not sent.text[:m.start].strip() and sent.text[m.end:m.end + 1] in (":", "：")
                    tail = sent.text[m.end:m.end + (200 if term else 40)]
                    ym = _YEAR_NEAR.search(tail)
                    if ym and not re.search(r"[.;]", tail[:ym.start()]):
                        since = ym.group(1) or ym.group(2)
                    name = m.text
                    r = m.resolution
                    own = _bracket_country(sent.text, m, finder)
                    if own:  # "Brest (Francia)": the country written beside the name decides
                        again = finder.resolve(name, country=own)
                        r = again if again.best is not None else r
                    elif countries:
                        again = finder.resolve(name, countries=tuple(countries))
                        r = again if again.best is not None or r.best is None else r
                    out.append(ListEntry(name=name, sequence=None, country=None, since=since, kind=kind,
                                         start=run_start + sent.start + m.start, end=run_start + sent.start + m.end,
                                         block=_block_at(doc, run_start + sent.start + m.start, b),
                                         source="prose", resolution=r))
            if spans:
                kinds = {k for _, _, k in spans}
                carried = spans[-1][2] if len(kinds) == 1 else None
    return out


# "both cities", "the two cities": a tie told of the city named just before
_BOTH_CITIES = re.compile(r"\b(?:both|the\s+two)\s+cities\b|양\s*도시|두\s*도시|両市|両都市|两市|兩市", re.IGNORECASE)


def _text_before(doc: ParsedDocument, offset: int) -> tuple[int, str] | None:
    """The block that ends right before ``offset`` (its start and text)."""
    best = None
    for blk in doc.blocks:
        if blk.end <= offset and blk.kind not in ("table_cell", "header") and (best is None or blk.end > best.end):
            best = blk
    return (best.start, best.text) if best is not None and offset - best.end <= 2 else None


def _other_cities(text: str, finder: PlaceFinder, home: PlaceRef | None, base: int, mentions=None) -> list[tuple[int, object]]:
    """The cities of ``text`` other than the home city, with their offsets in the document."""
    found = mentions if mentions is not None else finder.find(text, include_countries=True)
    return [(base + m.start, m) for m in found if m.place is not None and m.place.kind == "city"
            and not (home is not None and same_place(m.place, home))]


_BRACKET_AFTER = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]")

# a negation right before a kind word ("not sister cities", "keine Partnerstädte", "ikkje vennskapsbyar", "não são
# cidades-irmãs", "ne sont pas des villes jumelées", "не являются городами-побратимами") or right after it ("kardeş şehir
# değil", "姉妹都市ではない", "자매도시가 아니")
_NEG_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:not|no\s+longer|never|isn['’]t|aren['’]t|nicht|kein\w*|niet|geen|pas|non|no|não|nao|nem|ikke|ikkje"
    r"|inte|ej|ei|eivät|nie|ne|не|нет|δεν|nu|nem|ne\s+više)"
    # "not only sister cities but also …" denies nothing
    r"(?!\s+(?:only|just|merely|nur|solo|solamente|seulement|só|somente|tylko|bara|bare|kun|vain|alleen|alleen\s+maar|только))"
    r"(?:\s+[^\W\d_][\w'’\-]*){0,3}\s+$", re.IGNORECASE)
_NEG_AFTER = re.compile(r"^(?:\s*(?:değil\w*|olmayan)|\s*(?:で|では|じゃ)(?:は)?(?:ない|なく|ありません)|\s*[가이]?\s*아니|\s*[은는]\s*아니)")
_NEG_CUT = re.compile(r"[.;!?。！？；()（）]")  # not a line break: e-mails and PDFs wrap their lines


# a name said to be listed by mistake ("X appears in some old lists by mistake", "figura por error", "irrtümlich
# aufgeführt", "cité par erreur", "잘못 기재", "誤って掲載"): no partner, whatever kind word the passage carries
_MISTAKE = re.compile(r"(?<![^\W\d_])(?:by\s+mistake|in\s+error|erroneously|mistakenly|wrongly|por\s+error|por\s+equivocaci[óo]n"
                      r"|err[óo]neamente|par\s+erreur|[àa]\s+tort|irrt[üu]mlich|f[äa]lschlich(?:erweise)?|versehentlich"
                      r"|per\s+errore|erroneamente|por\s+engano|per\s+abuis|omyłkowo|błędnie|ошибочно)(?![^\W\d_])"
                      r"|잘못\s*(?:기재|표기|게재|등재|수록)|誤って|誤記|誤り|错误地|錯誤地|误列|誤列", re.IGNORECASE)
_MISTAKE_CUT = re.compile(r"[.;:!?。！？；：]")


def _said_by_mistake(text: str, m) -> bool:
    """Whether the clause holding the mention says its name is listed by mistake."""
    lo = max((c.end() for c in _MISTAKE_CUT.finditer(text, 0, m.start)), default=0)
    cut = _MISTAKE_CUT.search(text, m.end)
    return bool(_MISTAKE.search(text[lo:cut.start() if cut else len(text)]))


def listed_by_mistake(doc: ParsedDocument, start: int, end: int) -> bool:
    """Whether the passage around ``doc.text[start:end]`` (its block) says that name is listed by mistake."""
    b = next((b for b in doc.blocks if b.start <= start and end <= b.end), None)
    if b is None:
        return False
    return _said_by_mistake(b.text, _Span(start - b.start, end - b.start))


@dataclasses.dataclass
class _Span:
    start: int
    end: int


def _denied(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` whose places a negated kind word denies a tie to: from the clause's start (a full stop,
    a semicolon or a bracket) to the kind word's end ("… (X and Y were counted by mistake: they are not
    sister cities of ours)")."""
    out = []
    for ks, ke, _ in spans:
        before = text[max(0, ks - 40):ks]
        cut = list(_NEG_CUT.finditer(before))
        if cut:
            before = before[cut[-1].end():]
        if _NEG_BEFORE.search(before) or _NEG_AFTER.match(text[ke:ke + 12]):
            lo = max((m.end() for m in _NEG_CUT.finditer(text, 0, ks)), default=0)
            out.append((lo, ke))
    return out


# a tie that has ended or is suspended, told after its kind word in the same clause ("the twinning with X, suspended in
# 2022, was formally ended", "X시와의 자매결연은 2020년 … 종료되었습니다", "与X市的友好城市关系已于2020年终止")
_ENDED = re.compile(
    r"(?<![^\W\d_])(?:(?:formally\s+|was\s+|were\s+|been\s+)?(?:ended|terminated|dissolved|discontinued|suspended|revoked"
    r"|lapsed|expired|cancell?ed)|beendet|aufgelöst|aufgehoben|ausgesetzt|gekündigt|ruht|ruhen|pris\s+fin|résilié\w*|rompu\w*"
    r"|suspendu\w*|dissous|dissoute|terminad[oa]s?|rescindid[oa]s?|suspendid[oa]s?|disuelt[oa]s?|finalizad[oa]s?"
    r"|wygas\w*|zakończon\w*|zawieszon\w*|rozwiązan\w*|zerwan\w*)(?![^\W\d_])"
    r"|종료|해지|파기|중단되|解消|終了|停止|中止|终止|終止|解除|中断|中斷", re.IGNORECASE)
_ENDED_CUT = re.compile(r"[;!?。！？；]|\.(?:\s|$)")
# a project, a programme: what ends in such a clause is the project, not the tie
_PROJECT_WORD = re.compile(r"(?i:project|programme|program|exchange|projet|programme|Projekt|proyecto|programa|projekt)|사업|교류단"
                           r"|事業|项目|項目|计划|計劃")


def _ended(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` whose places a kind word followed, in its clause, by a word of ending or suspension
    says no longer have that tie: from the clause's start to the ending word."""
    out = []
    for ks, ke, _ in spans:
        after = text[ke:ke + 80]
        cut = _ENDED_CUT.search(after)
        if cut:
            after = after[:cut.start()]
        m = _ENDED.search(after)
        if not m or _PROJECT_WORD.search(after[:m.start()]) or kind_spans(after[:m.start()]):
            continue
        lo = max((c.end() for c in _ENDED_CUT.finditer(text, 0, ks)), default=0)
        if _PROJECT_WORD.search(text[lo:ks]):
            continue  # "the knowledge exchange with our sister city X is suspended": the exchange, not the tie
        out.append((lo, ke + m.end()))
    return out


# a consulate's seat ("德国驻上海总领事", "주부산 러시아 총영사", "在大阪ドイツ総領事", "the Consul General in Shanghai",
# "Generalkonsul in Shanghai"): where the envoy sits, not a partner
_CONSUL_AFTER = re.compile(r"^\s*(?:市)?\s*(?:[^\W\d_]{1,6}\s*)?(?:总领事|總領事|総領事|领事|領事|총영사|영사)")
_CONSUL_BEFORE = re.compile(
    r"(?:驻|駐|(?<![^\W\d_])주)$|(?i:\b(?:consul(?:ate)?(?:[\s-]+general)?|consulat(?:e)?\s+g[ée]n[ée]ral|general\s*konsul\w*"
    r"|c[óo]nsul(?:ado)?\s+general|konsul\w*|consolato\s+generale|console\s+generale|генеральн\w+\s+консул\w*)"
    r"(?:\s+(?:of|de|du|von|des|del|della|der)\s+[^\W\d_][\w\s'’-]{0,30}?)?\s+(?:in|at|à|en|a|w|в|im|di)\s+$)")


def _consular_seat(text: str, m) -> bool:
    return bool(_CONSUL_BEFORE.search(text[max(0, m.start - 60):m.start])
                or _CONSUL_AFTER.match(text[m.end:m.end + 12]) and re.search(r"(?:驻|駐|在)\S{0,8}$|주$", text[max(0, m.start - 10):m.start]))


# the closing of a letter on a line of its own ("Best,", "Cheers,", "Abraços,"): a word, whatever town bears the name
CLOSING = re.compile(r"^\s*(?:best|regards|cheers|thanks|sincerely|cordially|yours|abraços|abraço|atenciosamente|saludos"
                     r"|cordialement|amitiés|grüße|gruß|saluti|groeten|hilsen|hälsningar|pozdrawiam|pozdrav\w*)"
                     r"(?:\s+\w+){0,2}\s*[,!.]?\s*$", re.IGNORECASE)
# the greeting of a letter: the name after it is a person's ("Dear Marina,", "Prezada Marina,", "Liebe Frau Lind,")
_SALUTATION = re.compile(
    r"(?:^|[\n>]\s*|(?<![^\W\d_]))(?:dear|hi|hello|prezad[oa]s?|car[oa]s?|querid[oa]s?|estimad[oa]s?|cher|ch[èe]re|liebe[rs]?"
    r"|sehr\s+geehrte[rs]?|geachte|beste|hej|hei|kære|kjære|bästa|drog[ai]|szanown[ay]|уважаем\w*|дорог\w*|sayın|sevgili)"
    r"(?:\s+(?:mr|mrs|ms|dr|frau|herr|sr|sra|srta|señor|señora|senhor|senhora|madame|monsieur|mme|m|signor|signora)\.?)?\s+$",
    re.IGNORECASE)


def _bracket_country(text: str, m, finder: PlaceFinder) -> str | None:
    """The country written in a bracket right after a name ("Brest (Francia)", "Christchurch (Dorset, England)")."""
    bm = _BRACKET_AFTER.match(text[m.end:])
    if not bm:
        return None
    return finder.country_code(bm.group(1)) or country_and_region(bm.group(1), finder)[0]


def _bracket_qualifiers(text: str, mentions: list) -> set[int]:
    """Mentions inside a bracket written right after another place's name: they say where it lies."""
    out: set[int] = set()
    for p in mentions:
        bm = _BRACKET_AFTER.match(text[p.end:])
        if bm is None or p.resolution.best is not None and p.resolution.best.kind == "country":
            continue
        lo, hi = p.end + bm.start(1), p.end + bm.end(1)
        out.update(id(q) for q in mentions if lo <= q.start and q.end <= hi)
    return out


def _announced(text: str) -> list:
    """A count of one kind with no places after it in its sentence ("mayroon tayong limang sister cities, at gusto ko
    silang pasalamatan isa-isa"): [kind, count] — the places the next sentences name one by one are those ties."""
    for c in find_claims(text):
        if c.countries is None and c.cities and 1 <= c.cities <= 30 and c.scope in ("sister", "friendship", "partner"):
            return [c.scope, c.cities]
    return []


def _announced_places(doc: ParsedDocument, sent, run_start: int, b, mentions: list, finder: PlaceFinder,
                      home: PlaceRef | None, announced: list) -> list[ListEntry]:
    """The first city (or the first enumeration of cities) of a sentence after an announced count; a state or
    country written after it only says where it is. A sentence naming none ends the count."""
    cities = [m for m in mentions if m.resolution.best is not None and m.resolution.best.kind == "city"
              and not (home is not None and (same_place(m.place, home) or m.resolution.best.country_code == home.country_code))
              and not _locates_a_city(sent.text, m, mentions, finder)]
    if not cities:
        announced[1] = 0
        return []
    group = _groups(sent.text, cities, [m for m in mentions if m.place is not None and m.place.kind != "city"])[0]
    out = []
    for m in group[:announced[1]]:
        out.append(ListEntry(name=m.text, sequence=None, country=None, since=None, kind=announced[0],
                             start=run_start + sent.start + m.start, end=run_start + sent.start + m.end,
                             block=_block_at(doc, run_start + sent.start + m.start, b), source="prose", resolution=m.resolution))
    announced[1] -= len(out)
    return out


_LABEL = re.compile(r"^[^:：.;]{0,40}[:：]\s*")
_ENUM_END = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*[.。;；]?\s*$")


def _enumeration_only(text: str, groups: list[list]) -> bool:
    """A sentence that only lists places, maybe after a short label ("En el extranjero: Buenos Aires
    (Argentina), Santos (Brasil) y Tánger (Marruecos).", "In Europe: Lyon, Turin and Kraków.")."""
    m = _LABEL.match(text)
    start = m.end() if m else 0
    return any(len(g) >= 2 and g[0].start - start <= 1 and _ENUM_END.fullmatch(text[g[-1].end:]) for g in groups)


def _block_at(doc: ParsedDocument, offset: int, default):
    for blk in doc.blocks[default.index:default.index + 10]:
        if blk.start <= offset <= blk.end:
            return blk
    return default


def _nearest_kind(spans: list[tuple[int, int, str]], s: int, e: int, limit: int | None = None,
                  text: str | None = None) -> str | None:
    """The kind word nearest the place; with ``text``, one on the place's own line first: in lines that each give an
    entry and then its kind ("Lyon (France) · Jumelage · 1980" / "Kyoto (Japon) · Pacte d'amitié · 1991"), the kind
    ending the line above is nearer to the next name in characters than that name's own."""
    best = None
    for ks, ke, k in spans:
        d = s - ke if ke <= s else ks - e if ks >= e else 0
        other_line = text is not None and "\n" in (text[ke:s] if ke <= s else text[e:ks] if ks >= e else "")
        if best is None or (other_line, d) < best[:2]:
            best = (other_line, d, k)
    if best is None or limit is not None and best[1] > limit:
        return None
    return best[2]


# ---------------------------------------------------------------- facts

def extract_partnerships(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None):
    """(facts, lists, entries-by-fact, warnings)."""
    lists = find_lists(doc, finder)
    # "友好城市（4个）：日本岐阜市、…。友好交流城市（3个）：…": lists written inline in a paragraph
    held = {e.block.index for lst in lists for e in lst.entries}
    inline = inline_lists(doc, finder, held, len(lists) + 1)
    inline_blocks = {lst.heading.index for lst in inline}
    lists = [lst for lst in lists if lst.entries or lst.heading is None or lst.heading.index not in inline_blocks] + inline
    apply_legends(doc, lists)  # "★ Ankara" under "★ – sister city"
    apply_second_tier(lists)  # "姊妹市" … "友好城市": Taiwan's two tiers
    apply_stem_tags(doc, lists)  # "Sapporo (sister, 1959)", "天津（中国）【友好】"
    warnings: list[str] = []
    used: set[int] = set()
    for lst in lists:
        resolve_entries(lst.entries, finder)
        if len(lst.entries) == 1 and _lone_common_word(lst.entries[0], finder):
            lst.entries = []  # a "list" of one bare frequent word ("Officer" under a line on partner cities)
        if former_ties(lst.title):
            # "Former twin towns", "Ehemalige Partnerstädte", "旧姉妹都市": ties that have ended are no partners; their
            # rows are read (the fallback and the model leave them alone), as another town's ties are
            lst.foreign_rows.extend(e.block.index for e in lst.entries)
            lst.entries = []
    writes_countries = any(e.country for lst in lists for e in lst.entries)
    _namesakes_by_context(lists, doc, finder)
    for lst in lists:
        if writes_countries:
            _flag_loose_namesakes(lst, doc, finder)
        for e in lst.entries:
            used.add(e.block.index)
        used.update(lst.details)  # "Ohio, USA · miasto partnerskie od 1990 r." is the entry's detail, not a tie in prose
        used.update(lst.foreign_rows)
        _list_warnings(lst, warnings)
    entries: list[ListEntry] = [e for lst in lists for e in lst.entries]
    # a place the document lists already has its tie: a sentence about it ("signed an MoU on air
    # quality with X") is about cooperation, not a second relationship of another kind
    listed = {e.resolution.best.key for e in entries if e.resolution is not None and e.resolution.best is not None}
    entries += [e for e in prose_entries(doc, finder, home, used)
                if not (e.resolution is not None and e.resolution.best is not None and e.resolution.best.key in listed)]
    # "MOU with Hangzhou on smart tourism" in a speech that names Hangzhou among its sister cities: the memorandum is a
    # cooperation item of that tie, not a second tie of its own
    other_kind = {e.resolution.best.key for e in entries if e.kind != "partner" and e.resolution is not None
                  and e.resolution.best is not None and not e.resolution.ambiguous}
    entries = [e for e in entries if not (e.source == "prose" and e.kind == "partner" and e.resolution is not None
                                          and e.resolution.best is not None and e.resolution.best.key in other_kind)]
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
