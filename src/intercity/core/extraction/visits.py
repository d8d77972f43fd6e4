"""Engagements: delegations, missions and meetings, seen from the home city.

A sentence is a candidate when it names a visit (visited, delegation, mission, travelled to,
zu Gast, s'est rendue à, visitó, 방문, 대표단, 訪問, 来浜 …) and holds a date. The date nearest
the visit words wins (a clause break costs distance), so "After the plenary session … in Seoul on
14.03.2017, delegates from Barcelona visited Busan from 15. to 16.03.2017" is 15–16 March.

A field line giving only the dates ("- 방문 기간: 3월 15일(수) ~ 16일(목)", "Dates: 4–6 May") is the
date of the visit announced in the sentence (or e-mail subject) just before it, which names the
parties but no date.

Parties come from the place names of the sentence and the words around them:

- visiting: "delegates from X", "delegation of X", "X delegation", "X 대표단", "X市長一行",
  "Delegation aus X", "délégation de X", the subject of "X visited";
- host: "visited Y", "visit(s) to Y", "travelled to Y", "delegation to Y", "Y를 방문", "Yを訪問",
  "来浜" (来 + the home city's first character), "s'est rendue à Y", "visitó Y";
- a missing host is the home city (a delegation received at home); a missing visiting party is
  the home city when the host is elsewhere (a mission abroad); a meeting with a consul or an
  ambassador of a country is a ``meeting`` whose visiting party is that country.

``kind``: ``incoming`` when the home city hosts, ``outgoing`` when it visits, ``meeting`` for
meetings. Engagements between other cities (a plenary elsewhere) are not recorded. The same
visit told twice (subject line and body, title and text) is one engagement.

Tracks: the items that follow the visit sentence ("Clean Energy City: Visit to hydrogen fuel cell
power plant"); the title is before the colon, the sites are what follows "visit(s) to", split on
commas and "and" ("F1963, KISWIRE and the Suyeong Overpass"); themes from the taxonomy.
"""

from __future__ import annotations

import re
from collections import Counter

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.dates import DateMention, find_dates
from intercity.core.extraction.mentions import PlaceFinder, PlaceMention
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.text import DocIndex, clean, sentences, split_marker
from intercity.core.extraction.types import EngagementFact, SiteFact, TrackFact
from intercity.core.places.types import PlaceRef
from intercity.core.themes import theme_slugs

_TRIGGER = re.compile(
    r"visit|delegat|d[ée]l[ée]gation|delegaci[óo]n|\bmission\b|travel(?:s|l?ed|l?ing)?\s+to|\btrip\s+to\b|came\s+to|arrived\s+in|\bhosted\b"
    r"|\bwelcomed?\b|\breceived\b|zu\s+Gast|besuch|accueill|rendue?\s+[àa]|visit[óoa]|\bmet\b|\bmeeting\b|courtesy\s+call"
    r"|방문|대표단|방문단|사절단|내방|방한|訪問|来訪|訪れ|一行|代表団|访问|代表团|来访|会談|会见|회담|面会", re.IGNORECASE)
_DIPLOMAT = re.compile(r"consul|ambassador|embassy|consulate|ambassade|consulado|embajad|botschaft|konsul|대사관|영사관|총영사|大使|領事|领事",
                       re.IGNORECASE)
_VISITING_BEFORE = re.compile(
    r"(?:delegat\w*|d[ée]l[ée]gation|delegaci[óo]n|delegation|mission|mayor|team|visitors?|officials)\s+(?:\w+\s+){0,3}?"
    r"(?:from|of|de|del|aus|von|d[e'’])\s*(?:the\s+)?(?:(?:city|ciudad|ville|stadt)\s+(?:of|de)\s+|la\s+(?:ville|ciudad)\s+de\s+)?$",
    re.IGNORECASE)
_VISITING_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:(?:City|Metropolitan\s+City|Municipal)\s+)?(?:delegation|delegates|mayor|deputy\s+mayor|officials|team|mission|visitors)\b"
    r"|^(?:시|도|광역시|특별시)?(?:의)?\s*(?:대표단|방문단|시장|부시장|일행|사절단|시찰단)"
    r"|^(?:市|県|府|都)?(?:の)?(?:市長|副市長|代表団|訪問団|一行|知事|視察団)"
    r"|^(?:市)?(?:代表团|市长|副市长)"
    r"|^\s*(?:visited|travell?ed|came|arrived|went)\b", re.IGNORECASE)
