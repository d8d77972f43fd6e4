"""Resolve a place name as written to a gazetteer entry, the way a careful person would.

Steps (documented at length in docs/places.md):

1. Clean the mention (list numbers, stray dots, markup) and read its qualifiers: a region word
   ("Cebu Province", "경기도") asks for a region, "(country)" for a country, "(Busan)" names the
   containing city, "(Oregon)" / ", Maryland" the region, "(Spain)" the country.
2. Collect candidates by exact folded name (all GeoNames alternate names, pycountry names in 50
   languages, curated aliases); if none, by variants ("X City" / "X") and then fuzzy matching
   (rapidfuzz) within the country, or among the world's larger places.
3. Score each candidate: log10 of its population (for a region, its country's population divided by
   the number of subdivisions at its level: an *estimate* of how prominent the region is), plus
   evidence: the name is the place's own name (+0.25), the kind asked for (+2), a country named (+1.5),
   the place lies in the qualifier's region/country (+3), the context's countries (+0.4 / +0.3), a known
   partner (+2). A region loses to a city of the same name in the same country (Busan, Beijing,
   Barcelona) unless a region was asked for.
4. Decide: the two best distinct candidates closer than ``AMBIGUOUS_GAP`` are *ambiguous*; a bare
   name that is the first word(s) of several much larger cities ("Bandar") is *ambiguous*; a name
   that exists only outside the country given is a *country_mismatch*.
"""

from __future__ import annotations

import collections
import math
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from intercity.core.places.gazetteer import RELATED_COUNTRIES, Gazetteer
from intercity.core.places.geo import km_between
from intercity.core.places.normalize import Mention, admin_variants, clean_mention, fold, split_mention
from intercity.core.places.types import PlaceRef, Resolution, ResolveContext

AMBIGUOUS_GAP = 0.25
_NUMBERED = re.compile(r"^(.+?)\s+(\d{1,2}|[IVXLC]{1,6})$")
_RIVER_PHRASE = re.compile(r" (?:am|an der|in der|im|ob der|bei|auf der|an|in) \S")
DISTRICT_RADIUS_KM = 40.0
_CITY, _REGION, _COUNTRY, _DISTRICT, _AREA = 0, 1, 2, 3, 4
_KIND_CODE = {"city": 0, "region": 1, "country": 2, "district": 3}
_CACHE_MAX = 100_000
PHONETIC_CUTOFF = 85  # rapidfuzz ratio between sound skeletons (phonetic.py)
_TRANSCRIBED = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3\s・·\-]+$")  # Han, kana, Hangul
_KANA_HANGUL = re.compile(r"^[\u3040-\u30ff\uac00-\ud7a3\s・·\-]+$")
#: the words after a transcribed name that make it a state, province or prefecture (not 도, which ends many
#: transcriptions: 보르도 Bordeaux, 올랜도 Orlando)
_REGION_SUFFIX = re.compile(r"(?<=..)(?:주|州|省|성|県|縣|현)$")
PHONETIC_MIN_BASE = 5.0  # _base of a town of ~50,000 with ten names
AREA_POPULATION = 20_000  # what the ranking assumes of a second-source area (its population is unknown)


@dataclass
class _Cand:
    idx: int
    alt: bool
    via: str  # exact | stripped | variant | fuzzy
    quality: float = 1.0
    score: float = 0.0


def resolve(g: Gazetteer, name: str, country: str | None = None, context: ResolveContext | None = None) -> Resolution:
    if context is None:
        cache = g.__dict__.setdefault("_resolve_cache", {})
        key = (name, country)
        hit = cache.get(key)
        if hit is None:
            hit = _resolve(g, name, country, None)
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            cache[key] = hit
        return Resolution(hit.query, hit.best, hit.confidence, hit.ambiguous, list(hit.alternatives), hit.status,
                          hit.reason)
    return _resolve(g, name, country, context)


def _resolve(g: Gazetteer, name: str, country: str | None, ctx: ResolveContext | None) -> Resolution:
    res = _resolve_name(g, name, country, ctx)
    if res.status == "not_found":
        gloss = split_mention(name or "").gloss
        if gloss:  # "شیان (Xi'an)": the name in the other script
            alt = _resolve_name(g, gloss, country, ctx)
            if alt.status != "not_found":
                return Resolution(name, alt.best, alt.confidence, alt.ambiguous, alt.alternatives, alt.status,
                                  f"{alt.reason}; by its other spelling {gloss!r}")
    return res


