"""Dates and date ranges in running text, in the forms city documents use.

``find_dates(text, default_year=None)`` returns every date mention with its offsets, as ISO 8601
strings: a day (``2017-03-15``), a month (``2015-05``) when only a month is given, or
``--03-15`` when no year is written and none is given as ``default_year``.

Forms understood (a range is two dates with one shared month/year)::

    14.03.2017   15.-16.03.2017   15. to 16.03.2017   20.-22.11.2019      (dotted, day first)
    2017-03-15   2017-03-15 to 2017-03-16                                 (ISO)
    15 to 16 March 2017   15-16 May 2023   30 September to 2 October 2019   2 September 2019
    March 15-16, 2017   March 15–16, 2019   September 30th, 2021   March 2017   15 March
    du 8 au 10 décembre 2019   les 14 et 15 mars 2018   del 12 al 14 de noviembre de 2018
    15. März 2017   vom 15.-16.03.2017
    2017년 3월 15일   2017년 3월 15일부터 16일까지   2019. 9. 24. ~ 9. 26.   2020. 1.   3월 15일
    2016年10月12日〜14日   平成27年5月   令和元年10月1日   2019年11月
    3월 15일(수) ~ 16일(목)   3月15日（水）〜16日（木）   3.15~16   9.30~10.2   3. 15.(수) ~ 3. 16.(목)   (weekdays; tilde ranges)
    R5.11.7   112年10月3日至5日   民國112年   '24. 5. 14.(화) ~ 5. 16.(목)   2024. 6월   (era initials, ROC years, 'yy)
    del martes 14 al jueves 16 de mayo   Tuesday, September 10 through Thursday, September 12   (weekday names)
    9 t/m 11 april 2024   27 e 29 de novembro   dal 5 al 7 maggio   6/3/2023   22/11/2023 - 25/11/2023
    en octubre / in October (a month after a preposition: only with a year from context)
    von Montag, 24., bis Mittwoch, 26. März   dal 9 all'11 aprile   9/23–9/25 (month first, no year)   ５月２０日 (full-width digits)
    primera quincena de junio / early June / Anfang Juni / fin juin (the month; only with a year written or from context)
    с 12 по 15 мая 2025 г.   3-5 Nisan 2025 (Russian and Turkish months)
    10月下旬 / 4월 중순 / 내년 4월 / 明年3月 (the month; the year from context, "next year" one more)
    2017. március 15.   2017 m. kovo 15 d.   2017. gada 15. martā   2017/03/15   (year first)
    15 ta' Marzu 2017   ngày 15 tháng 3 năm 2017   15 במרץ 2017   ١٥ مارس ٢٠١٧   15 มีนาคม 2560 (Buddhist era)
    od 5 do 7 czerwca   з 5 по 7 червня   από 5 έως 7 Ιουνίου   5 hingga 7 Jun   12 đến 14/3/2025   tháng 9/2025
    w maju 2024 r.   в мае 2025 года   toukokuussa 2019   2025 októberében   ในเดือนพฤศจิกายน ๒๕๖๘   (month forms)

Month and weekday names come from CLDR for some fifty languages and their regional locales (every form:
wide and abbreviated, format and stand-alone — the Slavic and Baltic genitives —, case-folded, also without
diacritics): ``calendar_words.py``, generated with Babel by ``scripts/gen_calendar_words.py``. What CLDR lacks
(locatives, Estonian and Latvian cases, Slovene and Serbian genitives, colloquial Greek) and the words joining
a range's days or a month and its year are in ``lexicon.py``. An abbreviation only CLDR lists ("out", "lis",
"pro", "sie") is a month in a full date only (or before a year with its dot: "janv. 2017"); a name two
languages read differently (listopad: October in Croatian, November in Polish and Czech) follows the words
around it. The names are found in one pass and read by the patterns as tokens (``_tokenize``): the patterns
compile in milliseconds on first use, nothing at import.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import datetime
import functools
import re
import unicodedata
from dataclasses import dataclass

from intercity.core.extraction import calendar_words as _cldr
from intercity.core.extraction import lexicon as _lex


def fold(word: str) -> str:
    """The table key of a month or weekday name as written: case-folded, NFC, one space between words, one
    kind of apostrophe, no final dot ("Janv." → "janv", "NİSAN" → "nisan", "d’abril" → "d'abril")."""
    w = unicodedata.normalize("NFC", unicodedata.normalize("NFC", word).casefold().replace("\u0307", "")).replace("’", "'")
    return " ".join(w.split()).rstrip(".")


_PLAIN_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"})


def _plain(word: str) -> str:
    """Without diacritics, for the Latin and Greek scripts only ("wrześniu" → "wrzesniu"; "мае" stays)."""
    if not word or ord(word[0]) >= 0x400:
        return word
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", word)
                                                if not unicodedata.combining(c)).translate(_PLAIN_LETTERS))


def _build_tables():
    """CLDR's names (calendar_words.py) with the forms CLDR lacks (lexicon.py), once at import (about a millisecond)."""
    months = dict(_cldr.MONTHS)
    ambiguous = {k: dict(v) for k, v in _cldr.AMBIGUOUS.items()}
    in_month: set[str] = set()
    for lang, forms in _lex.MONTH_FORMS.items():
        for month, words in forms.items():
            for w in words:
                for key in {fold(w), _plain(fold(w))}:
                    if key in ambiguous:
                        ambiguous[key].setdefault(lang, month)
                    elif months.get(key, month) != month:
                        ambiguous[key] = {"*": months.pop(key), lang: month}  # "*": the languages of CLDR's month
                    else:
                        months[key] = month
                    # as written, long enough and no other language's month: not "februari" (Latvian "februārī"
                    # typed plainly), Estonian "mais" (French "but") nor "septembris" (Latvian nominative)
                    if lang in _lex.IN_MONTH_LANGUAGES and key == fold(w) and len(key) >= 6 and key not in _cldr.MONTHS:
                        in_month.add(key)
    # Hebrew writes "in" on the name ("במרץ"): such a form is a month by itself too (not במאי, also "director")
    in_month |= {k for k, m in months.items() if k.startswith("ב") and months.get(k[1:]) == m and k != "במאי"}
    weekdays = set(_cldr.WEEKDAYS) | {fold(w) for ws in _lex.WEEKDAY_FORMS.values() for w in ws}
    # Maltese writes the article's vowel off after a vowel ("u l-Ħadd", "u t-Tnejn"): the names without it too
    weekdays |= {w[1:] for w in weekdays if re.match(r"i[^\W\d_]{1,2}[- ]", w)}
    return months, ambiguous, frozenset(in_month), weekdays


MONTHS, AMBIGUOUS, IN_MONTH, _WEEKDAY_NAMES = _build_tables()
# abbreviations the hand-written table of English and Dutch months accepted anywhere a month goes ("Mar 2017",
# "15 Sept"); every other abbreviation CLDR lists ("out", "lis", "pro", "sie") is a month only in a full date
# (day and year: "15 out. 2017"), or before a year when written with its dot ("janv. 2017")
LEGACY_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mrt", "okt"})
SHORT = (frozenset(_cldr.SHORT) - LEGACY_SHORT) | frozenset(_lex.FULL_DATE_ONLY)
_LEGACY_SHORT_DAYS = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
WEEKDAYS = tuple(sorted(_WEEKDAY_NAMES | set(_LEGACY_SHORT_DAYS), key=lambda w: (-len(w), w)))
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}  # era year 1 = base + 1
_ERA_INITIAL = {"R": "令和", "H": "平成", "S": "昭和"}


