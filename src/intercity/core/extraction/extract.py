"""``extract(doc, gazetteer, home=None) -> DocumentExtraction``: every extractor over one
parsed document (and its attachments), in an order that lets later facts use earlier ones:

1. subject: the home city if given, else the place the document is about;
2. partnerships (lists, tables, ties in running text) — resolved in context;
3. engagements (visits, missions, meetings) with their tracks and sites;
4. cooperation items (with the engagement's partner as counterpart) and the subject's areas;
5. people of the team;
6. headline claims, checked against the partnerships of the same document;
7. the document's themes and warnings.
"""

from __future__ import annotations

import re
from collections import Counter

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.claims import (REGION_NAME, TOTAL_WORDS, RawClaim, box_region_counts, check_claim,
                                              find_claims, find_region_counts, region_of_country, table_kind_counts,
                                              table_region_counts, where_of)
from intercity.core.extraction.status import status_of
from intercity.core.extraction.cooperation import counterpart_of, drop_translated_lists, extract_cooperation
from intercity.core.extraction.cancellations import cancelled
from intercity.core.extraction.dates import _dates_in, find_dates, month_first, writes_month_first
from intercity.core.extraction.engagement_model import apply_engagement_model
from intercity.core.extraction.fallback import fallback_partnerships
from intercity.core.extraction.fallback_visits import fallback_engagements
from intercity.core.extraction.programme_visits import arrival_and_departure, captioned_visits, programme_visits
from intercity.core.extraction.layouts import apply_legends_to_facts
from intercity.core.extraction.interests import extract_interests
from intercity.core.extraction.lexicon import Alternation
from intercity.core.extraction.kinds import kind_spans, kinds_in
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partner_model import apply_partner_model
from intercity.core.extraction.partners import extract_partnerships, listed_by_mistake, same_place
from intercity.core.extraction.people import extract_people
from intercity.core.extraction.prose import prose_cooperation
from intercity.core.extraction.revisions import final_reading
from intercity.core.extraction.tables import _rows, tables
from intercity.core.extraction.text import DocIndex, clean, deocr, sentences
from intercity.core.extraction.types import ClaimFact, DocumentExtraction, EngagementFact, PartnershipFact
from intercity.core.extraction.visits import _dedupe as dedupe_engagements
from intercity.core.extraction.visits import _visit_cue, extract_engagements, headline_dates, per_stop_days
from intercity.core.extraction.visits import _default_year as default_year_of
from intercity.core.extraction.online_meetings import online_meetings
from intercity.core.extraction.trip_fields import trip_fields
from intercity.core.places.normalize import fold
from intercity.core.places.types import PlaceRef
from intercity.core.themes import classify

MAX_ATTACHMENTS = 10


def _parts(doc: ParsedDocument) -> list[tuple[ParsedDocument, int | None]]:
    return [(doc, None)] + [(a, n) for n, a in enumerate((doc.attachments or [])[:MAX_ATTACHMENTS])]


def guess_subject(doc: ParsedDocument, finder: PlaceFinder) -> PlaceRef | None:
    """The place the document is about: the city named most, titles and the first lines counting
    more ("**Busan Metropolitan City**" on a title slide); list items are partners, not the subject."""
    counts: Counter = Counter()
    refs: dict[str, PlaceRef] = {}
    for b in doc.blocks[:300]:
        if b.kind == "list_item" or re.match(r"^\s*[-•*]?\s*\d{1,3}[.)]?\s+\S", b.text) and len(b.text) < 60:
            continue
        weight = 3 if b.kind in ("title", "heading") or b.index < 5 else 1
        for m in finder.find(b.text):
            p = m.place
            if p is None or p.kind == "country":
                continue
            counts[p.key] += weight
            refs[p.key] = p
    if not counts:
        return None
    return refs[counts.most_common(1)[0][0]]


def _forget_previous_document() -> None:
    """The readers ask about one block's dates and visit words many times; those answers are
    remembered for one document only (a second extraction of the same document starts afresh, so
    timings of repeated runs stay honest)."""
    _dates_in.cache_clear()
    _visit_cue.cache_clear()
    Alternation.forget()


def extract(doc: ParsedDocument, gazetteer, home: PlaceRef | None = None,
            known_partner_keys=frozenset()) -> DocumentExtraction:
    """``known_partner_keys``: keys of the places already known as the home city's partners (the
    registry's and imported network data); among namesakes the resolver prefers them."""
    # slashed dates are read month first in a document that writes them so (3/15/2026), or, when its own dates do not
    # say, when the home city's country does (4/2/2026 in Houston's report is April 2)
    with month_first(writes_month_first(doc.text, home.country_code if home is not None else None)):
        return _extract(doc, gazetteer, home, known_partner_keys)


