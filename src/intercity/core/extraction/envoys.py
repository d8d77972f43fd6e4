"""Consuls and ambassadors in visit sentences: the country a diplomat represents (engagements of kind
``meeting``). Split from visits.py."""

from __future__ import annotations

import re

from intercity.core.documents.types import Block
from intercity.core.extraction.lexicon import ENVOY_WORDS, Alternation
from intercity.core.extraction.mentions import PlaceFinder, PlaceMention
from intercity.core.extraction.partners import same_place

# consuls, ambassadors, consulates and embassies in the languages of lexicon.py
_DIPLOMAT = Alternation(ENVOY_WORDS)


def _envoy_country(t: str, diplomat, countries: list[PlaceMention]):
    """The country a consul or an ambassador represents: the one named right after the title
    ("le consul général du Maroc", "o cônsul-geral do Japão", "Consul General of Japan")."""
    if diplomat is None or not countries:
        return None
    after = [c for c in countries if 0 <= c.start - diplomat.end() <= 30]
    if after:
        return after[0].resolution.best
    before = [c for c in countries if 0 <= diplomat.start() - c.end <= 12]  # 日本国総領事, 주한 일본 총영사
    return before[-1].resolution.best if before else None


def envoy_of(t: str, diplomat, countries: list[PlaceMention], finder: PlaceFinder, home=None):
    """The country a consul or an ambassador in ``t`` represents: named next to the title, glued to it, or after
    it in an inflected form ("Ambasadori i Italisë"); never the home city's own country, where the envoy serves
    ("… of Italy in Albania", "Ambasadori i Italisë në Shqipëri")."""
    own = getattr(home, "country_code", None)
    foreign = [c for c in countries if not own or c.resolution.best.country_code != own]
    return (_envoy_country(t, diplomat, foreign) or _glued_envoy(t, diplomat, finder)
            or _inflected_envoy(t, diplomat, finder, own) or _inflected_envoy_before(t, diplomat, finder, own))


_WORD_AFTER = re.compile(r"[^\W\d_]{5,}|(?<![^\W\d_])[A-Z]{2,4}(?![^\W\d_])")


def _inflected_envoy(t: str, diplomat, finder: PlaceFinder, own: str | None):
    """A country in a case form right after the title: the first word of five letters or more within 30 characters
    that names a country once up to three final letters are taken off ("Italisë" → Itali, "İtaliyanın")."""
    if diplomat is None:
        return None
    for w in _WORD_AFTER.finditer(t[diplomat.end():diplomat.end() + 30]):
        ref = _country_of_word(w.group(0), finder, own)
        if ref is not None:
            return ref
    return None


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}(?:[-:'’][^\W\d_]{1,4})?)(?=\s)")


def _country_of_word(word: str, finder: PlaceFinder, own: str | None):
    """The country a word in a case form names: up to four final letters taken off (after a hyphen, a colon or an
    apostrophe: "USA:s", "ABŞ-nyň"; a genitive s: "USAs"), and the stem with a nominative ending put back
    ("Lenkijos" → Lenkija, "Китая" → Китай, "Беларустун" → Беларусь)."""
    for cut in range(0, 5):
        stem = word[:len(word) - cut]
        base = stem.rstrip("-:'’")
        short_ok = cut and (base != stem or word[len(stem):] == "s")
        if len(base) < 3:
            break
        endings = ("a", "ja", "й", "я", "ь", "и") if cut and len(base) >= 4 else ()
        own_form = () if cut and len(base) < 5 and not short_ok else (base,)
        for candidate in own_form + tuple(base + e for e in endings):
            code = finder.country_code(candidate)
            if code and code != own:
                try:
                    return finder.g.get(f"cc:{code}")
                except Exception:  # noqa: BLE001 - a gazetteer failure must not stop the extraction
                    return None
    return None


def _inflected_envoy_before(t: str, diplomat, finder: PlaceFinder, own: str | None):
    """A country in a genitive right before the title, or before the title's first word: "Finlands ambassadør",
    "USA:s ambassadör", "Lenkijos ambasadoriumi", "İtaliyanın səfiri", "Германы элчин сайд", "ABŞ-nyň ilçisi"
    (case endings of up to four letters taken off)."""
    if diplomat is None:
        return None
    words = _WORD_BEFORE.findall(t[max(0, diplomat.start() - 40):diplomat.start()])
    for word in reversed(words[-2:]):
        found = _country_of_word(word, finder, own)
        if found is not None:
            return found
    return None


def _document_envoy(blocks: list[Block], finder: PlaceFinder):
    """The one country whose consulate or embassy the document names ("Consulate General of the Republic of
    Korea in Vancouver" in a letter's sender and greeting), for a consul met without the country in the sentence."""
    found = []
    for b in blocks[:80]:
        for d in _DIPLOMAT.finditer(b.text or ""):
            win = b.text[max(0, d.start() - 30):d.end() + 40]
            countries = [m for m in finder.find(win, include_countries=True)
                         if m.resolution.best is not None and m.resolution.best.kind == "country"]
            c = _envoy_country(win, _Span(d.start() - max(0, d.start() - 30), d.end() - max(0, d.start() - 30)), countries)
            if c is not None and not any(same_place(c, f) for f in found):
                found.append(c)
    return found[0] if len(found) == 1 else None


class _Span:
    def __init__(self, s: int, e: int):
        self._s, self._e = s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def _glued_envoy(t: str, diplomat, finder: PlaceFinder):
    """A country written as one word with the title ("주한 인도대사", "駐韓インド大使"): the word's part before it."""
    if diplomat is None:
        return None
    word = re.search(r"([^\W\d_]{1,12})$", t[:diplomat.start()])
    if not word or not re.match(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]", word.group(1)):
        return None
    for m in finder.find(word.group(1), include_countries=True):
        best = m.resolution.best
        if best is not None and best.kind == "country" and m.end == len(word.group(1)):
            return best
    return None