def _atom(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def alternation(words) -> str:
    """A regular expression matching any of ``words`` (keys as ``fold`` makes them), as a trie: one branch per
    shared prefix, longer words tried first, so a table of a thousand names stays quick to compile and match."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [_atom(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(trie)


def _words(words) -> str:
    return "|".join(words)


# croatian text, for the names Croatian gives another month than Polish and Czech (listopad = October)
_HR_CUES = re.compile(r"\bgodine\b|\bsiječ|\bveljač|\božuj|\btravnj?[au]\b|\bsvib|\blipnj|\bsrpnj|\bkolovoz|\brujn|\bstuden"
                      r"|\bprosin|\bu\s+listopadu\b|\bgrada\b|\bgradonačelni|đ", re.IGNORECASE)
_PL_CS_CUES = re.compile(r"[ąęłńśźżřěů]|\broku\b|\bv\s+listopadu\b|\bmiast", re.IGNORECASE)


def _ambiguous_month(key: str, text: str, start: int, end: int) -> int | None:
    """The month of a name two languages read differently (Croatian listopad = October, Polish and Czech
    November; lip, srp): Croatian after "u" ("u listopadu"), in a date written the Croatian way (a dot after the
    day and after the year, "5. listopada 2024."; a dot after the day where the other reading is Polish, which
    writes none) or in a text with more Croatian words than Polish or Czech ones; else the others' month.
    "listopadu" after a day is Czech (Croatian writes the genitive there)."""
    by_lang = AMBIGUOUS[key]
    others = [m for lang, m in by_lang.items() if lang != "hr"]
    if "hr" in by_lang:
        after_u = bool(re.search(r"(?<!\w)u\s*$", text[max(0, start - 4):start], re.IGNORECASE))
        day_dot = bool(re.search(r"\d\.\s*$", text[max(0, start - 6):start]))
        year_dot = bool(re.match(r"\.?\s*(?:19|20)\d\d\.", text[end:end + 8]))
        if key == "listopadu":  # Croatian locative ("u listopadu"), Czech genitive ("5. listopadu")
            hr = after_u
        else:
            hr = after_u or (day_dot and (year_dot or "cs" not in by_lang)) or (
                len(_HR_CUES.findall(text)) > len(_PL_CS_CUES.findall(text)))
        if hr or not others:
            return by_lang["hr"]
    return max(set(others), key=others.count) if others else None


@dataclass
class DateMention:
    start: str  # ISO 8601: YYYY-MM-DD, YYYY-MM or --MM-DD
    end: str
    s: int  # offsets into the text searched
    e: int
    text: str
    has_year: bool = True
    precision: str = "day"  # "day" | "month"

    @property
    def is_range(self) -> bool:
        return self.start != self.end


def _iso(y: int | None, m: int, d: int | None) -> str | None:
    if not 1 <= m <= 12:
        return None
    if d is not None:
        if not 1 <= d <= 31:
            return None
        if y is not None:
            try:
                datetime.date(y, m, d)
            except ValueError:
                return None
            return f"{y:04d}-{m:02d}-{d:02d}"
        return f"--{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}" if y is not None else None


# ------------------------------------------------------------------------------------------- patterns

# Gaelic 5mh, Irish 14ú, Turkmen 5-nji, Portuguese 1º, Spanish 1.º / 1.° / 1ro / 1ero
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th|er|mh|ú|-nj[iy]|\.?[º°]|e?ro(?![^\W\d_])|\.)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
# a weekday in brackets after a CJK date: (화), (火), （一）, and Chinese （星期三）, (週二), (周五)
_WD = r"(?:\s*[(（]\s*(?:星期|週|周|禮拜|礼拜)?[월화수목금토일月火水木金土日一二三四五六天]\s*(?:요일|曜日?|曜)?\s*[)）])?"


def _g(pattern: str, name: str) -> str:
    return pattern.format(name=name)


# Month and weekday names are found first, in one pass of one expression (a trie of some 2,000 names), and each is
# replaced by a run of private-use characters of its length: the date patterns below then read a name as one
# token, stay short (quick to compile: the names written into each pattern would take a quarter of a second),
# and keep every offset. The first character of a token says what the name can be.
_MONTH_BIT, _DAY_BIT, _SHORT_DAY_BIT = 1, 2, 4
_TOKEN = 0xE010  # + the bits
_CONT = "\ue001"


def _token_class(bit: int) -> str:
    return "[" + "".join(chr(_TOKEN + k) for k in range(1, 8) if k & bit) + "]" + _CONT + "*"


@functools.cache
def _scanner() -> tuple[re.Pattern, dict[str, int]]:
    kinds: dict[str, int] = {}
    for k in set(MONTHS) | set(AMBIGUOUS):
        kinds[k] = kinds.get(k, 0) | _MONTH_BIT
    for w in WEEKDAYS:
        kinds[w] = kinds.get(w, 0) | _DAY_BIT
    for w in _cldr.WEEKDAYS_SHORT:  # "Pzt., 15 Mart", "lun., 3 mars": with their dot or comma only
        kinds[w] = kinds.get(w, 0) | _SHORT_DAY_BIT
    # Thai is written without spaces between words ("ในเดือนพฤศจิกายน"): its full month names are found inside words
    thai = [k for k in kinds if ("\u0e00" <= k[0] <= "\u0eff" or "\u1780" <= k[0] <= "\u17ff") and "." not in k and len(k) >= 4
            or "\u1000" <= k[0] <= "\u109f" and len(k) >= 2]  # Lao and Khmer likewise; Burmese before its လ
    # an abbreviated weekday only with its dot or comma ("Pzt., 15 Mart"): "sal-7" (Maltese "until the 7th"), "segunda
    # quincena" and "mid-June" keep their words for the patterns that read them
    main = sorted(k for k, bits in kinds.items() if bits != _SHORT_DAY_BIT)
    short_days = sorted(k for k, bits in kinds.items() if bits == _SHORT_DAY_BIT)
    rx = re.compile(r"(?<![^\W\d_])(?:" + alternation(main) + r")(?![\w])|(?<![^\W\d_])(?:" + alternation(short_days)
                    + r")(?=[.,])|(?:" + alternation(sorted(thai)) + ")", re.IGNORECASE)
    return rx, kinds


def _names(text: str) -> list[tuple[int, int, int]]:
    """(start, end, kind bits) of each month or weekday name in ``text``."""
    rx, kinds = _scanner()
    out = []
    for m in rx.finditer(text):
        bits = kinds.get(fold(m.group(0)))
        if bits == _DAY_BIT and text[m.end():m.end() + 1] == "-" and fold(m.group(0)) in _LEGACY_SHORT_DAYS:
            continue  # Maltese "sat-18" (until the 18th), not Saturday
        if bits:
            out.append((m.start(), m.end(), bits))
    return out


def _tokenize(text: str) -> str:
    names = _names(text)
    if not names:
        return text
    parts, pos = [], 0
    for s, e, bits in names:
        parts.append(text[pos:s])
        parts.append(chr(_TOKEN + bits) + _CONT * (e - s - 1))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def starts_with_month(text: str) -> bool:
    """The text starts with a month name (after spaces): "Juni 2024", "марта 2025 г." (for sentence joining)."""
    pos = len(text) - len(text.lstrip())
    m = _scanner()[0].match(text, pos)
    return m is not None and bool(_scanner()[1].get(fold(m.group(0)), 0) & _MONTH_BIT)


_LAST_WORD_DOT = re.compile(r"(?<![\w])([^\W\d_][^\W\d_'’]{0,4})\.$")


def ends_with_month_abbreviation(text: str) -> bool:
    """The text ends with an abbreviated month and its dot ("… Sept.", "… janv.", "… окт.")."""
    m = _LAST_WORD_DOT.search(text)
    return m is not None and (fold(m.group(1)) in MONTHS or fold(m.group(1)) in AMBIGUOUS)


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """The date patterns, compiled on first use."""
    month_token = _token_class(_MONTH_BIT)
    month = lambda name: "(?P<" + name + ">" + month_token + r")\.?"  # noqa: E731
    long_days, short_days = _token_class(_DAY_BIT), _token_class(_SHORT_DAY_BIT)
    # a weekday before a day ("del martes 14 al jueves 16", "Tuesday, September 10", "Pzt., 15 Mart")
    wday = r"(?:" + long_days + r"\.?,?\s+|" + short_days + r"(?:\.,?|,)\s*)?"
    range_words = sorted({w for ws in _lex.RANGE_WORDS.values() for w in ws}, key=len, reverse=True)
    # (Frisian "oant en mei", to and with: its "mei" is a month name, a token by now)
    # (days listed before the last: "les 3, 4 et 5 juin", "los días 3, 4 y 5 de junio"; "3./4. Juni", "14/15 October")
    to = (r"(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th|er|\.)?(?=\s*(?:,|and|et|y|und|&)\s)){0,6}"
          r"\s*,?\s*(?:-|–|—|~|〜|～|&|(?<=\d\.)/|(?<=\d)/(?=[0-3]?\d(?:st|nd|rd|th|\.)?\s)|oant\s+en\s+" + month_token + r"|" + _words(range_words) + r")\s*(?:(?:"
          + _words(_lex.RANGE_ARTICLES) + r")\s*)?")
    # between a day and its month: "15 de marzo", "15 d'abril", "15 ta' Marzu", "15-mart"
    mpre = r"(?:de\s+|d['’]|ta['’]\s+|dhen\s+|a\s+viz\s+|of\s+|da\s+|ខែ|-)?"  # Khmer "ខែមិថុនា" (the month of June)  # Romansh "5 da zercladur"  # Scottish Gaelic "5mh dhen Ògmhios", Breton "5 a viz Mezheven",
    # English "the 5th of May"
    ypre = r"(?:[,،]?\s*(?:(?:" + _words(_lex.YEAR_BEFORE) + r")\s*)?|-)"
    ymark = r"(?:\s*(?:" + _words(sorted(_lex.YEAR_AFTER, key=len, reverse=True)) + r")\b\.?|\.)?"
    out: list[tuple[str, re.Pattern]] = []

    def add(kind: str, pattern: str) -> None:
        out.append((kind, re.compile(pattern, re.IGNORECASE)))

    # ISO dates and ISO ranges
    add("iso", r"(?<!\d)" + _g(_YEAR, "y1") + r"-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?!\d)"
        r"(?:" + to + _g(_YEAR, "y2") + r"-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?!\d))?")
    # year/month/day (Japanese and Chinese forms): 2017/03/15
    # with a weekday in brackets and a range to a month/day or a day (Taiwan): 2025/6/2（一）至6/5（四）, 2025/12/29-2026/1/2
    add("ymd_slash", r"(?<![\d/])" + _g(_YEAR, "y1") + r"/(?P<m1>1[0-2]|0?[1-9])/(?P<d1>[0-3]?\d)(?![\d/])" + _WD
        + r"(?:\s*(?:至|到|[~〜～\-–—])\s*(?:(?P<y2>(?:19|20)\d\d)/(?=\d{1,2}/))?(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>[0-3]?\d)(?![\d/])" + _WD + r")?")
    # the Solar Hijri calendar of Iran and Afghanistan: "۲۵ تا ۲۷ اردیبهشت ۱۴۰۴", "۱۸ شهریور ۱۴۰۴", 1404/02/25
    add("jalali", r"(?<!\d)(?:(?P<d1>[0-3]?\d)\s*(?:تا|الی|-|–)\s*)?(?P<d2>[0-3]?\d)\s*(?P<jm>" + "|".join(JALALI_MONTHS)
        + r")(?:\s*ماه)?\s*(?:سال\s*)?(?P<jy>1[34]\d\d)(?!\d)")
    add("jalali", r"(?<![\d/])(?P<jy>1[34]\d\d)/(?P<jmn>1[0-2]|0?[1-9])/(?P<d2>[0-3]?\d)(?![\d/])")
    # the Ethiopian calendar (Amharic, Tigrinya): "ከመስከረም 26 እስከ 28 ቀን 2018 ዓ.ም.", "ከነሐሴ 30 እስከ ጳጉሜ 2 ቀን 2017",
    # "ጥቅምት 4 ቀን 2018 ዓ.ም.", a month "ጥቅምት 2018 ዓ.ም."; the month may carry a preposition (ከ from, በ in, እስከ until)
    emonth = lambda name: r"(?<![\u1200-\u135a])(?:ከ|በ|እስከ|የ|ለ)?(?P<" + name + ">" + "|".join(  # noqa: E731
        sorted((w for ws in ETHIOPIAN_MONTHS for w in ws), key=len, reverse=True)) + ")"
    eyear = r"(?:\s*ቀን)?\s*(?P<ey>(?:19|20)\d\d)(?!\d)(?:\s*(?:ዓ\.?\s?ም\.?|ዓ/ም))?"
    add("ethiopian", emonth("em1") + r"\s*(?P<d1>[0-3]?\d)(?:\s*ቀን)?(?:\s*(?:እስከ|-|–|—)\s*(?:" + emonth("em2")
        + r"\s*)?(?P<d2>[0-3]?\d))?" + eyear)
    add("ethiopian", emonth("em1") + r"\s+(?P<ey>(?:19|20)\d\d)(?!\d)\s*(?:ዓ\.?\s?ም\.?|ዓ/ም)")
    # a year and a month in the Kyrgyz and Kazakh genitive, the month in any case: "2025-жылдын ноябрынан" (from
    # November 2025), "2026-жылдын мартына" (to March 2026), "2025 жылғы қарашада"
    add("cyr_case_ym", r"(?<!\d)(?P<y1>(?:19|20)\d\d)\s*-?\s*(?:жылдын|жылы|жылғы|жылдың)\s+(?P<cm>" + "|".join(CASE_MONTH_STEMS)
        + r")[а-яёөүңғқұһі]*")
    # dotted day-first: 14.03.2017, 15.-16.03.2017, 15. to 16.03.2017, 30.09.-02.10.2019; spaced (Czech,
    # Slovak, Serbian): 15. 3. 2017
    add("dotted", r"(?<![\d.])(?:(?P<d1>[0-3]?\d)\.\s?(?:(?P<m1>[01]?\d)\.\s?)?" + to + r")?"
        r"(?P<d2>[0-3]?\d)\.\s?(?P<m2>[01]?\d)\.\s?(?P<y2>(?:19|20)\d\d)(?!\d)")
    # the first day (and month) without its dot, tight against a dash: 12-14.05.2025, 12–14.05.2025, 30.05-02.06.2025
    add("dotted", r"(?<![\d.])(?P<d1>[0-3]?\d)(?:\.(?P<m1>[01]?\d))?[-–](?P<d2>[0-3]?\d)\.\s?(?P<m2>[01]?\d)\.\s?"
        r"(?P<y2>(?:19|20)\d\d)(?!\d)")
    # two full dotted dates joined by a dash or a "to" word (not by "and": two days): 11.02.2026 – 13.02.2026
    add("dotted_range", r"(?<![\d.])(?P<d1>[0-3]?\d)\.\s?(?P<m1>[01]?\d)\.\s?(?P<y1>(?:19|20)\d\d)\.?\s*(?:-|–|—|~|〜|～|"
        + _words(_lex.RANGE_TO_WORDS) + r")\s*(?P<d2>[0-3]?\d)\.\s?(?P<m2>[01]?\d)\.\s?(?P<y2>(?:19|20)\d\d)(?!\d)")
    # month before a day with a case ending (Azerbaijani): "2026-cı il aprelin 7-dən 9-dək", "oktyabrın 3–5-də"
    add("md_case", r"(?<![\w])(?:(?P<y1>(?:19|20)\d\d)-(?:ci|cı|cu|cü)\s+il(?:in)?\s+)?" + month("m1") + r"\s+(?P<d1>[0-3]?\d)"
        r"(?:-(?:d[əa]n|t[əa]n))?(?:\s*(?:-|–|—)?\s*(?P<d2>[0-3]?\d))?-(?:d[əa]k|d[əa]|t[əa]|c[iıuü]|nc[iıuü])(?![\w])")
    # Korean dotted: 2019. 9. 24. ~ 9. 26.  /  2019. 9. 24.  /  2020. 1.
    add("kdot", r"(?:(?<!\d)" + _g(_YEAR, "y1") + r"|(?<![\w'’‘])['’‘]\s?(?P<yy>\d\d))\.\s*(?P<m1>[01]?\d)\.(?:\s*(?P<d1>[0-3]?\d)\.?" + _WD + r")?"
        r"(?:\s*[~〜～\-–]\s*(?:(?P<y2>(?:19|20)\d\d)\.\s*(?=[01]?\d\.\s*[0-3]?\d))?(?:(?P<m2>[01]?\d)\.\s*)?(?P<d2>[0-3]?\d)\.?" + _WD + r")?(?![\d])")
    # Korean dotted year (also two digits after an apostrophe) and a month in words: 2024. 6월 (중), '25. 9월 중
    add("kdot_month", r"(?:(?<!\d)" + _g(_YEAR, "y1") + r"|(?<![\w'’‘])['’‘]\s?(?P<yy>\d\d))\.\s*(?P<m1>1[0-2]|0?[1-9])\s*월(?!\s*\d)")
    # a ROC (Minguo) date in figures, Taiwan's usual form: 114-09-13, 114.09.13, 114/9/13 (= 2025); CJK texts only
    add("roc_num", r"(?<![\d\-./])(?P<roc>1[0-3]\d)(?P<sep>[-./])(?P<m1>0?[1-9]|1[0-2])(?P=sep)(?P<d1>[0-3]?\d)(?![\d\-./])")
    # Japanese era initials: R5.11.7, H27.5.12 (R = 令和, H = 平成, S = 昭和)
    add("era_abbr", r"(?<![A-Za-z\d])(?P<era>[RHS])\s?(?P<ey>\d{1,2})\.(?P<m1>1[0-2]|0?[1-9])\.(?P<d1>[0-3]?\d)(?![\d.]\d)"
        r"(?:\s*[~〜～\-–]\s*(?:(?P<m2>1[0-2]|0?[1-9])\.)?(?P<d2>[0-3]?\d)(?![\d.]))?")
    # slashed day/month/year (day first unless the second number cannot be a month): 6/3/2023, 22/11/2023 - 25/11/2023,
    # a day range before it: 12 đến 14/3/2025, 9 – 11/6/2025
    add("slash", r"(?<![\d/])(?:(?P<d0>[0-3]?\d)" + to + r")?(?P<d1>[0-3]?\d)/(?P<m1>[0-3]?\d)(?:/(?P<y1>(?:19|20)\d\d))?"
        r"(?:" + to + r"(?P<d2>[0-3]?\d)/(?P<m2>[0-3]?\d)/(?P<y2>(?:19|20)\d\d))?(?![\d/])")
    # a range of two slashed day/months with no year, each perhaps after its weekday: "lun 9/3 al jue 12/3",
    # "22/06 – 26/06", "Mo 3/11 bis Mi 5/11" (day first unless the document writes month first)
    wd_any = r"(?:(?:" + long_days + r"|" + short_days + r"|(?<![^\W\d_])[^\W\d_]{2,3})\.?,?\s+)?"  # "lun", "Mo", "jue."
    add("dm_slash_range", r"(?<![\d/])" + wd_any + r"(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)(?![\d/])" + to + wd_any
        + r"(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)(?![\d/])")
    # day-month-year with dashes (Dutch, Frisian): 03-06-2025; a slashed day/month and the year after a space (Swedish,
    # Danish): 3/6 2025
    add("slash", r"(?<![\d\-/.])(?P<d1>[0-3]?\d)-(?P<m1>1[0-2]|0?[1-9])-(?P<y1>(?:19|20)\d\d)(?![\d\-])")
    add("slash", r"(?<![\d/.])(?P<d1>[0-3]?\d)/(?P<m1>1[0-2]|0?[1-9])\s+(?P<y1>(?:19|20)\d\d)(?![\d/])")
    # slashed month/day ranges with no year, month first when the second number cannot be a month: 9/23–9/25
    add("md_slash", r"(?<![\d/])(?P<m1>1[0-2]|0?[1-9])/(?P<d1>[0-3]?\d)\s*[-–—~〜～]\s*(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>[0-3]?\d)(?![\d/])")
    # a slashed month/day with its CJK weekday in brackets (Japanese, Chinese, Korean write the month first): 5/3（日）,
    # 5/3（日）～5/5（火）, 5/3(일)~5(화)
    add("md_slash_wd", r"(?<![\d/])(?P<m1>1[0-2]|0?[1-9])/(?P<d1>[0-3]?\d)(?![\d/])" + _WD[:-1]
        + r"(?:\s*[-–—~〜～]\s*(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>[0-3]?\d)(?![\d/])" + _WD + r")?")
    # part of a month ("en la primera quincena de junio", "early June", "Anfang Juni", "в начале мая"): the month
    add("m_part", r"(?<![\w])(?:(?:primera|segunda)\s+quincena|principios|mediados|finales|comienzos|fines|primeros\s+d[ií]as"
        r"|early|mid|late|the\s+(?:beginning|middle|end)\s+of|d[ée]but|mi|fin|courant|anfang|mitte|ende|inizio|met[àa]|fine"
        r"|(?:primeira|segunda)\s+quinzena|in[íi]cio|meados|begin|half|eind|начале|середине|конце|початку|середині|кінці"
        r"|początku|połowie|końcu|začátkem|začátku|polovině|koncem|konci|αρχές|μέσα|τέλη|începutul|mijlocul|sfârșitul|sfarsitul"
        # Arabic: "في منتصف تشرين الثاني", "أواخر نوفمبر", "مطلع شهر أيار"
        r"|منتصف|أواخر|اواخر|أوائل|اوائل|مطلع|بداية|نهاية|أواسط|اواسط)"
        r"[\s-]+(?:of\s+|de\s+|d['’]|di\s+|του\s+|شهر\s+)?"
        + month("m1") + r"(?![\w])(?:\s*(?:de\s+|del\s+)?" + _g(_YEAR, "y1") + r"(?!\d))?")
    # a month after a preposition, no year written ("en octubre", "in October", "im Oktober", "в мае", "w maju",
    # "Mart ayında"), or a form meaning "in <month>" by itself ("toukokuussa", "májusban", "במאי")
    add("m_noyear", r"(?<![\w])(?:(?:in|en|em|im|a|ad|nel|nel\s+mese\s+di|au\s+mois\s+d[e']|during|during\s+the\s+month\s+of"
        r"|в|во|у|w|we|v|ve|u|i|în|τον|στον|pada(?:\s+bulan)?|bulan|vào(?:\s+tháng)?|trong|في|شهر)\s+"
        + month("m1") + r"|(?:ใน)?เดือน\s*" + month("m1c") + r"|" + month("m1b") + r"\s+ay(?:ında|ı\s+içinde))(?![\w])(?!\s*(?:de\s+)?(?:\d|[’']\d))")
    add("m_in", r"(?<![\d_])(?P<m1>" + month_token + r")(?![\w])(?!\s*\.?\s*\d)")  # IN_MONTH forms only: _from_match
    # a month alone opening a line or a table row, as a label or a cell ("septiembre (a confirmar)\tViaje …", "Nov (tbc)")
    add("m_open", r"^\s*(?:[-–•·*]\s*)?" + month("m1") + r"(?![\w])(?=\s*(?:$|[(\t:|–—]|\s\s))")
    # a CJK month alone opening a line or a numbered item, before a comma or a colon ("1. 3月，接待…", "4월: 방문"): the month
    # (or before a column break of a table row: "6月 | 日本久留米市议会", "6월\t중국 웨이팡시"; a bare "10月" is no date)
    add("cjk_month_open", r"^\s*(?:[-–•·*]\s*|\d{1,2}[.、．)]\s*)?(?P<m1>1[0-2]|0?[1-9])\s*[月월](?=\s*[，,、：:|\t]|\s\s)")
    # a CJK month with a year word relative to the document's ("내년 4월", "明年3月") or a part of the month ("10月下旬",
    # "4월 중순"): the month, only with a year from context (next year: one more)
    add("cjk_month_rel", r"(?<![\d年년.])(?:(?P<rel>내년|명년|올해|금년|지난해|작년|전년|같은\s*해|明年|来年|來年|翌年|今年|本年|昨年|去年|前年|同年|当年|當年)\s*)?(?P<m1>1[0-2]|0?[1-9])\s*[月월](?!\s*\d)"
        r"(?:\s*(?P<part>상순|중순|하순|초순|초|말|중(?![\w])|경|上旬|中旬|下旬|初旬|初|末|底|中))?")  # "9월 중" (during), "9월경" (about)
    # CJK: 2016年10月12日〜14日, 2017년 3월 15일부터 16일까지, 2019年11月, 平成27年5月
    # ROC (Minguo) years: 民國112年 / 112年10月 (a three-digit year before a month) = 1911 + 112
    # (an era year may carry its Western year in brackets: 令和7年（2025年）11月1日)
    add("cjk", r"(?:(?P<era>令和|平成|昭和)(?P<ey>元|\d{1,2})\s*年(?:\s*[（(]\s*(?:19|20)\d\d\s*年?\s*[)）])?|(?P<y1>(?:19|20)\d\d)\s*[年년]"
        r"|(?:民國|民国)\s*(?P<roc>\d{1,3})\s*年|(?<![\d.])(?P<roc3>1[0-4]\d)\s*年(?=\s*[01]?\d\s*月))\s*(?P<m1>[01]?\d)\s*[月월]"
        r"(?:\s*(?P<d1>[0-3]?\d)\s*[日일号]" + _WD + r")?"
        r"(?:\s*(?:부터|から|より|至|到|[~〜～\-–—―－])\s*(?:(?P<y2>(?:19|20)\d\d)\s*[年년]\s*(?=[01]?\d\s*[月월]))?(?:(?P<m2>[01]?\d)\s*[月월]\s*|同月\s*)?"
        r"(?P<d2>[0-3]?\d)\s*[日일号]" + _WD + r"(?:까지|まで)?)?")  # 2025年12月28日～2026年1月3日: the second year
    # CJK without a year: 3월 15일, 5月12日
    add("cjk_noyear", r"(?<![\d年년])(?P<m1>[01]?\d)\s*[月월]\s*(?P<d1>[0-3]?\d)\s*[日일号]" + _WD +
        r"(?:\s*(?:부터|から|より|至|到|[~〜～\-–—―－])\s*(?:(?P<m2>[01]?\d)\s*[月월]\s*)?(?P<d2>[0-3]?\d)\s*[日일号]" + _WD
        + r"(?:까지|まで)?)?")
    # Mongolian numbered months: "6 сарын 11–13", "5-р сарын 20-23" (days), "9 дүгээр сар", "2025 оны 9-р сар" (a month)
    add("mn", r"(?<![\d.])(?:(?P<y1>(?:19|20)\d\d)\s*оны\s+)?(?P<m1>1[0-2]|0?[1-9])\s*(?:-?р|-? р|\s*д[үу]г[ээа]+р)?\s*сар(?:ын|д)?"
        r"(?:\s+(?P<d1>[0-3]?\d)(?:\s*(?:-|–|—|~|-?н?[аэоө]{2}с\s+)\s*(?P<d2>[0-3]?\d))?(?!\d))?(?![^\W\d_])")  # "3-наас 5-ны хооронд"
    # month.day with a tilde range and no year (Korean and Japanese headlines): 3.15~16, 9.30~10.2
    # a dotted month and day with its weekday in brackets and no year: "11. 14.(금)", "3.5(水)" (the weekday makes it a date)
    add("md_wd", r"(?<![\w.])(?P<m1>1[0-2]|0?[1-9])\.\s?(?P<d1>[0-3]?\d)\.?\s*[(（]\s*[월화수목금토일月火水木金土日]\s*(?:요일|曜日?)?\s*[)）]"
        r"(?!\s*[~〜～])")
    # a spaced dotted month and day alone in brackets, no year (Korean reports): "내방 예정 (6. 18.)", "(11. 3.)"
    add("md_paren", r"(?<=[(（])\s*(?P<m1>1[0-2]|0?[1-9])\.\s(?P<d1>[0-3]?\d)\.(?=\s*[)）])")
    add("md_tilde", r"(?<![\w.])(?P<m1>1[0-2]|0?[1-9])\.\s?(?P<d1>[0-3]?\d)\.?" + _WD + r"\s*[~〜～]\s*"
        r"(?:(?P<m2>1[0-2]|0?[1-9])\.\s?)?(?P<d2>[0-3]?\d)\.?" + _WD + r"(?![\d.])")
    # day month year: 15 to 16 March 2017, du 8 au 10 décembre 2019, 30 September to 2 October 2019,
    # 15 de março de 2017, 15 ta' Marzu 2017, ngày 15 tháng 3 năm 2017, 15 במרץ 2017,
    # 30 декабря 2019 г. – 2 января 2020 г.
    add("dmy", r"(?<![\w.])(?:" + wday + _g(_DAY, "d1") + r"(?:\s*" + mpre + month("m1") + r"(?:" + ypre + _g(_YEAR, "y1")
        + ymark + r")?)?" + to + r")?" + wday + _g(_DAY, "d2") + r"\s*" + mpre + month("m2") + r"(?![\w])(?:" + ypre
        + _g(_YEAR, "y2") + r"(?!\d))?")
    # month day year: March 15-16, 2017; September 30th, 2021; March 15; kovo 15 d.; március 15–17.
    add("mdy", r"(?<![\w])" + wday + month("m1") + r"\s+" + _g(_DAY, "d1")
        + r"(?:" + to + wday + r"(?:" + month("m2") + r"\s+)?" + _g(_DAY, "d2") + r")?(?![\w])(?:[,،]?\s*" + _g(_YEAR, "y1") + r"(?!\d))?")
    # Basque without the year: the cases on the days ("urriaren 14tik 16ra", "urriaren 14an")
    add("mdy", r"(?<![\w])" + month("m1") + r"\s+" + _g(_DAY, "d1") + r"(?:-?e?an\b|-?e?tik\s+(?:" + month("m2") + r"\s+)?"
        + _g(_DAY, "d2") + r"-?e?ra(?:\s+arte)?\b)")
    # a bare CJK month right before a verb of going, coming or visiting ("市长6月去南特", "9月赴德国", "7月来访"): when it happens
    add("cjk_month_go", r"(?<![\d年년.])(?P<m1>1[0-2]|0?[1-9])\s*月(?=去|赴|到访|前往|出访|出訪|来访|來訪|访问|訪問|来[^\W\d_])")
    # year first (Hungarian, Lithuanian, Armenian, Basque): 2017. március 15., 2017 m. kovo 15 d., 2017. március 30. – április 2.
    # Basque writes its cases onto the year and the days: 2025eko maiatzaren 7an, 2025eko maiatzaren 7tik 9ra (from … to)
    ymark_first = r"(?:\.|\s*m\.|\s*թ\.|(?:\(e\))?e?ko)"
    add("ymd", r"(?<![\d.])" + _g(_YEAR, "y1") + ymark_first + r"\s*" + month("m1") + r"\s+" + _g(_DAY, "d1") + r"(?:\s*d\.|-?e?an\b)?"
        r"(?:(?:" + to + r"|-?e?tik\s+)(?:" + month("m2") + r"\s+)?" + _g(_DAY, "d2") + r"(?:\s*d\.|-?(?:e?ra|e?an)(?:\s+arte)?\b)?)?(?![\d])")
    # Nepali: year, month, day with spaces only ("२०२५ जुन ३ देखि ५ सम्म", "२०२५ सेप्टेम्बर १२ मा")
    add("ymd", r"(?<![\d.,/])" + _g(_YEAR, "y1") + r"\s+" + month("m1") + r"\s+" + _g(_DAY, "d1") + r"(?:" + to + _g(_DAY, "d2")
        + r")?(?![\d.,/:])")
    # Burmese: year ခုနှစ်, month လ, day ရက်, a second day ရက် after မှ (from) ("၂၀၂၅ ခုနှစ် ဇွန်လ ၃ ရက်မှ ၅ ရက်အထိ")
    add("ymd", r"(?<!\d)" + _g(_YEAR, "y1") + r"\s*ခုနှစ်\s*" + month("m1") + r"လ?\s*(?P<d1>[0-3]?\d)\s*ရက်(?:\s*(?:နေ့)?\s*မှ\s*"
        r"(?P<d2>[0-3]?\d)\s*ရက်)?")
    # year, day, month (Latvian, Kazakh, Georgian): 2017. gada 15. martā, 2017 ж. 15 наурыз, 2017 წლის 15 მარტს
    add("ydm", r"(?<![\d.])" + _g(_YEAR, "y1") + r"(?:\.\s*gada|\s*ж\.|-?\s*жыл(?:ы|дын|ғы)|\s*წლის|-?nji\s+ýyl(?:yň|da)|-?\s*yil(?:ning|i|da)?)\s+" + _g(_DAY, "d1") + r"(?:" + to + _g(_DAY, "d2")
        + r")?\s*-?" + month("m1") + r"(?![\w])")  # Kyrgyz "2025-жылы 5-июнда"
    # year month (month wide): 2017. márciusban, 2017 m. kovo mėn., 2017. gada martā, 2017 yılı Mart ayında
    add("ym", r"(?<![\d.])" + _g(_YEAR, "y1") + r"(?P<mark>\.|\s*m\.|\.\s*gada|\s*թ\.|\s+yılı(?:nın)?|(?:\(e\))?ko|\s)\s*"
        + "(?P<m1>" + month_token + r")(?![\w])(?!\s*\d)")
    # month year: March 2017, noviembre de 2018, tháng 3 năm 2017, tháng 9/2025, Μαρτίου του 2017, в мае 2025 года,
    # ในเดือนพฤศจิกายน ๒๕๖๘ (a Thai month glued to the word before it)
    add("my", r"(?<![\d_])" + month("m1") + r"(?:\s+|[,،/]\s*)(?:(?:" + _words(_lex.YEAR_BEFORE) + r")\s*)?" + _g(_YEAR, "y1") + r"(?!\d)")
    return tuple(out)


def _month(value: str | None, text: str = "", start: int = 0) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    key = fold(value)
    found = MONTHS.get(key)
    if found is None and key in AMBIGUOUS:
        return _ambiguous_month(key, text, start, start + len(value))
    return found


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


_MONTH_GROUPS = ("m1", "m2", "m1b", "m1c")


# "from" before the first day of a range ("từ ngày 9 – 11/6/2025", "od 5-7.", "from 5–7/3/2025")
_FROM_DAY = re.compile(r"(?<!\w)(?:từ(?:\s+ngày)?|ngày|from|du|del|dal|vom|von|od|с|з|від|από|din|från|fra|van|de|desde|mill-"
                       r"|dals|fan|frá|аз|eus\s+an)\s*$",  # Romansh, Frisian, Icelandic/Faroese, Tajik, Breton
                       re.IGNORECASE)


FROM_DAY = _FROM_DAY  # for visits.py: the "from" word before a range's first day is part of the date, no place name


def _short_allowed(kind: str, gd: dict, src: str, m: re.Match) -> bool:
    """An abbreviation only CLDR lists ("out", "lis", "pro", "sie") is a month in a full date (a day and a year
    written), or before a year when written with its dot ("janv. 2017"): "15 out of 20", "Surface Pro 2"
    and "sie 2017" are no dates."""
    for name in _MONTH_GROUPS:
        value = gd.get(name)
        if value is None or fold(value) not in SHORT:
            continue
        has_day = bool(gd.get("d1") or gd.get("d2"))
        has_year = bool(gd.get("y1") or gd.get("y2"))
        if has_day and has_year:
            continue
        if kind == "my" and src[m.end(name):m.end(name) + 1] == "." and value.isalpha() and fold(value) not in _lex.FULL_DATE_ONLY:
            continue
        return False
    return True


def _from_match(kind: str, m: re.Match, default_year: int | None, src: str) -> DateMention | None:
    """The mention of match ``m`` of pattern ``kind``; ``src`` is the text searched before its names were made
    tokens (the groups are read from it)."""
    gd = {k: (src[m.start(k):m.end(k)] if v is not None else None) for k, v in m.groupdict().items()}

    def mon(name: str) -> int | None:
        return _month(gd.get(name), src, m.start(name) if gd.get(name) else 0)

    if kind in ("dmy", "mdy", "my", "ymd", "ydm", "ym", "m_part", "m_noyear", "md_case", "m_open") and not _short_allowed(kind, gd, src, m):
        return None
    if kind == "m_in" and fold(gd["m1"]) not in IN_MONTH:
        return None
    if kind == "iso":
        y1, m1, d1 = int(gd["y1"]), int(gd["m1"]), int(gd["d1"])
        y2, m2, d2 = (int(gd["y2"]), int(gd["m2"]), int(gd["d2"])) if gd.get("y2") else (y1, m1, d1)
        return _make(m, y1, m1, d1, y2, m2, d2, True)
    if kind == "jalali":
        jy, jm = int(gd["jy"]), (JALALI_MONTHS.index(gd["jm"]) if gd.get("jm") else int(gd["jmn"]) - 1) % 12 + 1
        d2 = int(gd["d2"])
        d1 = _int(gd.get("d1")) or d2
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (jm > 6 and max(d1, d2) > 30):
            return None
        y1, m1, dd1 = jalali_to_gregorian(jy, jm, d1)
        y2, m2, dd2 = jalali_to_gregorian(jy, jm, d2)
        return _make(m, y1, m1, dd1, y2, m2, dd2, True)
    if kind == "ethiopian":
        ey, em1 = int(gd["ey"]), _ethiopian_month(gd["em1"])
        em2 = _ethiopian_month(gd["em2"]) if gd.get("em2") else em1
        if not gd.get("d1"):  # a month: the Gregorian month of its middle
            y1, m1, _d = ethiopian_to_gregorian(ey, em1, 15 if em1 < 13 else 3)
            return _make(m, y1, m1, None, y1, m1, None, True)
        d1 = int(gd["d1"])
        d2 = _int(gd.get("d2")) or d1
        if not (1 <= d1 <= 30 and 1 <= d2 <= 30) or (em1 == 13 and d1 > 6) or (em2 == 13 and d2 > 6):
            return None
        ey2 = ey + 1 if (em2, d2) < (em1, d1) else ey  # ጳጉሜ 3 to መስከረም 2: over the new year
        y1, m1, dd1 = ethiopian_to_gregorian(ey, em1, d1)
        y2, m2, dd2 = ethiopian_to_gregorian(ey2, em2, d2)
        return _make(m, y1, m1, dd1, y2, m2, dd2, True)
    if kind == "cyr_case_ym":
        y, stem = int(gd["y1"]), gd["cm"].lower()
        m1 = CASE_MONTH_STEMS.index(stem) % 12 + 1
        return _make(m, y, m1, None, y, m1, None, True)
    if kind == "ymd_slash":
        y, m1, d1 = int(gd["y1"]), int(gd["m1"]), int(gd["d1"])
        if gd.get("d2") and (gd.get("m2") or int(gd["d2"]) > d1):  # "2025/6/2-5"; not "2025/1/5 - 3" (no range)
            return _make(m, y, m1, d1, _int(gd.get("y2")) or y, _int(gd.get("m2")) or m1, int(gd["d2"]), True)
        return _make(m, y, m1, d1, y, m1, d1, True)
    if kind == "dotted":
        y = int(gd["y2"])
        m2, d2 = int(gd["m2"]), int(gd["d2"])
        d1 = _int(gd.get("d1"))
        m1 = _int(gd.get("m1")) or m2
        return _make(m, y, m1, d1 if d1 is not None else d2, y, m2, d2, True)
    if kind == "dotted_range":
        return _make(m, int(gd["y1"]), int(gd["m1"]), int(gd["d1"]), int(gd["y2"]), int(gd["m2"]), int(gd["d2"]), True)
    if kind == "kdot_month":  # 2024. 6월, '25. 9월
        y, m1 = int(gd["y1"]) if gd.get("y1") else 2000 + int(gd["yy"]), int(gd["m1"])
        return _make(m, y, m1, None, y, m1, None, True)
    if kind == "era_abbr":
        y = ERAS[_ERA_INITIAL[gd["era"].upper()]] + int(gd["ey"])
        m1, d1 = int(gd["m1"]), int(gd["d1"])
        return _make(m, y, m1, d1, y, _int(gd.get("m2")) or m1, _int(gd.get("d2")) or d1, True)
    if kind == "slash":
        d1, m1, y1 = int(gd["d1"]), int(gd["m1"]), _int(gd.get("y1"))
        d2, m2, y2 = (int(gd["d2"]), int(gd["m2"]), int(gd["y2"])) if gd.get("d2") else (d1, m1, y1)
        if y1 is None and y2 is None:
            # "3/4": a fraction or a version, not a date; but a day range joined by a word ("del 7 al 9/5") or a
            # day/month opening a line or a table row ("23/6  Reunión con …") is a date of the default year
            d0 = _int(gd.get("d0"))
            ranged = d0 is not None and d0 < d1 and re.search(r"[^\W\d_]", src[m.end("d0"):m.start("d1")])
            opening = (not re.search(r"\S", re.sub(r"^\s*[-–•·*]\s*", "", src[:m.start()]))
                       and not re.match(r"\s*[\d%/.,]", src[m.end():]))
            if _MONTH_FIRST.get() and not ranged and d1 <= 12:
                d1, m1 = m1, d1  # "12/3  Christmas market in Leipzig" in a document writing month first: 3 December
            if default_year is None or m1 > 12 or not (ranged or opening):
                return None
            return _make(m, default_year, m1, d0 if ranged else d1, default_year, m1, d1, False)
        if m1 > 12 or m2 > 12 or (_MONTH_FIRST.get() and d1 <= 12 and d2 <= 12):
            # month first: 11/22/2023; and 4/2/2026 in a document that writes its dates month first (``month_first``)
            d1, m1, d2, m2 = m1, d1, m2, d2
        d0 = _int(gd.get("d0"))
        if d0 is not None:  # 12 đến 14/3/2025: the first day of a range in the month written once
            joined_by_word = re.search(r"[^\W\d_]", src[m.end("d0"):m.start("d1")])
            # "15-16/03/2026", "20–22/10/2026": a dash tight between two days joins them (not "Article 5 - 12/3/2025")
            tight = re.fullmatch(r"[-–—]", src[m.end("d0"):m.start("d1")]) and not _MONTH_FIRST.get()
            if not gd.get("d2") and d0 < d1 and (joined_by_word or tight
                                                 or _FROM_DAY.search(src[max(0, m.start() - 12):m.start()])):
                return _make(m, y1, m1, d0, y1, m1, d1, True)
            # "Article 5 - 12/3/2025": a dash alone joins days only after "from" ("từ ngày 9 – 11/6/2025"); the date
            # is the slashed one
            mention = _make(m, y1 or y2, m1, d1, y2, m2, d2, True)
            if mention is not None:
                mention.s = m.start("d1")
            return mention
        return _make(m, y1 or y2, m1, d1, y2, m2, d2, True)
    if kind == "mn":
        y = _int(gd.get("y1")) or default_year
        if y is None:
            return None
        m1, d1 = int(gd["m1"]), _int(gd.get("d1"))
        return _make(m, y, m1, d1, y, m1, _int(gd.get("d2")) or d1, gd.get("y1") is not None)
    if kind == "md_slash_wd":
        m1, d1 = int(gd["m1"]), int(gd["d1"])
        m2, d2 = _int(gd.get("m2")) or m1, _int(gd.get("d2")) or d1
        return _make(m, default_year, m1, d1, default_year, m2, d2, False)
    if kind == "dm_slash_range":
        d1, m1, d2, m2 = int(gd["d1"]), int(gd["m1"]), int(gd["d2"]), int(gd["m2"])
        if _MONTH_FIRST.get():
            d1, m1, d2, m2 = m1, d1, m2, d2
        if default_year is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (m2, d2) <= (m1, d1) or m2 - m1 > 1:
            return None  # two fractions, or days out of order: no range of one visit
        return _make(m, default_year, m1, d1, default_year, m2, d2, False)
    if kind == "md_slash":
        m1, d1, d2 = int(gd["m1"]), int(gd["d1"]), int(gd["d2"])
        m2 = _int(gd.get("m2")) or m1
        if max(d1, d2) <= 12 and not _MONTH_FIRST.get():
            return None  # "3/4-5/6": nothing says which number is the month (unless the document writes month first)
        return _make(m, default_year, m1, d1, default_year, m2, d2, False)
    if kind == "m_part":
        y = _int(gd.get("y1")) or default_year
        if y is None:
            return None
        mo = mon("m1")
        return _make(m, y, mo, None, y, mo, None, gd.get("y1") is not None)
    if kind == "cjk_month_open":
        if default_year is None:
            return None
        mo = int(gd["m1"])
        mention = _make(m, default_year, mo, None, default_year, mo, None, False)
        if mention is not None:  # the month only, not the item's number
            mention.s = m.start("m1")
        return mention
    if kind == "cjk_month_go":
        if default_year is None:
            return None
        mo = int(gd["m1"])
        return _make(m, default_year, mo, None, default_year, mo, None, False)
    if kind == "cjk_month_rel":
        rel, part = gd.get("rel"), gd.get("part")
        if default_year is None or not (rel or part):
            return None
        y = default_year + (1 if rel in ("내년", "명년", "明年", "来年", "來年", "翌年") else
                            -1 if rel in ("지난해", "작년", "전년", "昨年", "去年", "前年") else 0)  # last year: one less
        mo = int(gd["m1"])
        return _make(m, y, mo, None, y, mo, None, False)
    if kind in ("m_noyear", "m_in", "m_open"):
        if default_year is None:
            return None
        name = next(n for n in ("m1", "m1b", "m1c") if gd.get(n))
        mo = mon(name)
        mention = _make(m, default_year, mo, None, default_year, mo, None, False)
        if mention is not None:  # the month name only, not the preposition
            mention.s = m.start(name)
        return mention
    if kind == "kdot":
        y = int(gd["y1"]) if gd.get("y1") else 2000 + int(gd["yy"])
        m1, d1 = int(gd["m1"]), _int(gd.get("d1"))
        if d1 is None:
            if gd.get("d2"):
                return None
            return _make(m, y, m1, None, y, m1, None, True)
        m2 = _int(gd.get("m2")) or m1
        d2 = _int(gd.get("d2")) or d1
        return _make(m, y, m1, d1, _int(gd.get("y2")) or y, m2, d2, True)  # 2025.12.29.~2026.1.2.: the second year
    if kind == "roc_num":
        if not re.search("[\u4e00-\u9fff]", src):
            return None
        y = 1911 + int(gd["roc"])
        return _make(m, y, int(gd["m1"]), int(gd["d1"]), y, int(gd["m1"]), int(gd["d1"]), True)
    if kind == "md_paren":  # in a Korean text only: elsewhere "(3. 4.)" may be a section's number
        if default_year is None or not re.search("[\uac00-\ud7a3]", src):
            return None
        return _make(m, default_year, int(gd["m1"]), int(gd["d1"]), default_year, int(gd["m1"]), int(gd["d1"]), False)
    if kind == "md_wd":
        return _make(m, default_year, int(gd["m1"]), int(gd["d1"]), default_year, int(gd["m1"]), int(gd["d1"]), False) \
            if default_year is not None else None
    if kind == "md_tilde":
        if re.match(r"\d{1,2}\.\s\d{1,2}(?!\d|\.)", src[m.start():m.end()]):
            return None  # "1. 2 ~ 3": a list number, not "3. 15." (spaced months end their day with a dot)
        y = default_year
        m1, d1 = int(gd["m1"]), int(gd["d1"])
        return _make(m, y, m1, d1, y, _int(gd.get("m2")) or m1, int(gd["d2"]), False)
    if kind in ("cjk", "cjk_noyear"):
        if gd.get("era"):
            y = ERAS[gd["era"]] + (1 if gd["ey"] == "元" else int(gd["ey"]))
        elif gd.get("roc") or gd.get("roc3"):
            y = 1911 + int(gd.get("roc") or gd["roc3"])
        else:
            y = _int(gd.get("y1"))
        has_year = y is not None
        if y is None:
            y = default_year
        m1, d1 = int(gd["m1"]), _int(gd.get("d1"))
        m2 = _int(gd.get("m2")) or m1
        d2 = _int(gd.get("d2")) if gd.get("d2") else d1
        return _make(m, y, m1, d1, _int(gd.get("y2")) or y, m2, d2, has_year)
    if kind == "dmy":
        m2 = mon("m2")
        m1 = mon("m1") or m2
        d2 = int(gd["d2"])
        d1 = _int(gd.get("d1"))
        y = _int(gd.get("y2"))
        has_year = y is not None
        if y is None:
            y = default_year
        y1 = _int(gd.get("y1")) or y  # 30 декабря 2019 г. – 2 января 2020 г.
        return _make(m, y1, m1, d1 if d1 is not None else d2, y, m2, d2, has_year)
    if kind in ("mdy", "ymd", "md_case"):
        m1 = mon("m1")
        m2 = mon("m2") or m1
        d1 = int(gd["d1"])
        d2 = _int(gd.get("d2")) or d1
        y = _int(gd.get("y1"))
        has_year = y is not None
        if y is None:
            y = default_year
        return _make(m, y, m1, d1, y, m2, d2, has_year)
    if kind == "ydm":
        y, m1, d1 = int(gd["y1"]), mon("m1"), int(gd["d1"])
        return _make(m, y, m1, d1, y, m1, _int(gd.get("d2")) or d1, True)
    if kind == "ym":
        if gd["mark"] == "." and gd["m1"][:1].isupper():
            return None  # "… in 2017. March was …": a sentence's end (Hungarian months are lower-case)
        if not gd["mark"].strip() and fold(gd["m1"]) not in IN_MONTH:
            return None  # "2025 októberében", "2025 márciusban"; not "… in 2019 May …"
        y, m1 = int(gd["y1"]), mon("m1")
        return _make(m, y, m1, None, y, m1, None, True)
    if kind == "my":
        y, m1 = int(gd["y1"]), mon("m1")
        return _make(m, y, m1, None, y, m1, None, True)
    return None


# the months of the Solar Hijri calendar, Farvardin to Esfand (Mordad also written Amordad)
JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
                 "امرداد")


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """A Solar Hijri date as (year, month, day) of the Gregorian calendar (the 33-year arithmetic rule, exact for
    the years documents use): 1404-01-01 is 2025-03-21."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = gy % 4 == 0 and gy % 100 != 0 or gy % 400 == 0
    for gm, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1):
        if gd <= length:
            return gy, gm, gd
        gd -= length
    return gy, 12, 31  # pragma: no cover - unreachable for a valid date