def _extract(doc: ParsedDocument, gazetteer, home: PlaceRef | None, known_partner_keys) -> DocumentExtraction:
    _forget_previous_document()
    doc = final_reading(doc)  # a draft's tracked changes accepted, its comments removed (offsets unchanged)
    finder = PlaceFinder(gazetteer, home, known_partner_keys)
    finder.doc_languages = {doc.language} if doc.language else set()
    subject = home if home is not None else guess_subject(doc, finder)
    finder.home = subject
    out = DocumentExtraction(source=str(doc.source), format=doc.format, language=doc.language or "", subject=subject)
    parts = _parts(doc)
    indexes = {n: DocIndex(part, attachment=n) for part, n in parts}

    # 2. partnerships
    groups: dict[str, list[PartnershipFact]] = {}
    seen: set[tuple] = set()
    used: dict[int | None, set[int]] = {n: set() for _, n in parts}  # blocks already read as list items, sections, tracks
    out_lists = []  # the main document's lists (their region groups carry claims)
    foreign_rows: set[tuple] = set()  # (attachment, block) of table rows holding another town's ties
    cards: set[tuple] = set()  # (attachment, block) of the lines and fact sheets that detail a list's entries
    for part, n in parts:
        facts, lists, _entries, warnings = extract_partnerships(part, indexes[n], finder, subject)
        used[n].update(e.block.index for lst in lists for e in lst.entries)
        cards.update((n, i) for lst in lists for i in lst.details)  # an entry's card or fact sheet: no tie of its own
        foreign = {i for lst in lists for i in lst.foreign_rows}
        used[n].update(foreign)  # another town's ties: no fallback reads them as ours
        foreign_rows.update((n, i) for i in foreign)
        facts = _without_repeated_lists(facts, lists, out.partnerships)
        for f in facts:
            key = (f.kind, f.place.key) if f.place is not None else (f.kind, f.name_as_written.casefold(), f.list_title)
            if key in seen:
                continue
            seen.add(key)
            out.partnerships.append(f)
        for w in warnings:
            if w not in out.warnings:
                out.warnings.append(w)
        for lst in lists:
            for e in lst.entries:
                if e.group:
                    fact = next((f for f in facts if f.evidence and f.evidence.start == e.start), None)
                    if fact is not None:
                        groups.setdefault(e.group, []).append(fact)
        if n is None:
            out_lists = lists
    # 2b. the layout-independent fallback: runs of places near a kind word that no reader took
    for part, n in parts:
        taken = {f.place.key for f in out.partnerships if f.place is not None}
        out.partnerships.extend(fallback_partnerships(part, indexes[n], finder, subject,
                                                     used[n] | {i for a, i in cards if a == n}, taken))
    # 2c. the learned partner model (partner_model.py): its probability scales each proposal's confidence and it
    # adds places it is sure of; visits and claims keep reading the rules' partners (`read`)
    read = list(out.partnerships)
    out.partnerships = [f for f in apply_partner_model(doc, indexes, finder, subject, out.partnerships, cards)
                        if not (f.list_title.startswith("model:") and f.evidence is not None
                                and ((f.evidence.attachment, f.evidence.block) in foreign_rows
                                     or f.evidence.attachment is None and listed_by_mistake(doc, f.evidence.start, f.evidence.end)))]
    apply_legends_to_facts(doc, out.partnerships)  # "★ Lyon" … "★ – sister city" after a list the readers did not take
    # the document's own partners decide namesakes in its visits and items ("Brest" of a list that
    # says France is the French Brest when a later paragraph reports a visit from it)
    finder.add_known_partners(f.place.key for f in read if f.place is not None)
    for f in read:
        if f.place is not None and not f.resolution.ambiguous and f.name_as_written:
            written = f.name_as_written.strip()
            finder.listed_names[written] = f.place
            bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", written)  # "이즈미시(가고시마현)" is written "이즈미시" later
            finder.listed_names.setdefault(bare, f.place)
    # 3. engagements
    engagements = []
    for part, n in parts:
        engagements.extend(extract_engagements(part, indexes[n], finder, subject))
        # a trip told as labelled fields (방문지 / 기간, 訪問先 / 出張期間, 目的地 / 日期), and the tie its purpose names
        # ("자매도시 결연 32주년 기념 교류"): trip_fields.py
        trips, ties = trip_fields(part, indexes[n], finder, subject, default_year_of(part))
        engagements.extend(trips)
        for f in ties:
            if f.place is not None and not any(p.place is not None and same_place(p.place, f.place) for p in out.partnerships):
                out.partnerships.append(f)
    # 3b. the layout-independent fallback: a visit word, one date and one other place in a passage no rule took
    structured = list(engagements)
    for part, n in parts:
        engagements.extend(fallback_engagements(part, indexes[n], finder, subject, structured + engagements[len(structured):], n))
    out.engagements = headline_dates(doc, dedupe_engagements(engagements))
    out.engagements = per_stop_days(out.engagements, finder, subject)  # "出访丽水市（22日至24日）和宇部市（24日至26日）"
    for part, n in parts:  # a visit told by its programme, day by day, under a heading naming it: one engagement
        out.engagements = programme_visits(part, indexes[n], finder, subject, out.engagements)
        out.engagements = captioned_visits(part, indexes[n], finder, subject, out.engagements)  # a date above its lines
    arrival_and_departure(out.engagements)  # "arrives on 3 December and leaves on 5 December": one visit over both days
    for part, n in parts:  # a video conference is a meeting, not a visit (online_meetings.py)
        out.engagements.extend(online_meetings(part, indexes[n], finder, subject, default_year_of(part), out.engagements))
    partners = [f.place for f in read if f.place is not None]
    _parties_as_listed(out.engagements, partners, finder)
    _your_delegation(doc, out.engagements, finder, subject, indexes[None])
    for e in out.engagements:
        for t in e.tracks:
            if t.evidence is not None:
                used[t.evidence.attachment].add(t.evidence.block)
    # 4. cooperation and areas: sections first, then clauses in running text
    partial: dict = {}
    for part, n in parts:
        partial[n] = set()
        items, areas = extract_cooperation(part, indexes[n], finder, subject, out.engagements, used[n], partial[n])
        out.cooperation.extend(drop_translated_lists(items))
        out.areas.extend(areas)
    counterpart = counterpart_of(out.engagements, subject)
    for part, n in parts:
        taken = [(c.evidence.start, c.evidence.end) for c in out.cooperation
                 if c.evidence is not None and c.evidence.attachment == indexes[n].attachment]
        for item in prose_cooperation(part, indexes[n], finder, subject, counterpart, used[n], partial[n], taken):
            if all(item.title.casefold() != c.title.casefold() and not _same_item(item.title, c.title) for c in out.cooperation):
                out.cooperation.append(item)
    # 4b. the learned engagement model (engagement_model.py): scales the confidence of the engagements and adds those it
    # is sure of that no rule found (after cooperation, which reads the rules' engagements)
    out.engagements = apply_engagement_model(doc, indexes, finder, subject, out.engagements,
                                             frozenset(f.place.key for f in read if f.place is not None))
    _parties_as_listed(out.engagements, partners, finder)  # those the model added
    # 5. people
    for part, n in parts:
        for p in extract_people(part, indexes[n]):
            if all(p.name.casefold() != q.name.casefold() for q in out.people):
                out.people.append(p)
    # 6. claims
    for part, n in parts:
        out.claims.extend(_claims(part, indexes[n], read, out_lists if n is None else None, out.partnerships,
                                  home_cc=home.country_code if home is not None else None))
    out.claims.extend(_group_claims(out_lists, groups, indexes[None]))
    for part, n in parts:
        out.claims.extend(_table_region_claims(part, indexes[n], out.partnerships))
        out.claims.extend(_table_kind_claims(part, indexes[n], read, out.partnerships))
        out.claims.extend(_box_region_claims(part, indexes[n], read, out.partnerships))
    out.claims = _dedupe_claims(out.claims)
    # 6b. needs and strengths
    for part, n in parts:
        out.interests.extend(extract_interests(part, indexes[n], finder, subject))
    # 7. themes
    out.themes = _document_themes(doc, out)
    if not out.partnerships and not out.engagements and not out.cooperation and not out.areas and subject is None:
        out.warnings.append("no place, partnership, visit or cooperation item was recognised in this document")
    return out


