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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "novembro": 11, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "dezembro": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
    "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8, "okt": 10,
    # Polish (nominative and genitive: "6–8 maja 2024 r.")
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4, "kwietnia": 4,
    "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8,
    "wrzesień": 9, "września": 9, "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
    "grudzień": 12, "grudnia": 12,
    # Czech (genitive after a day: "12. května 2024")
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
    "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Russian (genitive after a day: "с 12 по 15 мая 2025 г."; nominative in "май 2025")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "январь": 1, "февраль": 2, "март": 3, "апрель": 4,
    "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # Turkish ("3-5 Nisan 2025 tarihlerinde")
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
}
# weekday names written before a day ("del martes 14 al jueves 16 de mayo", "Tuesday, September 10")
WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
    "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica"
    "|segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira"
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    "|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela")
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}  # era year 1 = base + 1
_ERA_INITIAL = {"R": "令和", "H": "平成", "S": "昭和"}

_MONTH = r"(?P<{name}>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
_TO = (r"\s*,?\s*(?:-|–|—|~|〜|～|to|until|till|through|thru|bis|au|all['’]|al|à|a|and|et|y|und|t/m|t\.m\.|tot\s+en\s+met|tot|até|fino\s+al|e|по)"
       r"\s*")
_WDAY = r"(?:(?:" + WEEKDAYS + r")\.?,?\s+)?"
# a weekday in brackets after a CJK day: 3월 15일(수), 3月15日（水）
_WD = r"(?:\s*[(（]\s*[월화수목금토일月火水木金土日一二三四五六天]\s*(?:요일|曜日?|曜)?\s*[)）])?"


def _g(pattern: str, name: str) -> str:
    return pattern.format(name=name)


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
            import datetime

            try:
                datetime.date(y, m, d)
            except ValueError:
                return None
            return f"{y:04d}-{m:02d}-{d:02d}"
        return f"--{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}" if y is not None else None


_PATTERNS: list[tuple[str, re.Pattern]] = []


def _add(kind: str, pattern: str) -> None:
    _PATTERNS.append((kind, re.compile(pattern, re.IGNORECASE)))


# ISO dates and ISO ranges
_add("iso", r"(?<!\d)" + _g(_YEAR, "y1") + r"-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?!\d)"
     r"(?:" + _TO + _g(_YEAR, "y2") + r"-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?!\d))?")
# dotted day-first: 14.03.2017, 15.-16.03.2017, 15. to 16.03.2017, 30.09.-02.10.2019
_add("dotted", r"(?<![\d.])(?:(?P<d1>[0-3]?\d)\.(?:(?P<m1>[01]?\d)\.)?" + _TO + r")?"
     r"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>(?:19|20)\d\d)(?!\d)")
# Korean dotted: 2019. 9. 24. ~ 9. 26.  /  2019. 9. 24.  /  2020. 1.
_add("kdot", r"(?:(?<!\d)" + _g(_YEAR, "y1") + r"|(?<![\w'’‘])['’‘]\s?(?P<yy>\d\d))\.\s*(?P<m1>[01]?\d)\.(?:\s*(?P<d1>[0-3]?\d)\.?" + _WD + r")?"
     r"(?:\s*[~〜～\-–]\s*(?:(?P<m2>[01]?\d)\.\s*)?(?P<d2>[0-3]?\d)\.?" + _WD + r")?(?![\d])")
# Korean dotted year and a month in words: 2024. 6월 (중)
_add("kdot_month", r"(?<!\d)" + _g(_YEAR, "y1") + r"\.\s*(?P<m1>1[0-2]|0?[1-9])\s*월(?!\s*\d)")
# Japanese era initials: R5.11.7, H27.5.12 (R = 令和, H = 平成, S = 昭和)
_add("era_abbr", r"(?<![A-Za-z\d])(?P<era>[RHS])\s?(?P<ey>\d{1,2})\.(?P<m1>1[0-2]|0?[1-9])\.(?P<d1>[0-3]?\d)(?![\d.]\d)"
     r"(?:\s*[~〜～\-–]\s*(?:(?P<m2>1[0-2]|0?[1-9])\.)?(?P<d2>[0-3]?\d)(?![\d.]))?")
