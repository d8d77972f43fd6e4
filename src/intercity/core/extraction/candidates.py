"""Candidate partners for the learned partner model (partner_model.py): every place the place
finder locates in a document's blocks, with a few layout-independent features.

A candidate is one place (a city, district or region; resolved or ambiguous; never the home city,
its region or its country, never a country) named in one block. Its features describe the
passage, not a layout: what kind of block it is, how list-like the block and its neighbours are
(places per block, share of the text that is place names), whether a kind word of ``kinds.py``
is in the block, its section's heading, the blocks just before it or the document's title,
whether the block speaks of a visit or a date, where in its line the name stands (first, after a
list marker, followed by its country or a year), what the resolver made of it. The same features
are computed at training time (``scripts/train_partner_model.py``) and at run time.

Per document, the candidates of one place are pooled (``pool``): each feature's maximum over its
mentions, plus how often the document names it. The model scores places, as the benchmark
counts them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.fallback import _governing, _items
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import confident, same_place
from intercity.core.extraction.text import deocr, is_cjk, split_marker
from intercity.core.extraction.visits import VISIT_WORDS
from intercity.core.places.types import PlaceRef, Resolution

KIND_LOOKBACK = 40  # blocks
NEIGHBOURS = 2  # blocks each side for list-likeness
SHORT = 60  # characters: a short block (an item, a label)

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DATE = re.compile(
    r"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{1,2})?\b"
    r"|\d{1,2}\s*(?:월|月)\s*\d{1,2}\s*(?:일|日)|\d{4}\s*(?:년|年)\s*\d{1,2}\s*(?:월|月)"
    r"|\b\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:jan|feb|f[ée]v|m[aä]r|apr|avr|abr|may|mai|mei|mag|jun|juin|giu|jul|juil|lug"
    r"|aug|ao[uû]|ago|sep|set|oct|okt|ott|out|nov|dec|d[ée]c|dez|dic)[a-zéû]*"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_SECTION = re.compile(  # a section about visits, news, projects or events (fallback.py's list, abridged)
    r"visit|delegation|mission|news|project|agenda|programme|program\b|itinerary|schedule|meeting|event"
    r"|besuch|nachrichten|projekt|veranstaltung|visite|actualit|projet|réunion|visita|noticia|notizi|proyecto"
    r"|progetto|projeto|reuni[oó]n|riunione|bezoek|nieuws|wizyt|визит|новост|проект|ziyaret|haber|proje"
    r"|방문|대표단|소식|뉴스|사업|일정|행사|訪問|一行|ニュース|事業|日程|行事|访问|來訪|来访|新闻|新聞|项目|項目|活动|活動",
    re.IGNORECASE)
_KIND_BLOCKS = {"title": "heading", "heading": "heading", "list_item": "list_item", "table_cell": "table_cell",
                "paragraph": "paragraph"}

#: the features, in the order of the model's coefficients
FEATURES = (
    "block_heading", "block_list_item", "block_table_cell", "block_paragraph", "block_other",
    "places_in_block", "places_nearby", "short_place_neighbours", "place_share", "block_length", "sentence",
    "kind_in_block", "kind_before_in_block", "kind_prev3", "kind_heading", "kind_near", "kind_title", "kind_anywhere",
    "kind_in_row", "section_visits", "year_in_block", "date_in_block", "visit_in_block",
    "starts_block", "starts_line", "list_marker", "followed_by_country", "followed_by_year",
    "region", "home_country", "confidence", "ambiguous", "unresolved_country", "doc_places", "mentions",
    "whole_item", "qualifier", "fragment", "population", "upper_case", "first_row",
)
_SUFFIX = "市県縣省州区區郡道府都鎮镇시군구도주"


@dataclass
class _Mention:
    text: str
    start: int  # offsets in the block text
    end: int
    resolution: Resolution
    whole_item: bool = False  # the whole of an item (a segment of the block between separators)
    country: str | None = None  # written with the item
    span_end: int = 0  # the end of the whole item (its country, state and year included)


@dataclass
class Candidate:
    """One place named in one block (see the module doc)."""

    name: str  # as written
    resolution: Resolution
    block: Block
    part: int | None  # the attachment (None: the main document)
    start: int  # offsets in ParsedDocument.text (of the part)
    end: int
    country: str | None = None  # ISO code written right after the name ("Lyon, France")
    kind: str | None = None  # of the nearest kind word (before it in its block, else above, else after it)
    kind_word: str = ""
    features: dict[str, float] = field(default_factory=dict)

    @property
    def place(self) -> PlaceRef | None:
        r = self.resolution
        return None if r.ambiguous else r.best

    @property
    def key(self) -> str:
        """The place's key; an ambiguous or unresolved mention is keyed by its name."""
        p = self.place
        return p.key if p is not None else "name:" + self.name.casefold()