# "your delegation" in the languages of the lexicon's main tables: in a letter, the addressee's
_YOUR_DELEGATION = re.compile(
    r"\byour\s+(?:city'?s\s+)?(?:delegation|mayor|visit)|\bsu\s+(?:delegaci[óo]n|visita)|\bvotre\s+(?:d[ée]l[ée]gation|visite)"
    r"|\bihre\s+(?:delegation|besuch)|\bihr\s+besuch|\bvostra\s+(?:delegazione|visita)|\bsua\s+(?:delega[çc][ãa]o|visita)"
    r"|\ba\s+s[úu]a\s+delegaci[óo]n|\buw\s+(?:delegatie|bezoek)|귀\s*(?:시\s*)?(?:대표단|방문단)|貴(?:市|団|代表団)|贵(?:市|方)\s*代表团",
    re.IGNORECASE)


def _your_delegation(doc: ParsedDocument, engagements, finder: PlaceFinder, home: PlaceRef | None,
                     index: DocIndex | None = None) -> None:
    """In an e-mail, "your delegation" received at home is the addressee's: its visiting party is the one place the
    ``To:`` header names (from "your delegation … during the María Pita festivities" nothing else is a visitor).
    A dated sentence of the body that tells "your delegation's visit" and names no other city than the home city
    ("귀 대표단의 부산 방문 일정(3월 26일~28일)", "貴市代表団の横浜ご訪問") is that visit even when no rule read it (no
    visiting place is written in it)."""
    to = (doc.metadata or {}).get("to") or ""
    if home is None or not to:
        return
    places = {m.place.key: m.place for m in finder.find(to) if m.place is not None and m.place.kind == "city"
              and not same_place(m.place, home)}
    if len(places) != 1:
        return
    addressee = next(iter(places.values()))
    for e in engagements:
        if e.kind == "incoming" and e.evidence is not None and e.evidence.attachment is None \
                and _YOUR_DELEGATION.search(e.evidence.quote) and not any(same_place(v, addressee) for v in e.visiting):
            e.visiting = [addressee]
            e.title = f"{addressee.name} delegation to {e.host.name if e.host else home.name}"
    if index is None:
        return
    year = default_year_of(doc)
    for b in doc.blocks:
        if not b.text or not _YOUR_DELEGATION.search(b.text):
            continue
        for sent in sentences(b.text):
            t = sent.text
            ym = _YOUR_DELEGATION.search(t)
            if ym is None or not _visit_cue(t) or cancelled(t):
                continue
            s, e_ = b.start + sent.start, b.start + sent.end
            if any(f.evidence is not None and f.evidence.attachment is None and f.evidence.start < e_ and s < f.evidence.end
                   for f in engagements):
                continue
            if any(m.place is not None and m.place.kind != "country" and not same_place(m.place, home) for m in finder.find(t)):
                continue
            dates = find_dates(t, year)
            if not dates:
                continue
            date = min(dates, key=lambda d: abs(d.s - ym.start()))
            fact = EngagementFact(kind="incoming", title=f"{addressee.name} delegation to {home.name}", visiting=[addressee],
                                  host=home, start=date.start, end=date.end, confidence=0.8 if date.has_year else 0.7)
            fact.evidence = index.evidence(s, e_, b)
            engagements.append(fact)


