"""Online meetings: a video conference of the home city with another city is an engagement of kind ``meeting``.

"인천광역시는 2025년 6월 24일 일본 고베시와 화상회의를 열고 …", "2025年9月17日、名古屋市はトリノ市とオンライン会議を開催し",
"成都市与波恩市通过视频连线方式举行市长会谈", "held a video conference with Lyon on 3 June": nobody travelled, so neither
city hosts a visit; the record is a meeting whose other party is the one other city of the sentence and whose host is
the home city (the convention of the gold for meetings). A visit the rules read from the same sentence ("Turin …
Nagoya" as an incoming delegation) becomes that meeting; a sentence no rule read gives one."""

from __future__ import annotations

import re

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.cancellations import cancelled
from intercity.core.extraction.dates import find_dates
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.text import DocIndex, sentences
from intercity.core.extraction.types import EngagementFact
from intercity.core.places.types import PlaceRef

_ONLINE = re.compile(
    r"(?:온라인|화상|비대면|영상)\s*(?:회의|회담|간담회|면담|미팅|포럼|협의회?)"
    r"|(?:オンライン|ウェブ|ＷＥＢ|WEB|テレビ|ビデオ)\s*(?:会議|会談|面談|協議|交流会|ミーティング)"
    r"|(?:视频|視訊|视讯|線上|线上|云端|雲端|网络|網路)\s*(?:会议|會議|会谈|會談|会见|會見|连线|連線|会晤|會晤|方式)"
    r"|\b(?:online|virtual|video)\s+(?:meeting|conference|call|talks|session|exchange)s?\b|\bvideo[-\s]?conferenc\w*"
    r"|\bvisioconf[ée]rence\w*|\bvideokonferenz\w*|\bvideoconferencia\w*|\breuni[óo]n\s+virtual\b|\bvideoconferenza\w*",
    re.IGNORECASE)


def online_meetings(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                    default_year: int | None, engagements: list[EngagementFact]) -> list[EngagementFact]:
    """The online meetings of ``doc``: those the rules read as visits are turned into meetings in place (in
    ``engagements``); the others are returned."""
    if home is None or not _ONLINE.search(doc.text):
        return []
    new: list[EngagementFact] = []
    for b in doc.blocks:
        if not b.text or not _ONLINE.search(b.text):
            continue
        for sent in sentences(b.text):
            t = sent.text
            if not _ONLINE.search(t) or cancelled(t):
                continue
            dates = find_dates(t, default_year)
            if not dates:
                continue
            others: list[PlaceRef] = []
            for m in finder.find(t):
                p = m.place
                if p is not None and p.kind == "city" and not same_place(p, home) and not any(same_place(p, q) for q in others):
                    others.append(p)
            if len(others) != 1:
                continue
            other = others[0]
            s, e = b.start + sent.start, b.start + sent.end
            told = [f for f in engagements if f.evidence is not None and f.evidence.attachment == index.attachment
                    and f.evidence.start < e and s < f.evidence.end
                    and any(same_place(v, other) or same_place(v, home) for v in f.visiting)]
            for f in told:
                f.kind, f.visiting, f.host = "meeting", [other], home
                f.title = f"Online meeting of {home.name} with {other.name}"
            if told:
                continue
            date = dates[0]
            fact = EngagementFact(kind="meeting", title=f"Online meeting of {home.name} with {other.name}", visiting=[other],
                                  host=home, start=date.start, end=date.end, confidence=0.8 if date.has_year else 0.7)
            fact.evidence = index.evidence(s, e, b)
            new.append(fact)
    return new
