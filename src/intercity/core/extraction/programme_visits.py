"""A visit told by its programme, day by day, under a heading that names it (eighth session).

    Itinerary: Delegation from Ulsan                 Programm: Besuch aus Krakau
    Day 1 (Monday, 14 September 2026): arrival       Montag, 14. September 2026: Ankunft, Empfang im Rathaus
    Day 2 (Tuesday, 15 September 2026): port tour    Dienstag, 15. September 2026: Messe
    Day 3 (Wednesday, 16 September 2026): departure  Mittwoch, 16. September 2026: Abreise

    일본 이바라키시 대표단 방문 일정                    フェニックス市訪問団 日程
    9. 14.(월) 입국, 시장 환영 만찬                     9月14日（月）　来姫、市長表敬
    9. 15.(화) 산업단지 시찰                           9月15日（火）　姫路城見学

The heading names the visit and its party but no date; each following line opens with one day (after a bullet or a
"Day 1" label). The visit is one engagement from the first day to the last, whoever the heading names: not one visit
per day (what a reader of each line alone finds), nor nothing (the heading has no date, the lines no place).
"""

from __future__ import annotations

import datetime as dt
import re

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.dates import find_dates
from intercity.core.extraction.envoys import _DIPLOMAT as DIPLOMAT
from intercity.core.extraction.fallback_visits import _propose
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.text import DocIndex
from intercity.core.extraction.types import EngagementFact
from intercity.core.extraction.visits import VISIT_WORDS, comes_home, document_year, home_chars, section_years, visit_dates
from intercity.core.places.types import PlaceRef

HEADING = 120  # characters: a heading naming the visit
OPENS_WITH_DATE = 16  # the day starts within this many characters of the line (a weekday before it)
MAX_SPAN = 21  # days from the first to the last day of one programme
MAX_GAP = 3  # lines between two days of the programme (a day's sub-items: "- 10:00 visit to …")

# a line's opening before its day: a bullet, a "Day 1" / "1일차" / "第1日" label, a bracket
_LABEL = re.compile(r"^\s*(?:[-–•·○●▪*]\s*)?(?:(?:day|tag|jour|d[ií]a|giorno|dag|dzień)\s*\d{1,2}\s*[(:：.–-]?\s*"
                    r"|\d{1,2}\s*일\s*차\s*[(:：]?\s*|第\s*\d{1,2}\s*日\s*[(:：（]?\s*)?", re.IGNORECASE)


def _day(text: str, year: int | None, fiscal: bool):
    """The one day a programme line opens with (an ISO date), or None."""
    t = text.strip()
    if not t or len(t) > 300:
        return None
    label = _LABEL.match(t).end()
    dates = visit_dates(t, year, fiscal) if year else find_dates(t)
    if not dates or dates[0].s - label > OPENS_WITH_DATE or dates[0].precision != "day" or dates[0].start != dates[0].end:
        return None
    return dates[0].start if len(dates[0].start) == 10 else None