def _parties_as_listed(engagements, partners: list[PlaceRef], finder: PlaceFinder) -> None:
    for e in engagements:
        e.visiting = [_as_listed_partner(v, partners, finder) for v in e.visiting]
        e.host = _as_listed_partner(e.host, partners, finder)


def _as_listed_partner(p: PlaceRef | None, partners: list[PlaceRef], finder: PlaceFinder) -> PlaceRef | None:
    """A visit's party as the document lists it among its partners: the region of the same name that holds the city
    ("the Governor of Nairobi City County" is the partner Nairobi; a visit to the city of Savannakhet is one to the
    partner province), so that the visit and the tie name one place."""
    if p is None or p.kind not in ("city", "region") or any(q.key == p.key for q in partners):
        return p
    name = fold(p.name)
    for q in partners:
        if q.kind == p.kind or q.kind not in ("city", "region") or q.country_code != p.country_code:
            continue
        other = fold(q.name)
        if not (name.startswith(other) or other.startswith(name)):
            continue
        region, city = (p, q) if p.kind == "region" else (q, p)
        if finder.holds(region, city):
            return q
    return p


def _without_repeated_lists(facts: list[PartnershipFact], lists, earlier: list[PartnershipFact]) -> list[PartnershipFact]:
    """A list that repeats one read before in another language or script (a bilingual page, a city picker under a
    JSON-LD list): every entry the gazetteer knows is a tie already read and it has no more entries of a kind than
    were read of that kind; its entries the gazetteer does not know are those same places spelt otherwise, not
    further ties."""
    drop: set[int] = set()
    known = Counter()  # (kind, key) of the ties read so far
    for f in earlier:
        if f.place is not None:
            known[(f.kind, f.place.key)] += 1
    by_start = {f.evidence.start: f for f in facts if f.evidence is not None}
    for lst in lists:
        resolved = [(e.kind, e.resolution.best.key) for e in lst.entries
                    if e.resolution is not None and e.resolution.status == "resolved" and e.resolution.best is not None]
        loose = [by_start[e.start] for e in lst.entries if e.start in by_start and by_start[e.start].place is None]
        if loose and len(resolved) >= 2:
            per_kind = Counter(k for k, _ in known)
            mine_kind = Counter(e.kind for e in lst.entries)
            if all(r in known for r in resolved) and all(c <= per_kind[k] for k, c in mine_kind.items()):
                drop.update(id(f) for f in loose)
        for r in resolved:
            known[r] += 1
    return [f for f in facts if id(f) not in drop]


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\W_]+", "", text.casefold())
    return {t[i:i + 2] for i in range(len(t) - 1)}


_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _stems(title: str) -> set[str]:
    """The words of a title of three letters or more, each cut to its first five letters ("exchanges" is "excha")."""
    return {w[:5] for w in re.findall(r"[^\W\d_]{3,}", title.casefold())}


def _same_item(a: str, b: str) -> bool:
    """An item told again in running text after its list or table ("진저우시 측에서 파주 장단콩 등 농특산물 상설 판매장
    설치를 제안" after the row "농특산물(장단콩) 상설 판매장 설치"): most of the shorter title's character pairs are in the
    other's. Titles in words spaced out compare their words (the first five letters of each) instead: "Klimapartnerschaft"
    and "Schulpartnerschaften" share most character pairs but are two items."""
    if not _UNSPACED.search(a + b):
        x, y = _stems(a), _stems(b)
        small, big = (x, y) if len(x) <= len(y) else (y, x)
        return bool(small) and len(small & big) >= 0.6 * len(small)
    x, y = _bigrams(a), _bigrams(b)
    if len(x) < 4 or len(y) < 4:
        return False
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return len(small & big) >= 0.6 * len(small)


# ---------------------------------------------------------------- claims

def _entries_for(scope: str, partnerships: list[PartnershipFact], text: str = "") -> list[tuple]:
    return [(p.name_as_written, p.country_code, p.resolution.status) for p in _in_scope(scope, partnerships, text)]


