"""Needs and strengths: what a city wants to learn and what it has to offer, for matchmaking.

"Busan has expressed interest in learning from Barcelona's experiences in solar energy" is a need
of Busan (solar energy) and a strength of Barcelona (the same subject, offered to Busan); "Busan is
currently testing 26 services (smart streetlights …)" is a strength of Busan. Rules read one
sentence at a time, in English, Korean, Spanish, French and German wording; the party is the place
named before the verb (the document's subject when none is), the counterpart the place after
"from" / "de" / "von" / "의".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.text import DocIndex, clean, sentences
from intercity.core.extraction.types import Evidence
from intercity.core.places.types import PlaceRef
from intercity.core.themes import classify

_END = r"(?P<subject>[^.;:!?。]{3,160})"

# (kind of the party's interest, pattern). Named groups: party (optional text before), other
# (the counterpart's name), subject.
_LEARN_FROM = [
    # English
    re.compile(r"(?:interest|interested)\s+in\s+(?:learning|benchmarking)\s+from\s+(?P<other>[^,.;]{2,60}?)(?:['’]s?)?\s+"
               r"(?:experiences?|expertise|know-how|practices?|approach(?:es)?)\s+(?:in|with|on|of|regarding)\s+" + _END, re.I),
    re.compile(r"(?:would like|wants|wishes|hopes|seeks|plans|is keen)\s+to\s+learn\s+from\s+(?P<other>[^,.;]{2,60}?)"
               r"(?:['’]s?\s+(?:experiences?|expertise)\s+)?\s*(?:in|with|on|about|regarding)\s+" + _END, re.I),
    # Spanish
    re.compile(r"inter[eé]s\s+en\s+aprender\s+de\s+(?:la|las)\s+experiencias?\s+de\s+(?P<other>[^,.;]{2,60}?)\s+"
               r"(?:en|sobre|con)\s+" + _END, re.I),
    # French
    re.compile(r"(?:souhaite|voudrait|aimerait)\s+s['’]inspirer\s+de\s+l['’]exp[ée]rience\s+de\s+(?P<other>[^,.;]{2,60}?)\s+"
               r"(?:en\s+mati[èe]re\s+de|dans|pour|sur)\s+" + _END, re.I),
    # German
    re.compile(r"(?:m[öo]chte|will|w[üu]nscht)\s+von\s+(?:den\s+)?Erfahrungen\s+(?:von\s+)?(?P<other>[^,.;]{2,60}?)\s+"
               r"(?:mit|bei|im\s+Bereich|in)\s+" + _END, re.I),
]
_KO_LEARN = re.compile(r"(?P<other>[가-힣]{2,12})의\s*(?P<subject>[^.。]{2,80}?)\s*(?:경험|노하우|사례)[을를]?\s*"
                       r"(?:배우|벤치마킹|공유받|전수받)")
_NEED = [
    re.compile(r"(?:seeks?|is seeking|needs?|requires?|is looking for|requests?)\s+(?:technical\s+)?"
               r"(?:expertise|know-how|support|assistance|advice|partners?)\s+(?:in|on|for|with)\s+" + _END, re.I),
]
_STRENGTH = [
    re.compile(r"\bis\s+currently\s+(?P<verb>testing|piloting|running|operating)\s+" + _END, re.I),
    re.compile(r"\b(?:is|has become)\s+(?:a\s+)?(?:world\s+|global\s+|regional\s+)?(?:leader|pioneer|frontrunner)\s+in\s+" + _END, re.I),
    re.compile(r"\bis\s+(?:well\s+|internationally\s+)?known\s+for\s+(?:its\s+)?" + _END, re.I),
    re.compile(r"\bhas\s+(?:long|extensive|considerable|strong)\s+(?:experience|expertise)\s+(?:in|with)\s+" + _END, re.I),
]
_KO_STRENGTH = re.compile(r"(?P<subject>[^.。]{2,60}?)\s*분야(?:의|에서)\s*(?:강점|선도|노하우)")

_CUT = re.compile(r"\s+(?:through|by means of|via|so that|in order to|and (?:to|its)\b|which|that will)\b.*$", re.I)


@dataclass
class InterestFact:
    party: PlaceRef | None
    kind: str  # need | strength
    subject: str
    counterpart: PlaceRef | None = None
    themes: list[str] | None = None
    theme_words: dict[str, list[str]] | None = None
    confidence: float = 0.7
    evidence: Evidence | None = None

    def to_json(self) -> dict:
        return {
            "party": self.party.to_json() if self.party else None,
            "kind": self.kind,
            "subject": self.subject,
            "counterpart": self.counterpart.to_json() if self.counterpart else None,
            "themes": self.themes or [],
            "theme_words": self.theme_words or {},
            "confidence": round(self.confidence, 2),
            "evidence": self.evidence.to_json() if self.evidence else None,
        }


def _subject(text: str) -> str:
    s = _CUT.sub("", clean(text)).strip(" ,;:-–—()\"'“”")
    s = re.sub(r"^(?:the|its|their)\s+", "", s, flags=re.I)
    return s[:160]


def _place_in(finder: PlaceFinder, text: str, last: bool = False) -> PlaceRef | None:
    found = [m.place for m in finder.find(text) if m.place is not None and m.place.kind != "country"]
    if not found:
        return None
    return found[-1] if last else found[0]


def _themes(text: str) -> tuple[list[str], dict[str, list[str]]]:
    matches = classify(text, limit=3, min_score=0.4)
    return [m.slug for m in matches], {m.slug: list(m.matched_words) for m in matches}


def extract_interests(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, subject: PlaceRef | None) -> list[InterestFact]:
    out: list[InterestFact] = []
    seen: set[tuple] = set()

    def add(kind, party, subj_text, counterpart, start, end, block, confidence):
        subj = _subject(subj_text)
        if len(subj) < 3 or party is None:
            return
        key = (kind, party.key, subj.casefold())
        if key in seen:
            return
        seen.add(key)
        themes, words = _themes(subj)
        out.append(InterestFact(party=party, kind=kind, subject=subj, counterpart=counterpart, themes=themes,
                                theme_words=words, confidence=confidence, evidence=index.evidence(start, end, block)))

    for b in doc.blocks:
        if b.kind == "table_cell" or len(b.text) < 15:
            continue
        for sent in sentences(b.text):
            text = sent.text
            base = b.start + sent.start
            for pattern in _LEARN_FROM:
                m = pattern.search(text)
                if not m:
                    continue
                other = _place_in(finder, m.group("other"))
                party = _place_in(finder, text[:m.start()], last=True) or subject
                if party is not None and other is not None and party.key == other.key:
                    party = subject
                add("need", party, m.group("subject"), other, base, base + len(text), b, 0.8)
                if other is not None:
                    add("strength", other, m.group("subject"), party, base, base + len(text), b, 0.7)
                break
            m = _KO_LEARN.search(text)
            if m:
                other = _place_in(finder, m.group("other"))
                party = _place_in(finder, text[:m.start()], last=True) or subject
                add("need", party, m.group("subject"), other, base, base + len(text), b, 0.75)
                if other is not None:
                    add("strength", other, m.group("subject"), party, base, base + len(text), b, 0.65)
            for pattern in _NEED:
                m = pattern.search(text)
                if m:
                    party = _place_in(finder, text[:m.start()], last=True) or subject
                    add("need", party, m.group("subject"), None, base, base + len(text), b, 0.65)
            for pattern in (*_STRENGTH, _KO_STRENGTH):
                m = pattern.search(text)
                if m:
                    party = _place_in(finder, text[:m.start()], last=True) or subject
                    subj = m.group("subject")
                    if "verb" in pattern.groupindex:
                        subj = f"{m.group('verb').lower()} {subj}"
                    add("strength", party, subj, None, base, base + len(text), b, 0.65)
    return out
