"""Place names that are really common words ("false friends"), told by word frequency.

Everyday words are also the names of (usually small) places somewhere: the Korean 예산 "budget" is Yesan
county, the French "Bilan" "assessment" a Turkish town, the English "Officer" a town in Victoria, the German
"Dazu" "in addition" a Chinese district. A name in running text is read as a place only when it is not a
frequent word of the document's languages, or when the place is prominent enough that the document may well
mean it ("Nice", "Split", "Mobile", "Reading", "Essen"), or when the document gives other evidence (the
finder checks that: a place suffix, a country next to it, a list entry or a known partner of that name).

Frequencies come from the ``wordfreq`` package's "small" word lists (words of Zipf frequency 3 and more, about
30,000 a language; Apache-2.0 code, CC-BY-SA 4.0 data), read directly from its data directory: wordfreq's own
lookup tokenizes, and its tokenizers for Chinese, Japanese and Korean need packages we do not ship (jieba, MeCab),
and importing it costs 0.2 s. Each list is loaded once per process, on first use, in 30-70 ms (Chinese and
Japanese about 0.15 s) and 3-4.5 MB. Without ``wordfreq`` installed every word counts as rare and nothing changes.
"""

from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from functools import lru_cache

from intercity.core.wordlists import available_lists, data_dir, read_cbpack

try:
    import msgpack  # wordfreq's own dependency
except ImportError:  # pragma: no cover - wordfreq not installed
    msgpack = None

# a word this frequent (Zipf: log10 of occurrences per billion words) or more is checked; below it, a name is a name
MIN_ZIPF = 3.5
# the population a place must reach (in any of its namesakes) to be read where its name is a frequent word: 40,000
# at Zipf 3.5 ("annex"), rising with the word's frequency to 100,000 at Zipf 4.5 and above ("officer", "asia",
# "bilan", "norden", 예산), below Bath (101,557), Split (149,830), Mobile (183,289), Reading (318,014)
POP_AT_MIN_ZIPF = 40_000
POP_SLOPE = 0.4  # log10 of the population per Zipf unit
MAX_REQUIRED_POP = 100_000
MAX_POP_ZIPF = 4.5  # where the bar reaches MAX_REQUIRED_POP
# a place known the world over (GeoNames records this many names for it) is prominent whatever its population
# (Venice, 51,298; Bethlehem, 29,019)
MIN_NAMES_PROMINENT = 30

# a Korean, Chinese or Japanese word this frequent is a place only where it is the place's own name in its script
# (서울, 上海, 東京), not an alias the gazetteer also knows (위해 "in order to" is a Sino-Korean reading of Weihai, whose
# Korean name is 웨이하이; 自由 "freedom", a translation of Freetown; 勝利 "victory", an old name of Dongying)
MIN_ZIPF_OWN_NAME = 5.0
MIN_NAMES_WORLD = 80  # ... or a city of the world with this many names (Paris 109, New York 97; Freetown has 51)

# a document language code -> wordfreq's list for it
_LANG_ALIASES = {"sr": "sh", "hr": "sh", "bs": "sh", "no": "nb", "nn": "nb", "tl": "fil", "zh-tw": "zh",
                 "zh-hant": "zh", "zh-hans": "zh", "iw": "he", "in": "id"}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")

_lock = threading.Lock()
_lists: dict[str, dict[str, float]] = {}
_simplify: dict[int, str] | None = None


def word_list(lang: str) -> dict[str, float]:
    """{word: Zipf frequency} of wordfreq's small list for ``lang`` (empty when there is none), loaded once."""
    lang = _LANG_ALIASES.get(lang.lower(), lang.lower().split("-")[0])
    hit = _lists.get(lang)
    if hit is not None:
        return hit
    with _lock:
        hit = _lists.get(lang)
        if hit is None:
            hit = {}
            path = available_lists().get(lang)
            if path is not None and msgpack is not None:
                try:
                    for i, bucket in enumerate(read_cbpack(path)):  # bucket i: frequency 10^(-i/100)
                        z = round((900 - i) / 100, 2)
                        for w in bucket:
                            hit[w] = z
                except Exception:  # noqa: BLE001 - a broken list: no word of that language is common
                    hit = {}
            _lists[lang] = hit
    return hit