def _in_scope(scope: str, partnerships: list[PartnershipFact], text: str = "") -> list[PartnershipFact]:
    if scope == "all":
        # a headline naming two kinds ("姉妹・友好都市", "sister and friendship cities") counts those kinds;
        # one naming none ("13 villes de 12 pays") counts every tie the document lists (programme pairings aside)
        named = [k for k in kinds_in(text) if k != "pairing"]
        wanted = set(named) if len(named) >= 2 else {"sister", "friendship", "partner"}
        chosen = [p for p in partnerships if p.kind in wanted] or list(partnerships)
    else:
        chosen = [p for p in partnerships if p.kind == scope]
    return chosen


def _read_from_list(p: PartnershipFact) -> bool:
    """A tie read as an entry of a list or table (not from running text, the fallback or the model)."""
    t = p.list_title or ""
    return bool(t) and not t.startswith(("fallback:", "model:"))


def _careful_check(c, text: str, check: str, reason: str, read: list[PartnershipFact],
                   final: list[PartnershipFact] | None) -> tuple[str, str]:
    """``inconsistent`` on the number of cities only when the document's own list was read completely: every tie
    in scope is an entry of a list or table and every entry is a place the gazetteer knows. Otherwise the
    extractor's reading, not the document, may be what falls short: with the ties the learned model adds the
    counts may agree; else the claim is ``unverified`` with the reason."""
    if check != "inconsistent" or c.cities is None:
        return check, reason
    chosen = _in_scope(c.scope, read, text)
    if len(chosen) == c.cities:
        return check, reason  # the cities agree: a count of countries the resolved entries contradict
    tolerant = _tolerant_check(c.cities, c.countries, chosen, _in_scope(c.scope, final, text) if final is not None else None)
    if tolerant is not None:
        return tolerant
    if final is not None and len(final) > len(read):
        wider = _in_scope(c.scope, final, text)
        if len(wider) == c.cities:
            check2, reason2 = check_claim(c.cities, c.countries,
                                          [(p.name_as_written, p.country_code, p.resolution.status) for p in wider])
            if check2 != "inconsistent":
                return check2, reason2 + " (with ties proposed by the partner model)"
    loose = [p for p in chosen if not _read_from_list(p)]
    unknown = [p for p in chosen if p.resolution.status != "resolved"]
    if not chosen or (not loose and not unknown):
        return check, reason
    why = []
    if loose:
        why.append(f"{len(loose)} of them read from running text or without a list")
    if unknown:
        why.append("not places the gazetteer knows: " + ", ".join(repr(p.name_as_written) for p in unknown[:3]))
    return "unverified", f"{len(chosen)} read, the document says {c.cities}; the list may not have been read completely (" \
        + "; ".join(why) + ")"


_REGION_NAME = REGION_NAME


def _tolerant_check(cities: int | None, countries: int | None, read: list[PartnershipFact],
                    final: list[PartnershipFact] | None) -> tuple[str, str] | None:
    """A count the extractor's own reading misses by ties it is least sure of: the document's list decides. Tried in
    turn, the first of these sets that holds as many ties as the claim is checked: the ties read from the document's
    list or table (ties read from running text beside a complete list set aside: "Paris" of "ambassadeur … en France");
    every tie, the partner model's included, but a name that is a region ("Asia" read from a heading "Sister cities
    by region"); those without the ties of running text. None when no set holds the number (or the check still
    fails), so the careful check decides as before."""
    if cities is None:
        return None
    not_region = [p for p in read if not _no_partner_name(p.name_as_written)]
    wide = [p for p in (final if final is not None else read) if not _no_partner_name(p.name_as_written)]
    sets = [("the entries of the document's list", [p for p in not_region if _read_from_list(p)]),
            ("every tie read but names of regions", wide),
            ("the ties of lists and the partner model", [p for p in wide if _read_from_list(p) or (p.list_title or "").startswith("model:")]),
            # a word of the page read as a name, placed nowhere ("연번", a table's "No." header): not a tie
            ("the ties placed", [p for p in wide if p.resolution.status == "resolved" or p.country_code])]
    for why, chosen in sets:
        chosen = _one_per_place(chosen)
        if len(chosen) != cities or len(chosen) == len(read) and why != sets[1][0]:
            continue
        entries = [(p.name_as_written, p.country_code, p.resolution.status) for p in chosen]
        check, reason = check_claim(cities, countries, entries)
        # the document's own list, as many entries as it claims, all placed: its countries decide even against the claim
        # ("neun Partnerstädte in acht Ländern" over nine towns in nine countries)
        listed_decides = why == sets[0][0] and check == "inconsistent" and all(p.resolution.status == "resolved" for p in chosen)
        if check != "inconsistent" or listed_decides:
            left = len({id(p) for p in (final if final is not None else read)} - {id(p) for p in chosen})
            return check, f"{reason} ({why}; {left} other tie(s) read set aside)"
    return None


def _no_partner_name(name: str | None) -> bool:
    """A name no partner has: a region ("Asia" under "Sister cities by region") or a project's state read as a name
    ("Completed" under a project card)."""
    t = (name or "").strip()
    if _REGION_NAME.match(t):
        return True
    st = status_of(t, default="")
    return bool(st[0]) and len(t.split()) <= 3 and len(st[1]) >= len(t) - 2


