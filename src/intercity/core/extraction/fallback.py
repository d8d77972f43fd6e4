"""A layout-independent fallback for partner lists, run after the structured readers.

The structured readers (lists.py, tables.py, layouts.py, partners.py) know the layouts someone has
written a rule for. This module knows none: in a document that names a kind of tie (any kind word
of kinds.py), it cuts every block the readers did not take into *items* — the block itself when it
is short, else its parts between separators (line breaks, tabs, " / ", "|", ";", "、", "，", commas,
middle dots, a final "and") — and looks for **runs** of items that are mostly places the gazetteer
resolves confidently:

- an item is one name, optionally with its country, state and year ("Lyon, France", "Turin (Italy)
  1958", "USA Texas Austin"), read by ``lists.parse_item_text``; a country alone joins the item
  before it ("Lyon, France" split at the comma);
- a run is a sequence of items in text order, broken by a long item (a sentence), by two non-places
  in a row, by a block the readers took, and by a heading; it is kept when it holds **at least three
  places** and places are at least 60 % of its items; names without a country are resolved a second
  time with the countries of the run's other places as context;
- a card whose kind line follows its name ("Assen" / "Holandia · miasto partnerskie od 1994 r."):
  a short kind line with no place, right after a block with one place, labels that place and does
  not break the run (not after a list of places, not when the name follows an unused badge);
- its kind is the card's label, else that of the **nearest preceding kind word** (a heading or a sentence, at most 40
  blocks back), else of a kind word later in the run's own block ("A / B / C are our twin towns");
  no kind word, no run;
- conservative where evidence is weak: a run under a heading about visits, news, projects, agendas
  or programmes (after the kind word) is skipped; the home city, its region and its country are
  never partners; places the readers already made partnerships (of any kind) are not proposed again
  (they still count as evidence for the run); printed numbers and years are kept.

Proposals carry ``list_title = "fallback: <kind word>"`` and confidence × 0.85.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.lists import RawItem, parse_item_text
from intercity.core.extraction.mentions import COMMON_WORDS, PlaceFinder
from intercity.core.extraction.partners import confident, same_place
from intercity.core.extraction.status import status_of
from intercity.core.extraction.text import DocIndex, deocr, is_cjk, split_marker
from intercity.core.extraction.types import PartnershipFact
from intercity.core.places.types import PlaceRef, Resolution

MIN_PLACES = 3
MIN_SHARE = 0.6
KIND_LOOKBACK = 40  # blocks
SHORT_BLOCK = 60  # characters: a block this short with no separator is one item
PENALTY = 0.85

_SEP = re.compile(r"\s*(?:\r?\n|\t|\s/\s|\s*\|\s*|[;；、，]|,(?!\d)|\s[·•]\s|\s[–—-]\s)\s*"
                  # "Lyon (France) Turin (Italie)": a closing bracket then a capitalised name; "…, 1951
                  # Francfort (Allemagne)": a year after a comma belongs to the item before it
                  r"|(?<=[^\W\d_][)）])\s+(?=[A-ZÀ-ÞĀ-ſ])|(?<=, (?:19|20)\d\d)\s+(?=[A-ZÀ-ÞĀ-ſ])")
_LAST_AND = re.compile(r"\s+(?:and|und|et|y|e|en|i|och|ve|oraz|a|и|та|ir|un|ja|og|dan|és|și|&)\s+(?=\S)", re.IGNORECASE)
_LABEL = re.compile(r"^[^:：]{1,60}[:：]\s*")
_SECTION = re.compile(
    r"visit|delegation|mission|news|project|agenda|programme|program\b|itinerary|schedule|meeting|event"
    r"|besuch|delegation|nachrichten|aktuell|projekt|veranstaltung|visite|actualit|projet|réunion|agenda"
    r"|visita|noticia|notizi|proyecto|progetto|projeto|reuni[oó]n|riunione|bezoek|nieuws|wizyt|aktualno"
    r"|визит|новост|проект|ziyaret|haber|proje"
    r"|방문|대표단|소식|뉴스|사업|일정|행사|訪問|一行|ニュース|事業|日程|行事|访问|來訪|来访|新闻|新聞|项目|項目|日程|活动|活動",
    re.IGNORECASE)
_BAD_KINDS = {"country"}
_SINCE = r"(?:since|seit|depuis|desde|dal|dall'|dai|sinds|sedan|siden|od|от|с|from|in|en|em|im|au)"
_NEUTRAL = re.compile(r"[\W\d_]*|(?:" + _SINCE + r")?\s*(?:19|20)\d\d\s*年?(?:\s*[-./]\s*\d{1,2})*\W*", re.IGNORECASE)


@dataclass
class _Item:
    raw: RawItem | None
    block: Block
    base: int  # offset in doc.text of the segment
    number: int | None
    long: bool
    resolution: Resolution | None = None
    neutral: bool = False  # neither a place nor a miss: a table's number, year or country cell
    own: tuple[str, str] | None = None  # (kind, word) of a kind line written right after it (a card)

    @property
    def place(self) -> PlaceRef | None:
        r = self.resolution
        return r.best if confident(r) and r.best.kind not in _BAD_KINDS else None


def _segments(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the parts of a block between separators; a country alone is not cut off."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _SEP.finditer(text):
        if text[m.start() - 1:m.start()] in (")", "）") and not re.search(r"[(（]", text[pos:m.start()]):
            continue  # "a) Kassel": the bracket of a list marker, not the end of an item's country
        if m.start() > pos:
            out.append((pos, text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    if len(out) >= 2:  # "A, B and C": the last part's "and"
        off, last = out[-1]
        m = _LAST_AND.search(last)
        if m and len(last[:m.start()].split()) <= 4:
            out[-1:] = [(off, last[:m.start()]), (off + m.end(), last[m.end():])]
    return [(o, t) for o, t in out if t.strip()]


def _items(block: Block, finder: PlaceFinder) -> list[_Item]:
    text = deocr(block.text)
    lab = _LABEL.match(text)
    if lab and block.kind == "list_item" and lab.end() < len(text):
        term = _term_item(block, text, lab.end(), finder)
        if term is not None:
            return [term]
    start = lab.end() if lab and len(text) - lab.end() > 0 and not kind_spans(text[lab.end():]) else 0
    segs = _segments(text[start:])
    segs = [(o + start, t) for o, t in segs]
    if len(segs) <= 1:
        body = text.strip()
        return [_one(block, body, text.find(body) if body else 0, finder)] if body else []
    # a country alone joins the part before it ("Lyon, France"); a year alone too ("Lyon, 1960")
    merged: list[tuple[int, str]] = []
    for o, t in segs:
        bare = t.strip(" .()（）")
        if merged and (finder.country_code(bare) or re.fullmatch(r"(?:" + _SINCE + r"\s*)?(?:19|20)\d\d\s*年?", bare, re.I)):
            po, pt = merged[-1]
            merged[-1] = (po, f"{pt.rstrip()}, {t.strip()}")  # "Porto — Portugal" read as "Porto, Portugal"
        else:
            merged.append((o, t))
    return [_one(block, t, o, finder) for o, t in merged]


def _term_item(block: Block, text: str, end: int, finder: PlaceFinder) -> _Item | None:
    """A definition list's term with its description in one item ("Lipsk: hrabstwo, Polska · partnerstwo od
    1996 r."): the term is the entry when it is one place and the description names no other city; a country
    in the description says where the term lies."""
    head = text[:end].rstrip().rstrip(":：").strip()
    if not head or len(head.split()) > 4:
        return None
    rest = text[end:]
    country = None
    for m in finder.find(rest, include_countries=True):
        best = m.resolution.best
        if best is None:
            continue
        if best.kind == "country":
            country = country or best.country_code
        elif best.kind != "region":
            return None  # the description names another place: a label over a list ("Partners: Lyon, Turin")
    item = _one(block, head, text.find(head), finder)
    if item.raw is None or item.long:
        return None
    if country and item.raw.country is None:
        item.raw.country = country
        item.resolution = _resolve(item.raw, finder, ())
    return item if item.place is not None else None


def _one(block: Block, seg: str, off: int, finder: PlaceFinder) -> _Item:
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    off += lead
    m = split_marker(seg)
    number = m.number
    body = seg[m.length:]
    off += m.length
    long = len(body) > SHORT_BLOCK or (not is_cjk(body) and len(body.split()) > 7)
    if _NEUTRAL.fullmatch(body) or not re.search(r"[,，(（]", body) and finder.country_code(body.strip(" .()（）")):
        return _Item(None, block, block.start + off, number, False, neutral=True)  # a number, a year, a country alone
    raws = [] if long or not body else parse_item_text(body, finder)
    raw = raws[0] if len(raws) == 1 else None
    it = _Item(raw, block, block.start + off, number, long)
    if raw is not None and not kind_spans(raw.name):  # a kind word is never a place ("friendship city")
        it.resolution = _resolve(raw, finder, ())
    return it


def _resolve(raw: RawItem, finder: PlaceFinder, countries: tuple[str, ...]) -> Resolution:
    if raw.region:
        r = finder.resolve(f"{raw.name}, {raw.region}", country=raw.country)
        if confident(r):
            return r
    if raw.country is None and countries:
        return finder.resolve(raw.name, countries=countries)
    return finder.resolve(raw.name, country=raw.country)


def _is_heading(block: Block) -> bool:
    t = block.text.strip()
    return block.kind in ("title", "heading") or (0 < len(t) <= 50 and not re.search(r"[.。!?！？,，、/|]", t)
                                                    and len(t.split()) <= 8 and t.endswith((":", "：")))




def fallback_partnerships(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                          used: set[int], taken: set[str]) -> list[PartnershipFact]:
    """Partnerships proposed from runs of places near a kind word (module doc). ``used``: blocks the
    readers took; ``taken``: place keys already partnerships."""
    blocks = sorted(doc.blocks, key=lambda b: (b.start, b.index))
    spans = {b.index: kind_spans(deocr(b.text)) for b in blocks}
    if not any(spans.values()):
        return []
    # the sequence of items, with None as a break
    seq: list[_Item | None] = []
    pos_of: dict[int, int] = {}
    last: dict[int, list[_Item]] = {}  # items of each block read
    labels: set[int] = set()  # blocks read as the kind line of the card before them
    for i, b in enumerate(blocks):
        pos_of[b.index] = i
        if b.index in used or b.kind == "header":
            seq.append(None)
            continue
        if b.kind == "table_cell" and len(b.text.strip()) <= 40 and status_of(b.text.strip(), default="")[0]:
            seq.append(None)  # a project table's state cell ("Vilande", dormant; "Avslutat"): a state, not a place
            continue
        if spans[b.index] and _is_heading(b) or b.kind in ("title", "heading"):
            seq.append(None)
            continue
        items = _items(b, finder)
        last[i] = items
        if spans[b.index] and not any(it.place for it in items):
            if b.kind == "table_cell":  # a kind cell of a table row is not a break: it gives its row a kind
                continue
            card = _card_name(i, blocks, last, labels, spans)
            if card is not None and len(b.text.strip()) <= 80 and not b.text.strip().endswith((":", "：")):
                s, e, k = spans[b.index][0]  # "Assen" / "Holandia · miasto partnerskie od 1994 r."
                card.own = (k, b.text[s:e])
                labels.add(i)
                continue
            seq.append(None)  # a sentence naming a kind
            continue
        seq.extend(items)
        if len(items) > 1 or any(it.long for it in items):
            seq.append(None)  # an enumeration in one block is a run of its own
    runs: list[list[_Item]] = []
    cur: list[_Item] = []
    misses = 0
    for it in seq + [None]:
        if it is not None and it.neutral:
            continue
        if it is None or it.long:
            runs.append(cur)
            cur, misses = [], 0
            continue
        if it.place is None:
            misses += 1
            if misses >= 2:
                runs.append(cur)
                cur, misses = [], 0
                continue
        else:
            misses = 0
        cur.append(it)
    out: list[PartnershipFact] = []
    seen: set[str] = set(taken)
    for run in runs:
        while run and run[-1].place is None:
            run.pop()
        while run and run[0].place is None:
            run.pop(0)
        places = [it for it in run if it.place is not None]
        if len(places) < MIN_PLACES or len(places) < MIN_SHARE * len(run):
            continue
        # second pass: bare names in the context of the run's countries
        codes = Counter(it.place.country_code for it in places)
        ctx = tuple(c for c, _ in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])))
        for it in run:
            if it.resolution is not None and it.raw.country is None and not it.raw.region:
                r = _resolve(it.raw, finder, ctx)
                if confident(r):
                    it.resolution = r
        kind, word = _kind_before(run[0], blocks, pos_of, spans)
        if kind is None and not any(it.own for it in run):
            continue
        for it in run:
            p = it.place
            if p is None or p.key in seen or same_place(p, home) or finder.around_home(p):
                continue
            if it.raw.country is None and not finder.is_place_name(it.raw.name) and not is_cjk(it.raw.name):
                continue  # a bare name of a small place: too weak
            if it.raw.name.casefold() in COMMON_WORDS:
                continue  # "Linn", a column's header (Estonian for city), not the town of that name
            if it.raw.country is None and finder.common_word(it.raw.name, p):
                continue  # a frequent word naming no prominent place, bare in a loose run (false_friends.py)
            seen.add(p.key)
            r = it.resolution
            row_kind, row_word = it.own or _row_kind(it, blocks, pos_of, spans)
            if (row_kind or kind) is None:
                continue
            out.append(PartnershipFact(
                name_as_written=it.raw.name, resolution=r, kind=row_kind or kind, sequence=it.number, since=it.raw.since,
                confidence=r.confidence * PENALTY,
                evidence=index.evidence(it.base + it.raw.s, it.base + it.raw.e, it.block),
                list_title=f"fallback: {row_word or word}", country_as_written=it.raw.country))
    return out


def _card_name(i: int, blocks: list[Block], last: dict[int, list[_Item]], labels: set[int], spans) -> _Item | None:
    """The one place of the block just before a short kind line, when that line is the card's label
    written after its name ("Assen" / "miasto partnerskie od 1994"). Not when the name itself follows
    a kind line that labelled nothing (a badge written before its name: that layout reads forwards)."""
    if i == 0 or (i - 1) not in last:
        return None
    places = [it for it in last[i - 1] if it.place is not None]
    if len(places) != 1 or places[0].own is not None or places[0].long:
        return None
    prev = blocks[i - 2] if i >= 2 else None
    if prev is not None and (i - 2) in last and (i - 2) not in labels:
        if any(it.place for it in last[i - 2]):
            return None  # a list of names, then the heading of the next list
        if spans[prev.index] and len(prev.text.strip()) <= 80:
            return None  # a badge before its name (a sentence before the first card is no badge)
    return places[0]


def _row_kind(it: _Item, blocks: list[Block], pos_of: dict[int, int], spans) -> tuple[str | None, str]:
    """A table row that names a kind in one of its cells gives the kind to the place in another."""
    b = it.block
    if b.kind != "table_cell" or b.row is None:
        return None, ""
    i = pos_of[b.index]
    for j in range(max(0, i - 8), min(len(blocks), i + 9)):
        c = blocks[j]
        if c.kind == "table_cell" and c.row == b.row and c.index != b.index and spans[c.index] and len(c.text) < 60:
            s, e, k = spans[c.index][0]
            return k, c.text[s:e]
    return None, ""


def _kind_before(first: _Item, blocks: list[Block], pos_of: dict[int, int], spans) -> tuple[str | None, str]:
    i = pos_of[first.block.index]
    own = [sp for sp in spans[first.block.index] if first.block.start + sp[1] <= first.base]
    if own:
        s, e, k = own[-1]
        return k, first.block.text[s:e]
    for j in range(i - 1, max(-1, i - 1 - KIND_LOOKBACK), -1):
        b = blocks[j]
        if spans[b.index]:
            s, e, k = spans[b.index][-1]
            if _SECTION.search(b.text) and not _SECTION.search(b.text[s:e]) and len(b.text) < 80:
                return None, ""  # "Visits of our sister cities": a heading about visits
            if len({sp[2] for sp in spans[b.index]}) > 1:  # a sentence naming several kinds
                s, e, k = _governing(b, j, blocks, spans)
            return k, b.text[s:e]
        if _is_heading(b) and _SECTION.search(b.text):
            return None, ""  # a section about visits, news or projects after the kind word
    later = [sp for sp in spans[first.block.index] if first.block.start + sp[0] > first.base]
    if later:
        s, e, k = later[0]
        return k, first.block.text[s:e]
    return None, ""


def _governing(b: Block, j: int, blocks: list[Block], spans) -> tuple[int, int, str]:
    """Of the kind words of a sentence naming several kinds, the one that governs the list after it:
    the kind of the section's heading (the nearest heading above, when it names one of them), else
    the one a count stands next to ("hermanada con 10 ciudades", "22个城市 … 友好城市"), else the last."""
    sp = spans[b.index]
    kinds = {k for _, _, k in sp}
    for h in range(j - 1, max(-1, j - 1 - KIND_LOOKBACK), -1):
        hb = blocks[h]
        if _is_heading(hb) or (len(hb.text.strip()) <= 50 and not re.search(r"[.。!?！？]", hb.text)):
            hk = [x for x in spans[hb.index] if x[2] in kinds]
            if hk:
                return next(x for x in sp if x[2] == hk[0][2])
            if _is_heading(hb):
                break
    text = deocr(b.text)
    counted = [x for x in sp if re.search(r"\d+\s*\w{0,6}\s*$", text[max(0, x[0] - 12):x[0]])
               or re.match(r"\s*\w{0,3}\s+\d+|\s*[(（]\s*\d+", text[x[1]:x[1] + 12])]
    if len({x[2] for x in counted}) == 1:
        return counted[0]
    return sp[-1]
