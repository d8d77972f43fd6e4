"""A trip told as labelled fields: the overview of a mission report or an itinerary, one field a line.

    시장 해외출장 결과 보고              市長海外出張報告書                 高雄市長出訪行程
    ○ 기간: 2025. 5. 30.(금) ~ 6. 2.(월)  １　出張期間　令和7年6月29日～7月3日   日期：2025/6/2（一）至6/5（四）
    ○ 방문지: 중국 상하이시              ２　訪問先　アメリカ合衆国　サンディエゴ市  地點：澳洲布里斯本

A destination field (방문지, 출장지, 訪問先, 派遣先, 目的地, "Destination" … the words of a trips table's header,
``lexicon.TRAVEL_TABLE_HEADERS``) naming one other place, and a period field (기간, 출장기간, 期間, 日程, 日期, "Dates",
"Period") with a date within a few lines of it: the home city went there then. A place field (장소, 場所, 地點, "Venue")
counts as a destination only when the document's title or first lines speak of a trip abroad (출장, 出張, 出訪,
"mission to" …). No sentence says who went: the fields do, as a reader of the form sees at once."""

from __future__ import annotations

import re

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.cancellations import cancelled
from intercity.core.extraction.dates import find_dates
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.text import DocIndex
from intercity.core.extraction.types import EngagementFact, PartnershipFact
from intercity.core.places.types import PlaceRef

# the destination words of a trips table's header, and a few more of the same kind
# (not the travellers' column nor the dates': a field naming who went or when is no destination)
_DEST_WORDS = [w for ws in lex.TRAVEL_TABLE_HEADERS.values() for w in ws
               if not re.search(r"travel|reisende|viajer|voyageur|viajante|date|visited", w)]  # (sites of a programme)
_DEST_WORDS += ["訪問地", "訪問都市", r"访问城市", r"訪問城市", r"방문\s*국가", r"출장\s*국가"]
_PLACE_WORDS = ["장소", "場所", "開催地", "地点", "地點", r"\bvenue\b", r"\blocation\b"]
_PERIOD_WORDS = [r"(?:출장|방문|파견|해외출장)?\s*기\s*간", "일시", "일정", r"(?:出張|派遣|訪問)?期間", "日程", "日時",
                 "日期", "期间", "时间", "時間", r"\bperiod\b", r"\b(?:travel\s+)?dates\b",
                 r"\bdates?\s+of\s+(?:the\s+)?(?:visit|mission|trip|travel)\b",
                 r"\bp[ée]riode\b", r"\bzeitraum\b", r"\bfechas\b", r"\bper[ií]odo\b",
                 # the same written out, so that a spaced-out label is read too ("出 張 期 間", "출 장 기 간")
                 "出張期間", "派遣期間", "訪問期間", "출장기간", "방문기간", "파견기간"]

_MARK = r"^\s*(?:[-–•·*○◯●◎■□▶▷◆◇▪]|[0-9０-９]{1,2}[.)．、]?|[①-⑳]|[(（][0-9]{1,2}[)）])?\s*"
_SEP = r"\s*(?:[:：]\s*|[\s\u3000]+)(?P<value>\S.*)$"


def _spaced(word: str) -> str:
    """A Korean, Japanese or Chinese label may be spaced out to align a form ("방 문 지", "기    간", "出 張 期 間"): any
    white space between its characters (a label written with regular-expression syntax is kept as it is)."""
    if re.fullmatch(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]{2,}", word):
        return r"\s*".join(word)
    return word


def _field(words: list[str]) -> re.Pattern:
    return re.compile(_MARK + r"(?P<label>" + "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True)) + r")" + _SEP,
                      re.IGNORECASE)


_DEST = _field(_DEST_WORDS)
_PLACE = _field(_PLACE_WORDS)
_PERIOD = _field(_PERIOD_WORDS)
_ABROAD = re.compile("|".join(f"(?:{w})" for table in (lex.OUTBOUND_WORDS, lex.HEADING_OUTBOUND)
                              for ws in table.values() for w in ws), re.IGNORECASE)
_NEAR = 5  # lines between a destination field and its period field
_OWN_DAYS = re.compile(r"(?:시|市|県|县|縣)?\s*[(（]([^()（）]{3,40})[)）]")


def trip_field_engagements(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                           default_year: int | None) -> list[EngagementFact]:
    return trip_fields(doc, index, finder, home, default_year)[0]