def _one_per_place(ties: list[PartnershipFact]) -> list[PartnershipFact]:
    """Each place once: a city read twice (a sister city in the list, a friendship city in a sentence) is one city."""
    seen: set = set()
    out = []
    for p in ties:
        place = getattr(p, "place", None)
        key = place.key if place is not None else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(p)
    return out


_BOTH_JOIN = re.compile(r"\s*(?:或|和|及|与|與|或者|以及|、|・|/|,|&|and|or|et|ou|und|oder|y|o|e|및|와|과|또는)\s*", re.IGNORECASE)
# the word for every tie: English "partner cities", and the "partner town" that is the usual word for a twinning
# (Dutch partnersteden, German Partnerstädte, Luxembourgish Partnerstied) used as a headline over ties of several kinds
_UMBRELLA = re.compile(r"partner\s+(?:cit(?:y|ies)|towns?|municipalit(?:y|ies))|partnerships?\b"
                       r"|partner(?:steden|stad|gemeenten?|st[äa]dte?n?|stied)\b", re.IGNORECASE)


def _widened_scope(c, text: str, partnerships: list[PartnershipFact]) -> str:
    """A headline's scope is every kind when the kinds it names follow the count ("与11个国家的11个城市建立
    友好城市或友好交流城市关系": two kinds after the numbers), or when it uses the umbrella word "partner
    cities" over a document whose ties are of several kinds and number what it claims."""
    if c.scope in ("all", "pairing") or c.scope.startswith("region:"):
        return c.scope
    if not kinds_in(c.text):
        clause = re.split(r"[。；;.!?！？，]", text[c.end:], maxsplit=1)[0]
        spans = [sp for sp in kind_spans(clause) if sp[2] != "pairing"]
        for (s1, e1, k1), (s2, _, k2) in zip(spans, spans[1:]):
            if k1 != k2 and s1 <= 30 and _BOTH_JOIN.fullmatch(clause[e1:s2]):
                return "all"
    ties = [p for p in partnerships if p.kind != "pairing"]
    # "9 kota mitra di 7 negara" ("partner cities") over a document that lists no tie of that kind but as many ties
    # of other kinds as it claims: the word is the umbrella for every tie, whatever the language
    if ties and c.cities == len(ties) and not any(p.kind == c.scope for p in ties) and len({p.kind for p in ties}) >= 2:
        return "all"
    # (or a count that names no kind at all, "۱۱ شهر از ۱۱ کشور", "11 cities in 9 countries", its scope only the
    # nearest kind word of its sentence)
    # — not when its own clause names the kind right after it: "与10个国家的11个城市结为友好城市")
    after = re.split(r"[。；;.!?！？，,،؛]", text[c.end:], maxsplit=1)[0]
    generic = not kinds_in(c.text) and not kind_spans(after[:40])
    if (_UMBRELLA.search(c.text) or generic) and len({p.kind for p in ties}) >= 2 and c.cities == len(ties) \
            and sum(1 for p in ties if p.kind == c.scope) != c.cities:
        return "all"
    return c.scope


def _list_entries(lst) -> list[tuple]:
    out = []
    for e in lst.entries:
        r = e.resolution
        cc = r.best.country_code if r is not None and r.best is not None else e.country
        out.append((e.name, cc, r.status if r is not None else "not_found"))
    return out


def _where(ties: list[PartnershipFact] | None, where: str | None, home_cc: str | None) -> list[PartnershipFact] | None:
    """The ties of a count said to lie at home ("2 domestic sister cities", "국내 자매도시 2개": in the home's country) or
    abroad ("해외 자매도시 3개": elsewhere, a tie whose country is unknown included); all of them otherwise."""
    if ties is None or where is None or not home_cc:
        return ties
    if where == "domestic":
        return [p for p in ties if p.country_code == home_cc]
    return [p for p in ties if p.country_code != home_cc]