# the stems of the Russian month names Kyrgyz uses, then the Kazakh months, before their case endings
CASE_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
                    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
                    "желтоқсан")


# the months of the Ethiopian calendar, Meskerem to Pagume (the thirteenth, of five or six days), with their
# common spellings (ኅ/ህ/ሀ, ሐ/ሃ/ሀ, ሣ/ሳ, ዝ/ዚ)
ETHIOPIAN_MONTHS = (("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ህዳር", "ሕዳር"), ("ታኅሣሥ", "ታህሳስ", "ታኅሳስ", "ታሕሳስ", "ታህሣሥ"),
                    ("ጥር",), ("የካቲት",), ("መጋቢት",), ("ሚያዝያ", "ሚያዚያ"), ("ግንቦት",), ("ሰኔ",),
                    ("ሐምሌ", "ሃምሌ", "ሀምሌ"), ("ነሐሴ", "ነሃሴ", "ነሀሴ"), ("ጳጉሜን", "ጳጉሜ"))


def _ethiopian_month(word: str) -> int:
    return next(i for i, ws in enumerate(ETHIOPIAN_MONTHS, start=1) if word in ws)


def ethiopian_to_gregorian(ey: int, em: int, ed: int) -> tuple[int, int, int]:
    """An Ethiopian date (year of the Ethiopian era, month 1-13, day) as (year, month, day) of the Gregorian calendar:
    twelve months of 30 days and Pagume of 5 (6 before a year divisible by 4), the year starting on 11 September
    (12 September before a Gregorian leap year): 1 Meskerem 2018 is 2025-09-11."""
    jdn = 1724221 + 365 * (ey - 1) + ey // 4 + 30 * em + ed - 31
    d = datetime.date.fromordinal(jdn - 1721425)
    return d.year, d.month, d.day


