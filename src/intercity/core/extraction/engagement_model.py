"""The learned engagement model: logistic regressions over (date, place) pairs of a document, trained on
the corpus's dev split by ``scripts/train_engagement_model.py`` and applied here with plain Python (its
coefficients are ``data/engagement_model.json``).

**Candidates.** In every passage of the document (a block's sentence, a paragraph joined across hard
wraps, a table row: the units of visits.py), every date or date range ``dates.find_dates`` finds (with the
section's or document's year) is paired with every other place the place finder names there (cities,
districts, regions and countries; never the home city, a region holding it or its country; the document's
own partners in inflected forms as visits.py reads them). A dated passage naming no other place is
paired with the places of the short lines just above it (a heading and its date line, a programme under its
title). Pairs of the same place and dates are pooled (each feature's maximum).

**Features** (``FEATURES``, none tied to a layout): the block kind (table row, list item, paragraph,
heading, e-mail header); visit, delegation, mission, reception, meeting, exchange and attending words
(lexicon.py) in the date's clause, the passage, the unit, the heading above; a consul or ambassador; a
status or kind word; the date's kind (range, month only, no year), whether it looks like a publication,
deadline, signing or partnership date (fallback_visits.py's words) or is the document's own date, its
distance from the document's year; the number of dates and places in the passage; the distance between
date and place in characters, whether a clause break separates them, which comes first, whether the place
is above the passage; the place's kind (country, region), the resolver's confidence (not whether it is one of
the document's partners: see ``FEATURES``); direction cues on the place and on the home city (visits.py's
``party_roles``, ``home_acts``, received words, "to / in / nach / 에 / へ" and "from / aus / 에서 온 / から"
around the place, outbound words); the direction the rules found in the same document.

**Models.** ``coef``: the probability that the pair belongs to an engagement of the document (the place is
one of its parties, the dates equal). ``dir_coef``: the probability that such a pair's place is the host
(``outgoing``: the home city visits it) rather than a visitor (``incoming``). Engagements: the pairs at or
above a threshold, grouped by dates: one incoming engagement per dates with every visiting place (a
country alone with a consul or ambassador named: a ``meeting``), one outgoing engagement per host.

**Integration** (``apply_engagement_model``, run in ``extract()`` after cooperation): a rule engagement's
confidence is scaled by ``0.8 + 0.2 p`` of its best pair (``logistic.scaled``); a model engagement is added when its probability
is at least ``threshold_add`` (chosen on a dev batch the rules were not written for, the model trained
without it: ``--fresh``) and no rule engagement has the same dates or reads the same place in the same
block. Title "… (model)", confidence ``p × 0.6``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction import lexicon as lex
from intercity.core.extraction import logistic
from intercity.core.extraction.envoys import _DIPLOMAT
from intercity.core.extraction.fallback_visits import (
    _BREAK, _EXCHANGE, _IN_AFTER, _IN_BEFORE, _OUT_AFTER, _OUT_BEFORE, _STATUS, _clause, _clean_dates,
    _home_named, _mentions, _partnership_date,
)
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import confident, same_place
from intercity.core.extraction.types import EngagementFact
from intercity.core.extraction.visits import (
    RECEIVED_WORDS, ROW_VISIT_WORDS, VISIT_WORDS, comes_home, document_year, home_acts, home_chars, party_roles, place_mentions,
    section_years, visit_cue, visit_dates, visit_passages, visit_units,
)
from intercity.core.places.types import PlaceRef

ENABLED = True  # the training script switches it off to measure the rules alone
CAPTURE: list | None = None  # the training script sets a list: (rows, rule engagements) of each extract() call
MODEL_FILE = Path(__file__).resolve().parent / "data" / "engagement_model.json"
MAX_PASSAGE = 600  # characters
ABOVE = 3  # lines above a dated passage without a place
ABOVE_LEN = 200  # characters: a line above that can name the visit's place
CONFIDENCE = 0.6

_OUTBOUND = lex.Alternation(lex.OUTBOUND_WORDS)
_BULLET = re.compile(r"^\s*(?:[-–•·○●◦▪*]\s*)?")
_SECTION = re.compile(  # a heading about visits, exchanges, events, programmes
    r"visit|delegation|mission|exchange|agenda|programme|program\b|itinerary|schedule|event|calendar|chronicle"
    r"|besuch|visite|visita|wizyt|визит|ziyaret|방문|교류|일정|행사|訪問|交流|日程|行事|访问|來訪|来访|活动|活動",
    re.IGNORECASE)
_HEAD_OUT = lex.Alternation(lex.HEADING_OUTBOUND)
_HEAD_IN = lex.Alternation(lex.HEADING_INBOUND)
_BLOCKS = {"table_cell": "row", "list_item": "list_item", "paragraph": "paragraph", "heading": "heading",
           "title": "heading", "header": "header"}

#: the features, in the order of the model's coefficients
# "partner" (the place is one of the document's partners) is computed but is no feature: the corpus's documents list
# their partners beside their visits, so it learned to veto a visit report that lists none (the seed's plain
# "delegates from X visited …" after an earlier meeting elsewhere: p 0.27 with it, 0.81 without, "nearest_date"
# weighing clause breaks; the same figures on the fresh batch 110-117, docs/extraction.md)
FEATURES = (
    "block_row", "block_list_item", "block_paragraph", "block_heading", "block_header", "block_other",
    "visit_clause", "visit_passage", "visit_unit", "visit_heading", "row_visit", "exchange", "comes_home",
    "diplomat", "status", "kind_word",
    "date_range", "date_month", "date_no_year", "date_not_visit", "date_partnership", "doc_date", "year_gap",
    "date_first", "dates_passage", "one_date", "places_passage", "one_place",
    "distance", "same_clause", "date_before", "place_above", "passage_length", "nearest_date", "nearest_place",
    "visit_near",
    "is_country", "is_region", "confident", "roled", "mentions",
    "cue_host", "cue_visiting", "home_host", "home_visiting", "home_acts", "received", "to_before", "from_before",
    "outbound", "home_named", "rules_outgoing", "rules_incoming", "head_outbound", "head_inbound",
)


@dataclass
class Pair:
    """One (date, place) pair of one passage (see the module doc)."""

    start: str
    end: str
    place: PlaceRef
    part: int | None
    block: int  # index of the passage's first block
    pos: int  # offset of the place mention in the part's text
    passage: tuple[int, int]  # offsets of the passage in the part's text
    features: dict[str, float] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.place.key, self.start, self.end)


def _opens_with_date(t: str) -> bool:
    """"10월 중   삿포로시 시장 일행 내방", "9/12  Delegation aus Lyon": a line that opens with a date without a year is an
    item of an agenda, not a heading over the lines after it."""
    found = visit_dates(t, 2000)  # any year: only where a date stands is asked
    return bool(found) and not t[:found[0].s].strip(" \t-–•·*○◯●◎■□▶▷◆◇▪")


# a line cut by a hard wrap in mid-sentence: it ends in a comma or, in Japanese, in a particle or verb ending (kana; a
# heading ends in a noun: "海外派遣実績"), e.g. "…太原市（中国山西省）から、11月中旬に友好訪問団を派遣したいとの"
_CUT_LINE = re.compile(r"[,，、]$|[\u3040-\u309f]$")


def _headings(doc: ParsedDocument) -> list[tuple[bool, bool, bool]]:
    """Per block, whether the nearest heading above it speaks of visits, exchanges or events; of trips abroad; of
    visitors received."""
    out, cur = [], (False, False, False)
    for b in doc.blocks:
        t = (b.text or "").strip()
        if b.kind in ("title", "heading") or (b.kind == "paragraph" and 0 < len(t) <= 60 and not re.search(r"[.!?。]$", t)
                                               and not _CUT_LINE.search(t)
                                               and not visit_dates(t, None) and not _opens_with_date(t)):
            out_w, in_w = bool(_HEAD_OUT.search(t)), bool(_HEAD_IN.search(t))
            cur = (bool(_SECTION.search(t) or VISIT_WORDS.search(t)) or out_w or in_w, out_w and not in_w, in_w and not out_w)
        out.append(cur)
    return out


# a numbered sub-item starting a line inside a block ("2.1 …", "๒.๒ …", "(b) …"): a passage of its own
_SUB_ITEM = re.compile(r"\n[ \t]*(?=(?:[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+\.?|\([a-z0-9๐-๙]{1,2}\)|[a-z]\))\s)")


def _sub_items(s0: int, raw: str) -> list[tuple[int, str]]:
    cuts = [0] + [m.start() + 1 for m in _SUB_ITEM.finditer(raw)] + [len(raw)]
    return [(s0 + a, raw[a:b]) for a, b in zip(cuts, cuts[1:]) if raw[a:b].strip()]


def _direction_cues(t: str, m, mentions, home: PlaceRef) -> dict[str, float]:
    f: dict[str, float] = {}
    roles = party_roles(t, m, mentions)
    f["roled"] = 1.0 if roles else 0.0
    f["cue_host"] = 1.0 if "host" in roles and "visiting" not in roles else 0.0
    f["cue_visiting"] = 1.0 if "visiting" in roles and "host" not in roles else 0.0
    home_named = False
    for h in mentions:
        if h.place is not None and same_place(h.place, home):
            home_named = True
            hr = party_roles(t, h, mentions)
            if "host" in hr and "visiting" not in hr:
                f["home_host"] = 1.0
            elif "visiting" in hr and "host" not in hr:
                f["home_visiting"] = 1.0
    f["home_named"] = 1.0 if home_named else 0.0
    f["home_acts"] = 1.0 if home_acts(t, home) else 0.0
    f["received"] = 1.0 if RECEIVED_WORDS.search(t) else 0.0
    before, after = t[max(0, m.start - 20):m.start], t[m.end:m.end + 8]
    f["to_before"] = 1.0 if _OUT_BEFORE.search(before) or _OUT_AFTER.match(after) else 0.0
    f["from_before"] = 1.0 if _IN_BEFORE.search(before) or _IN_AFTER.match(after) else 0.0
    f["outbound"] = 1.0 if _OUTBOUND.search(t) else 0.0
    return f


def _others(mentions, listed, home: PlaceRef, finder: PlaceFinder):
    out = []
    for m in mentions:
        p = m.place
        if p is None or same_place(p, home) or finder.around_home(p, any_region=True) or _home_named(m.text, home):
            continue
        if p.kind == "country" and p.country_code == home.country_code:
            continue
        out.append(m)
    # a region or country holding another place named is context ("Hanoi, Vietnam" keeps both: the matching
    # accepts a visiting country for a city; a region holding the city is dropped)
    return [m for m in out if not (m.place.kind == "region" and any(o is not m and finder.holds(m.place, o.place)
                                                                       for o in out if o.place.kind != "country"))]


def _find(t: str, finder: PlaceFinder, home: PlaceRef, dates, visitish: bool):
    """Place mentions as visits.py reads them; the document's partners in inflected forms (slow) only in a passage
    speaking of a visit or an exchange."""
    if visitish:
        return _mentions(t, finder, home, dates)
    return place_mentions(t, finder, dates), []


def _gap(d, m, t: str = "") -> int:
    """Characters between a date and a place, each clause break between them counting 40 more (as the rules weigh
    it: "… in Vienna on 2 April, delegates from Lyon visited … on 3–4 April": Lyon's date is the second)."""
    lo, hi = (d.e, m.start) if d.e <= m.start else (m.end, d.s)
    return max(0, hi - lo) + 40 * len(_BREAK.findall(t, lo, hi) if t else ())


def part_pairs(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None, partner_keys=frozenset(),
               rules: list[EngagementFact] = (), part: int | None = None) -> list[Pair]:
    """The (date, place) pairs of one document or attachment, with their features (before pooling)."""
    if home is None or not doc.blocks:
        return []
    blocks = doc.blocks
    doc_year = document_year(doc)
    years = section_years(doc)
    hchar = home_chars(home)
    heads = _headings(doc)
    doc_date = ((doc.metadata or {}).get("date_iso") or "")[:10]
    kinds = Counter(e.kind for e in rules)
    n_rules = max(1, kinds["incoming"] + kinds["outgoing"])
    rule_f = {"rules_outgoing": kinds["outgoing"] / n_rules, "rules_incoming": kinds["incoming"] / n_rules}
    out: list[Pair] = []
    for first, last, base, text, row in visit_units(doc):
        b = blocks[first]
        year, fiscal = years[first] if years[first][0] else (doc_year, False)
        spans = [(0, text)] if row else [q for sp in visit_passages(b, text) for q in _sub_items(sp.start, sp.text)]
        unit_visit = 1.0 if VISIT_WORDS.search(text) else 0.0
        for s0, raw in spans:
            if len(raw) > MAX_PASSAGE or len(raw) < 4:
                continue
            t = re.sub(r"[_*|]", " ", raw)
            dates = visit_dates(t, year, fiscal)
            if not dates:
                continue
            visitish = bool(VISIT_WORDS.search(t) or comes_home(t, hchar) or _EXCHANGE.search(t) or (row and ROW_VISIT_WORDS.search(t)))
            mentions, listed = _find(t, finder, home, dates, visitish)
            places = _others(mentions, listed, home, finder)
            above: list = []
            if not places:
                for j in range(first - 1, max(-1, first - 1 - ABOVE), -1):
                    bt = blocks[j].text or ""
                    if blocks[j].kind == "header" or len(bt) > ABOVE_LEN:
                        continue
                    am, al = _find(bt, finder, home, visit_dates(bt, year, fiscal), bool(VISIT_WORDS.search(bt)))
                    ap = _others(am, al, home, finder)
                    if ap:
                        above = [(blocks[j], bt, am, a) for a in ap]
                        break
                if not above:
                    continue
            cleaned = {id(d) for d in _clean_dates(t, dates)}
            distinct = len({(d.start, d.end) for d in dates})
            keys = {m.place.key for m in places} or {a[3].place.key for a in above}
            common = {
                "block_" + _BLOCKS.get(b.kind if not row else "table_cell", "other"): 1.0,
                "visit_passage": 1.0 if visit_cue(t) else 0.0,
                "visit_unit": unit_visit,
                "visit_heading": 1.0 if heads[first][0] else 0.0,
                "head_outbound": 1.0 if heads[first][1] else 0.0,
                "head_inbound": 1.0 if heads[first][2] else 0.0,
                "row_visit": 1.0 if row and ROW_VISIT_WORDS.search(t) else 0.0,
                "exchange": 1.0 if _EXCHANGE.search(t) and not _STATUS.search(t) else 0.0,
                "comes_home": 1.0 if comes_home(t, hchar) else 0.0,
                "diplomat": 1.0 if _DIPLOMAT.search(t) else 0.0,
                "status": 1.0 if _STATUS.search(t) else 0.0,
                "kind_word": 1.0 if kind_spans(t) else 0.0,
                "dates_passage": math.log1p(distinct),
                "one_date": 1.0 if distinct == 1 else 0.0,
                "places_passage": math.log1p(len(keys)),
                "one_place": 1.0 if len(keys) == 1 else 0.0,
                "passage_length": math.log1p(len(t)) / 6.0,
                **rule_f,
            }
            for d in dates:
                df = dict(common)
                df["visit_clause"] = 1.0 if VISIT_WORDS.search(_clause(t, d)) else 0.0
                df["date_range"] = 1.0 if d.is_range else 0.0
                df["date_month"] = 1.0 if d.precision == "month" else 0.0
                df["date_no_year"] = 0.0 if d.has_year else 1.0
                df["date_not_visit"] = 0.0 if id(d) in cleaned else 1.0
                df["date_partnership"] = 1.0 if _partnership_date(t, d) else 0.0
                df["doc_date"] = 1.0 if doc_date and d.start == doc_date else 0.0
                y = d.start[:4]
                df["year_gap"] = min(3.0, abs(int(y) - doc_year)) / 3.0 if doc_year and y.isdigit() else 0.0
                df["date_first"] = 1.0 if d.s <= _BULLET.match(t).end() else 0.0
                if places:
                    targets = [(m, t, mentions, base + s0 + m.start, False) for m in places]
                else:
                    targets = [(a, bt, am, ab.start + a.start, True) for ab, bt, am, a in above]
                for m, mt, mm, pos, is_above in targets:
                    f = dict(df)
                    p = m.place
                    if is_above:
                        f["place_above"] = 1.0
                        f["distance"] = 1.0
                    else:
                        gap = _gap(d, m, t)
                        f["nearest_date"] = 1.0 if all(gap <= _gap(o, m, t) for o in dates) else 0.0
                        f["nearest_place"] = 1.0 if all(gap <= _gap(d, o, t) for o in places) else 0.0
                        f["visit_near"] = 1.0 if VISIT_WORDS.search(t[max(0, m.start - 40):m.end + 40]) else 0.0
                        lo, hi = (d.e, m.start) if d.e <= m.start else (m.end, d.s)
                        f["distance"] = math.log1p(max(0, hi - lo)) / 6.0
                        f["same_clause"] = 0.0 if _BREAK.search(t[lo:hi]) else 1.0
                        f["date_before"] = 1.0 if d.e <= m.start else 0.0
                    f["is_country"] = 1.0 if p.kind == "country" else 0.0
                    f["is_region"] = 1.0 if p.kind == "region" else 0.0
                    f["confident"] = 1.0 if confident(m.resolution) or m in listed else 0.0
                    f["partner"] = 1.0 if p.key in partner_keys else 0.0
                    f.update(_direction_cues(mt, m, mm, home))
                    out.append(Pair(d.start, d.end, p, part, first, pos, (base + s0, base + s0 + len(raw)), f))
    return out


def document_pairs(doc: ParsedDocument, finder: PlaceFinder, home, partner_keys=frozenset(), rules=()) -> list[Pair]:
    parts = [(doc, None)] + [(a, n) for n, a in enumerate((doc.attachments or [])[:10])]
    return [p for part, n in parts for p in part_pairs(part, finder, home, partner_keys, rules, n)]


def pool(pairs: list[Pair]) -> list[tuple[Pair, dict[str, float], list[Pair]]]:
    """One row per (place, dates): each feature's maximum over its pairs, and how often it is named."""
    groups: dict[tuple, list[Pair]] = {}
    for p in pairs:
        groups.setdefault(p.key, []).append(p)
    rows = []
    for ps in groups.values():
        f = {name: max(p.features.get(name, 0.0) for p in ps) for name in FEATURES}
        f["mentions"] = math.log1p(len(ps))
        rows.append((ps[0], f, ps))
    return rows


# ----------------------------------------------------------------------------- the model

def load_model(path: str | Path = MODEL_FILE) -> dict | None:
    return logistic.load(path, ("", "dir_"))


def probability(model: dict, f: dict[str, float]) -> float:
    return logistic.probability(model, f)


def host_probability(model: dict, f: dict[str, float]) -> float:
    """The probability that the pair's place is the host (an outgoing visit) rather than a visitor."""
    return logistic.probability(model, f, "dir_")


def engagements(rows, probs: list[float], hosts: list[float], home: PlaceRef, threshold: float,
                finder: PlaceFinder | None = None) -> list[tuple[EngagementFact, float, list[Pair]]]:
    """(engagement, probability, pairs) of the rows at or above ``threshold`` (grouping: module doc)."""
    chosen = [(r, p, h) for r, p, h in zip(rows, probs, hosts) if p >= threshold]
    incoming: dict[tuple, list] = {}
    out = []
    for (pair, f, ps), p, h in sorted(chosen, key=lambda x: -x[1]):
        if pair.place.kind != "country" and h >= 0.5:
            # outgoing: one engagement per host (a country holding a host already taken is context)
            if any(e.kind == "outgoing" and e.start == pair.start and e.end == pair.end and same_place(e.host, pair.place)
                   for e, _, _ in out):
                continue
            out.append((EngagementFact(kind="outgoing", title=f"{home.name} delegation to {pair.place.name} (model)",
                                       visiting=[home], host=pair.place, start=pair.start, end=pair.end,
                                       confidence=CONFIDENCE * p), p, ps))
        else:
            incoming.setdefault((pair.start, pair.end), []).append((pair, f, ps, p))
    for (start, end), items in incoming.items():
        places = [it[0].place for it in items]
        if any(q.kind != "country" for q in places):
            # a country beside one of its cities is context; a country alone is a national delegation
            places = [q for q in places if not (q.kind == "country" and any(o.kind != "country" and o.country_code == q.country_code
                                                                             for o in places))]
        p = max(it[3] for it in items)
        meeting = all(q.kind == "country" for q in places) and any(it[1].get("diplomat") for it in items)
        names = ", ".join(q.name for q in places)
        out.append((EngagementFact(kind="meeting" if meeting else "incoming",
                                   title=f"{names} delegation to {home.name} (model)" if not meeting else
                                   f"Meeting with the representation of {names} in {home.name} (model)",
                                   visiting=places, host=home, start=start, end=end, confidence=CONFIDENCE * p),
                    p, [q for it in items for q in it[2]]))
    return out


def covered(e: EngagementFact, pairs: list[Pair], rules: list[EngagementFact]) -> bool:
    """Whether the rules already have this engagement: one with the same dates, or one reading one of its places
    in the same passage."""
    for r in rules:
        if r.start == e.start and (r.end or r.start) == (e.end or e.start):
            return True
        keys = {v.key for v in r.visiting} | ({r.host.key} if r.host is not None else set())
        ev = r.evidence
        for q in pairs:
            if q.place.key in keys and ev is not None and ev.attachment == q.part and ev.start < q.passage[1] and q.passage[0] < ev.end:
                return True
    return False


def integrate(rules: list[EngagementFact], proposals, t_add: float) -> list[EngagementFact]:
    """The rules' engagements plus the model's at or above ``t_add`` that they do not cover."""
    out = list(rules)
    for e, p, ps in proposals:
        if p >= t_add and not covered(e, ps, rules):
            out.append(e)
    return out


def _pair_of(e: EngagementFact, by_key: dict) -> float | None:
    parties = [*e.visiting, *([e.host] if e.host is not None else [])]
    ps = [by_key.get((q.key, e.start, e.end or e.start)) for q in parties]
    ps = [p for p in ps if p is not None]
    return max(ps) if ps else None


def _heading_direction(doc: ParsedDocument, home: PlaceRef, rules: list[EngagementFact]) -> None:
    """A rule engagement read from a row or item under a heading of trips abroad only ("국외출장", "Trips abroad")
    is outgoing; under a heading of visitors received only ("외빈 접견", "Delegaciones recibidas") incoming: a
    single visiting city or host is turned round when the rules read the other direction."""
    heads: dict = {}
    for e in rules:
        ev = e.evidence
        if ev is None or ev.block is None or e.kind not in ("incoming", "outgoing"):
            continue
        part = doc if ev.attachment is None else (doc.attachments or [None] * (ev.attachment + 1))[ev.attachment]
        if part is None or not 0 <= ev.block < len(part.blocks):
            continue
        if ev.attachment not in heads:
            heads[ev.attachment] = _headings(part)
        _, out_w, in_w = heads[ev.attachment][ev.block]
        if out_w and e.kind == "incoming" and len(e.visiting) == 1 and e.visiting[0].kind != "country" \
                and not same_place(e.visiting[0], home):
            e.kind, e.host, e.visiting = "outgoing", e.visiting[0], [home]
            e.title = f"{home.name} delegation to {e.host.name}"
        elif in_w and e.kind == "outgoing" and e.host is not None and e.host.kind != "country" \
                and not same_place(e.host, home):
            e.kind, e.visiting, e.host = "incoming", [e.host], home
            e.title = f"{e.visiting[0].name} delegation to {home.name}"


def apply_engagement_model(doc: ParsedDocument, indexes: dict, finder: PlaceFinder, home: PlaceRef | None,
                           rules: list[EngagementFact], partner_keys=frozenset()) -> list[EngagementFact]:
    """The engagements after the model (module doc)."""
    if home is None:
        return rules
    _heading_direction(doc, home, rules)
    if CAPTURE is None and (not ENABLED or load_model() is None):
        return rules
    rows = pool(document_pairs(doc, finder, home, partner_keys, rules))
    if CAPTURE is not None:
        CAPTURE.append((rows, list(rules)))
    model = load_model() if ENABLED else None
    if model is None or not rows:
        return rules
    probs = [probability(model, f) for _, f, _ in rows]
    hosts = [host_probability(model, f) for _, f, _ in rows]
    by_key = {r[0].key: p for r, p in zip(rows, probs)}
    for e in rules:
        p = _pair_of(e, by_key)
        if p is not None:
            e.confidence = logistic.scaled(e.confidence, p)
    t_add = model.get("threshold_add", 1.01)
    proposals = engagements(rows, probs, hosts, home, min(t_add, 1.0), finder)
    out = integrate(rules, proposals, t_add)
    for e in out[len(rules):]:
        q = next(ps for f, _, ps in proposals if f is e)[0]
        part = doc if q.part is None else doc.attachments[q.part]
        if q.part in indexes:
            e.evidence = indexes[q.part].evidence(q.passage[0], q.passage[1], part.blocks[q.block])
    return out