def trip_fields(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                default_year: int | None) -> tuple[list[EngagementFact], list[PartnershipFact]]:
    """The trips of the labelled fields of ``doc``, and the ties their other fields tell without a place: a purpose
    field "자매도시 결연 32주년 기념 교류", "姉妹都市提携68周年記念式典への出席", "出席姊妹市締結28週年活動" speaks of the tie
    of the home city with the trip's destination."""
    if home is None:
        return [], []
    blocks = [b for b in doc.blocks if b.kind not in ("table_cell", "header") and b.text and len(b.text) <= 200]
    head = " ".join([doc.title or "", *(b.text for b in doc.blocks[:3])])
    abroad = bool(_ABROAD.search(head))
    periods = [(i, m) for i, b in enumerate(blocks) if (m := _PERIOD.match(b.text))]
    if not periods:
        return [], []
    out: list[EngagementFact] = []
    ties: list[PartnershipFact] = []
    for i, b in enumerate(blocks):
        m = _DEST.match(b.text) or (_PLACE.match(b.text) if abroad else None)
        if m is None or _PERIOD.match(b.text):
            continue
        hosts: list[PlaceRef] = []
        written = []
        for pm in finder.find(m.group("value")):
            p = pm.place
            if p is None or p.kind == "country" or same_place(p, home) or any(same_place(p, q) for q in hosts) \
                    or p.country_code == home.country_code and p.admin1 and p.admin1 == home.admin1:
                continue  # (a district or a site of the home city is no trip abroad)
            hosts.append(p)
            written.append(pm)
        # a region written before its city ("랴오닝성 진저우시", "Liaoning Jinzhou"): where the city lies, not a stop
        keep = [k for k, p in enumerate(hosts) if not (p.kind == "region" and any(q is not p and finder.holds(p, q) for q in hosts))]
        hosts, written = [hosts[k] for k in keep], [written[k] for k in keep]
        if not hosts:
            continue
        near = sorted((abs(j - i) + (0.5 if j > i else 0), j, pm) for j, pm in periods if 0 < abs(j - i) <= _NEAR)
        for _d, j, pm in near:
            dates = find_dates(pm.group("value"), default_year)
            if not dates or any(not same_place(q.place, home) for q in finder.find(pm.group("value")) if q.place is not None):
                continue
            lo, hi = min(i, j), max(i, j)
            if cancelled(" ".join(x.text for x in blocks[lo:hi + 1])):
                break
            date = dates[0]
            value = m.group("value")
            for host, pm_h in zip(hosts, written):
                # a stop with its own days in brackets ("진저우시(10. 13.~10. 15.), 무단장시(10. 15.~10. 17.)",
                # "Lyon (3–5 May), Turin (6–7 May)"): those days, the year of the period field
                own = _OWN_DAYS.match(value, pm_h.end)
                days = find_dates(own.group(1), int(date.start[:4]) if date.has_year else default_year) if own else []
                d = days[0] if len(days) == 1 else date
                fact = EngagementFact(kind="outgoing", title=f"{home.name} delegation to {host.name}", visiting=[home], host=host,
                                      start=d.start, end=d.end, confidence=0.85 if d.has_year else 0.75)
                fact.evidence = index.evidence(blocks[lo].start, blocks[hi].end, b)
                out.append(fact)
            if len(hosts) == 1:
                ties.extend(_ties(blocks, i, lo, hi, written[0], finder, home, index))
            break
    return out, ties


def _ties(blocks, i: int, lo: int, hi: int, dest, finder: PlaceFinder, home: PlaceRef, index: DocIndex) -> list[PartnershipFact]:
    """A kind word in a field of the overview (its lines and the two after it) that names no place: the destination's tie."""
    out: list[PartnershipFact] = []
    for k in range(max(0, lo - 2), min(len(blocks), hi + 3)):
        t = blocks[k].text
        if k == i or not _FIELD_LINE.match(t):
            continue
        spans = kind_spans(t)
        if len(spans) != 1 or any(m.place is not None and not same_place(m.place, home) for m in finder.find(t)):
            continue
        r = dest.resolution
        out.append(PartnershipFact(name_as_written=dest.text, resolution=r, kind=spans[0][2], confidence=r.confidence * 0.8,
                                   evidence=index.evidence(blocks[k].start, blocks[k].end, blocks[k]),
                                   list_title=f"trip overview: {t[spans[0][0]:spans[0][1]]}"))
        break
    return out


_FIELD_LINE = re.compile(_MARK + r"[^\s:：]{1,12}\s*(?:[:：]|[\s\u3000]+)\S")
