"""Sound-alike matching for foreign place names written in Hangul, kana or Chinese characters.

GeoNames (as packaged) records few Korean, Japanese and Chinese exonyms for foreign towns:
무나카타 (Munakata), キングストン・アポン・ハル (Kingston upon Hull), 库里蒂巴 (Curitiba) are not in
the index. When a name in one of those scripts finds nothing in the country it is placed in, the
resolver romanises it (Revised Romanisation for Hangul, Hepburn for kana, pinyin for Chinese
characters when ``pypinyin`` is installed) and compares a coarse *sound skeleton* of it with the
skeletons of that country's place names. The skeleton removes what the three transcription
systems add or lose (epenthetic vowels, l/r, b/v, p/f, doubled letters), so both sides meet:
``skeleton("munakata") == skeleton(romanise("무나카타"))``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t"]

_KANA = {}
_KATAKANA = ("アa イi ウu エe オo カka キki クku ケke コko サsa シshi スsu セse ソso タta チchi ツtsu テte トto "
             "ナna ニni ヌnu ネne ノno ハha ヒhi フfu ヘhe ホho マma ミmi ムmu メme モmo ヤya ユyu ヨyo ラra リri "
             "ルru レre ロro ワwa ヲwo ンn ガga ギgi グgu ゲge ゴgo ザza ジji ズzu ゼze ゾzo ダda ヂji ヅzu デde ドdo "
             "バba ビbi ブbu ベbe ボbo パpa ピpi プpu ペpe ポpo ヴvu ァa ィi ゥu ェe ォo ャya ュyu ョyo ヮwa")
for _pair in _KATAKANA.split():
    _KANA[_pair[0]] = _pair[1:]
    _KANA[chr(ord(_pair[0]) - 0x60)] = _pair[1:]  # the hiragana of the same sound
_SMALL = set("ァィゥェォャュョヮぁぃぅぇぉゃゅょゎ")
_SUFFIXES = ("특별자치시", "광역시", "특별시", "시", "군", "구", "주", "성", "도", "市", "町", "村", "区", "區", "県", "縣",
             "县", "州", "省", "镇", "鎮", "郡")


def _hangul(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out.append(_INITIALS[o // 588] + _MEDIALS[(o % 588) // 28] + _FINALS[o % 28])
    return "".join(out)


def _kana(text: str) -> str:
    out: list[str] = []
    double = False
    for ch in text:
        if ch in "ッっ":
            double = True
            continue
        if ch == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            continue
        r = _KANA.get(ch)
        if r is None:
            continue
        if ch in _SMALL and out:
            prev = out.pop()
            # キャ -> kya, シャ -> sha, ティ -> ti, ファ -> fa, ウォ -> wo
            base = prev[:-1] if prev[-1] in "aiueo" else prev
            if r.startswith("y") and base.endswith(("sh", "ch", "j")):
                r = r[1:]
            r = base + r
        if double and r:
            r = r[0] + r
        double = False
        out.append(r)
    return "".join(out)


# letter-by-letter romanisations of the alphabets foreign towns are also written in: Cyrillic
# (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh, Mongolian), Greek, and the
# Arabic script (Arabic, Persian, Urdu), whose short vowels are not written: its names are compared
# by their consonants alone (``consonant_key``)
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџѓќѕәғқңөұүһ",
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g u dj j lj nj c dz g k dz "
    "a g k ng o u u h".split()))
_GREEK = dict(zip(
    "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
    "a a v g d e e z i i th i i i i k l m n x o o p r s s t y y y y f ch ps o o".split()))
# (alif, waw and ya mostly write long vowels: left out, "_", like ʿayn and hamza)
_ARABIC = dict(zip(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤپچژگکی",
    "_ b t th j h kh d dh r z s sh s d t z _ gh f q k l m n h _ _ h _ _ _ _ _ y w p ch zh g k _".split()))
# Hebrew, also without written short vowels (vav and yod as in Arabic); a geresh after gimel, zayin,
# tsadi or tav makes the sounds Hebrew spells foreign names with (ג׳ j, ז׳ zh, צ׳ ch, ת׳ th)
_HEBREW = dict(zip(
    "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
    "_ b g d h w z kh t y k k l m m n n s _ p p ts ts k r sh t".split()))
_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th"}


_GREEK_PAIRS = (("ου", "u"), ("ού", "u"), ("αι", "e"), ("αί", "e"), ("ει", "i"), ("εί", "i"), ("οι", "i"),
                ("οί", "i"), ("μπ", "b"), ("ντ", "d"), ("γγ", "ng"), ("γκ", "g"), ("αυ", "av"), ("ευ", "ev"))


def _letters(text: str, table: dict[str, str]) -> str:
    text = text.lower()
    if table is _GREEK:
        for pair, latin in _GREEK_PAIRS:
            text = text.replace(pair, latin)
    out = []
    for ch in text:
        if table is _GREEK and ch.isascii() and ch.isalpha():
            out.append(ch)  # a Greek digraph already romanised
            continue
        r = table.get(ch)
        if r is None:
            return ""  # a letter of another script: not this alphabet's name
        out.append("" if r == "_" else r)
    return "".join(out)


def consonant_key(latin: str) -> str:
    """A sound key of consonants only, for names written without short vowels (the Arabic script):
    the skeleton's consonant foldings, then vowels, y, w and h dropped. ``consonant_key("scottsdale")
    == "sktjtr"``; ``سكوتسديل`` romanised gives ``skjtr``."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    for pattern, repl in _CONSONANT_FOLDS:
        s = pattern.sub(repl, s)
    s = re.sub(r"[aeiouyhw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def is_abjad(name: str) -> bool:
    """A name in the Arabic or the Hebrew script (short vowels unwritten)."""
    return any("\u0600" <= ch <= "\u06ff" or "\u05d0" <= ch <= "\u05ea" for ch in name)


def _hebrew(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        r = _HEBREW.get(ch)
        if r is None:
            continue  # points, geresh, gershayim
        if ch in _GERESH and text[i + 1: i + 2] in ("'", "\u05f3", "’"):
            r = _GERESH[ch]
        out.append("" if r == "_" else r)
    return "".join(out)


def _pinyin(text: str) -> str:
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # optional dependency
        return ""
    return "".join(lazy_pinyin(text))


@lru_cache(maxsize=20_000)
def romanise(name: str) -> str:
    """Latin letters for a name written wholly in Hangul, kana, Chinese characters, Cyrillic, Greek, the
    Arabic or the Hebrew script, else ""."""
    s = re.sub(r"[\s・·\-]", "", name or "")
    for suffix in _SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
            break
    if not s:
        return ""
    if all("\uac00" <= ch <= "\ud7a3" for ch in s):
        return _hangul(s)
    if all("\u3040" <= ch <= "\u30ff" for ch in s):
        return _kana(s)
    if all("\u4e00" <= ch <= "\u9fff" for ch in s):
        return _pinyin(s)
    first = s[0]
    if "\u0400" <= first <= "\u04ff":
        return _letters(s, _CYRILLIC)
    if "\u0370" <= first <= "\u03ff":
        return _letters(s, _GREEK)
    if "\u0600" <= first <= "\u06ff":  # compared by its consonants; marks and other letters skipped
        return "".join(r for r in (_ARABIC.get(ch, "") for ch in s) if r != "_")
    if "\u0590" <= first <= "\u05ff":
        return _hebrew(s)
    return ""


#: the foldings of consonants the transcription systems disagree on (also ``consonant_key``)
_CONSONANT_FOLDS = [(re.compile(a), b) for a, b in (
    ("tch", "ch"), ("c(?=[eiy])", "s"), ("ch", "C"), ("c", "k"), ("ph", "p"), ("th", "t"), ("sh", "s"), ("t[sz]", "C"),
    ("q", "k"), ("x", "ks"), ("ck", "k"), ("[fv]", "p"), ("l", "r"), ("z", "j"), ("C", "j"), ("d", "t"), ("g", "k"),
    ("b", "p"))]
_SKELETON_STEPS = _CONSONANT_FOLDS + [(re.compile(a), b) for a, b in (
    ("w", "u"), ("y", "i"), ("eo", "o"), ("eu", ""), ("ae", "e"), ("oe", "e"), ("(?<=[^aeiou])h", ""), ("ng", "n"),
    ("(?<=[aeiou])r(?![aeiou])", ""),  # non-rhotic transcriptions: Hannover = ハノーバー
    # epenthetic vowels of the transcriptions: a u or o between consonants, or after one at the end
    ("(?<=[^aeiou])[uo](?=[^aeiou]|$)", ""), ("(?<=[^aeiou])i$", ""),
    (r"(.)\1+", r"\1"))]


@lru_cache(maxsize=400_000)
def skeleton(latin: str) -> str:
    """A coarse sound key of a romanised or Latin name (ASCII letters only)."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    for pattern, repl in _SKELETON_STEPS:
        s = pattern.sub(repl, s)
    return s


# ---------------------------------------------------------------- Sino-Korean readings

_HANJA_ENTRY = re.compile(r'"\\u([0-9A-Fa-f]{4,5})":\s*"\\u([0-9A-Fa-f]{4})"')
# the initial-sound rule (두음법칙) at the start of a word: 려 -> 여 (麗水 = 여수), 라 -> 나 (羅州 = 나주)
_IOTIZED = {2, 3, 6, 7, 12, 17, 20}  # medials ya yae yeo ye yo yu i


@lru_cache(maxsize=1)
def _hanja_table() -> dict[str, str]:
    """Chinese character -> its Sino-Korean reading in Hangul, from the ``hanja`` package's table
    (read as data, without importing the package), or {} when it is not installed."""
    from intercity.core.paths import package_dir

    root = package_dir("hanja")
    try:
        text = (root / "table.yml").read_text(encoding="utf-8") if root else ""
    except OSError:
        return {}
    return {chr(int(a, 16)): chr(int(b, 16)) for a, b in _HANJA_ENTRY.findall(text)}


def _initial_rule(syllable: str) -> str:
    o = ord(syllable) - 0xAC00
    if not 0 <= o < 11172:
        return syllable
    initial, medial, final = o // 588, (o % 588) // 28, o % 28
    if initial == 5:  # ㄹ
        initial = 11 if medial in _IOTIZED else 2  # ㅇ before an iotized vowel, else ㄴ
    elif initial == 2 and medial in _IOTIZED:  # ㄴ
        initial = 11
    return chr(0xAC00 + initial * 588 + medial * 28 + final)


@lru_cache(maxsize=20_000)
def korean_reading(name: str) -> str:
    """The Sino-Korean reading of a name written wholly in Chinese characters (富川市 -> 부천시,
    麗水 -> 여수), as a Korean place name is written in Chinese or Japanese text; "" when any
    character has no reading or the table is not installed."""
    s = re.sub(r"[\s・·]", "", name or "")
    if not s or not all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in s):
        return ""
    table = _hanja_table()
    out = [table.get(ch, "") for ch in s]
    if not all(out):
        return ""
    out[0] = _initial_rule(out[0])
    return "".join(out)