def _make(m: re.Match, y1, m1, d1, y2, m2, d2, has_year: bool) -> DateMention | None:
    if m1 is None or m2 is None:
        return None
    if d1 is None:  # a month
        start = _iso(y1, m1, None)
        if start is None:
            return None
        return DateMention(start, start, m.start(), m.end(), m.group(0), has_year, "month")
    if y1 is not None and y2 is not None and (m2, d2) < (m1, d1) and y1 == y2:
        y2 = y1 + 1  # 30 December to 2 January
    start, end = _iso(y1, m1, d1), _iso(y2, m2, d2)
    if start is None or end is None or end < start:
        return None
    return DateMention(start, end, m.start(), m.end(), m.group(0).rstrip(), has_year, "day")


# digits of other scripts, one character for one (offsets kept): full-width, Arabic-Indic, Persian, Devanagari,
# Bengali, Thai
_DIGITS = ("０１２３４５６７８９" "٠١٢٣٤٥٦٧٨٩" "۰۱۲۳۴۵۶۷۸۹" "०१२३४५६७८९" "০১২৩৪৫৬৭৮৯" "๐๑๒๓๔๕๖๗๘๙"
           "໐໑໒໓໔໕໖໗໘໙" "០១២៣៤៥៦៧៨៩" "၀၁၂၃၄၅၆၇၈၉")  # Lao, Khmer, Burmese too