def _resolve_name(g: Gazetteer, name: str, country: str | None, ctx: ResolveContext | None) -> Resolution:
    query = name
    m = split_mention(name or "")
    if not m.name:
        return Resolution(query, None, 0.0, False, [], "not_found", "empty name")
    notes: list[str] = []
    cc = None
    if country:
        cc = _country_arg(g, country)
        if cc is None:
            notes.append(f"unknown country {country!r} ignored")
    kind_hint = m.kind_hint
    if ctx is None and not notes and not m.qualifier and not m.stripped_word and kind_hint is None:
        fast = _single_city(g, m, cc, query)
        if fast is not None:
            return fast

    # 1. the whole cleaned text may itself be a name ("Frankfurt (Oder)", "Washington, D.C.")
    whole = fold(clean_mention(name)) if m.qualifier or m.stripped_word else ""
    cands: dict[int, _Cand] = {}
    if whole:
        _add(g, cands, whole, "exact")
    if not cands or m.stripped_word:
        _add(g, cands, fold(m.name), "stripped" if m.stripped_word else "exact")
        if m.stripped_word and m.written != m.name:
            _add(g, cands, fold(m.written), "exact")  # "Montgomery County" is a name of its own
    if cands and _junk_alias(g, m, cands, cc):
        cands.clear()  # "End" is not India, "Down" not Alaska: look for the name's own bearers by its variants
    if cc and not m.qualifier and len(cands) > 4:
        # namesakes abroad only matter when the country has none ("San José" in Costa Rica)
        inside = {i: c for i, c in cands.items() if _in_country(g, i, cc)}
        if inside:
            cands = inside

    if kind_hint == "region" and cands:
        _regions_of_seats(g, cands, m)

    # 2. the qualifier: country, region or containing city
    region_idx = None
    parent_city = None
    if m.qualifier and not any(c.via == "exact" and fold(g.names[c.idx]) == whole for c in cands.values()):
        qcc, region_idx, parent_city = _read_qualifier(g, m.qualifier, cc, cands)
        if qcc and not cc:
            cc = qcc
        if parent_city is not None:
            return _district(g, query, m, parent_city, cands, notes)
    _prune_areas(g, cands, cc, fold(m.name))
    if cands and not m.qualifier and all(g.kind_code(i) == _AREA for i in cands) and any(_postal(g, i) for i in cands):
        # a postal-code place is placed only roughly: a GeoNames place a variant of the name finds in the
        # country is the better answer ("Rottenburg am Neckar" is GeoNames' Rottenburg)
        more: dict[int, _Cand] = {}
        _variants(g, more, m)
        real = {i: c for i, c in more.items() if g.kind_code(i) != _AREA and (not cc or _in_country(g, i, cc))}
        if real:
            cands.clear()
            cands.update(real)

    if not cands and not m.qualifier:
        # a numbered district: "Prague 6", "Budapest XIII"
        num = _NUMBERED.match(m.name)
        if num:
            head = fold(num.group(1))
            heads = [i for i in g.lookup(head) if g.kind_code(i) == _CITY and g.folded[i] == head
                     and (not cc or _in_country(g, i, cc))]
            if heads:
                return _district(g, query, m, max(heads, key=g.population), cands, notes)
        _variants(g, cands, m)
        _prune_postal(g, cands, cc)
    elif cc and not m.qualifier and not any(_in_country(g, c.idx, cc) for c in cands.values()):
        more: dict[int, _Cand] = {}
        _variants(g, more, m)
        cands.update({i: c for i, c in more.items() if _in_country(g, i, cc)})
        _prune_postal(g, cands, cc)
    if not cands or (cc and not any(_in_country(g, c.idx, cc) for c in cands.values())):
        _fuzzy(g, cands, m, cc)
    if not m.name.isascii() and (not cands or (cc and not any(_in_country(g, c.idx, cc) for c in cands.values()))):
        # a foreign town written in Hangul, kana or Chinese characters: by its sound, in the country
        # the mention is placed in (docs/places.md, "Sound-alike")
        where = cc or (ctx.countries[0] if ctx is not None and ctx.countries and not cands else None)
        found: dict[int, _Cand] = {}
        if where == "KR":
            _korean_reading(g, found, m)
        if where and not found:
            _transcribed(g, found, m, where)
        if not where and not cands and m.kind_hint == "region" and m.written.endswith("현") \
                and _KANA_HANGUL.match(m.written):
            # a Japanese prefecture written in Korean (미에현, 나가노현): 현 after a foreign name is a prefecture,
            # so Japan's prefectures are where to look (the region-only filter in _transcribed applies)
            _transcribed(g, found, m, "JP")
        if not where and not cands and not found and _KANA_HANGUL.match(m.name) and _syllables(m.name) >= 3:
            # no country at all: kana and Hangul (not Chinese characters, whose readings are too loose) against
            # the world's large cities
            _transcribed(g, found, m, None)
        if where and not found:
            _phonetic(g, found, m, where)
            if _TRANSCRIBED.match(m.name):
                # the coarse skeleton meets villages by chance (レストラン and Plédran): for a name the
                # transcription readings did not place, only a town of some prominence
                found = {i: c for i, c in found.items() if _base(g, i) >= PHONETIC_MIN_BASE}
        if found and region_idx is not None:
            # the namesakes of a sound-alike in its country, for the qualifier's region to choose among
            # ("이즈미시(가고시마현)": the Izumi of Kagoshima, not of Osaka)
            for c in list(found.values()):
                for j in g.lookup(g.folded[c.idx]):
                    if j not in found and g.cc(j) == g.cc(c.idx) and g.kind_code(j) == g.kind_code(c.idx):
                        found[j] = _Cand(j, False, c.via, c.quality)
        if found:
            cands.clear()
            cands.update(found)
    if not cands:
        return Resolution(query, None, 0.0, False, [], "not_found", _reason("no place of that name", notes))

    pool = list(cands.values())
    if cc:
        inside = [c for c in pool if _in_country(g, c.idx, cc)]
        if not inside and not m.qualifier and kind_hint is None:
            # a truncated name in a given country: "Bandar" in Brunei is Bandar Seri Begawan
            prefixed = [i for i in g.prefix_majors(fold(m.name), 20_000) if _in_country(g, i, cc)]
            if len(prefixed) == 1:
                return Resolution(query, g.ref(prefixed[0]), 0.6, False, [], "resolved",
                                  _reason(f"the only larger place in {g.country_name(cc)} whose name begins "
                                          f"with {m.name!r}", notes))
            if len(prefixed) > 1:
                prefixed.sort(key=lambda i: -g.population(i))
                return Resolution(query, None, 0.3, True, [g.ref(i) for i in prefixed[:6]], "ambiguous",
                                  _reason(f"{m.name!r} begins the names of several places in "
                                          f"{g.country_name(cc)}", notes))
        if not inside:
            pool = _rank(g, pool, kind_hint, None, ctx, m)
            alts = _distinct(g, pool)[:5]
            return Resolution(query, None, 0.0, False, [g.ref(c.idx) for c in alts], "country_mismatch",
                              _reason(f"no {m.name!r} in {g.country_name(cc)}; found in "
                                      + ", ".join(sorted({g.cc(c.idx) for c in alts})), notes))
        pool = inside

    # (only for names in another script: a Latin-script alternate of a region is the region's own other
    # name, "South Tyrol" for Bolzano-Bozen, not a spelling of its seat's)
    if kind_hint != "region" and not m.qualifier and m.name[-1:] not in _REGION_ENDINGS \
            and not _REGION_SUFFIX.search(m.name) and not fold(m.name).isascii():
        pool.extend(_seat_cities(g, pool, cands))
    ranked = pool if len(pool) == 1 and ctx is None else _distinct(g, _rank(g, pool, kind_hint, region_idx, ctx, m, cc))
    best = ranked[0]
    rivals = [c for c in ranked[1:] if not _namesake_unit(g, best.idx, c.idx)]
    gap = best.score - rivals[0].score if rivals else math.inf

    # 3. a truncated name: the first word(s) of several much larger cities ("Bandar")
    if not m.qualifier and kind_hint is None and best.via in ("exact", "stripped"):
        folded = fold(m.name)
        own = [c for c in ranked if not c.alt] or ranked
        exact_pop = max((g.population(c.idx) if g.kind_code(c.idx) == _CITY else AREA_POPULATION
                         for c in own if g.kind_code(c.idx) in (_CITY, _AREA)), default=0)
        prefixed = [i for i in g.prefix_majors(folded) if i not in cands and (not cc or _in_country(g, i, cc))]
        majors = [i for i in prefixed if g.population(i) >= 10 * exact_pop]
        if g.kind_code(best.idx) in (_COUNTRY, _REGION) or best.score - _base(g, best.idx) >= 1.0:
            majors = []  # a country's or region's own name, or strong context evidence
        if len(majors) >= 2:
            prefixed.sort(key=lambda i: -g.population(i) * (10 if i in g.capitals else 1))
            alts = [g.ref(i) for i in prefixed[:6]] + [g.ref(c.idx) for c in ranked[:2]]
            return Resolution(query, None, 0.3, True, alts, "ambiguous",
                              _reason(f"{m.name!r} begins the names of several larger cities", notes))

    alternatives = [g.ref(c.idx) for c in ranked[1:6]]
    sep = 1.0 if gap == math.inf else 1.0 - 0.5 * math.exp(-1.5 * gap)
    confidence = max(0.0, min(1.0, best.quality * sep))
    if gap < AMBIGUOUS_GAP:
        return Resolution(query, g.ref(best.idx), min(confidence, 0.5), True, alternatives, "ambiguous",
                          _reason(f"{len(ranked)} candidates; evidence does not separate "
                                  f"{g.names[best.idx]} ({g.cc(best.idx)}) from {g.names[ranked[1].idx]} "
                                  f"({g.cc(ranked[1].idx)})", notes))
    why = f"{best.via} match" + (f", {len(ranked)} candidates, margin {gap:.2f}" if rivals else
                                 ", with the unit of its name at the same spot" if len(ranked) > 1 else "")
    return Resolution(query, g.ref(best.idx), confidence, False, alternatives, "resolved", _reason(why, notes))


def _country_arg(g: Gazetteer, country: str) -> str | None:
    """The country a caller passed (a code or any name), read once per gazetteer and spelling."""
    known = g.__dict__.setdefault("_country_args", {})
    code = known.get(country, "")
    if code == "":
        code = country if (len(country) == 2 and country.isupper() and g.index_of(f"cc:{country}") is not None) \
            else g.country_code(country)
        if len(known) < 10_000:
            known[country] = code
    return code