_HOST_BEFORE = re.compile(
    r"(?:visit(?:ed|ing|s)?|visits?\s+to|travel(?:l?ed|l?ing|s)?\s+to|trip\s+to|mission\s+to|came\s+to|comes?\s+to|arrived\s+in|arrives?\s+in"
    r"|delegation\s+to|delegates\s+to|go(?:es)?\s+to|went\s+to|took\s+place\s+in|(?:was|were|will\s+be)\s+held\s+in|hosted\s+in"
    r"|s['’]est\s+rendue?\s+[àa]|se\s+rendra\s+[àa]|visit[óoa]|visitar[áa]n?|besuchte|besucht|reiste\s+nach|访问|到访|来到|抵达)"
    r"\s+(?:the\s+(?:city\s+of\s+)?|la\s+ville\s+de\s+|la\s+ciudad\s+de\s+)?$", re.IGNORECASE)
_HOST_AFTER = re.compile(r"^(?:시|시청|도|광역시)?\s*(?:을|를|에)\s*(?:공식\s*)?(?:방문|찾)|^(?:市|県|府)?\s*(?:を|に)\s*(?:訪問|訪れ|来訪)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:，、；]")
_MEETING = re.compile(r"\bmet\b|\bmeeting\b|rencontr|reuni[óo]|\btraf\b|회담|면담|会談|会见|面会", re.IGNORECASE)


_TO_AFTER_VISIT = re.compile(r"(?:visit|delegat|d[ée]l[ée]gation|delegaci[óo]n|mission|trip|travel|voyage|viaje|reise)[^.;]*?"
                             r"\s(?:to|à|a|nach|en)\s+(?:the\s+(?:city\s+of\s+)?)?$", re.IGNORECASE)


def _roles(text: str, m: PlaceMention) -> set[str]:
    before = text[max(0, m.start - 60):m.start]
    after = text[m.end:m.end + 30]
    roles = set()
    if _VISITING_BEFORE.search(before) or _VISITING_AFTER.search(after):
        roles.add("visiting")
    if _HOST_BEFORE.search(before) or _HOST_AFTER.search(after) or ("visiting" not in roles and _TO_AFTER_VISIT.search(before)):
        roles.add("host")  # "the visit of the mayor of Lyon to Yokohama"
    return roles


def _best_date(text: str, dates: list[DateMention], anchor: int) -> DateMention | None:
    if not dates:
        return None

    def cost(d: DateMention) -> float:
        lo, hi = (d.e, anchor) if d.e <= anchor else (anchor, d.s)
        breaks = len(_CLAUSE_BREAK.findall(text[lo:hi]))
        dist = hi - lo
        return dist + 40 * breaks + (5 if d.e <= anchor else 0) + (0 if d.has_year else 15)

    return min(dates, key=cost)


def _default_year(doc: ParsedDocument) -> int | None:
    """The year of year-less dates: the e-mail's date, or the only year the document's dates use."""
    iso = (doc.metadata or {}).get("date_iso") or ""
    if re.match(r"\d{4}-", iso):
        return int(iso[:4])
    years = Counter(int(d.start[:4]) for d in find_dates(doc.text) if d.has_year and d.precision == "day")
    if len(years) == 1:
        return next(iter(years))
    return None


def _home_char(home: PlaceRef | None) -> str:
    if home is None:
        return ""
    local = home.name_local or ""
    return local[0] if local and "\u4e00" <= local[0] <= "\u9fff" else ""


def extract_engagements(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder,
                        home: PlaceRef | None) -> list[EngagementFact]:
    if home is None:
        return []
    default_year = _default_year(doc)
    home_char = _home_char(home)
    found: list[tuple[EngagementFact, Block]] = []
    blocks = doc.blocks
    for bi, b in enumerate(blocks):
        field = _field_engagement(b, blocks, bi, default_year, finder, home, home_char)
        if field is not None:
            field.evidence = index.block_evidence(b)
            found.append((field, b))
            continue
        if not _TRIGGER.search(re.sub(r"[_*]", " ", b.text)) and not (home_char and "来" + home_char in b.text):
            continue
        for sent in _passages(b):
            t = re.sub(r"[_*]", " ", sent.text)  # Markdown emphasis ("_Meeting at …_"), same length
            trig = _TRIGGER.search(t)
            comes_home = bool(home_char and re.search("来" + re.escape(home_char), t))
            if not trig and not comes_home:
                continue
            dates = find_dates(t, default_year)
            if not dates:
                continue
            fact = _engagement(t, trig, comes_home, dates, finder, home, blocks, bi)
            if fact is None:
                continue
            fact.evidence = index.evidence(b.start + sent.start, b.start + sent.end, b)
            fact.tracks = _tracks(blocks, bi, index)
            found.append((fact, b))
    return _dedupe([f for f, _ in found])