def _claims(doc: ParsedDocument, index: DocIndex, partnerships: list[PartnershipFact], lists=None,
            final: list[PartnershipFact] | None = None, home_cc: str | None = None) -> list[ClaimFact]:
    # a heading over a list that mixes kinds ("Sister Cities (6 from 6)" with one entry marked
    # "(friendship city)") counts the list's own entries, not only those of the heading's kind
    mixed = {lst.heading.index: lst for lst in lists or []
             if lst.heading is not None and len({e.kind for e in lst.entries}) > 1}
    out = []
    wheres: list[str | None] = []  # where the ties of each headline count lie (``where_of``), in the order of ``out``
    for b in doc.blocks:
        # a table cell counts only when it is a sentence ("Grad Zagreb surađuje s 14 gradova u 12 država." in a
        # bilingual table): a figure in a statistics table is not a headline
        if b.kind == "table_cell" and not _SENTENCE_CELL.match(b.text.strip()) and not _TOTAL_CELL.match(b.text):
            continue
        for sent in sentences(b.text) if len(b.text) > 200 else [None]:
            text = sent.text if sent is not None else b.text
            base = b.start + (sent.start if sent is not None else 0)
            plain = deocr(text)
            for c in find_claims(plain):
                c.scope = _widened_scope(c, text, partnerships)
                lst = mixed.get(b.index)
                # "국내 자매도시 2개" counts the domestic ties only, "해외 자매도시 3개" those abroad
                where = where_of(plain, c.start, c.end)
                ties, wider = _where(partnerships, where, home_cc), _where(final, where, home_cc)
                entries = _list_entries(lst) if lst is not None and c.scope == lst.kind and where is None \
                    else _entries_for(c.scope, ties, text)
                check, reason = check_claim(c.cities, c.countries, entries)
                if lst is None or c.scope != lst.kind or where is not None:
                    check, reason = _careful_check(c, text, check, reason, ties, wider)
                if where is not None and entries:
                    reason = f"{reason} ({'ties in the home country' if where == 'domestic' else 'ties abroad'} only)"
                wheres.append(where)
                out.append(ClaimFact(text=clean(c.text), cities=c.cities, countries=c.countries, scope=c.scope, check=check,
                                     reason=reason, evidence=index.evidence(base + c.start, base + c.end, b)))
        if b.kind != "table_cell":
            # "- Asia (3): George Town (Penang), Himeji, Qingdao": a count per region checked against the names it lists
            for c, names in find_region_counts(b.text):
                check, reason = check_claim(c.cities, None, [(n, None) for n in names])
                out.append(ClaimFact(text=clean(c.text), cities=c.cities, countries=None, scope=c.scope, check=check,
                                     reason=reason, evidence=index.evidence(b.start + c.start, b.start + c.end, b)))
                wheres.append(None)
    _contradicted(out, wheres)
    return out


def _contradicted(claims: list[ClaimFact], wheres: list[str | None]) -> None:
    """Two counts of one scope that differ cannot both match the document's list: when one is consistent with it, an
    unverified other ("figuraban diez hermanamientos" beside "mantiene ocho hermanamientos", a stale count corrected)
    is inconsistent. Counts of ties at home or abroad (``where_of``) and per region are left alone."""
    for c, where in zip(claims, wheres):
        if c.check != "unverified" or c.cities is None or where is not None or c.scope.startswith("region:"):
            continue
        confirmed = next((o for o, w in zip(claims, wheres) if o is not c and w is None and o.scope == c.scope
                          and o.check == "consistent" and o.cities is not None and o.cities != c.cities
                          and o.countries is None), None)
        if confirmed is not None:
            c.check = "inconsistent"
            c.reason = f"the document's own count of {confirmed.cities} ({confirmed.text!r}) agrees with its list; {c.reason}"


_SENTENCE_CELL = re.compile(r"^(?=(?:\S+\s+){4})[^\n]{20,400}[.!?。！？]$")
# a table's total row written as a sentence in one cell: "Kokku: 11 linna 9 riigist", "Total: 12 cities, 9 countries"
_TOTAL_CELL = re.compile(r"^\s*\**" + TOTAL_WORDS + r"\**\s*[:：]\s*\S[^\n]{4,120}$", re.IGNORECASE)


def _group_claims(lists, groups: dict[str, list[PartnershipFact]], index: DocIndex) -> list[ClaimFact]:
    out = []
    for lst in lists or []:
        for name, (count, block) in lst.groups.items():
            if count is None:
                continue
            members = groups.get(name, [])
            entries = [(p.name_as_written, p.country_code, p.resolution.status) for p in members]
            check, reason = check_claim(count, None, entries)
            slug = re.sub(r"[^\w]+", "-", name.strip().lower()).strip("-")
            text = clean(re.sub(r"^\s*#+\s*", "", block.text))
            out.append(ClaimFact(text=text, cities=count, countries=None, scope=f"region:{slug}", check=check, reason=reason,
                                 evidence=index.block_evidence(block)))
    return out


def _table_region_claims(doc: ParsedDocument, index: DocIndex, partnerships: list[PartnershipFact]) -> list[ClaimFact]:
    """Counts per region in a table ("大洲 | 友好城市 | 友好交流城市 | 合计" / "亚洲 | 4 | 3 | 7"), each checked against
    the document's partners in that region (GeoNames continents): unverified while a partner's country is unknown."""
    out = []
    places = {}
    for p in partnerships:
        if p.place is not None and p.kind != "pairing":
            places.setdefault(p.place.key, p)
    # a tie the gazetteer could not place but whose country the document writes ("韩国西归浦市") still lies in a region
    placed_by_country = [p for p in partnerships if p.place is None and p.country_code and p.kind != "pairing"]
    unknown = [p for p in partnerships if not p.country_code]
    for cells in tables(doc):
        rows = _rows(cells)
        for slug, count, block in table_region_counts(rows):
            inside = [p for p in [*places.values(), *placed_by_country] if region_of_country(slug, p.country_code)]
            mine = _rows_of_region_cell(rows, block, partnerships, index)
            if mine:  # "亚洲（9）" written on each of its rows: the partners of those rows are what it counts
                inside = mine
            entries = [(p.name_as_written, p.country_code, p.resolution.status) for p in inside]
            check, reason = check_claim(count, None, entries)
            if check == "inconsistent" and unknown:
                check, reason = "unverified", f"{len(inside)} partners known in the region; {len(unknown)} not placed"
            out.append(ClaimFact(text=clean(block.text), cities=count, countries=None, scope=f"region:{slug}", check=check,
                                 reason=reason, evidence=index.block_evidence(block)))
    return out