def _days_between(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def programmes(doc: ParsedDocument) -> list[tuple[int, list[int], str, str]]:
    """(heading block, blocks of the programme, first day, last day) of each visit told day by day."""
    blocks = doc.blocks
    years, doc_year = section_years(doc), document_year(doc)
    out = []
    k = 0
    while k < len(blocks):
        year, fiscal = years[k] if years[k][0] else (doc_year, False)
        first = _day(blocks[k].text, year, fiscal) if blocks[k].kind != "header" else None
        head = _heading(blocks, k, year, fiscal) if first else None
        if head is None:
            k += 1
            continue
        days, lines, j, last_day = [first], [k], k + 1, k
        while j < len(blocks) and j - last_day <= MAX_GAP and blocks[j].kind not in ("heading", "header"):
            d = _day(blocks[j].text, year, fiscal)
            if d is not None:
                if not (0 < _days_between(days[-1], d) <= MAX_GAP) or _days_between(days[0], d) > MAX_SPAN:
                    break
                days.append(d)
                last_day = j
            lines.append(j)
            j += 1
        if len(days) >= 2:
            out.append((head, [i for i in lines if i <= last_day], days[0], days[-1]))
            k = last_day + 1
        else:
            k += 1
    return out


def _heading(blocks, k: int, year, fiscal) -> int | None:
    """The block (at most two lines above the first day) that names a visit and gives no date of its own."""
    for j in range(k - 1, max(-1, k - 3), -1):
        t = blocks[j].text
        if VISIT_WORDS.search(t):
            return j if len(t) <= HEADING and not find_dates(t, year) else None
    return None


def programme_visits(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                     engagements: list[EngagementFact]) -> list[EngagementFact]:
    """``engagements`` with each visit told by its programme as one engagement over its days: those read from the
    heading or from single days of the programme with the same parties are replaced by it."""
    if home is None:
        return engagements
    att = index.attachment
    out = list(engagements)
    for head, lines, start, end in programmes(doc):
        blocks = doc.blocks
        text = re.sub(r"[_*|]", " ", blocks[head].text) + "\n" + re.sub(r"[_*|]", " ", blocks[lines[0]].text)
        year = int(start[:4])
        fact = _propose(text, False, year, False, finder, home, home_chars(home), "incoming")
        if fact is None:
            continue
        inside = {head, *lines}
        told = [f for f in out if f.evidence is not None and f.evidence.attachment == att and f.evidence.block in inside]
        if any(not _same_side(f, fact) for f in told):
            continue  # another visit told in the programme's lines: left as read
        fact.start, fact.end = start, end
        fact.title = fact.title.replace(" (fallback)", " (programme)")
        b = blocks[head]
        fact.evidence = index.evidence(b.start, blocks[lines[-1]].end, b)
        out = [f for f in out if f not in told] + [fact]
    return out


def _same_side(a: EngagementFact, b: EngagementFact) -> bool:
    return a.kind == b.kind and same_place(a.host, b.host) and {v.key for v in a.visiting} == {v.key for v in b.visiting}


# the days of arriving and of leaving, told in one sentence ("arrives on 3 December and leaves on 5 December", "reist am
# 3. Dezember an und am 5. wieder ab", "llegará el 3 de diciembre y regresará el 5", "12월 3일 입국, 5일 출국")
_ARRIVE = re.compile(r"\barriv\w*|\blands?\b|\bAnkunft\b|\bank(?:o|ä)mm\w*|\banreis\w*"
                     r"|\blleg\w*|\bchega\w*|\barrivo\b|\barrivano\b|도착|입국|到着|来日|入国|来訪|抵达|抵達|到达|到達", re.IGNORECASE)
_LEAVE = re.compile(r"\bleav\w*|\bdepart\w*|\bfl(?:y|ies|ew)\s+(?:back|home)|\breturn\w*|\bAbreise\b|\babreis\w*|\bverl(?:ä|a)ss\w*"
                    r"|\bd[ée]part\b|\brepart\w*|\bquitt\w*|\bsalida\b|\bsal(?:e|en|drá|drán|ió|ieron)\b|\bregres\w*|\bpart(?:e|en|irá|irán)\b"
                    r"|\bpartenza\b|\bripart\w*|출국|귀국|출발|離日|出発|帰国|离开|離開|返回|启程|啟程|离境|離境", re.IGNORECASE)
# German separable verbs put their particle after the day ("reist am 3. Dezember an", "am 5. Dezember wieder ab")
_ARRIVE_AFTER = re.compile(r"^\s*(?:wieder\s+)?an\b")
_LEAVE_AFTER = re.compile(r"^\s*(?:wieder\s+)?ab\b")
NEAR = 30  # characters around a day where its word of arriving or leaving stands


_NEXT_CLAUSE = re.compile(r"[,;，、]|\s(?:and|und|et|y|e|i|und\s+am)\s")


def _near(rx: re.Pattern, t: str, d, after: re.Pattern | None = None) -> bool:
    """A word of ``rx`` just before the day, or just after it in its own clause (``rx`` or the particle ``after``:
    "입국하여" after "12월 3일", "reist am 3. Dezember an")."""
    tail = t[d.e:d.e + NEAR // 2]
    cut = _NEXT_CLAUSE.search(tail)
    tail = tail[:cut.start()] if cut else tail
    return bool(rx.search(t[max(0, d.s - NEAR):d.s]) or rx.search(tail) or (after is not None and after.match(tail)))


def arrival_and_departure(engagements: list[EngagementFact]) -> None:
    """A one-day engagement read from a sentence that names the day of arriving and the day of leaving spans them."""
    for f in engagements:
        if f.evidence is None or not f.start or f.start != f.end or len(f.start) != 10:
            continue
        t = f.evidence.quote
        days = [d for d in find_dates(t, int(f.start[:4])) if d.precision == "day" and d.start == d.end and len(d.start) == 10]
        if len(days) != 2 or days[0].start != f.start:
            continue
        first, last = days
        if 0 < _days_between(first.start, last.start) <= MAX_SPAN and _near(_ARRIVE, t, first, _ARRIVE_AFTER) \
                and _near(_LEAVE, t, last, _LEAVE_AFTER) and not _LEAVE.search(t[max(0, first.s - NEAR):first.s]):
            f.end = last.start


# ---------------------------------------------------------------- a date alone on its line as the caption of the lines under it

CAPTION = 60  # characters: a date alone on its line
CAPTIONED_LINES = 3  # the short lines under such a date that tell its event
# what may stand beside a date alone on its line: weekdays in brackets, dashes, bullets, spaces
_CAPTION_REST = re.compile(r"[\s\-–—~〜～•·○●▪*:：()（）]|(?:月|火|水|木|金|土|日|월|화|수|목|금|토|일)(?=\s*[)）])")


def captioned_visits(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                     engagements: list[EngagementFact]) -> list[EngagementFact]:
    """A date alone on its line as the caption of the lines under it (a timeline drawn on a slide, a calendar):
    "5月19日（火）〜22日（金）" / "グリンデルワルト村長一行 来松", "May 19–22" / "Mayor of Leipzig … visit Houston": the visit
    those lines tell (one to three short lines with no date of their own) is on that date. A reading that paired the
    date with the lines above it (a heading and its date line) gives way."""
    if home is None:
        return engagements
    blocks = doc.blocks
    years, doc_year = section_years(doc), document_year(doc)
    hchar = home_chars(home)
    att = index.attachment
    out = list(engagements)
    for k, b in enumerate(blocks):
        if b.kind in ("header", "table_cell") or len(b.text) > CAPTION:
            continue
        year, fiscal = years[k] if years[k][0] else (doc_year, False)
        dates = visit_dates(b.text, year, fiscal)
        if len(dates) != 1 or _CAPTION_REST.sub("", b.text[:dates[0].s] + b.text[dates[0].e:]):
            continue  # not a date alone on its line
        lines: list[int] = []
        for j in range(k + 1, min(len(blocks), k + 1 + CAPTIONED_LINES)):
            nb = blocks[j]
            if nb.kind in ("header", "table_cell", "heading") or len(nb.text) > HEADING or visit_dates(nb.text, year, fiscal):
                break
            lines.append(j)
        told = " ".join(blocks[j].text for j in lines)
        if not lines or not (VISIT_WORDS.search(told) or comes_home(told, hchar) or DIPLOMAT.search(told)):
            continue
        fact = _propose(told + "\n" + b.text, False, year, fiscal, finder, home, hchar, "incoming")
        if fact is None:
            continue
        inside = {k, *lines}
        told_before = [f for f in out if f.evidence is not None and f.evidence.attachment == att and f.evidence.block in inside]
        if any(f.start == fact.start and f.end == fact.end and _same_side(f, fact) for f in told_before):
            continue  # read so already
        fact.title = fact.title.replace(" (fallback)", " (caption)")
        fact.evidence = index.evidence(b.start, blocks[lines[-1]].end, b)
        out = [f for f in out if f not in told_before] + [fact]
    return out