def _single_city(g: Gazetteer, m: Mention, cc: str | None, query: str) -> Resolution | None:
    """The most common case, answered without the general machinery: the name is the own name of
    exactly one place in the country given (anywhere when none is), a city, and not the truncated name
    of larger cities. Namesakes abroad do not matter then: the general path keeps only the country's
    places. Returns what ``_resolve`` would, or None to let it decide."""
    folded = fold(m.name)
    posts = g.postings(folded)
    if cc:
        posts = _first_two_in(g, posts, cc)
    if len(posts) != 1 or posts[0] & 1:
        return None
    idx = posts[0] >> 1
    if g.kind_code(idx) != _CITY:
        return None
    floor = 10 * g.population(idx)
    majors = [i for i in g.prefix_majors(folded) if i != idx and g.population(i) >= floor
              and (not cc or _in_country(g, i, cc))]
    if len(majors) >= 2:
        return None
    return Resolution(query, g.ref(idx), 1.0, False, [], "resolved", "exact match")


def _first_two_in(g: Gazetteer, posts: list[int], cc: str) -> list[int]:
    """The first two postings of places in the country (enough to tell one from several)."""
    out = []
    for p in posts:
        if _in_country(g, p >> 1, cc):
            out.append(p)
            if len(out) == 2:
                break
    return out


# ---------------------------------------------------------------- candidates

_REGION_ENDINGS = set("주州省県縣县府道")  # a name written with its state/province word ("워싱턴주") is the region
# (성 and 현 as well, after two letters or more: "지린성", "미에현"; 화성 and 고성 are cities: _REGION_SUFFIX)
_QUALITY = {"exact": 1.0, "stripped": 0.95, "variant": 0.85}


def _add(g: Gazetteer, cands: dict[int, _Cand], folded: str, via: str, quality: float | None = None) -> None:
    q = quality if quality is not None else _QUALITY.get(via, 0.8)
    for p in g.postings(folded):
        idx, alt = p >> 1, bool(p & 1)
        c = cands.get(idx)
        if c is None:
            cands[idx] = _Cand(idx, alt, via, q if not alt else q * 0.97)
        elif c.alt and not alt:
            c.alt = False


#: a short name that only some place's alternate names record, and that is an everyday word, is junk ("End" for
#: India, "Down" for Alaska, "Part" for Perth, "Ban" for Van, "Hallo" for Harlow): an English word of this Zipf
#: frequency or more, or a word of another major language at JUNK_ZIPF_OTHER (their own exonyms, "Chine", "Wenen",
#: "Löwen", are rarer words)
JUNK_MAX_LEN = 5
JUNK_ZIPF_EN = 4.0
JUNK_ZIPF_OTHER = 5.0
_JUNK_OTHER_LANGS = ("de", "fr", "es", "it", "nl", "pt")


def _junk_alias(g: Gazetteer, m: Mention, cands: dict[int, _Cand], cc: str | None) -> bool:
    """Whether the candidates found by the name are all places only *also* called so, by a short everyday word
    written as a word (not "NYC" in capitals, a deliberate abbreviation), none of them in the country given (there,
    an alias is a fair answer)."""
    folded = fold(m.name)
    if len(folded) > JUNK_MAX_LEN or not folded.isalpha() or not folded.isascii():
        return False
    if m.name.isupper() and len(m.name) > 1:
        return False
    if any(not c.alt or c.via not in ("exact", "stripped") for c in cands.values()):
        return False
    if cc and any(_in_country(g, c.idx, cc) for c in cands.values()):
        return False
    return folded in _everyday_words()


_EVERYDAY: frozenset[str] | None = None


def _everyday_words() -> frozenset[str]:
    """The short everyday words of ``_junk_alias``, folded: a few thousand, kept instead of the whole word lists (read
    once, on the first name only some place's alternates record; about 0.3 s, then ~0.3 MB)."""
    global _EVERYDAY
    if _EVERYDAY is None:
        from intercity.core.wordlists import available_lists, read_cbpack

        words: set[str] = set()
        lists = available_lists()
        for lang in ("en", *_JUNK_OTHER_LANGS):
            path = lists.get(lang)
            if path is None:
                continue
            least = JUNK_ZIPF_EN if lang == "en" else JUNK_ZIPF_OTHER
            try:
                buckets = read_cbpack(path)
            except Exception:  # noqa: BLE001 - a broken or missing list: no word of it is junk
                continue
            for i, bucket in enumerate(buckets):  # bucket i: Zipf (900 - i) / 100
                if (900 - i) / 100 < least:
                    break
                words.update(f for f in (fold(w) for w in bucket) if len(f) <= JUNK_MAX_LEN and f.isalpha())
        _EVERYDAY = frozenset(words)
    return _EVERYDAY


def _seat_cities(g: Gazetteer, pool: list[_Cand], cands: dict[int, _Cand]) -> list[_Cand]:
    """A region reached by a name its large seat city shares only in other sources (奥克兰 is recorded
    for the Auckland region, not the city): the city joins the candidates, and the ranking's rule that
    a region named like a large city of its country stands for that city decides."""
    out = []
    for c in pool:
        if g.kind_code(c.idx) != _REGION or not c.alt:
            continue
        for i in g.lookup(g.folded[c.idx]):
            if i not in cands and g.kind_code(i) == _CITY and g.cc(i) == g.cc(c.idx) and g.population(i) >= 100_000 \
                    and g.folded[i] == g.folded[c.idx]:
                cand = _Cand(i, True, "variant", c.quality * 0.95)
                cands[i] = cand
                out.append(cand)
                break
    return out


def _prune_areas(g: Gazetteer, cands: dict[int, _Cand], cc: str | None, folded: str = "") -> None:
    """Second-source areas are a fallback: dropped when a GeoNames place (or ISO region) of the name
    is there — in the country asked for, or anywhere when no country is given."""
    areas = [i for i in cands if g.kind_code(i) == _AREA]
    if areas and len(areas) == len(cands) and folded and " " in folded:
        # written apart, a GeoNames place written together: "Kita-Kyushu" is Kitakyushu
        _add(g, cands, folded.replace(" ", ""), "variant")
    if areas and any(g.kind_code(i) != _AREA and (not cc or _in_country(g, i, cc)) for i in cands):
        for i in areas:
            del cands[i]


def _postal(g: Gazetteer, idx: int) -> bool:
    """A place known only from GeoNames' postal codes (``area:pc-…``), placed only roughly."""
    return g.kind_code(idx) == _AREA and g.code(idx).startswith("pc-")


def _prune_postal(g: Gazetteer, cands: dict[int, _Cand], cc: str | None) -> None:
    """Postal-code places found by a variant of the name yield to GeoNames places the variants found
    ("Ebersbach-Neugersdorf": GeoNames' Ebersbach, not the postal "Ebersbach/Sachsen")."""
    postal = [i for i in cands if _postal(g, i)]
    if postal and any(g.kind_code(i) != _AREA and (not cc or _in_country(g, i, cc)) for i in cands):
        for i in postal:
            del cands[i]


