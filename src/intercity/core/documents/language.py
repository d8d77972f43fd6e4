"""Cheap language guess: script shares for ko/ja/zh, stop-word counts for Latin scripts."""

from __future__ import annotations

import re
from collections import Counter

_STOP = {
    "en": "the and of to in is for with on that this are be by as from at have has it was will an or which their".split(),
    "es": "el la los las de del que y en un una por con para es se al lo como su sus más ha fue".split(),
    "fr": "le la les des de du et en un une pour que qui dans sur est au aux par avec ne pas sont ont".split(),
    "de": "der die das und den dem des ein eine ist nicht mit von zu für auf im sich auch als werden wird".split(),
    "it": "il lo gli della delle di che e per con una sono nel alla dei non più anche come".split(),
    "pt": "o os as do da dos das que e em um uma para com não por se mais como ao foi são".split(),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str, sample: int = 200_000) -> str:
    """ISO 639-1 guess. ``ko`` if Hangul is a notable share of letters, ``ja`` if there is
    kana, ``zh`` for Han without kana, else the Latin-script language with most stop words
    (default ``en``)."""
    text = text[:sample]
    hangul = kana = han = latin = 0
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            hangul += 1
        elif 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
            kana += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            han += 1
        elif ch.isalpha() and o < 0x250:
            latin += 1
    letters = hangul + kana + han + latin
    if not letters:
        return "en"
    # CJK characters carry ~2-4x the information of a Latin letter: weight them up.
    if hangul and hangul * 3 >= 0.2 * (letters + 2 * (hangul + kana + han)):
        return "ko"
    cjk = kana + han
    if cjk and cjk * 3 >= 0.2 * (letters + 2 * (hangul + kana + han)):
        if kana >= max(1, cjk // 20):
            return "ja"
        return "zh"
    counts = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(counts[w] for w in words) for lang, words in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0 or scores[best] <= scores["en"]:
        return "en"
    return best
