"""Single-byte legacy code pages: pick the one whose decoding reads like one language.

Text in a single-byte code page decodes without error in most of the others, so decoding is
not a test. Each candidate of ``CANDIDATES`` that decodes every byte present (no undefined
byte, no C1 control character) is judged by what its non-ASCII characters would be:

- **letters of one language**: the share of non-ASCII characters that are letters (or marks)
  of the single language alphabet covering most of them (Turkish ç ğ ı ö ş ü read as cp1252
  give ç ð ý ö þ ü, letters of no single language; Latvian ā ē ī ū read as cp1250 give
  â ç î ű), or typography (’ “ – € …); counted over every byte of the file;
- **words spelt in one language** (a German text may quote a French word: "déjà");
- **plausible case** (``word``, ``WORD``, ``Word``; scripts without case always pass) and one
  script per word: KOI8-R read as cp1251 swaps upper and lower case ("еКАТЕРИНБУРГ"),
  ISO-8859-6 Arabic read as cp1256 puts Latin letters inside Arabic words; no combining mark
  starts a word, a Vietnamese tone mark (cp1258) follows a vowel, Hebrew final letters end words;
  20 or more cased words all in capitals (Hebrew read as KOI8-R) or all in small letters count
  a little less;
- **frequent letters** (Cyrillic, Greek, Hebrew, Arabic, Thai, where every letter is non-ASCII):
  the most frequent letters must be frequent letters of a language of that script
  (charset-normalizer's frequency tables) — Hebrew read as cp1251 is all Cyrillic letters, but
  not the ones Russian uses most;
- **typography where it belongs**: a symbol glued to a letter must be one that can stand
  there (an apostrophe, a dash, quotes, "°" after a letter); "¶γιος" (ISO-8859-7 "Άγιος"
  read as cp1253) and "½uvre" (ISO-8859-15 "œuvre" read as cp1252) are not.

Words, case and typography are judged on the most frequent distinct words of the first 256 KB
(so a megabyte is read in a fraction of a second); letters on a byte histogram of all of it. The
rarer code pages carry a small handicap and some need a letter of their own languages. The best
score wins; on a tie the earlier code page of ``CANDIDATES`` (cp1252 first), so text whose
bytes mean the same in several code pages keeps the more common reading (Western cp1252;
Romanian ş ţ with a cedilla as cp1250/ISO-8859-2 write them, unless ISO-8859-16's own
characters, such as its „ ” quotes, show the comma-below ș ț of ISO-8859-16).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

# tie-break order: the common code pages first (Western; then Cyrillic, whose words are all non-ASCII
# letters and so tie with other readings more often than Latin words, which hold ASCII letters too)
CANDIDATES = (
    "cp1252", "iso-8859-15",                                  # Western (ISO-8859-1 reads as cp1252)
    "cp1251", "koi8-r",                                       # Cyrillic
    "cp1250", "iso-8859-2",                                   # central European
    "cp1254", "iso-8859-9",                                   # Turkish
    "cp1257", "iso-8859-13",                                  # Baltic
    "cp1253", "iso-8859-7",                                   # Greek
    "cp1255",                                                 # Hebrew
    "cp1256",                                                 # Arabic, Persian, Urdu
    "tis-620", "cp874",                                       # Thai
    "cp1258",                                                 # Vietnamese
    # rarer: a reading in these wins only on evidence (a small handicap) and, where given, with
    # a letter of the languages they exist for
    "koi8-u", "iso-8859-5", "cp866",                          # Ukrainian KOI8, ISO and DOS Cyrillic
    "iso-8859-16", "iso-8859-4", "iso-8859-10",               # Romanian, old Baltic, Nordic (Latin-6)
    "iso-8859-3",                                             # Maltese, Esperanto (Latin-3)
    "iso-8859-8", "iso-8859-6",                               # ISO Hebrew, ISO Arabic
)
_RARE = {"koi8-u", "iso-8859-5", "cp866", "iso-8859-16", "iso-8859-4", "iso-8859-10", "iso-8859-3", "iso-8859-8",
         "iso-8859-6"}
_HANDICAP = 0.97
# a reading in these code pages must hold one of their languages' own letters
_SIGNATURE = {
    "iso-8859-4": frozenset("āēīūķļņģŗąęėįųõšžĀĒĪŪĶĻŅĢŖĄĘĖĮŲÕŠŽ"),  # Latvian, Lithuanian, Estonian
    "iso-8859-10": frozenset("ŋŧĸŊŦāēīūķļņģąęėįųõšžĀĒĪŪĶĻŅĢĄĘĖĮŲÕŠŽ"),  # Sami, Greenlandic, Baltic
    "koi8-u": frozenset("ґєіїҐЄІЇ"),
    "iso-8859-3": frozenset("ħĦġĠċĊĉĈĝĜĥĤĵĴŝŜŭŬğĞşŞıİ"),  # Maltese, Esperanto, Turkish
}


def _range(a: int, b: int) -> str:
    return "".join(chr(o) for o in range(a, b + 1))


_VI_TONES = "\u0300\u0301\u0303\u0309\u0323"  # the combining tone marks of cp1258
# non-ASCII lower-case letters (and combining marks) of each language; upper case through lower()
_ALPHABET_TEXT = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "pt": "áâãàçéêíóôõú", "it": "àèéìíòóùú",
    "nl": "éëïóèáöü", "ca": "àçéèíïóòúü", "nordic": "åæøäöé", "is": "áðéíóúýþæö",
    "fi": "äöåšž", "et": "äöõüšž", "se": "áčđŋšŧž", "sq": "çë", "ga": "áéíóú",
    "tr": "çğıöşüâîû", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "hr": "čćđšž", "sl": "čšž", "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž", "mt": "àċèġħìòùż", "eo": "ĉĝĥĵŝŭ",
    "vi": "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" + _VI_TONES,
    "ru": "абвгдежзийклмнопрстуфхцчшщъыьэюяё",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "el": "".join(ch for ch in _range(0x0370, 0x03FF) if ch.isalpha() and ch == ch.lower()),
    "he": _range(0x05D0, 0x05EA) + _range(0x05F0, 0x05F2) + _range(0x05B0, 0x05BD) + "\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7",
    "ar": "".join(ch for ch in _range(0x0610, 0x06FF) if unicodedata.category(ch)[0] in "LM"),
    "th": (_range(0x0E01, 0x0E3A) + _range(0x0E40, 0x0E4E)).replace("ฃ", "").replace("ฅ", ""),  # (obsolete letters)
}
# a language whose alphabet holds letters of many others counts only when one of its own is present:
# Vietnamese shares à á è é ì í ò ó ù ú ý with the Western languages
_DISTINCTIVE = {"vi": frozenset("ăđơưĩũ" + _VI_TONES + "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")}
_LANGS = tuple(_ALPHABET_TEXT)
# bit i of _MASK[ch]: ch is a letter of language i
_MASK: dict[str, int] = {}
for _i, _lang in enumerate(_LANGS):
    for _ch in _ALPHABET_TEXT[_lang]:
        _MASK[_ch] = _MASK.get(_ch, 0) | (1 << _i)
_ALL_LANGS = (1 << len(_LANGS)) - 1
_DISTINCTIVE_BITS = {_LANGS.index(lang): chars for lang, chars in _DISTINCTIVE.items()}


def _languages_present(table, hist: dict[int, int]) -> int:
    """The languages a reading may be in: all but those whose distinctive letters it lacks."""
    present = {table[b - 0x80].ch.lower() for b in hist if table[b - 0x80] is not None}
    allowed = _ALL_LANGS
    for bit, chars in _DISTINCTIVE_BITS.items():
        if not present & chars:
            allowed &= ~(1 << bit)
    return allowed

# symbols that may touch a letter: inside a word, before one, after one
_IN_WORD = set("’‘ʼ‐‑–·\u00a0\u00ad\u200c\u200d\u200e\u200f׳״־")
_BEFORE_LETTER = _IN_WORD | set("“„‚«»‹›¡¿—•…")
_AFTER_LETTER = _IN_WORD | set("”“»«›‹…—™®©°¹²³،؛؟٪ฯ‰†")
# typography that counts as readable text on its own
_TYPOGRAPHY = frozenset(
    "’‘“”„‚–—…•€£¥©®°±×÷§¶«»¡¿·ºª¹²³¼½¾µ\u00a0\u00ad™†‡‰‹›№¤₪₫฿¢،؛؟٪׳״ฯ๏๚๛"
    "\u200c\u200d\u200e\u200f־"
) | frozenset(_range(0x2010, 0x2027) + _range(0x2030, 0x205E) + _range(0x2500, 0x259F) + _range(0x2190, 0x21FF))
_AS_SYMBOL = set("ªºµ")  # letters by Unicode, typography in running text ("nº 5", "5 µg")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_ASCII_VOWELS = frozenset(b"aeiouyAEIOUY")

_LETTER, _MARK, _DIGIT, _SYMBOL = 1, 2, 3, 4
def _script(ch: str) -> int:
    """1 Latin (and anything else), 2 Cyrillic, 3 Greek, 4 Hebrew, 5 Arabic, 6 Thai, 0 a combining diacritic."""
    o = ord(ch)
    if 0x0400 <= o < 0x0530:
        return 2
    if 0x0370 <= o < 0x0400:
        return 3
    if 0x0590 <= o < 0x0600:
        return 4
    if 0x0600 <= o < 0x0700:
        return 5
    if 0x0E00 <= o < 0x0E80:
        return 6
    if 0x0300 <= o < 0x0370:
        return 0  # combining diacritics: the script of the letter they sit on
    return 1


class _Info:
    """What one byte 0x80–0xFF reads as in one code page."""

    __slots__ = ("ch", "kind", "mask", "case", "script", "before", "after", "typo", "vowel", "final")

    def __init__(self, ch: str):
        self.ch = ch
        cat = unicodedata.category(ch)
        if ch in _AS_SYMBOL:
            cat = "So"
        low = "ı" if ch == "İ" else ch.lower()  # the Turkish dotted capital: a letter of Turkish only
        self.mask = _MASK.get(low, 0) if len(low) == 1 else 0
        if cat[0] == "L":
            self.kind = _LETTER
        elif cat[0] == "M":
            self.kind = _MARK
        elif cat == "Nd":
            self.kind = _DIGIT
        else:
            self.kind = _SYMBOL
        self.case = 1 if ch.isupper() else 2 if ch.islower() else 0
        self.script = _script(ch) if self.kind in (_LETTER, _MARK) else 0
        self.before = ch in _BEFORE_LETTER
        self.after = ch in _AFTER_LETTER
        self.typo = ch in _TYPOGRAPHY or self.kind == _DIGIT
        self.vowel = ch in _VOWELS
        # Hebrew final letters end a word; their other forms do not
        self.final = 1 if ch in "ךםןףץ" else 2 if ch in "כמנפצ" else 0


# characters the current Windows tables (and the WHATWG Encoding Standard) define where Python's
# codecs have none: windows-1255 0xCA is HEBREW POINT HOLAM HASER FOR VAV
_CODEC_ADDITIONS = {"cp1255": {0xCA: "\u05ba"}}


def _decoding_table(encoding: str) -> str:
    import importlib

    table = list(importlib.import_module(f"encodings.{encoding}").decoding_table)
    for b, ch in _CODEC_ADDITIONS[encoding].items():
        table[b] = ch
    return "".join(table)


_DECODING_TABLES = {enc: _decoding_table(enc) for enc in _CODEC_ADDITIONS}


def decode_bytes(data: bytes, encoding: str) -> str:
    """``data.decode(encoding)``, strict, with the bytes of ``_CODEC_ADDITIONS`` decoded."""
    table = _DECODING_TABLES.get(encoding)
    if table is not None:
        return codecs.charmap_decode(data, "strict", table)[0]
    return data.decode(encoding)


def _table(enc: str) -> tuple[_Info | None, ...]:
    out = []
    for b in range(0x80, 0x100):
        try:
            ch = decode_bytes(bytes([b]), enc)
        except UnicodeDecodeError:
            out.append(None)
            continue
        # C1 control characters: the Windows code page of the same script reads these bytes
        out.append(None if 0x80 <= ord(ch) < 0xA0 or len(ch) != 1 else _Info(ch))
    return tuple(out)


_TABLES = {enc: _table(enc) for enc in CANDIDATES}
_ASCII = bytes(range(0x80))
_TOKEN = re.compile(rb"[A-Za-z]*[\x80-\xff][A-Za-z\x80-\xff]*")
_MAX_WORDS = 1500  # distinct words judged for spelling, case and typography (the most frequent)


def _frequent_letters() -> dict[int, list[frozenset[str]]]:
    """Per script (not Latin), the most frequent letters of each of its languages, from the
    letter-frequency tables charset-normalizer ships (charset_normalizer.constant.FREQUENCIES)."""
    try:
        from charset_normalizer.constant import FREQUENCIES
    except ImportError:  # an older or newer charset-normalizer: no frequency test
        return {}
    out: dict[int, list[frozenset[str]]] = {}
    for letters in FREQUENCIES.values():
        top = [ch for ch in letters if ord(ch) > 127][:16]
        if len(top) < 12:
            continue  # a Latin-script language (its frequent letters are ASCII) or a short table
        script = _script(top[0])
        if script != 1:
            out.setdefault(script, []).append(frozenset(top))
    return out


_FREQUENT = _frequent_letters()


def _frequency_fit(table, hist: dict[int, int]) -> float:
    """0.5..1 for text in a script without ASCII letters (Cyrillic, Greek, Hebrew, Arabic, Thai):
    how many of its most frequent letters are frequent letters of a language of that script.
    Hebrew read as cp1251 is all Cyrillic letters, but "й е д м ш" are not what Russian uses most."""
    counts: dict[str, int] = {}
    scripts: dict[int, int] = {}
    for b, n in hist.items():
        info = table[b - 0x80]
        if info is not None and info.kind == _LETTER and info.script not in (0, 1):
            low = info.ch.lower()
            counts[low] = counts.get(low, 0) + n
            scripts[info.script] = scripts.get(info.script, 0) + n
    if not scripts or len(counts) < 6 or sum(counts.values()) < 25:
        return 1.0  # too few letters to judge
    script = max(scripts, key=scripts.get)
    languages = _FREQUENT.get(script)
    if not languages:
        return 1.0
    k = min(8, len(counts))
    top = sorted(counts, key=lambda ch: -counts[ch])[:k]
    overlap = max(sum(1 for ch in top if ch in lang) for lang in languages) / k
    return 0.5 + 0.5 * overlap


def _has_signature(enc: str, hist: dict[int, int]) -> bool:
    table = _TABLES[enc]
    return any(table[b - 0x80] is not None and table[b - 0x80].ch in _SIGNATURE[enc] for b in hist)


def _histogram(data: bytes) -> dict[int, int]:
    high = data.translate(None, _ASCII)
    return {b: high.count(b) for b in set(high)}


def _letter_score(table, hist: dict[int, int]) -> float | None:
    """Share of non-ASCII bytes that read as letters of the best single language, or as typography."""
    total = 0
    typo = 0
    letters: list[tuple[int, int]] = []  # (languages mask, count)
    allowed = _languages_present(table, hist) if all(table[b - 0x80] is not None for b in hist) else 0
    for b, n in hist.items():
        info = table[b - 0x80]
        if info is None:
            return None
        total += n
        if info.typo:
            typo += n
        elif info.mask & allowed:
            letters.append((info.mask & allowed, n))
    if not total:
        return 1.0
    if not letters:
        return typo / total
    first = _best_language(letters)
    covered = sum(n for m, n in letters if m >> first & 1)
    return (covered + typo) / total


def _best_language(letters: list[tuple[int, int]]) -> int:
    per_lang = [0] * len(_LANGS)
    for m, n in letters:
        i = 0
        while m:
            if m & 1:
                per_lang[i] += n
            m >>= 1
            i += 1
    return max(range(len(_LANGS)), key=per_lang.__getitem__)


def _word_scores(table, tokens: list[tuple[bytes, int]], allowed: int = _ALL_LANGS) -> tuple[float, float, float]:
    """(share of words spelt in one language, share plausibly shaped (times a case-variety factor),
    1 - three times the share of non-ASCII characters that are symbols glued where no symbol goes)."""
    words = spelt = shaped = 0
    high_chars = misplaced = 0
    lower_words = upper_words = other_words = 0
    for token, weight in tokens:
        n = len(token)
        infos = [None if b < 0x80 else table[b - 0x80] for b in token]
        high_chars += weight * sum(1 for info in infos if info is not None)
        # symbols touching letters
        for i, info in enumerate(infos):
            if info is None or info.kind not in (_SYMBOL, _DIGIT):
                continue
            left = i > 0 and (infos[i - 1] is None or infos[i - 1].kind in (_LETTER, _MARK))
            right = i + 1 < n and (infos[i + 1] is None or infos[i + 1].kind in (_LETTER, _MARK))
            if (left and not info.after) or (right and not info.before):
                misplaced += weight
        # words: runs of letters and marks holding a non-ASCII letter
        i = 0
        while i < n:
            if infos[i] is not None and infos[i].kind not in (_LETTER, _MARK):
                i += 1
                continue
            j = i
            mask = -1
            high = False
            scripts = 0
            cases: list[int] = []
            ok_marks = True
            prev_vowel = False
            while j < n and (infos[j] is None or infos[j].kind in (_LETTER, _MARK)):
                info = infos[j]
                if info is None:  # an ASCII letter
                    scripts |= 2
                    cases.append(1 if 65 <= token[j] <= 90 else 2)
                    prev_vowel = token[j] in _ASCII_VOWELS
                else:
                    high = True
                    mask &= info.mask
                    if info.script:
                        scripts |= 1 << info.script
                    if info.case:
                        cases.append(info.case)
                    if info.kind == _MARK and (j == i or (info.script == 0 and not prev_vowel)):
                        ok_marks = False  # a mark starting a word, a (Vietnamese) tone mark not on a vowel
                    prev_vowel = info.vowel
                    if info.final == 1 and j + 1 < n and infos[j + 1] is not None and infos[j + 1].kind == _LETTER:
                        ok_marks = False  # a final letter inside a word
                    elif info.final == 2 and (j + 1 == n or (infos[j + 1] is not None and infos[j + 1].kind not in (_LETTER, _MARK))):
                        ok_marks = False  # the non-final form ending a word
                j += 1
            if high:
                words += weight
                if mask & allowed:
                    spelt += weight
                if ok_marks and bin(scripts).count("1") <= 1 and _case_ok(cases):
                    shaped += weight
                if len(cases) >= 2:
                    if all(c == 2 for c in cases):
                        lower_words += 1
                    elif all(c == 1 for c in cases):
                        upper_words += 1
                    else:
                        other_words += 1
            i = j
    placed = max(0.0, 1.0 - 3 * misplaced / high_chars) if high_chars else 1.0
    if not words:
        return 1.0, 1.0, placed
    shape = shaped / words
    # running text of a cased script has words of more than one shape (a capital starts a sentence
    # or a name): Hebrew read as KOI8-R is all capitals, read as cp1251 or ISO-8859-7 all small letters
    cased = lower_words + upper_words + other_words
    if cased >= 20 and (lower_words == cased or upper_words == cased):
        shape *= 0.9
    return spelt / words, shape, placed


def _case_ok(cases: list[int]) -> bool:
    """word, WORD, Word (letters without case ignored)."""
    if len(cases) < 2:
        return True
    rest = cases[1:]
    return all(c == 2 for c in rest) or all(c == 1 for c in cases)


_TOKEN_SAMPLE = 256 * 1024  # bytes whose words are judged (letters are counted over all of them)


def _tokens(data: bytes) -> list[tuple[bytes, int]]:
    if len(data) > _TOKEN_SAMPLE:
        cut = data.rfind(b" ", 0, _TOKEN_SAMPLE)
        data = data[:cut if cut > 0 else _TOKEN_SAMPLE]
    counts = Counter(_TOKEN.findall(data))
    return counts.most_common(_MAX_WORDS) if len(counts) > _MAX_WORDS else list(counts.items())


def _score(table, data: bytes, hist: dict[int, int], tokens) -> float:
    letters = _letter_score(table, hist)
    if letters is None:
        return -1.0
    spelt, shaped, placed = _word_scores(table, tokens, _languages_present(table, hist))
    return (letters + spelt) / 2 * shaped * placed * _frequency_fit(table, hist)


def best_single_byte(data: bytes, minimum: float = 0.8) -> tuple[str, str] | None:
    """(text, encoding) of the most plausible single-byte reading, or None when none reaches ``minimum``."""
    hist = _histogram(data)
    if not hist:
        return data.decode("cp1252"), "cp1252"
    # the letters test on the histogram first (cheap); words only for the readings close to the best
    first: list[tuple[float, str]] = []
    for enc in CANDIDATES:
        s = _letter_score(_TABLES[enc], hist)
        if s is not None and (enc not in _SIGNATURE or _has_signature(enc, hist)):
            first.append((s, enc))
    if not first:
        return None
    top = max(s for s, _ in first)
    if top < minimum * 0.5:  # (the words can lift a reading by half of what it lacks)
        return None
    tokens = _tokens(data)
    # words of the most frequent 250 distinct words for every close reading, then all judged words
    # for the readings close to the best of those
    rough: list[tuple[float, float, str]] = []
    for s, enc in first:
        if s < top - 0.5 or s < minimum * 0.5:
            continue
        table = _TABLES[enc]
        fit = _frequency_fit(table, hist)
        spelt, shaped, placed = _word_scores(table, tokens[:250], _languages_present(table, hist))
        prior = _HANDICAP if enc in _RARE else 1.0
        rough.append(((s + spelt) / 2 * shaped * placed * fit * prior, s, enc))
    best_rough = max(r[0] for r in rough)
    best: tuple[float, str] | None = None
    for r, s, enc in rough:
        if r < best_rough - 0.15:
            continue
        table = _TABLES[enc]
        if len(tokens) > 250:
            spelt, shaped, placed = _word_scores(table, tokens, _languages_present(table, hist))
            score = (s + spelt) / 2 * shaped * placed * _frequency_fit(table, hist) * (_HANDICAP if enc in _RARE else 1.0)
        else:
            score = r
        if best is None or score > best[0] + 1e-9:
            best = (score, enc)
    if best is None or best[0] < minimum - 1e-9:
        return None
    enc = best[1]
    if enc == "cp1252" and 0xA4 in hist and not any(0x80 <= b < 0xA0 for b in hist):
        enc = "iso-8859-15"  # no cp1252-only byte, and the currency sign ¤ where ISO-8859-15 has the euro: Latin-9
    text = decode_bytes(data, enc)
    if enc == "cp1258":
        # cp1258 spells most Vietnamese letters as a base letter and a combining tone mark;
        # the composed form is the same text, as typed (Hà Nội, not Ha\u0300 N\u00f4\u0323i)
        text = unicodedata.normalize("NFC", text)
    return text, enc


def reading_score(data: bytes, encoding: str) -> float | None:
    """The plausibility (0..1) of ``data`` read in the single-byte ``encoding``; None when it is not one of ``CANDIDATES``."""
    table = _TABLES.get(encoding)
    if table is None:
        return None
    hist = _histogram(data)
    return max(0.0, _score(table, data, hist, _tokens(data)))


# --- declared charsets ---------------------------------------------------------------------------

# labels a page or message may carry -> the Python codec that reads what its writers meant
# (after the WHATWG Encoding Standard: Latin-1 is read as its superset windows-1252, ISO-8859-9 as
# windows-1254, TIS-620 as windows-874, EUC-KR as cp949; "UTF-16" declared in bytes that were
# readable as ASCII means UTF-8)
_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "cp819": "cp1252", "ibm819": "cp1252", "windows-1252": "cp1252", "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "latin5": "cp1254", "l5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "tis620": "cp874", "windows-874": "cp874", "x-windows-874": "cp874",
    "dos-874": "cp874",
    "iso-8859-8-i": "iso-8859-8", "iso-8859-8-e": "iso-8859-8", "csiso88598i": "iso-8859-8", "csiso88598e": "iso-8859-8",
    "logical": "iso-8859-8", "visual": "iso-8859-8",
    "us-ascii": "ascii", "ascii": "ascii", "ansi_x3.4-1968": "ascii",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "korean": "cp949", "windows-949": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "chinese": "gb18030", "csgb2312": "gb18030",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "csshiftjis": "cp932",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "unicode": "utf-8", "ucs-2": "utf-8",
    "unicode-1-1-utf-8": "utf-8", "utf8": "utf-8",
    "koi8": "koi8-r", "koi": "koi8-r", "cskoi8r": "koi8-r", "koi8_r": "koi8-r", "koi8-ru": "koi8-u",
    "x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic", "macintosh": "mac-roman",
    "x-mac-roman": "mac-roman", "mac": "mac-roman",
}
_NOT_DOCUMENT_CODECS = {"unicode_escape", "raw_unicode_escape", "utf_7", "punycode", "idna", "undefined", "mbcs", "oem"}


def codec_for_label(label: str) -> str | None:
    """The Python codec for a declared charset label, or None for an unknown (or not a text) one."""
    label = label.strip().strip("\"'").lower()
    if not label or len(label) > 40:
        return None
    if label in _LABELS:
        return _LABELS[label]
    if label.startswith("windows-") and label[8:].isdigit():
        label = "cp" + label[8:]
    elif label.startswith("x-cp") and label[4:].isdigit():
        label = label[2:]
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("-", "_") in _NOT_DOCUMENT_CODECS:
        return None
    name = info.name
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"
    return _PREFERRED_NAMES.get(name, name)


# Python's canonical names -> the names used in CANDIDATES and in messages
_PREFERRED_NAMES = {f"iso8859-{n}": f"iso-8859-{n}" for n in range(1, 17)}
_PREFERRED_NAMES.update({"iso8859-1": "cp1252", "latin-1": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874", "tis-620": "cp874",
                         "euc_kr": "cp949", "shift_jis": "cp932", "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"})

_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']\s*([A-Za-z0-9_.:-]{1,40})\s*["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HTML_HEAD_LIMIT = 65536


def declared_charset(data: bytes, html: bool) -> str | None:
    """The charset an XML declaration at the start, or (``html``) a ``<meta charset>`` /
    ``<meta http-equiv="Content-Type" content="…; charset=…">`` in the first 64 KB, declares."""
    m = _XML_DECLARATION.match(data[:1024])
    if m:
        return m.group(1).decode("ascii")
    if html:
        m = _META_CHARSET.search(data[:_HTML_HEAD_LIMIT])
        if m:
            return m.group(1).decode("ascii")
    return None