def _regions_of_seats(g: Gazetteer, cands: dict[int, _Cand], m: Mention) -> None:
    """A region asked for by its word whose name the index holds only for its seat city ("후쿠오카현": Korean has
    a name for the city of Fukuoka, not for the prefecture): the region of the seat's name in its country."""
    if any(g.kind_code(i) == _REGION for i in cands):
        return
    # (the city's own name, or its name in another script; not an alias in Latin letters: "Odessos" is an old name
    # of Varna, and "Odessos District" no province of Varna)
    own_script = not fold(m.name).isascii()
    for i in [i for i, c in cands.items() if g.kind_code(i) == _CITY and (own_script or not c.alt)]:
        seat = re.sub(r" (?:shi|si|city)$", "", g.folded[i])  # GeoNames' "Nara-shi", "Tottori-shi"
        for j in g.lookup(seat):
            if g.kind_code(j) == _REGION and g.cc(j) == g.cc(i) and g.folded[j] == seat:
                cands.setdefault(j, _Cand(j, False, "variant", _QUALITY["variant"]))


def _variants(g: Gazetteer, cands: dict[int, _Cand], m: Mention) -> None:
    f = fold(m.name)
    tries = []
    if f.startswith("the "):
        tries.append(f[4:])
    tries.extend(admin_variants(f))
    for suffix in (" shi", " si", " gun", " ku", " gu"):
        if f.endswith(suffix) and len(f) > len(suffix) + 2:
            tries.append(f[: -len(suffix)])
    tries.append(f + " city")
    if " " in f:
        tries.append(f.replace(" ", ""))
    if "/" in m.name:  # bilingual forms: "Mogente/Moixent", "Biel/Bienne"
        tries.extend(fold(part) for part in m.name.split("/"))
    if " and " in f:  # a district named after its towns: "Basingstoke and Deane", "Radyr and Morganstown"
        tries.append(f.split(" and ")[0])
    if m.kind_hint == "region" and re.search(r"[^aeiou ]ian\b", f):
        # a region named by its English adjective before the region word: "Pomeranian Voivodeship",
        # "Kuyavian-Pomeranian", "Moravian-Silesian Region" (Pomerania, Kuyavia-Pomerania, Moravia-Silesia)
        tries.append(re.sub(r"(?<=[^aeiou ])ian\b", "ia", f))
    # an Indonesian province written with an English compass word ("East Java": Jawa Timur)
    compass = re.match(r"^(east|west|north|south|central|southeast|southwest|northeast|northwest) (\w+(?: \w+)?)$", f)
    if compass:
        word = {"east": "timur", "west": "barat", "north": "utara", "south": "selatan", "central": "tengah",
                "southeast": "tenggara", "southwest": "barat daya", "northeast": "timur laut",
                "northwest": "barat laut"}[compass.group(1)]
        island = {"java": "jawa", "sumatra": "sumatera", "borneo": "kalimantan", "celebes": "sulawesi"}.get(
            compass.group(2), compass.group(2))
        tries.append(f"{island} {word}")
    # a German district named with "(district)" or alone: its "-kreis" name (Wetterau → Wetteraukreis, Enz → Enzkreis)
    if " " not in f and len(f) >= 3:
        tries.append(f + "kreis")
    # a Russian district named by the adjective of its centre ("Kingiseppsky District": Kingisepp; Kalevalsky: Kalevala;
    # Suoyarvsky: Suoyarvi), the region word already taken off
    adjective = re.match(r"^(\w{3,}?)(?:skiy|skii|sky|ski)$", f)
    if adjective:  # (a centre ending in -sk first: Podolsky is Podolsk's)
        tries.extend(adjective.group(1) + end for end in ("sk", "", "a", "i", "o"))
    # a Chinese autonomous unit named with its peoples ("Guangxi Zhuang Autonomous Region", "Dali Bai", "Qiannan Buyei
    # and Miao"): the first word is the unit's own name
    autonomous = re.match(r"^(\w+) (?:[\w ]+ )?(?:autonomous (?:region|prefecture|county)|zhuang|bai|miao|buyei|hui|yi|dai|tujia"
                          r"|uyghur|tibetan|korean|mongol|kazakh|li|dong|hani|naxi|qiang|yao|she|tu|jingpo|lisu)\b", f)
    if autonomous:
        tries.append(autonomous.group(1))
    if len(f) >= 8 and f.endswith("s") and not f.endswith("ss"):
        # a Scandinavian genitive kept from the municipality's full name ("Vesthimmerlands Kommune")
        tries.append(f[:-1])
    if len(f) >= 7 and f[-2:] in ("as", "is") and f[-3] not in "aeiouy ":
        # a foreign name given a Lithuanian or Latvian ending: "Charkivas", "Xiamenas", "Grenoblis"
        tries.append(f[:-2])
    if "-" in m.name or "–" in m.name:  # a merged municipality: "Aue-Bad Schlema", "Leighton–Linslade"
        tries.append(fold(m.name.replace("–", "-").split("-")[0]))
    # a spa title or a river or district phrase GeoNames leaves out: "Bad Kötzting", "Droitwich Spa",
    # "Rottenburg am Neckar", "Weiden in der Oberpfalz", "Ebensee am Traunsee"
    if f.startswith("bad ") and len(f) > 7:
        tries.append(f[4:])
    if f.endswith(" spa") and len(f) > 7:
        tries.append(f[:-4])
    river = _RIVER_PHRASE.search(f)
    if river and river.start() >= 3:
        tries.append(f[: river.start()])
    for t in tries:
        if t:
            _add(g, cands, t, "variant")
        if cands:
            return


def _fuzzy(g: Gazetteer, cands: dict[int, _Cand], m: Mention, cc: str | None) -> None:
    f = fold(m.name)
    if len(f) < 4:
        return
    from rapidfuzz import fuzz, process

    names, idxs = g.fuzzy_bucket(cc, f)
    cutoff = 86 if len(f) >= 7 else 90
    for name, score, pos in process.extract(f, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8):
        idx = idxs[pos]
        if idx not in cands and misspelling_of(f, name):
            cands[idx] = _Cand(idx, False, "fuzzy", 0.8 * score / 100)


#: letters where spellings and transliterations of one name differ (Velykyi / Velykyy, Mytischi /
#: Mytishchi, Kamyenyets / Kamenets, Glynneath / Glyn-neath)
_SOFT = frozenset("aeiouyjhw'` -")
#: pairs a transliteration or a misread glyph exchanges (Marjina Horka / Mar'ina Gorka; l and i)
_SWAPS = frozenset(frozenset(p) for p in ("gh", "ck", "vw", "li", "fv", "gq", "mn"))
#: what an optical reader makes of letters, undone on both sides before comparing
_GLYPHS = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("0", "o"), ("1", "l"), ("5", "s"), ("8", "b"), ("|", "l"))


def misspelling_of(written: str, name: str) -> bool:
    """Whether a folded ``written`` name differs from a folded place ``name`` only the way spellings,
    transliterations and misread glyphs do: in vowels, glides, h, separators, doubled letters and a
    few exchanged letters. A different consonant is a different town (Binbrook is not Bilbrook,
    Weyher not Weyhe, Baranivka not Balanivka), not noise."""
    from rapidfuzz.distance import Levenshtein

    for a, b in _GLYPHS:
        written, name = written.replace(a, b), name.replace(a, b)
    for op, i, j in Levenshtein.editops(written, name):
        x = written[i] if op != "insert" else ""
        y = name[j] if op != "delete" else ""
        if x + y and all(ch in _SOFT for ch in x + y):
            continue
        if op == "replace" and frozenset((x, y)) in _SWAPS:
            continue
        # a doubled letter, or the c of "ck" and the t of "tz" (Vladivostock, Deutschkreutz)
        other, at = (name, j) if op == "insert" else (written, i)
        if op != "replace" and (x + y in (other[at - 1: at], other[at + 1: at + 2])
                                or other[at: at + 2] in ("ck", "tz")):
            continue
        return False
    return True