# slashed day/month/year (day first unless the second number cannot be a month): 6/3/2023, 22/11/2023 - 25/11/2023
_add("slash", r"(?<![\d/])(?P<d1>[0-3]?\d)/(?P<m1>[0-3]?\d)(?:/(?P<y1>(?:19|20)\d\d))?"
     r"(?:" + _TO + r"(?P<d2>[0-3]?\d)/(?P<m2>[0-3]?\d)/(?P<y2>(?:19|20)\d\d))?(?![\d/])")
# slashed month/day ranges with no year, month first when the second number cannot be a month: 9/23–9/25
_add("md_slash", r"(?<![\d/])(?P<m1>1[0-2]|0?[1-9])/(?P<d1>[0-3]?\d)\s*[-–—~〜～]\s*(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>[0-3]?\d)(?![\d/])")
# part of a month ("en la primera quincena de junio", "early June", "Anfang Juni", "début juin", "inizio giugno"): the month
_add("m_part", r"(?<![\w])(?:(?:primera|segunda)\s+quincena|principios|mediados|finales|comienzos|fines|primeros\s+d[ií]as"
     r"|early|mid|late|the\s+(?:beginning|middle|end)\s+of|d[ée]but|mi|fin|courant|anfang|mitte|ende|inizio|met[àa]|fine"
     r"|(?:primeira|segunda)\s+quinzena|in[íi]cio|meados|begin|half|eind)[\s-]+(?:of\s+|de\s+|d['’]|di\s+)?"
     + _g(_MONTH, "m1") + r"(?![\w])(?:\s*(?:de\s+|del\s+)?" + _g(_YEAR, "y1") + r"(?!\d))?")
# a month after a preposition, no year written ("en octubre", "in October", "im Oktober", "em outubro")
_add("m_noyear", r"(?<![\w])(?:in|en|em|im|a|ad|nel|nel\s+mese\s+di|au\s+mois\s+d[e']|during|during\s+the\s+month\s+of)\s+"
     + _g(_MONTH, "m1") + r"(?![\w])(?!\s*(?:de\s+)?(?:\d|[’']\d))")
# a CJK month with a year word relative to the document's ("내년 4월", "明年3月") or a part of the month ("10月下旬",
# "4월 중순"): the month, only with a year from context (next year: one more)
_add("cjk_month_rel", r"(?<![\d年년.])(?:(?P<rel>내년|명년|올해|금년|明年|来年|來年|翌年|今年|本年)\s*)?(?P<m1>1[0-2]|0?[1-9])\s*[月월](?!\s*\d)"
     r"(?:\s*(?P<part>상순|중순|하순|초순|초|말|上旬|中旬|下旬|初旬|初|末|底))?")
# CJK: 2016年10月12日〜14日, 2017년 3월 15일부터 16일까지, 2019年11月, 平成27年5月
# ROC (Minguo) years: 民國112年 / 112年10月 (a three-digit year before a month) = 1911 + 112
_add("cjk", r"(?:(?P<era>令和|平成|昭和)(?P<ey>元|\d{1,2})\s*年|(?P<y1>(?:19|20)\d\d)\s*[年년]"
     r"|(?:民國|民国)\s*(?P<roc>\d{1,3})\s*年|(?<![\d.])(?P<roc3>1[0-4]\d)\s*年(?=\s*[01]?\d\s*月))\s*(?P<m1>[01]?\d)\s*[月월]"
     r"(?:\s*(?P<d1>[0-3]?\d)\s*[日일号]" + _WD + r")?"
     r"(?:\s*(?:부터|から|より|至|到|[~〜～\-–])\s*(?:(?P<m2>[01]?\d)\s*[月월]\s*)?(?P<d2>[0-3]?\d)\s*[日일号]" + _WD + r"(?:까지|まで)?)?")