def _simplified(word: str) -> str:
    """Traditional characters written as simplified (wordfreq's Chinese list is simplified), with wordfreq's table."""
    global _simplify
    if _simplify is None:
        table: dict[int, str] = {}
        d = data_dir()
        if d is not None and msgpack is not None:
            try:
                with gzip.open(d / "_chinese_mapping.msgpack.gz", "rb") as f:
                    table = msgpack.load(f, raw=False, strict_map_key=False)
            except Exception:  # noqa: BLE001
                table = {}
        _simplify = table
    return word.translate(_simplify) if _simplify else word


def cjk_script(word: str) -> str | None:
    """"hangul", "han" (Chinese characters, maybe with kana) or None."""
    if _HANGUL.search(word):
        return "hangul"
    if _HAN.search(word) or _KANA.search(word):
        return "han"
    return None


def same_han(a: str, b: str) -> bool:
    """Whether two names in Chinese characters are the same, traditional or simplified, with or without 市."""
    a, b = (_simplified(unicodedata.normalize("NFKC", x)).rstrip("市") for x in (a, b))
    return bool(a) and a == b


def languages_of(word: str, doc_langs) -> tuple[str, ...]:
    """The languages whose word lists ``word`` is looked up in: Korean for Hangul, Japanese for kana, Chinese and
    Japanese for Chinese characters; otherwise the document's languages and English."""
    if _HANGUL.search(word):
        return ("ko",)
    if _KANA.search(word):
        return ("ja",)
    if _HAN.search(word):
        return ("zh", "ja")
    out = [lang for lang in doc_langs if lang and lang not in ("ko", "ja", "zh")]
    if "en" not in out:
        out.append("en")
    return tuple(out)


@lru_cache(maxsize=20_000)
def zipf(word: str, langs: tuple[str, ...]) -> float:
    """The highest Zipf frequency of ``word`` in the word lists of ``langs`` (0 when rare or unknown)."""
    w = unicodedata.normalize("NFKC", word).casefold().strip(".'’")
    best = 0.0
    for lang in langs:
        table = word_list(lang)
        if not table:
            continue
        key = _simplified(w) if lang == "zh" else _ARABIC_MARKS.sub("", w) if lang in ("ar", "fa", "ur") else w
        z = table.get(key, 0.0)
        if z > best:
            best = z
    return best


def caseless(word: str) -> bool:
    """Whether ``word`` is written in a script without capitals (Hangul, Chinese characters, kana, Arabic ...): a
    capital letter is no sign of a name there."""
    return not any(c.isupper() or c.islower() for c in word)


def required_population(z: float, no_capitals: bool = False) -> int:
    """The population a place named by a word of Zipf frequency ``z`` needs to be read as that place unaided. In a
    script without capitals the bar keeps rising above Zipf 4.5, tenfold per unit: 나라 "country" (Zipf 5.49) is no
    Nara (367,353), 한다 "does" (6.19) no Handa, while 서울 (5.74), 大阪 (5.24), 京都 (4.94) are the cities."""
    if z < MIN_ZIPF:
        return 0
    pop = min(MAX_REQUIRED_POP, POP_AT_MIN_ZIPF * 10 ** (POP_SLOPE * (z - MIN_ZIPF)))
    if no_capitals and z > MAX_POP_ZIPF:
        pop = MAX_REQUIRED_POP * 10 ** (z - MAX_POP_ZIPF)
    return int(pop)


def required_names(z: float, no_capitals: bool = False) -> int:
    """How many names GeoNames must record for a place to count as known the world over, whatever its population:
    in a script without capitals, for a word of Zipf 4.5 or more, only a world city (東方 "the east" is no Ciudad del
    Este, with 44 names)."""
    return MIN_NAMES_WORLD if no_capitals and z >= MAX_POP_ZIPF else MIN_NAMES_PROMINENT