@dataclass
class _BlockInfo:
    block: Block
    text: str
    mentions: list[_Mention]
    places: int  # cities and regions (not the home city)
    countries: int
    covered: int  # characters covered by place and country names
    kinds: list[tuple[int, int, str]]
    short: bool
    heading: bool


def _heading_like(b: Block, text: str, has_place: bool) -> bool:
    t = text.strip()
    if b.kind in ("title", "heading"):
        return True
    return 0 < len(t) <= SHORT and not _SENTENCE_END.search(t) and (t.endswith((":", "：")) or not has_place) \
        and (is_cjk(t) or len(t.split()) <= 8)


def _mentions(b: Block, text: str, finder: PlaceFinder) -> list[_Mention]:
    """The place finder's mentions in a block, and the block's items (its parts between separators, as
    the fallback cuts them) that resolve as a whole ("馬卡蒂市", "Santa Clara, California (US)"): an item
    replaces the finder's mentions inside it."""
    found = [_Mention(m.text, m.start, m.end, m.resolution) for m in finder.find(text, include_countries=True)]
    items = []
    for it in _items(b, finder):
        raw = it.raw
        if raw is None or it.long or it.resolution is None or kind_spans(raw.name):
            continue
        r = it.resolution
        if r.best is None and not r.alternatives or r.best is not None and r.best.kind == "country":
            continue
        if r.best is not None and r.status != "resolved" and not r.ambiguous:
            continue
        if raw.country is None and not is_cjk(raw.name) and not finder.is_place_name(raw.name):
            continue  # a bare word that is only a small place somewhere ("Area", "Since", "Due")
        if raw.country is None and finder.common_word(raw.name, r.best):
            continue  # a frequent word that names no prominent place ("Officer" under a staff photo), unless listed
        s = it.base - b.start + raw.s
        span_end = it.base - b.start + raw.e
        e = s + len(raw.name) if text[s:s + len(raw.name)] == raw.name else span_end
        if s < 0 or e > len(text):
            continue
        items.append(_Mention(raw.name, s, e, r, True, raw.country, max(e, span_end)))
    if not items:
        return found
    # "Spokane, Washington (US)": a state after its city, cut apart at the comma, is read with it
    merged: list[_Mention] = []
    for m in items:
        prev = merged[-1] if merged else None
        if prev is not None and prev.country is None and re.fullmatch(r"\s*,\s*", text[prev.span_end:m.start]) \
                and any(p.kind == "region" for p in [m.resolution.best, *m.resolution.alternatives] if p is not None):
            r = finder.resolve(f"{prev.text}, {m.text}", country=m.country)
            regions = [p for p in [m.resolution.best, *m.resolution.alternatives] if p is not None and p.kind == "region"]
            if confident(r) and r.best.kind != "region" and any(finder.holds(x, r.best) for x in regions):
                merged[-1] = _Mention(prev.text, prev.start, prev.end, r, True, m.country, max(m.end, m.span_end))
                continue
        merged.append(m)
    items = merged
    out = list(items)
    for m in found:
        inside = next((i for i in items if i.start <= m.start and m.end <= max(i.end, i.span_end) + 1), None)
        if inside is None or m.resolution.best is not None and m.resolution.best.kind == "country" and inside.country:
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def _followed_by_country(text: str, end: int, countries: list[_Mention], finder: PlaceFinder) -> str | None:
    """The country written right after a name: "Lyon, France", "Lyon (France)", "リヨン（フランス）"."""
    for c in countries:
        gap = text[end:c.start]
        if c.start >= end and len(gap) <= 4 and re.fullmatch(r"[\s,，(（/|·\-–]*", gap):
            return c.resolution.best.country_code if c.resolution.best is not None else None
    m = re.match(r"\s*[,，(（]\s*([^\W\d_][^,，()（）\n]{1,30}?)\s*[)）,，\n]", text[end:])
    if m:
        return finder.country_code(m.group(1))
    return None