def _table_kind_claims(doc: ParsedDocument, index: DocIndex, read: list[PartnershipFact],
                       final: list[PartnershipFact]) -> list[ClaimFact]:
    """Counts per kind in a summary table with its total row ("Hermanamientos | 8", "Acuerdos de cooperación | 1",
    "Total | 9"): each checked against the ties of its kind (the total against every tie), carefully as a headline."""
    out = []
    for cells in tables(doc):
        for scope, count, block in table_kind_counts(_rows(cells)):
            text = clean(block.text)
            raw = RawClaim(f"{text} {count}", count, None, scope, 0, 0)
            check, reason = check_claim(count, None, _entries_for(scope, read))
            check, reason = _careful_check(raw, text, check, reason, read, final)
            out.append(ClaimFact(text=raw.text, cities=count, countries=None, scope=scope, check=check, reason=reason,
                                 evidence=index.block_evidence(block)))
    return out


def _box_region_claims(doc: ParsedDocument, index: DocIndex, read: list[PartnershipFact],
                       final: list[PartnershipFact]) -> list[ClaimFact]:
    """Counts per region in a box without their cities ("대륙별 현황 / 아시아 4 / 미주 3", "Asia 4 · Americas 3"), each
    checked against the document's partners in that region (GeoNames continents): the ties read from its list or table
    first, then every tie (names of regions aside); unverified while a partner's country is unknown."""
    lines: list[str] = []
    where: list[tuple | None] = []
    for b in doc.blocks:
        if b.kind in ("table_cell", "header", "notes"):
            lines.append("")
            where.append(None)
            continue
        off = 0
        for ln in b.text.split("\n"):
            lines.append(ln)
            where.append((b, off))
            off += len(ln) + 1
    found = box_region_counts(lines)
    if not found:
        return []
    ties = [p for p in final if p.kind != "pairing" and not _REGION_NAME.match((p.name_as_written or "").strip())]
    listed = [p for p in read if p.kind != "pairing" and _read_from_list(p) and not _REGION_NAME.match((p.name_as_written or "").strip())]
    out = []
    for i, slug, count, s, e in found:
        b, off = where[i]
        best = None
        for why, pool in (("the entries of the document's list", listed), ("every tie read", ties)):
            inside = [p for p in pool if region_of_country(slug, p.country_code)]
            entries = [(p.name_as_written, p.country_code, p.resolution.status) for p in inside]
            check, reason = check_claim(count, None, entries)
            if check != "inconsistent":
                best = (check, f"{reason} ({why})")
                break
            if best is None or why == "every tie read":
                best = (check, reason)
        check, reason = best
        if check == "inconsistent" and any(not p.country_code for p in ties):
            check, reason = "unverified", f"{reason}; {sum(1 for p in ties if not p.country_code)} partner(s) not placed"
        text = b.text[off + s:off + e]
        out.append(ClaimFact(text=clean(text), cities=count, countries=None, scope=f"region:{slug}", check=check,
                             reason=reason, evidence=index.evidence(b.start + off + s, b.start + off + e, b)))
    return out


def _rows_of_region_cell(rows: list[dict], block, partnerships: list[PartnershipFact], index: DocIndex) -> list[PartnershipFact]:
    """The partners read from the rows whose region cell is written as ``block`` is, count and all ("亚洲（9）"); none for
    a region cell without its count."""
    text = clean(block.text)
    if not re.search(r"[(（]\s*\d{1,3}\s*[)）]\s*$", text):
        return []
    held = {b.index for r in rows if any(clean(c.text) == text for c in r.values()) for b in r.values()}
    return [p for p in partnerships if p.evidence is not None and p.evidence.block in held
            and p.evidence.attachment == index.attachment and p.kind != "pairing"]


def _dedupe_claims(claims: list[ClaimFact]) -> list[ClaimFact]:
    out: list[ClaimFact] = []
    for c in claims:
        if any(o.cities == c.cities and o.countries == c.countries and o.scope == c.scope for o in out):
            continue
        if c.countries is None and any(o.cities == c.cities and o.scope == c.scope and o.countries is not None for o in out):
            continue
        # a full claim replaces a cities-only one of the same scope and number
        out = [o for o in out if not (o.countries is None and c.countries is not None and o.cities == c.cities and o.scope == c.scope)]
        out.append(c)
    return out


# ---------------------------------------------------------------- themes

def _document_themes(doc: ParsedDocument, out: DocumentExtraction, limit: int = 5) -> list[str]:
    score: Counter = Counter()
    for fact in [*out.cooperation, *out.areas]:
        for rank, slug in enumerate(fact.themes):
            score[slug] += 1.0 / (rank + 1)
    for e in out.engagements:
        for t in e.tracks:
            for rank, slug in enumerate(t.themes):
                score[slug] += 1.0 / (rank + 1)
    text = doc.text if len(doc.text) < 200_000 else doc.text[:200_000]
    for m in classify(text, limit=6, min_score=1.0):
        score[m.slug] += min(m.score, 6.0) / 3.0
    return [slug for slug, _ in score.most_common(limit)]