def _phonetic(g: Gazetteer, cands: dict[int, _Cand], m: Mention, cc: str) -> None:
    from intercity.core.places.phonetic import by_consonants, consonant_key, romanise, skeleton

    # a name in the Arabic or Hebrew script is compared by its consonants (short vowels are not written), and one in
    # Devanagari (its vowels vary with the transcription)
    sound = consonant_key if by_consonants(m.name) else skeleton
    key = sound(romanise(m.name))
    if len(key) < (3 if sound is consonant_key else 4):
        return
    pools = g.__dict__.setdefault("_phonetic_pools", {})
    pool = pools.get((cc, sound.__name__))
    if pool is None:
        names, idxs = g.fuzzy_pool(cc)
        keep = [(sound(n.replace(" ", "")), i) for n, i in zip(names, idxs) if n.isascii()]
        pool = pools[(cc, sound.__name__)] = ([k for k, _ in keep], [i for _, i in keep])
    from rapidfuzz import fuzz, process

    # a short key meets many names by chance ("psan" and Bann's "pan"): it must be closer
    cutoff = PHONETIC_CUTOFF if len(key) >= 6 else PHONETIC_CUTOFF + 5
    hits = process.extract(key, pool[0], scorer=fuzz.ratio, score_cutoff=cutoff, limit=50)
    if not hits:
        return
    top = max(score for _k, score, _p in hits)
    for _k, score, pos in hits:
        if score >= top - 3:  # near-equal sound-alikes compete on prominence, or stay ambiguous
            idx = pool[1][pos]
            cands.setdefault(idx, _Cand(idx, False, "phonetic", 0.75 * score / 100))


#: the largest transcription distance (phonetic.transcription_distance per letter of the longer
#: side) a foreign name written in Chinese characters, kana or Hangul may have from a town's name
TRANSCRIPTION_CUTOFF = 0.2
TRANSCRIPTION_CUTOFF_SHORT = 0.12  # for a name of fewer than six sound letters
TRANSCRIPTION_CUTOFF_TWO_SYLLABLES = 0.075  # for a name of two Hangul syllables, Chinese characters or kana morae


def _transcribed(g: Gazetteer, cands: dict[int, _Cand], m: Mention, cc: str | None) -> None:
    """A foreign town written in Chinese characters, kana or Hangul, by its transcription readings
    (phonetic.readings) against the sound letters of the country's place names: rapidfuzz picks the
    nearest names, the weighted transcription distance decides (docs/places.md, "Sound-alike").
    Without a country (``cc`` None) only the world's large cities are compared (``_world_sound_pool``),
    and more strictly."""
    from intercity.core.places.phonetic import WEAK_VOWELS, readings, sound_letters, strong_length, \
        transcription_distance

    # (a short word with its epenthetic vowels made cheap meets many towns: 골프 korpE is no Corby; the weak
    # vowels count only in a reading of six sound letters or more without them)
    marked = [sound_letters(r) for r in readings(m.name, cc or "")]
    keys = [k for k in dict.fromkeys(marked) if strong_length(k) >= 3 and (k == k.lower() or strong_length(k) >= 6)]
    if not keys:
        return
    pool = _sound_pool(g, cc)
    from rapidfuzz import fuzz, process

    best: dict[int, float] = {}
    for key in keys:
        plain = key.lower()
        # (a reading with weak vowels is looked for with them and without them)
        looks = (plain,) if plain == key else (plain, "".join(ch for ch in key if ch not in WEAK_VOWELS))
        seen: set[int] = set()
        for look in looks:
            for name, _score, pos in process.extract(look, pool[0], scorer=fuzz.ratio, score_cutoff=55, limit=60):
                if pos in seen:
                    continue
                seen.add(pos)
                d = transcription_distance(key, name) / max(strong_length(key), len(name))
                idx = pool[1][pos]
                if idx < 0:  # a Latin alternate name (Gomel for Homyel'): other languages' spellings, many
                    idx = ~idx
                    if d > ALTERNATE_TRANSCRIPTION_CUTOFF or strong_length(key) < 5:
                        continue
                if d < best.get(idx, 9.0):
                    best[idx] = d
    # the looser the match, the more prominent the town must be: texts in these scripts transcribe
    # towns people write about, and a loose match with a village is mostly chance (テレビ is not Delve)
    longest = max(strong_length(k) for k in keys)
    if cc:
        fits = {i: d for i, d in best.items() if d <= _transcription_allowance(_base(g, i))}
    elif min(strong_length(k) for k in marked) < 6:
        return  # a short word meets some large city by chance anywhere in the world
    else:
        # a Hangul or kana word is no transcription of a Korean or Japanese city (경제 is not Gyeongju)
        home = "KR" if any("\uac00" <= ch <= "\ud7a3" for ch in m.name) else "JP"
        fits = {i: d for i, d in best.items() if d <= WORLD_TRANSCRIPTION_CUTOFF and g.cc(i) != home}
    if (m.kind_hint == "region" or _REGION_SUFFIX.search(m.name)) and not _chinese_county(m, cc):
        # a state or province by its word (상파울루주, ノボシビルスク州): not a city of the name
        fits = {i: d for i, d in fits.items() if g.kind_code(i) == _REGION}
    if not fits:
        return
    top = min(fits.values())
    if top > (TRANSCRIPTION_CUTOFF if longest >= 6 else TRANSCRIPTION_CUTOFF_SHORT):
        return
    if top > TRANSCRIPTION_CUTOFF_TWO_SYLLABLES + 1e-9 and _syllables(m.name) <= 2:
        return  # two syllables are mostly an everyday word (시장, 포럼, 友好): only a close match
    for idx, d in fits.items():
        if d <= top + 0.05:  # near-equal sound-alikes compete on prominence, or stay ambiguous
            cands.setdefault(idx, _Cand(idx, False, "phonetic", 0.75 * (1 - d)))


#: without a country, a sound-alike must be a large city (``_base`` of a city of ~300,000 with names in
#: many languages) and close (transcription distance per letter)
WORLD_MIN_BASE = 6.0
WORLD_TRANSCRIPTION_CUTOFF = 0.05
#: a city's Latin alternate names (``Gazetteer.latin_alternates``: the spellings of many languages, Gomel and
#: Homel for Homyel', but also romanised Korean, pinyin and the like) count only when this close, and for a
#: reading of five sound letters or more
ALTERNATE_TRANSCRIPTION_CUTOFF = 0.03
#: the countries whose names are also compared as French or German pronounce them
_FRENCH = frozenset(("FR", "BE", "CH", "LU", "MC", "CA", "HT", "SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GA", "CG",
                     "CD", "CM", "MG", "DZ", "MA", "TN", "RE", "GP", "MQ", "GF", "NC", "PF"))
_GERMAN = frozenset(("DE", "AT", "CH", "LI", "LU"))


def _syllables(name: str) -> int:
    """Hangul syllables, Chinese characters and kana morae (not the small kana, ー, ッ or ン) of a name."""
    return sum(1 for ch in name if "\uac00" <= ch <= "\ud7a3" or "\u4e00" <= ch <= "\u9fff"
               or "\u3040" <= ch <= "\u30ff" and ch not in "ァィゥェォャュョヮぁぃぅぇぉゃゅょゎーッっンん・")