def part_candidates(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None,
                    part: int | None = None) -> list[Candidate]:
    """The candidates of one document (or attachment), with their features (before pooling)."""
    blocks = sorted(doc.blocks, key=lambda b: (b.start, b.index))
    if not blocks:
        return []
    infos: list[_BlockInfo] = []
    for b in blocks:
        text = deocr(b.text)
        found = _mentions(b, text, finder) if b.kind != "header" or len(text) < 300 else []
        places = [m for m in found if m.resolution.best is not None and m.resolution.best.kind != "country"
                  and not same_place(m.resolution.best, home)]
        n_countries = sum(1 for m in found if m.resolution.best is not None and m.resolution.best.kind == "country")
        covered = sum(m.end - m.start for m in found)
        kinds = kind_spans(text)
        infos.append(_BlockInfo(b, text, found, len(places), n_countries, covered, kinds, len(text.strip()) <= SHORT,
                                _heading_like(b, text, bool(found))))
    title_kind = 1.0 if kind_spans(doc.title or "") or any(i.kinds for i in infos[:3] if i.heading) else 0.0
    any_kind = 1.0 if any(i.kinds for i in infos) else 0.0
    out: list[Candidate] = []
    last_kind = -10 ** 6  # index of the last block with a kind word
    last_word: tuple[str, str] | None = None  # (kind, word) governing what follows it
    spans = {info.block.index: info.kinds for info in infos}
    heading_kind = 0.0
    heading_visits = 0.0
    for i, info in enumerate(infos):
        b, text = info.block, info.text
        if info.heading and b.kind != "table_cell":  # a column header is no section heading
            if info.kinds:
                heading_kind, heading_visits = 1.0, 0.0
            elif _SECTION.search(text):
                heading_kind, heading_visits = 0.0, 1.0
            elif b.kind in ("title", "heading"):
                heading_kind, heading_visits = 0.0, 0.0
        lo, hi = max(0, i - NEIGHBOURS), min(len(infos), i + NEIGHBOURS + 1)
        nearby = [infos[j] for j in range(lo, hi) if j != i]
        near_places = sum(n.places for n in nearby)
        short_place = sum(1 for n in nearby if n.short and n.places) / max(1, len(nearby))
        kind_prev = any(infos[j].kinds for j in range(max(0, i - 3), i))
        dist = i - last_kind
        kind_near = 1.0 / (1.0 + dist) if 0 < dist <= KIND_LOOKBACK else 0.0
        row_kind = 0.0
        if b.kind == "table_cell" and b.row is not None:
            for j in range(max(0, i - 8), min(len(infos), i + 9)):
                c = infos[j]
                if j != i and c.block.kind == "table_cell" and c.block.row == b.row and c.kinds and len(c.text) < SHORT:
                    row_kind = 1.0
                    break
        chars = max(1, sum(1 for ch in text if not ch.isspace()))
        words = len(text) / 2 if is_cjk(text) else len(text.split())
        sentence = 1.0 if _SENTENCE_END.search(text.strip()) and words > 8 or words > 20 else 0.0
        countries = [m for m in info.mentions if m.resolution.best is not None and m.resolution.best.kind == "country"]
        marker = split_marker(text)
        block_lead = marker.length + (len(text[marker.length:]) - len(text[marker.length:].lstrip()))
        base = {
            "block_" + _KIND_BLOCKS.get(b.kind, "other"): 1.0,
            "places_in_block": math.log1p(info.places),
            "places_nearby": math.log1p(near_places),
            "short_place_neighbours": short_place,
            "place_share": min(1.0, info.covered / chars),
            "block_length": math.log1p(len(text.strip())) / 6.0,
            "sentence": sentence,
            "kind_in_block": 1.0 if info.kinds else 0.0,
            "kind_prev3": 1.0 if kind_prev else 0.0,
            "kind_heading": heading_kind,
            "kind_near": kind_near,
            "kind_title": title_kind,
            "kind_anywhere": any_kind,
            "kind_in_row": row_kind,
            "section_visits": heading_visits,
            "year_in_block": 1.0 if _YEAR.search(text) else 0.0,
            "date_in_block": 1.0 if _DATE.search(text) else 0.0,
            "visit_in_block": 1.0 if VISIT_WORDS.search(text) else 0.0,
            "first_row": 1.0 if b.kind == "table_cell" and b.row == 1 else 0.0,
        }
        for m in info.mentions:
            r = m.resolution
            best = r.best
            if best is None or best.kind == "country" or same_place(best, home):
                continue
            if finder.around_home(best):
                continue  # the home city's region
            cc = m.country or _followed_by_country(text, m.end, countries, finder)
            if m.whole_item:
                pass  # resolved as the fallback resolves an item (with its written country and state)
            elif cc and not r.ambiguous and best.country_code != cc or cc and r.ambiguous:
                r2 = finder.resolve(m.text, country=cc)
                if r2.best is not None and (confident(r2) or r2.confidence > r.confidence):
                    r = r2
            elif not cc:
                near_cc = _context_countries(infos, i, finder)
                if near_cc and not confident(r) and not r.ambiguous:
                    r2 = finder.resolve(m.text, countries=near_cc)
                    if confident(r2):
                        r = r2
            best = r.best
            if best is None or same_place(best, home) or best.kind == "country":
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            line = text[line_start:]
            lm = split_marker(line)
            line_lead = line_start + lm.length + (len(line[lm.length:]) - len(line[lm.length:].lstrip()))
            after = text[m.end:m.end + 30]
            f = dict(base)
            f.update({
                "kind_before_in_block": 1.0 if any(s < m.start for s, _, _ in info.kinds) else 0.0,
                "starts_block": 1.0 if m.start <= block_lead + 1 else 0.0,
                "starts_line": 1.0 if m.start <= line_lead + 1 else 0.0,
                "list_marker": 1.0 if lm.any and m.start <= line_lead + 1 else 0.0,
                "followed_by_country": 1.0 if cc else 0.0,
                "followed_by_year": 1.0 if _YEAR.search(after) else 0.0,
                "region": 1.0 if best.kind == "region" else 0.0,
                "home_country": 1.0 if home is not None and best.country_code == home.country_code else 0.0,
                "confidence": float(r.confidence),
                "ambiguous": 1.0 if r.ambiguous else 0.0,
                "unresolved_country": 1.0 if cc and best.country_code != cc else 0.0,
                "whole_item": 1.0 if m.whole_item else 0.0,
                "qualifier": 1.0 if _qualifies(info.mentions, m, text) else 0.0,
                "fragment": 1.0 if _fragment(text, m.start, m.end) else 0.0,
                "population": math.log10(1 + best.population) / 7.0 if best.kind != "region" else 0.0,
                "upper_case": 1.0 if m.text.isupper() and len(m.text) > 2 else 0.0,
            })
            before = [sp for sp in info.kinds if sp[1] <= m.start]
            later = [sp for sp in info.kinds if sp[0] >= m.end]
            if before:
                kind, word = before[-1][2], text[before[-1][0]:before[-1][1]]
            elif last_word is not None and dist <= KIND_LOOKBACK:
                kind, word = last_word
            elif later:
                kind, word = later[0][2], text[later[0][0]:later[0][1]]
            else:
                kind, word = None, ""
            out.append(Candidate(m.text, r, b, part, b.start + m.start, b.start + m.end, cc, kind, word, f))
        if info.kinds:
            last_kind = i
            s, e, k = info.kinds[-1]
            if len({sp[2] for sp in info.kinds}) > 1:
                s, e, k = _governing(b, i, blocks, spans)
            last_word = (k, text[s:e])
    return out