# "- 방문 기간: 3월 15일(수) ~ 16일(목)", "Dates of the visit: 4–6 May": the dates of a visit announced above
_FIELD = re.compile(
    r"^\s*(?:[-•*·▪■□○]\s*)?(?:(?:visit|mission|trip|stay)\s+(?:dates?|period)|date\s+of\s+(?:the\s+)?(?:visit|mission|trip|stay)"
    r"|dates(?:\s+of\s+(?:the\s+)?(?:visit|mission|trip|stay))?|period|schedule|방문\s*(?:기간|일정|일시)|기간|일정|訪問\s*(?:期間|日程)"
    r"|期間|日程|访问\s*(?:时间|日期)|fechas(?:\s+de\s+la\s+visita)?|fecha\s+de\s+la\s+visita|dates?\s+de\s+la\s+visite"
    r"|p[ée]riode|zeitraum|besuchstermine?)\s*[:：]\s*\S", re.IGNORECASE)  # a bare "Date:" is the document's own date


def _field_engagement(b: Block, blocks: list[Block], bi: int, default_year: int | None, finder: PlaceFinder,
                      home: PlaceRef, home_char: str) -> EngagementFact | None:
    """A field line giving only the dates ("- 방문 기간: 3월 15일(수) ~ 16일(목)") takes its parties from
    the visit announced just before it (a sentence or an e-mail subject naming a delegation)."""
    if b.kind in ("header", "table_cell") or not _FIELD.match(b.text) or len(b.text) > 160:
        return None
    dates = find_dates(b.text, default_year)
    if not dates or any(not same_place(m.place, home) for m in finder.find(b.text) if m.place is not None):
        return None
    for prev in reversed(blocks[max(0, bi - 4):bi]):
        for sent in reversed(_passages(prev)):
            t = re.sub(r"[_*]", " ", sent.text)
            trig = _TRIGGER.search(t)
            comes_home = bool(home_char and re.search("来" + re.escape(home_char), t))
            if not (trig or comes_home) or find_dates(t, default_year):
                continue
            if not any(m.place is not None and not same_place(m.place, home) for m in finder.find(t)):
                continue
            joined = f"{t} ({b.text.strip()})"
            trig = _TRIGGER.search(joined)
            fact = _engagement(joined, trig, comes_home, find_dates(joined, default_year), finder, home, blocks, bi)
            if fact is not None:
                return fact
    return None


def _passages(b: Block):
    """Sentences of a block; of an e-mail header only the subject line (its Date: is not a visit)."""
    if b.kind != "header":
        return sentences(b.text)
    out = []
    pos = 0
    for line in b.text.split("\n"):
        if re.match(r"\s*(?:Subject|Betreff|Objet|Asunto|제목|件名|主题)\s*:", line, re.IGNORECASE):
            out.extend(sentences(line, base=pos))
        pos += len(line) + 1
    return out


def _engagement(t: str, trig, comes_home: bool, dates: list[DateMention], finder: PlaceFinder, home: PlaceRef,
                blocks: list[Block], bi: int) -> EngagementFact | None:
    mentions = finder.find(t, include_countries=True)
    visiting: list[PlaceRef] = []
    host: PlaceRef | None = None
    countries = [m for m in mentions if m.resolution.best is not None and m.resolution.best.kind == "country"]
    places = [m for m in mentions if m not in countries and m.place is not None]
    anchor = trig.start() if trig else t.find("来")
    meeting = bool(_MEETING.search(t)) and bool(_DIPLOMAT.search(t)) and bool(countries)
    for m in places:
        roles = _roles(t, m)
        if "host" in roles and host is None:
            host = m.place
            anchor = m.start
        elif "visiting" in roles and not any(same_place(v, m.place) for v in visiting):
            visiting.append(m.place)
    if comes_home and host is None:
        host = home
    if meeting:
        country = countries[0].resolution.best
        host = host or home
        if not same_place(host, home) and not any(same_place(p.place, home) for p in places):
            return None
        date = _best_date(t, dates, anchor)
        return EngagementFact(kind="meeting", title=f"Meeting with the representation of {country.name} in {host.name}",
                              visiting=[country], host=host, start=date.start, end=date.end, confidence=0.7)
    if not visiting and host is None:
        # only names: the home city plus one other place
        others = [m.place for m in places if not same_place(m.place, home)]
        homes = [m for m in places if same_place(m.place, home)]
        if len(others) == 1 and homes:
            visiting = [others[0]]
            host = home
        elif not others and homes:
            host = home
            visiting = _participants_nearby(blocks, bi, finder, home)
            if not visiting:
                return None
        else:
            return None
    if host is None:
        host = home if not any(same_place(v, home) for v in visiting) else None
        if host is None:
            return None
    if not visiting:
        if same_place(host, home):
            others = [m.place for m in places if not same_place(m.place, home)]
            visiting = others[:1] or _participants_nearby(blocks, bi, finder, home)
            if not visiting:
                return None
        else:
            visiting = [home]
    visiting = [v for v in visiting if not same_place(v, host)]
    if not visiting:
        return None
    if same_place(host, home):
        kind = "incoming"
    elif any(same_place(v, home) for v in visiting):
        kind = "outgoing"
    else:
        return None  # between other cities: context, not an engagement of the home city
    date = _best_date(t, dates, anchor)
    names = ", ".join(v.name for v in visiting)
    title = f"{names} delegation to {host.name}"
    full = date.precision == "day" and date.has_year
    return EngagementFact(kind=kind, title=title, visiting=visiting, host=host, start=date.start, end=date.end,
                          confidence=0.9 if full else 0.75)