def _sound_pool(g: Gazetteer, cc: str | None) -> tuple[list[str], list[int]]:
    """Sound letters of the country's place names (``Gazetteer.fuzzy_pool``), with their table indexes,
    built once per country: each name also without "City"/"-shi", and for a French- or German-speaking
    country as those languages pronounce it (``phonetic.french_sound``, ``phonetic.german_sound``), and for China
    pinyin as it is said (``phonetic.pinyin_sound``).
    Without a country: the world's large cities (``WORLD_MIN_BASE``)."""
    from intercity.core.places.phonetic import french_sound, german_sound, pinyin_sound, sound_letters

    pools = g.__dict__.setdefault("_transcription_pools", {})
    pool = pools.get(cc or "*")
    if pool is not None:
        return pool
    names, idxs = g.fuzzy_pool(cc)
    letters, owners = [], array("i")
    for n, i in zip(names, idxs):
        if not n.isascii():
            continue
        if not cc and (g.kind_code(i) != _CITY or _base(g, i) < WORLD_MIN_BASE):
            continue
        forms = [n]
        for word in (" city", " shi", "-shi"):  # "Angeles City" is 安吉利斯市 without its 市
            if n.endswith(word) and len(n) > len(word) + 3:
                forms.append(n[: -len(word)])
        place_cc = cc or g.cc(i)
        # (a short spoken form meets everyday words: Houilles "hui", Sehnde "sende")
        spoken = [] if g.kind_code(i) != _CITY else [
            f(x) for x in forms for f in ((french_sound,) if place_cc in _FRENCH else ())
            + ((german_sound,) if place_cc in _GERMAN else ()) + ((pinyin_sound,) if place_cc == "CN" else ())]
        spoken = [x for x in spoken if len(x.replace(" ", "")) >= 4]
        for form in dict.fromkeys(sound_letters(x.replace(" ", "")) for x in forms + spoken):
            letters.append(form)
            owners.append(i)
    own = set(letters)
    for i in dict.fromkeys(owners):
        for x in g.latin_alternates.get(i, ()):
            form = sound_letters(x.replace(" ", ""))
            if form not in own:  # (not the own name of another place: El Paso for Colorado Springs)
                letters.append(form)
                owners.append(~i)  # an alternate name: matched only closely (ALTERNATE_TRANSCRIPTION_CUTOFF)
    pool = pools[cc or "*"] = (letters, owners)
    return pool


def _chinese_county(m: Mention, cc: str | None) -> bool:
    """A Chinese county by its word (왕칭현, 汪清县): a county is no province, and GeoNames has it as its seat town."""
    return cc in ("CN", "TW") and (m.written or m.name)[-1:] in ("현", "县", "縣")


def _transcription_allowance(base: float) -> float:
    """The transcription distance a place of prominence ``base`` (``_base``) may be matched at:
    0.03 for a village of a few thousand people, rising to 0.14 for a city of about half a million
    with names in many languages (Kaunas, Halifax)."""
    if base < 4.0:
        return 0.0
    return max(0.03, min(0.14, 0.03 + 0.08 * (base - 4.8)))


def _korean_reading(g: Gazetteer, cands: dict[int, _Cand], m: Mention) -> None:
    """A Korean place written in Chinese characters, by its Sino-Korean reading (富川市 -> 부천시)."""
    from intercity.core.places.phonetic import korean_reading

    for written in dict.fromkeys((m.written, m.name)):
        reading = korean_reading(written)
        if not reading:
            continue
        found: dict[int, _Cand] = {}
        for t in (reading, reading[:-1] if reading[-1] in "시군구" and len(reading) > 2 else "", reading + "시"):
            if t:
                _add(g, found, fold(t), "variant", 0.85)
        cands.update({i: c for i, c in found.items() if _in_country(g, i, "KR")})
        if cands:
            return


def _in_country(g: Gazetteer, idx: int, cc: str) -> bool:
    c = g.cc(idx)
    return c == cc or c in RELATED_COUNTRIES.get(cc, ())


# ---------------------------------------------------------------- qualifiers

def _read_qualifier(g: Gazetteer, qualifier: str, cc: str | None, cands: dict[int, _Cand]):
    """-> (country code, region index, parent city index) read from a qualifier; each may be None."""
    q = qualifier.strip()
    num = _NUMBERED.match(q)
    if num and not g.lookup(fold(q)):  # "Budapest I – Budavár", "Vienna 23 – Liesing": the city
        q = num.group(1)
    fq = fold(q)
    # US state postal code: "Portland, OR"
    if len(q) == 2 and q.isupper() and (cc in (None, "US")):
        ridx = g.index_of(f"iso:US-{q}")
        if ridx is not None and any(g.cc(c.idx) == "US" for c in cands.values()):
            return "US", ridx, None
    hits = g.lookup(fq)
    countries = [i for i in hits if g.kind_code(i) == _COUNTRY]
    regions = [i for i in hits if g.kind_code(i) == _REGION and (not cc or _in_country(g, i, cc))]
    if not hits:
        regions = _region_by_word(g, q, cc)
    cities = [i for i in hits if g.kind_code(i) == _CITY and (not cc or _in_country(g, i, cc))]
    big_city = max(cities, key=g.population) if cities else None
    # a region that holds a candidate decides, even when a large city bears its name too
    # ("Spokane, Washington" is in the state, not a district of the capital)
    holding = [r for r in regions if any(_in_region(g, c.idx, r) for c in cands.values())]
    inside_city = big_city is not None and any(_km(g, c.idx, big_city) <= DISTRICT_RADIUS_KM for c in cands.values())
    if holding and not countries and not inside_city:
        return g.cc(holding[0]), holding[0], None
    # a region that is also a large city of the same name (Busan, Tianjin) reads as the city
    regions = [r for r in regions if not (big_city is not None and g.cc(big_city) == g.cc(r)
                                          and g.population(big_city) >= 100_000)]
    if countries:
        code = g.cc(countries[0])
        if any(_in_country(g, c.idx, code) for c in cands.values()) or not regions:
            return code, None, None
    if regions:
        # the region that holds a candidate, else the most prominent
        def holds(r):
            return any(_in_region(g, c.idx, r) for c in cands.values())
        regions.sort(key=lambda r: (not holds(r), -g.population(r)))
        return g.cc(regions[0]), regions[0], None
    if big_city is not None:
        near = [c for c in cands.values() if _km(g, c.idx, big_city) <= DISTRICT_RADIUS_KM]
        if any(g.population(c.idx) >= 0.5 * g.population(big_city) for c in near):
            return g.cc(big_city), None, None  # "Nagano (Nagano)": the city itself
        return g.cc(big_city), None, big_city
    code = g.country_code(q)
    return code, None, None


def _region_by_word(g: Gazetteer, q: str, cc: str | None) -> list[int]:
    """A qualifier written with a region word the index does not hold whole ("가고시마현": Kagoshima Prefecture in
    Korean, where only the city has a Korean name): the first-level region named like the city the name finds."""
    sm = split_mention(q)
    if sm.kind_hint != "region" or not sm.stripped_word:
        return []
    towns = sorted((i for i in g.lookup(fold(sm.name)) if g.kind_code(i) in (_CITY, _REGION)
                    and (not cc or _in_country(g, i, cc))), key=lambda i: -g.population(i))
    for t in towns:
        if g.kind_code(t) == _REGION:
            return [t]
        same = [r for r in g.lookup(fold(g.names[t])) if g.kind_code(r) == _REGION and g.cc(r) == g.cc(t) and not g.parent(r)]
        if same:
            return same[:1]
    return []


def _in_region(g: Gazetteer, idx: int, region_idx: int) -> bool:
    code = g.code(region_idx)
    k = g.kind_code(idx)
    if k in (_REGION, _DISTRICT, _AREA):
        return g.parent(idx) == f"iso:{code}"
    if k == _CITY and g.cc(idx) == code[:2]:
        admin1 = g.code(idx)
        return bool(admin1) and (code[3:] == admin1 or g.region_admin1(region_idx) == admin1)
    return False