def _qualifies(mentions: list[_Mention], m: _Mention, text: str) -> bool:
    """A region written right after another place, as its state ("Spokane, Washington", "Lowell,
    Massachusetts (US)"), or a place right before a longer name of which it is part."""
    for o in mentions:
        if o is m or o.end > m.start or o.resolution.best is None or o.resolution.best.kind == "country":
            continue
        if re.fullmatch(r"\s*[,，(（]\s*", text[o.end:m.start]):
            return True
    return False


def _fragment(text: str, s: int, e: int) -> bool:
    """A name cut out of a longer word: CJK or Hangul letters right before or after it that are not a
    place suffix ("卡蒂" in 馬卡蒂市, "ボル" in ボルゴグラード市), or a Latin word continued by lower-case letters."""
    before, after = text[s - 1:s], text[e:e + 1]
    if is_cjk(text[s:e]):
        # Han before a name is often its country ("日本岐阜市"): only kana or Hangul before it counts
        kana_before = bool(before) and ("\u3040" <= before <= "\u30fa" or "\uac00" <= before <= "\ud7a3")
        return kana_before or bool(after and is_cjk(after) and after not in _SUFFIX and after not in "・、，。（(")
    return bool(after and after.isalpha() and after.islower())


def _context_countries(infos: list[_BlockInfo], i: int, finder: PlaceFinder) -> tuple[str, ...]:
    """Countries of the places named around block ``i`` (most frequent first): a bare name in a list
    of "Name, Country" lines is resolved among them."""
    counts: dict[str, int] = {}
    for j in range(max(0, i - 3), min(len(infos), i + 4)):
        for m in infos[j].mentions:
            if confident(m.resolution):
                cc = m.resolution.best.country_code
                counts[cc] = counts.get(cc, 0) + 1
    return tuple(c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def document_candidates(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None,
                        max_attachments: int = 10) -> list[Candidate]:
    parts = [(doc, None)] + [(a, n) for n, a in enumerate((doc.attachments or [])[:max_attachments])]
    out: list[Candidate] = []
    for part, n in parts:
        out.extend(part_candidates(part, finder, home, n))
    return out


def pool(candidates: list[Candidate]) -> list[tuple[Candidate, dict[str, float], list[Candidate]]]:
    """One row per place of the document: (its first mention, pooled features, all its mentions).
    Pooled: each feature's maximum over the mentions; ``mentions`` = log(1 + count); ``doc_places`` =
    log(1 + the document's distinct places)."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(c.key, []).append(c)
    doc_places = math.log1p(len(by_key))
    rows = []
    for key, cands in by_key.items():
        f = {name: max(c.features.get(name, 0.0) for c in cands) for name in FEATURES}
        f["mentions"] = math.log1p(len(cands))
        f["doc_places"] = doc_places
        rows.append((cands[0], f, cands))
    return rows