# CJK without a year: 3월 15일, 5月12日
_add("cjk_noyear", r"(?<![\d年년])(?P<m1>[01]?\d)\s*[月월]\s*(?P<d1>[0-3]?\d)\s*[日일号]" + _WD +
     r"(?:\s*(?:부터|から|より|至|到|[~〜～\-–])\s*(?:(?P<m2>[01]?\d)\s*[月월]\s*)?(?P<d2>[0-3]?\d)\s*[日일号]" + _WD
     + r"(?:까지|まで)?)?")
# month.day with a tilde range and no year (Korean and Japanese headlines): 3.15~16, 9.30~10.2
_add("md_tilde", r"(?<![\w.])(?P<m1>1[0-2]|0?[1-9])\.\s?(?P<d1>[0-3]?\d)\.?" + _WD + r"\s*[~〜～]\s*"
     r"(?:(?P<m2>1[0-2]|0?[1-9])\.\s?)?(?P<d2>[0-3]?\d)\.?" + _WD + r"(?![\d.])")
# day month year: 15 to 16 March 2017, du 8 au 10 décembre 2019, 30 September to 2 October 2019
_add("dmy", r"(?<![\w.])(?:" + _WDAY + _g(_DAY, "d1") + r"(?:\s+(?:de\s+)?" + _g(_MONTH, "m1") + r")?" + _TO + r")?"
     + _WDAY + _g(_DAY, "d2") + r"\s*(?:de\s+)?" + _g(_MONTH, "m2") + r"(?![\w])(?:,?\s*(?:de\s+)?" + _g(_YEAR, "y2") + r"(?!\d))?")
# month day year: March 15-16, 2017; September 30th, 2021; March 15
_add("mdy", r"(?<![\w])" + _WDAY + _g(_MONTH, "m1") + r"\s+" + _g(_DAY, "d1")
     + r"(?:" + _TO + _WDAY + r"(?:" + _g(_MONTH, "m2") + r"\s+)?" + _g(_DAY, "d2") + r")?(?![\w])(?:,?\s*" + _g(_YEAR, "y1") + r"(?!\d))?")
