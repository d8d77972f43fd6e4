"""Words that name a kind of partnership, in the languages city documents are written in.

``kinds_in(text)`` returns the partnership kinds named in a text, in order of appearance:
``sister`` (sister city, twin town, ville jumelée, ciudad hermanada, Partnerstadt, 자매도시,
姉妹都市, Chinese 友好城市 / 姐妹城市), ``friendship`` (friendship city, 우호(협력)도시, Japanese
友好都市, Chinese 友好合作交流城市), ``partner`` (partner city, memorandum or cooperation
agreement, accord de coopération, パートナー都市, 親善協力都市, 行政交流都市), ``pairing``
(a programme pairing such as the EU IURC's).

The words themselves, in some sixty languages, are the table ``kind_words.KIND_WORDS`` (keyed by
language; how each language's words map to the kinds is explained there and in docs/extraction.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from intercity.core.extraction.kind_words import KIND_WORDS, alternation

# tried in this order; a word found by an earlier pattern hides any later one it overlaps.
# "kind!" words come first (友好合作交流城市 before 友好城市, 友好交流協定 before 友好)
_ORDER = ("friendship!", "partner!", "sister", "friendship", "partner", "pairing")


@lru_cache(maxsize=1)
def _patterns():
    """(organisation, both, [(kind, pattern)]), compiled on first use: the table is large and parsing
    it takes some 40 ms, which a process that never reads a document should not pay at import."""
    # an organisation named after the kind ("Sister Cities International") is not a kind word
    organisation = alternation(KIND_WORDS, "none")
    # "sister/friendship city relations", "姉妹都市・友好都市", "자매·우호도시": both kinds at once
    both = alternation(KIND_WORDS, "sister+friendship")
    return organisation, both, [(key.rstrip("!"), rx) for key in _ORDER if (rx := alternation(KIND_WORDS, key)) is not None]


# a kind's stem alone as a tag in brackets after an item ("애틀랜타(미국) [자매]", "히로시마 (우호)", "ケルン【姉妹】"): the
# stem is a kind word only there. Bare "友好" is left out: Japanese (友好都市, friendship) and Chinese (友好城市, sister)
# read it differently.
_TAGS = re.compile(r"[\[(（【〔]\s*(자매|우호|姉妹|姊妹|姐妹)\s*[\])）】〕]")
_TAG_KIND = {"자매": "sister", "우호": "friendship", "姉妹": "sister", "姊妹": "sister", "姐妹": "sister"}


def kind_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every kind word in ``text``, non-overlapping, in order."""
    return list(_kind_spans(text)) if text else []


@lru_cache(maxsize=8192)
def _kind_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    # the same blocks and sentences are asked about by every reader: remember the answer
    organisation, both, compiled = _patterns()
    found: list[tuple[int, int, int, str]] = []
    if organisation.search(text):
        text = organisation.sub(lambda m: "\x00" * len(m.group(0)), text)
    for m in both.finditer(text):
        found.append((m.start(), 0, m.end(), "sister"))
        found.append((m.start(), 1, m.end(), "friendship"))
    taken = [(s, e) for s, _, e, _ in found]
    for kind, rx in compiled:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), 0, m.end(), kind))
    for m in _TAGS.finditer(text):
        if not any(m.start() < e and s < m.end() for s, e in taken):
            found.append((m.start(1), 0, m.end(1), _TAG_KIND[m.group(1)]))
    found.sort()
    return tuple((s, e, k) for s, _, e, k in found)


def kinds_in(text: str) -> list[str]:
    """Distinct kinds named in ``text``, in order of first appearance."""
    out: list[str] = []
    for _, _, kind in kind_spans(text):
        if kind not in out:
            out.append(kind)
    return out