_FULLWIDTH = str.maketrans(_DIGITS + "／．～", "0123456789" * 9 + "/.~")
# direction and joining marks inside dates ("15‏/03‏/2017" in Arabic): read as if absent
_INVISIBLE = re.compile("[\u200b-\u200f\u061c\u2066-\u2069\ufeff\u00ad]")
# a Thai Buddhist-era year (2560 = 2017) after a Thai month or พ.ศ.: read as its Gregorian year (same length)
_THAI_BE = re.compile(r"(?<=[\u0e00-\u0e7f.])(\s*)(2[45]\d\d)(?!\d)")


_THAI_SLASHED_BE = re.compile(r"(?<=\d/)()(2[45]\d\d)(?!\d)")  # 12/09/2568 in a Thai text
_THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")


def _thai_years(text: str) -> str:
    def sub(m: re.Match) -> str:
        year = int(m.group(2)) - 543
        return m.group(1) + str(year) if 1900 <= year <= 2099 else m.group(0)

    text = _THAI_BE.sub(sub, text)
    return _THAI_SLASHED_BE.sub(sub, text) if _THAI_LETTER.search(text) else text


# dates written in Chinese numerals (formal Chinese, Japanese and Taiwanese documents): 二〇二五年十月十五日至十七日,
# 令和七年五月二十日, 一一四年三月十九日 (a ROC year): read with Arabic digits, each new digit mapped to the numeral it
# came from (offsets kept). A run with 十 is a value (十五 = 15, 二十三 = 23); without, digit by digit (二〇二五 = 2025).
_CJK_NUM = "〇零一二三四五六七八九十"
_CJK_NUM_RUN = re.compile("[" + _CJK_NUM + "]+")
_CJK_NUM_DATE = re.compile(
    "(?:(?:(?:令和|平成|昭和|民國|民国)\\s*(?:元|[" + _CJK_NUM + "]{1,3})|[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{3}(?=\\s*年\\s*[" + _CJK_NUM + "]{1,2}\\s*月))\\s*年\\s*)?"
    "(?<![" + _CJK_NUM + "])[" + _CJK_NUM + "]{1,2}\\s*月(?:\\s*[" + _CJK_NUM + "]{1,3}\\s*[日号])?"
    "(?:\\s*(?:至|到|から|より|[~〜～\\-–])\\s*(?:[" + _CJK_NUM + "]{1,2}\\s*月\\s*)?[" + _CJK_NUM + "]{1,3}\\s*[日号])?")