def _participants_nearby(blocks: list[Block], bi: int, finder: PlaceFinder, home: PlaceRef) -> list[PlaceRef]:
    """A visiting party named in the next blocks ("Participants: … the Hanoi People's Committee")."""
    for b in blocks[bi + 1:bi + 3]:
        if not re.search(r"participant|attend|delegat|참석|出席|asistentes|participants|teilnehm", b.text, re.IGNORECASE):
            continue
        for m in finder.find(b.text):
            if m.place is not None and not same_place(m.place, home):
                return [m.place]
    return []


# ---------------------------------------------------------------- tracks and sites

_TRACK = re.compile(r"^(?P<title>[^:：]{3,90})[:：]\s*(?P<body>.+)$", re.DOTALL)
_VISIT_TO = re.compile(r"(?:site\s+)?(?:visits?|visited|visiting|tours?|toured)\s+(?:to|of|at)?\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|la|le|les|el|los|die|der|das)\s+", re.IGNORECASE)


def _tracks(blocks: list[Block], bi: int, index: DocIndex) -> list[TrackFact]:
    """The thematic items right after the visit sentence's block."""
    tracks: list[TrackFact] = []
    j = bi + 1
    while j < len(blocks):
        b = blocks[j]
        if b.kind in ("title", "heading"):
            break
        marker = split_marker(b.text)
        body = b.text[marker.length:]
        m = _TRACK.match(body.strip())
        if not (marker.bullet or b.kind == "list_item") or marker.number is not None or not m:
            break
        title = clean(m.group("title"))
        rest = m.group("body")
        sites: list[SiteFact] = []
        visits = list(_VISIT_TO.finditer(rest))
        desc = rest
        if visits:
            v = visits[-1]
            desc = rest[:v.start()]
            base = b.start + marker.length + (len(body) - len(body.lstrip())) + m.start("body")
            for s_off, e_off, name in _split_sites(rest, v.end()):
                site_themes = _site_themes(name, title, desc)
                sites.append(SiteFact(name=name, themes=site_themes, evidence=index.evidence(base + s_off, base + e_off, b)))
        themes = theme_slugs(f"{title}. {desc}", limit=2) or theme_slugs(rest, limit=2)
        tracks.append(TrackFact(title=title, themes=themes, sites=sites, evidence=index.block_evidence(b)))
        j += 1
    return tracks


_SITE_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|、|\s*;\s*")


def _split_sites(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each site named in ``text[start:]`` ("F1963, KISWIRE and the Suyeong Overpass")."""
    out = []
    pos = start
    for part in _SITE_SEP.split(text[start:]) + [None]:
        if part is None:
            break
        s = pos + (len(part) - len(part.lstrip()))
        core = part.strip()
        art = _ARTICLE.match(core)
        if art:
            s += art.end()
            core = core[art.end():]
        name = core.rstrip(" .")
        if name:
            out.append((s, s + len(name), name))
        pos += len(part)
        sep = _SITE_SEP.match(text, pos)
        if sep:
            pos = sep.end()
    return out


def _site_themes(name: str, title: str, desc: str) -> list[str]:
    own = theme_slugs(name, limit=2)
    track = theme_slugs(f"{title}. {desc}", limit=2)
    out = []
    for s in own + track:
        if s not in out:
            out.append(s)
    return out[:3]


def _dedupe(facts: list[EngagementFact]) -> list[EngagementFact]:
    out: list[EngagementFact] = []
    for f in facts:
        same = next((o for o in out if o.start == f.start and o.host is not None and f.host is not None
                     and same_place(o.host, f.host) and {v.key for v in o.visiting} == {v.key for v in f.visiting}), None)
        if same is None:
            out.append(f)
        elif not same.tracks and f.tracks:
            same.tracks = f.tracks
    return out