# month year: March 2017, noviembre de 2018
_add("my", r"(?<![\w])" + _g(_MONTH, "m1") + r"\s+(?:de\s+)?" + _g(_YEAR, "y1") + r"(?!\d)")


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return MONTHS.get(value.lower().rstrip("."))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _from_match(kind: str, m: re.Match, default_year: int | None) -> DateMention | None:
    gd = m.groupdict()
    if kind == "iso":
        y1, m1, d1 = int(gd["y1"]), int(gd["m1"]), int(gd["d1"])
        y2, m2, d2 = (int(gd["y2"]), int(gd["m2"]), int(gd["d2"])) if gd.get("y2") else (y1, m1, d1)
        return _make(m, y1, m1, d1, y2, m2, d2, True)
    if kind == "dotted":
        y = int(gd["y2"])
        m2, d2 = int(gd["m2"]), int(gd["d2"])
        d1 = _int(gd.get("d1"))
        m1 = _int(gd.get("m1")) or m2
        return _make(m, y, m1, d1 if d1 is not None else d2, y, m2, d2, True)
    if kind == "kdot_month":
        y, m1 = int(gd["y1"]), int(gd["m1"])
        return _make(m, y, m1, None, y, m1, None, True)
    if kind == "era_abbr":
        y = ERAS[_ERA_INITIAL[gd["era"].upper()]] + int(gd["ey"])
        m1, d1 = int(gd["m1"]), int(gd["d1"])
        return _make(m, y, m1, d1, y, _int(gd.get("m2")) or m1, _int(gd.get("d2")) or d1, True)
    if kind == "slash":
        d1, m1, y1 = int(gd["d1"]), int(gd["m1"]), _int(gd.get("y1"))
        d2, m2, y2 = (int(gd["d2"]), int(gd["m2"]), int(gd["y2"])) if gd.get("d2") else (d1, m1, y1)
        if y1 is None and y2 is None:
            return None  # "3/4": a fraction or a version, not a date
        if m1 > 12 or m2 > 12:  # month first (US): 11/22/2023
            d1, m1, d2, m2 = m1, d1, m2, d2
        return _make(m, y1 or y2, m1, d1, y2, m2, d2, True)
    if kind == "md_slash":
        m1, d1, d2 = int(gd["m1"]), int(gd["d1"]), int(gd["d2"])
        m2 = _int(gd.get("m2")) or m1
        if max(d1, d2) <= 12:
            return None  # "3/4-5/6": nothing says which number is the month
        return _make(m, default_year, m1, d1, default_year, m2, d2, False)
    if kind == "m_part":
        y = _int(gd.get("y1")) or default_year
        if y is None:
            return None
        mo = _month(gd["m1"])
        return _make(m, y, mo, None, y, mo, None, gd.get("y1") is not None)
    if kind == "cjk_month_rel":
        rel, part = gd.get("rel"), gd.get("part")
        if default_year is None or not (rel or part):
            return None
        y = default_year + (1 if rel in ("내년", "명년", "明年", "来年", "來年", "翌年") else 0)
        mo = int(gd["m1"])
        return _make(m, y, mo, None, y, mo, None, False)
    if kind == "m_noyear":
        if default_year is None:
            return None
        mo = _month(gd["m1"])
        mention = _make(m, default_year, mo, None, default_year, mo, None, False)
        if mention is not None:  # the month name only, not the preposition
            mention.s = m.start("m1")
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
        return _make(m, y, m1, d1, y, m2, d2, True)
    if kind == "md_tilde":
        if re.match(r"\d{1,2}\.\s\d{1,2}(?!\d|\.)", m.group(0)):
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
        return _make(m, y, m1, d1, y, m2, d2, has_year)
    if kind == "dmy":
        m2 = _month(gd["m2"])
        m1 = _month(gd.get("m1")) or m2
        d2 = int(gd["d2"])
        d1 = _int(gd.get("d1"))
        y = _int(gd.get("y2"))
        has_year = y is not None
        if y is None:
            y = default_year
        return _make(m, y, m1, d1 if d1 is not None else d2, y, m2, d2, has_year)
    if kind == "mdy":
        m1 = _month(gd["m1"])
        m2 = _month(gd.get("m2")) or m1
        d1 = int(gd["d1"])
        d2 = _int(gd.get("d2")) or d1
        y = _int(gd.get("y1"))
        has_year = y is not None
        if y is None:
            y = default_year
        return _make(m, y, m1, d1, y, m2, d2, has_year)
    if kind == "my":
        y, m1 = int(gd["y1"]), _month(gd["m1"])
        return _make(m, y, m1, None, y, m1, None, True)
    return None


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
    if start is None or end is None:
        return None
    return DateMention(start, end, m.start(), m.end(), m.group(0).rstrip(), has_year, "day")


_FULLWIDTH = str.maketrans("０１２３４５６７８９／．～", "0123456789/.~")


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in order, overlapping candidates resolved longest first."""
    if not text:
        return []
    original, text = text, text.translate(_FULLWIDTH)  # ５月２０日 -> 5月20日 (one character for one: offsets kept)
    found: list[DateMention] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if not m.group(0).strip():
                continue
            try:
                mention = _from_match(kind, m, default_year)
            except (ValueError, KeyError, TypeError):
                mention = None
            if mention is not None and re.search(r"(?<![A-Za-z])may(?![a-z])", m.group(0)):
                mention = None  # the English verb "may", not the month May
            if mention is not None:
                # trailing spaces and a sentence's full stop are not part of the date
                while mention.e > mention.s and text[mention.e - 1] in " \t":
                    mention.e -= 1
                if text[mention.e - 1] == "." and text[mention.e - 2:mention.e - 1].isalpha():
                    mention.e -= 1
                mention.text = original[mention.s:mention.e]
                found.append(mention)
    found.sort(key=lambda d: (-(d.e - d.s), d.s))
    taken: list[DateMention] = []
    for d in found:
        if all(d.e <= t.s or d.s >= t.e for t in taken):
            taken.append(d)
    taken.sort(key=lambda d: d.s)
    return taken


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