def _cjk_value(run: str) -> str:
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    digits["零"] = 0
    if "十" not in run:
        return "".join(str(digits[c]) for c in run)
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return run
    return str((digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0))


def _cjk_numerals(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the Chinese numerals of its dates in Arabic digits, and the original offset of each character."""
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _CJK_NUM_DATE.finditer(text):
        span = m.group(0)
        if not (re.search("年", span) or re.search("[日号]", span)):
            continue  # a month alone ("三月"): left as written
        for i in range(last, m.start()):
            out.append(text[i])
            index.append(i)
        pos = m.start()
        for r in _CJK_NUM_RUN.finditer(span):
            for i in range(pos, m.start() + r.start()):
                out.append(text[i])
                index.append(i)
            value = _cjk_value(r.group(0))
            out.extend(value)
            index.extend([m.start() + r.start() + min(k, len(r.group(0)) - 1) for k in range(len(value))])
            pos = m.start() + r.end()
        for i in range(pos, m.end()):
            out.append(text[i])
            index.append(i)
        last = m.end()
    if not index:
        return None
    for i in range(last, len(text)):
        out.append(text[i])
        index.append(i)
    return "".join(out), index


# whether the document being read writes slashed dates month first (4/2/2026 = April 2): set by ``month_first``
_MONTH_FIRST: contextvars.ContextVar[bool] = contextvars.ContextVar("month_first", default=False)
# countries whose usual numeric date is month/day/year (the United States and the places that follow its usage)
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"})
_SLASHED = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d(?![\d/])")


def writes_month_first(text: str, country_code: str | None) -> bool:
    """Whether a document's slashed dates are month first: a date that can only be month first (3/15/2026) and none
    that can only be day first (15/3/2026); with neither, the custom of the home city's country (the United States)."""
    month_first = day_first = False
    for m in _SLASHED.finditer(text or ""):
        a, b = int(m.group(1)), int(m.group(2))
        month_first |= a <= 12 < b
        day_first |= b <= 12 < a
    if month_first != day_first:
        return month_first
    return not day_first and country_code in MONTH_FIRST_COUNTRIES


@contextlib.contextmanager
def month_first(on: bool):
    """Read slashed dates month first (``on``) inside the block: ``with month_first(writes_month_first(...)):``."""
    token = _MONTH_FIRST.set(on)
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


# a capitalised month word alone (no day, no year) that opens a name, a particle and a capitalised word after it ("Mar
# del Plata", "Mar de Ajó", "Mai da Serra"): no month; "Mar 2026", "Mar. 12", "in May", "mayo de 2026" stay dates
_NAME_AFTER = re.compile(r"[^\S\n]+(?:del|de|de\s+la|do|da|di|dos|das|des)[^\S\n]+[A-ZÀ-Þ][a-zà-ÿ]")


def _name_opening(text: str, s: int, e: int) -> bool:
    word = re.search(r"(\S+)\s*$", text[s:e])
    return word is not None and bool(re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{2,8}", word.group(1))) \
        and not re.search(r"\d", text[s:e]) and bool(_NAME_AFTER.match(text, s + word.end(1)))


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in order, overlapping candidates resolved longest first."""
    if not text:
        return []
    # the readers of one document ask about the same blocks many times: remembered, handed out as copies
    return [dataclasses.replace(d) for d in _dates_in(text, default_year, _MONTH_FIRST.get())]


@functools.lru_cache(maxsize=4096)
def _dates_in(text: str, default_year: int | None, _month_first: bool = False) -> tuple[DateMention, ...]:
    original, text = text, text.translate(_FULLWIDTH)  # ５月２０日 -> 5月20日 (one character for one: offsets kept)
    if "\u0e00" <= max(text) and re.search("[\u0e00-\u0e7f]", text):
        text = _thai_years(text)
    index = None
    if _CJK_NUM_RUN.search(text) and (converted := _cjk_numerals(text)) is not None:
        text, index = converted
    if _INVISIBLE.search(text):  # offsets of the text without the marks -> offsets of the original
        keep = [i for i, c in enumerate(text) if not _INVISIBLE.match(c)]
        text = "".join(text[i] for i in keep)
        index = [index[i] for i in keep] if index is not None else keep
    if index is not None:
        index.append(len(original))
    found: list[DateMention] = []
    tokens = _tokenize(text)
    for kind, rx in _patterns():
        for m in rx.finditer(tokens):
            if not m.group(0).strip():
                continue
            try:
                mention = _from_match(kind, m, default_year, text)
            except (ValueError, KeyError, TypeError):
                mention = None
            if mention is not None and not (mention.precision == "day" and mention.has_year) \
                    and re.search(r"(?<![^\W\d_])may(?![^\W\d_])", text[m.start():m.end()]):
                mention = None  # the English verb "may", not the month May (Spanish "1 may 2000" is a date)
            if mention is not None and _name_opening(text, m.start(), m.end()):
                mention = None  # "Mar del Plata", "May Pen": the first word of a place's name, not a month
            if mention is not None:
                # trailing spaces and a sentence's full stop are not part of the date
                while mention.e > mention.s and text[mention.e - 1] in " \t":
                    mention.e -= 1
                if text[mention.e - 1] == "." and text[mention.e - 2:mention.e - 1].isalpha():
                    mention.e -= 1
                if index is not None:
                    mention.s, mention.e = index[mention.s], index[mention.e - 1] + 1
                mention.text = original[mention.s:mention.e]
                found.append(mention)
    found.sort(key=lambda d: (-(d.e - d.s), d.s))
    taken: list[DateMention] = []
    for d in found:
        if all(d.e <= t.s or d.s >= t.e for t in taken):
            taken.append(d)
    taken.sort(key=lambda d: d.s)
    return tuple(taken)


def parse_date(text: str, default_year: int | None = None) -> DateMention | None:
    """The first date mention in ``text`` (or None)."""
    found = find_dates(text, default_year)
    return found[0] if found else None


_YEAR_RX = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR_RX.findall(text or "")]


def with_year(iso: str, year: int | None) -> str:
    """``--03-15`` + 2017 -> ``2017-03-15`` (other values unchanged)."""
    if iso and iso.startswith("--") and year:
        return f"{year:04d}{iso[1:]}"
    return iso


def row_range(dates: list[DateMention]) -> list[DateMention]:
    """A table row's first and last day in cells of their own ("14.03.2025 | 16.03.2025", a spreadsheet's start and
    end columns): one visit from the first to the last, when they are at most a month apart."""
    days = sorted({(d.start, d.end) for d in dates})
    if len(days) != 2 or any(s != e or len(s) != 10 or s.startswith("-") for s, e in days):
        return dates
    (a, _), (b, _) = days
    if not 0 < (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days <= 31:
        return dates
    first = min(dates, key=lambda d: d.s)
    last = max(dates, key=lambda d: d.e)
    return [DateMention(a, b, first.s, last.e, f"{first.text} – {last.text}", True, "day")]
