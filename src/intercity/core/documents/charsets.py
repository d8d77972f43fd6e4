"""Single-byte legacy code pages: pick the one whose decoding reads like one language.

Western (cp1252, ISO-8859-15), central European (cp1250, ISO-8859-2), Turkish (cp1254,
ISO-8859-9), Cyrillic (cp1251, KOI8-R) and Greek (cp1253) text all decode without error in
several of these, so decoding is not a test. A decoding is judged by its non-ASCII characters:

- the share of them that are letters of **one** language's alphabet (Turkish ç ğ ı ö ş ü read
  as cp1252 gives ç ð ý ö þ ü, letters of no single language), or typography (’ “ – € …),
  averaged with the share of words spelt with the letters of one language;
- the share of words holding such letters whose case is plausible (``word``, ``WORD``,
  ``Word``): KOI8-R read as cp1251 swaps upper and lower case ("еКАТЕРИНБУРГ").

The best score wins; on a tie the earlier code page of ``CANDIDATES`` (cp1252 first), so text
whose bytes mean the same in several code pages keeps the Western reading.
"""

from __future__ import annotations

import re

CANDIDATES = ("cp1252", "cp1250", "iso-8859-2", "cp1254", "iso-8859-9", "cp1251", "koi8-r", "cp1253")

# non-ASCII lower-case letters of each language (upper case is compared through lower())
_ALPHABETS = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "pt": "áâãàçéêíóôõú", "it": "àèéìíòóùú",
    "nl": "éëïóèáöü", "ca": "àçéèíïóòúü", "nordic": "åæøäöé", "is": "áðéíóúýþæö", "fi": "äöå",
    "tr": "çğıöşüâîû", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "hr": "čćđšž", "sl": "čšž", "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
}
_ALPHABETS = {k: frozenset(v) for k, v in _ALPHABETS.items()}
_CYRILLIC = range(0x0400, 0x0500)
_GREEK = range(0x0370, 0x0400)
_CYRILLIC_LETTERS = frozenset(chr(o) for o in _CYRILLIC)
_GREEK_LETTERS = frozenset(chr(o) for o in _GREEK)
_TYPOGRAPHY = frozenset("’‘“”„‚–—…•€£¥©®°±×÷§¶«»¡¿·ºª¹²³¼½¾µ\u00a0\u00ad™†‡‰‹›№¤")  # ¤: the euro of ISO-8859-15
_WORD = re.compile(r"[^\W\d_]+")


def _lower(ch: str) -> str:
    return "ı" if ch == "İ" else ch.lower()  # the Turkish dotted capital: a letter of Turkish only


def _script(ch: str) -> str:
    o = ord(ch)
    return "cyrillic" if o in _CYRILLIC else "greek" if o in _GREEK else "latin"


def _shaped(word: str) -> bool:
    """Plausible case (word, WORD, Word) and one script (no Latin letters inside a Cyrillic word)."""
    if len({_script(ch) for ch in word}) > 1:
        return False
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def plausibility(text: str) -> float:
    """0..1: how much the non-ASCII characters of ``text`` read like one language, case included."""
    chars = [ch for ch in text if ord(ch) > 127]
    if not chars:
        return 1.0
    typo = sum(1 for ch in chars if ch in _TYPOGRAPHY)
    letters = [_lower(ch) for ch in chars if ch.isalpha()]
    alphabets = [*_ALPHABETS.values(), _CYRILLIC_LETTERS, _GREEK_LETTERS]
    best = max(sum(1 for ch in letters if ch in alphabet) for alphabet in alphabets)
    score = (best + typo) / len(chars)
    words = [w for w in _WORD.findall(text) if any(ord(c) > 127 for c in w)]
    if words:
        # a word is spelt in one language (a German text may quote a French word: "déjà")
        spelt = sum(1 for w in words if any(all(_lower(c) in a for c in w if ord(c) > 127) for a in alphabets))
        score = (score + spelt / len(words)) / 2
        score *= sum(1 for w in words if _shaped(w)) / len(words)
    return score


def best_single_byte(data: bytes, minimum: float = 0.8) -> tuple[str, str] | None:
    """(text, encoding) of the most plausible single-byte reading, or None when none reaches ``minimum``."""
    best: tuple[float, str, str] | None = None
    for enc in CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc.startswith("iso-8859") and re.search(r"[\x80-\x9f]", text):
            continue  # C1 control characters: the Windows code page of the same script reads them
        score = plausibility(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, text, enc)
    if best is None or best[0] < minimum:
        return None
    score, text, enc = best
    if enc == "cp1252" and b"\xa4" in data and not re.search(rb"[\x80-\x9f]", data):
        enc = "iso-8859-15"  # no cp1252-only byte, and the currency sign ¤ where ISO-8859-15 has the euro: Latin-9
        text = data.decode(enc)
    return text, enc