def _region_known(g: Gazetteer, idx: int, region_idx: int) -> bool:
    """Whether the region of candidate ``idx`` and the GeoNames code of ``region_idx`` are both known."""
    k = g.kind_code(idx)
    if k in (_REGION, _DISTRICT, _AREA):
        return bool(g.parent(idx))
    code = g.code(region_idx)
    return k == _CITY and bool(g.code(idx)) and (code.startswith("US-") or bool(g.region_admin1(region_idx)))


def _km(g: Gazetteer, a: int, b: int) -> float:
    la1, lo1 = g.latlon(a)
    la2, lo2 = g.latlon(b)
    if la1 is None or la2 is None:
        return math.inf
    return km_between(la1, lo1, la2, lo2)


def _near(g: Gazetteer, a: int, b: int, km: float) -> bool:
    """Within ``km`` of each other; a latitude gap alone settles most pairs (a degree is 111 km)."""
    la1, la2 = g.latlon(a)[0], g.latlon(b)[0]
    if la1 is not None and la2 is not None and abs(la1 - la2) * 111.0 > km:
        return False
    return _km(g, a, b) < km


def _district(g: Gazetteer, query: str, m: Mention, parent_idx: int, cands: dict[int, _Cand], notes) -> Resolution:
    parent = g.ref(parent_idx)
    near = sorted((c for c in cands.values() if g.kind_code(c.idx) in (_CITY, _AREA) and g.cc(c.idx) == parent.country_code
                   and _km(g, c.idx, parent_idx) <= DISTRICT_RADIUS_KM), key=lambda c: -g.population(c.idx))
    lat, lon, ko = parent.lat, parent.lon, ""
    if near:
        r = g.ref(near[0].idx)
        lat, lon, ko = r.lat, r.lon, r.name_ko
    district = PlaceRef(name=m.written or m.name, kind="district", country_code=parent.country_code, lat=lat, lon=lon,
                        name_ko=ko, parent_key=parent.key)
    why = f"district of {parent.name} ({parent.key})" + ("" if near else "; not in GeoNames, placed at its city")
    return Resolution(query, district, 0.85 if near else 0.8, False, [parent], "resolved", _reason(why, notes))


# ---------------------------------------------------------------- ranking

def _base(g: Gazetteer, idx: int) -> float:
    """``_prominence``, worked out once per place and gazetteer (a table of 8 bytes a place)."""
    known = g.__dict__.get("_bases")
    if known is None:
        known = g.__dict__.setdefault("_bases", array("d", [math.nan]) * len(g))
    b = known[idx]
    if b != b:  # not yet known (NaN)
        b = known[idx] = _prominence(g, idx)
    return b


def _prominence(g: Gazetteer, idx: int) -> float:
    """Prior prominence: log10 of population plus half the log10 of the number of names GeoNames
    records (a city the world writes about has names in many languages). A region has no such count:
    a first-level subdivision counts as a 60-name place, a lower one as a 25-name place."""
    k = g.kind_code(idx)
    pop = g.population(idx)
    if k == _DISTRICT:
        return math.log10(50_000) + 0.5
    if k == _AREA:
        return math.log10(AREA_POPULATION) + 0.5
    if k == _CITY:
        names = g.name_count(idx)
    elif k == _REGION:
        names = 25 if g.parent(idx) else 60
    else:
        names = 60
    return math.log10(pop + 1000) + 0.5 * math.log10(names + 1)


def _rank(g: Gazetteer, pool: list[_Cand], kind_hint: str | None, region_idx: int | None,
          ctx: ResolveContext | None, m: Mention, cc: str | None = None) -> list[_Cand]:
    want = _KIND_CODE.get(kind_hint) if kind_hint else None
    soft = _KIND_CODE.get(ctx.prefer_kind) if ctx and ctx.prefer_kind else None
    ctx_countries = ctx.countries if ctx else []
    near = [(la, lo) for la, lo in (ctx.near if ctx else []) if la is not None and lo is not None]
    partners = ctx.known_partner_keys if ctx else set()
    listed_in = collections.Counter(ctx.regions) if ctx and ctx.regions else None
    # the region word as written ("Veszprém County"): a subdivision of that type beats one of another type
    # with the same name (the county, not the city with county rights; Viljandi County, not Viljandi parish)
    region_word = _region_word(m) if want == _REGION and m.stripped_word else ""
    city_pop: dict[str, int] = {}
    for c in pool:
        if g.kind_code(c.idx) == _CITY:
            c_cc = g.cc(c.idx)
            city_pop[c_cc] = max(city_pop.get(c_cc, 0), g.population(c.idx))
    # a region bearing the name of a city of its own country stands for that city ("Busan", "Barcelona",
    # "Budva") unless a region was asked for: the city must be large, or not small beside the region
    dominated = set()
    if want != _REGION:
        for c in pool:
            if g.kind_code(c.idx) == _REGION:
                # (also when the city is only also called so: Firenze, Genève, Nara-shi; this makes
                # Maranhão São Luís, "São Luís do Maranhão", a known miss)
                cp = city_pop.get(g.cc(c.idx))
                # a lower-level unit (province, district) is named after its seat: always the city
                if cp is not None and (cp >= 100_000 or cp * 20 >= g.population(c.idx) or g.parent(c.idx)):
                    dominated.add(c.idx)
    # the name as written, diacritics included: among namesakes that differ only in accents (Löhne and
    # Lohne, Hüsby and Husby), the one spelt as written is meant
    bearers = [c for c in pool if not c.alt and c.via != "fuzzy"]
    written = _as_written(m.name) if len(bearers) > 1 else ""
    spelt = {c.idx for c in bearers if written and _as_written(g.names[c.idx]) == written}
    if len(spelt) == len(bearers):
        spelt = set()  # the spelling separates nothing
    own = max((_base(g, c.idx) for c in pool if not c.alt and c.via != "fuzzy" and c.idx not in dominated),
              default=None)
    respelt = _respelt(g, pool, m) if own is not None and len(pool) > 1 else set()
    home = _home_country(m) if not cc and len(pool) > 1 else None
    if home and ctx_countries and ctx_countries[0] != home:
        home = None  # the document places its names elsewhere
    for c in pool:
        k = g.kind_code(c.idx)
        s = _base(g, c.idx)
        if not c.alt or c.idx in respelt:
            s += 0.25
        elif own is not None and c.idx not in respelt:
            # only "also called" so while other places bear the name as their own: unless it is far more
            # prominent (Canton -> Guangzhou), the bearers come first (Victoria: not Hong Kong)
            s -= 0.7 if s - own >= 1.3 else 2.0
        if c.idx in g.capitals:
            s += 0.3
        if c.idx in spelt:
            s += 0.5
        s += {"exact": 0.0, "stripped": -0.1, "variant": -0.3}.get(c.via, -1.0 - 5 * (0.8 - c.quality))
        if k == _COUNTRY:
            # a name that is a country's is the country, unless the mention is placed in a country; a
            # country only also called so in some language does not outrank a city bearing the name
            # ("Tunis" is Tunisia in Danish and Romanian)
            s += -1.0 if cc else (0.0 if c.alt and own is not None else 1.5)
        if want is not None:
            if k == want or (want == _REGION and k == _DISTRICT):
                s += 2.0
            elif want == _REGION or want == _COUNTRY:
                s -= 1.0
        elif c.idx in dominated:
            s -= 3.0
        elif k == _DISTRICT:
            s -= 1.0
        if soft is not None and k == soft:
            s += 1.0
        if region_word and k == _REGION and _subdivision_type_is(g.ref(c.idx).iso_3166_2 or "", region_word):
            s += 2.0  # as strong as a name of its own: ISO 3166-2 says it is what the mention says
        if region_idx is not None and _in_region(g, c.idx, region_idx):
            s += 3.0
        elif region_idx is not None and g.cc(c.idx) == g.cc(region_idx):
            # in the region's country; outside the region itself when both regions are known
            s += -2.0 if _region_known(g, c.idx, region_idx) else 1.5
        if cc and g.cc(c.idx) != cc:
            s -= 0.2  # a related territory (Hong Kong for China)
        cc_c = g.cc(c.idx)
        if cc_c in ctx_countries:
            s += 0.4 if ctx_countries and ctx_countries[0] == cc_c else 0.3
        if home and g.cc(c.idx) == home:
            s += HOME_SCRIPT_BONUS
        if partners and g.ref(c.idx).key in partners:
            s += 2.0
        if near:
            s += _nearness(g, c.idx, near)
        if listed_in and k == _CITY:
            s += _listed_region_bonus(listed_in[f"{g.cc(c.idx)}.{g.code(c.idx)}"])
        c.score = s
    pool.sort(key=lambda c: -c.score)
    return pool


#: a city only also called by a spelling of its own name counts as bearing it when it is this many times more
#: populous than every city bearing the name, and at least RESPELT_MIN_POP (Hannover, 515,000; Hanover, 38,000)
RESPELT_RATIO = 10
RESPELT_MIN_POP = 100_000


def _respelt(g: Gazetteer, pool: list[_Cand], m: Mention) -> set[int]:
    """The places only also called by the name in a spelling of their own name (Hanover for Hannover: a doubled
    letter; not Victoria for Hong Kong, Canton for Guangzhou), far larger than the bearers of the name and in
    another country than all of them (in one country, a respelt name is the local namesake's: Pittsburg is not
    Pittsburgh): they bear the name as much as their namesakes do, and prominence decides."""
    bearers = [c for c in pool if not c.alt and c.via != "fuzzy"]
    floor = max(RESPELT_MIN_POP, RESPELT_RATIO * max(
        (g.population(c.idx) for c in bearers if g.kind_code(c.idx) == _CITY), default=0))
    countries = {g.cc(c.idx) for c in bearers}
    written = fold(m.name)
    out = set()
    for c in pool:
        if not c.alt or c.via != "exact" or g.kind_code(c.idx) != _CITY or g.population(c.idx) < floor \
                or g.cc(c.idx) in countries:
            continue
        own = g.folded[c.idx]
        if written != own and written[:1] == own[:1] and abs(len(written) - len(own)) <= 2 \
                and misspelling_of(written, own):
            out.add(c.idx)
    return out


#: a bare name written in a country's own script with its own administrative word ("안양시", "府中町") is that
#: country's place unless something says otherwise: as strong as a name of its own (Anyang, Gyeonggi, not Anyang,
#: Henan, which Korean writes the same)
HOME_SCRIPT_BONUS = 1.0
_HANGUL_ADMIN = re.compile(r"^[\uac00-\ud7a3]{1,6}(?:시|군|구)$")
_JAPANESE_ADMIN = re.compile(r"^(?=.*[\u3040-\u30ff])[\u3040-\u30ff\u4e00-\u9fff]{1,8}(?:市|町|村)$"
                             r"|^[\u4e00-\u9fff]{1,6}(?:町|村)$")


def _home_country(m: Mention) -> str | None:
    """The country whose script and administrative word the mention is written in: Hangul with 시, 군 or 구 is
    Korean; kana with 市, 町 or 村, or Chinese characters with 町 or 村, Japanese (Chinese characters with 市 alone
    are not: Chinese writes its cities so too, 安阳市)."""
    written = (m.written or "").replace(" ", "")
    if _HANGUL_ADMIN.match(written):
        return "KR"
    if _JAPANESE_ADMIN.match(written):
        return "JP"
    return None


def _region_word(m: Mention) -> str:
    """The region word taken off a mention: "Viljandi County" -> "county", "Province of Cebu" -> "province"."""
    written, name = fold(m.written), fold(m.name)
    word = written.replace(name, " ", 1) if name and name in written else ""
    word = re.sub(r"\bof\b", " ", word)
    return " ".join(word.split())


@lru_cache(maxsize=4096)
def _subdivision_type_is(code: str, word: str) -> bool:
    """Whether ISO 3166-2 calls the subdivision ``code`` a ``word`` ("county", "province" …)."""
    if not code or not word:
        return False
    import pycountry  # only when a region word has to separate two subdivisions of one name

    sub = pycountry.subdivisions.get(code=code)
    kind = fold(sub.type) if sub is not None and sub.type else ""
    return kind == word or kind.endswith(" " + word)


_COMMA_BELOW = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț", "-": " ", "‐": " ", "’": "'"})


@lru_cache(maxsize=100_000)
def _as_written(name: str) -> str:
    """A name compared with its accents (Romanian cedilla and comma-below count as one)."""
    return unicodedata.normalize("NFC", name).translate(_COMMA_BELOW).casefold().strip()


#: how many of the places listed beside a mention must lie in a candidate's region before the region counts, and
#: what each of them is worth (capped at four): one neighbour in the region may be chance in a list ordered by
#: name; two or more in a list ordered by region are its section ("Bloomington" among Minnesota's towns)
LISTED_REGION_MIN = 2
LISTED_REGION_STEP = 0.5


def _listed_region_bonus(count: int) -> float:
    return LISTED_REGION_STEP * min(count, 4) if count >= LISTED_REGION_MIN else 0.0


def _nearness(g: Gazetteer, idx: int, near: list[tuple[float, float]]) -> float:
    """0.4 * log10(2000 km / distance to the nearest related place), between 0 and 0.8."""
    la, lo = g.latlon(idx)
    if la is None:
        return 0.0
    d = min(km_between(la, lo, p[0], p[1]) for p in near)
    return max(0.0, min(0.8, 0.4 * math.log10(2000.0 / max(d, 20.0))))


def _distinct(g: Gazetteer, ranked: list[_Cand]) -> list[_Cand]:
    """Drop near-duplicates of a better candidate (GeoNames has a city and its sections)."""
    out: list[_Cand] = []
    for c in ranked:
        dup = False
        for o in out:
            if g.cc(o.idx) == g.cc(c.idx) and g.kind_code(o.idx) in (_CITY, _AREA) \
                    and g.kind_code(c.idx) in (_CITY, _AREA) and _near(g, o.idx, c.idx, 15.0):
                dup = True
                break
        if not dup:
            out.append(c)
        if len(out) >= 8:
            break
    return out


def _namesake_unit(g: Gazetteer, a: int, b: int) -> bool:
    """A town and an administrative unit of one name and country at one spot (a unit's point is its
    namesake town's): Hackney the borough and Hackney the place are one answer, not two rivals."""
    ka, kb = g.kind_code(a), g.kind_code(b)
    towns = (_CITY, _AREA)
    return ((ka in towns) != (kb in towns) and _COUNTRY not in (ka, kb) and g.cc(a) == g.cc(b)
            and g.folded[a] == g.folded[b] and _near(g, a, b, 15.0))


def _reason(text: str, notes: list[str]) -> str:
    return "; ".join([text, *notes]) if notes else text
