"""Dates written relative to the document's own date (a blog post's byline, a transcript's dateline, an
e-mail's ``Date:``): "yesterday", "next Tuesday", "from Monday to Wednesday last week", and days named by
their weekday and ordinal without a month ("from Monday the 13th to Wednesday the 15th": the month around the
document's date in which the 13th is a Monday).

``reference_date(doc)`` finds the document's date; ``relative_dates(text, ref)`` the dates in ``text``
as ``DateMention`` objects (offsets into ``text``).
"""

from __future__ import annotations

import datetime as dt
import re

from intercity.core.extraction.dates import DateMention, find_dates

# weekday names (Monday = 0), per language
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles|miercoles", "jueves", "viernes", "sábado|sabado", "domingo"),
    "it": ("lunedì|lunedi", "martedì|martedi", "mercoledì|mercoledi", "giovedì|giovedi", "venerdì|venerdi", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
_DAY_INDEX: dict[str, int] = {}
for _names in _WEEKDAYS.values():
    for _i, _alts in enumerate(_names):
        for _n in _alts.split("|"):
            _DAY_INDEX[_n] = _i
_WD = r"(?P<{g}>" + "|".join(sorted(_DAY_INDEX, key=len, reverse=True)) + r")"

_YESTERDAY = re.compile(r"(?<![^\W\d_])(?:yesterday|gestern|ayer|ieri|ontem|gisteren|wczoraj|včera|juče|jučer|вчера|учора)(?![^\W\d_])",
                        re.IGNORECASE)
_CJK_YESTERDAY = re.compile(r"어제(?!오늘)|昨日|昨天")
_CJK_TOMORROW = re.compile(r"내일|明日(?!香)|明天")
_TOMORROW = re.compile(r"(?<![^\W\d_])(?:tomorrow|mañana|domani|amanhã|demain)(?![^\W\d_])", re.IGNORECASE)
_NEXT = r"(?:next|this\s+coming|coming|nächsten|nächste|kommenden|kommende|prochain|próximo|prossimo|volgende|aanstaande)"
_LAST = r"(?:last|this\s+past|past|vergangenen|vergangene|letzten|letzte|dernier|pasado|scorso|vorige|afgelopen)"
# "next Tuesday", "am kommenden Dienstag", "lundi prochain", "el próximo martes"
_NEXT_DAY = re.compile(r"(?<![^\W\d_])(?:" + _NEXT + r"\s+" + _WD.format(g="a") + r"|" + _WD.format(g="b")
                       + r"\s+(?:prochain|prossimo|que\s+vient))(?![^\W\d_])", re.IGNORECASE)
_LAST_DAY = re.compile(r"(?<![^\W\d_])(?:" + _LAST + r"\s+" + _WD.format(g="a") + r"|" + _WD.format(g="b")
                       + r"\s+(?:dernier|scorso|pasado))(?![^\W\d_])", re.IGNORECASE)
# "from Monday to Wednesday last week", "Von Montag bis Mittwoch vergangener Woche"
_WEEK_WORDS = (r"(?P<which>last\s+week|next\s+week|this\s+week|(?:vergangener|letzter|voriger)\s+woche|(?:nächster|kommender)\s+woche"
               r"|dieser\s+woche|(?:de\s+)?la\s+semaine\s+(?:dernière|derniere|prochaine)|(?:de\s+)?la\s+semana\s+(?:pasada|próxima|proxima)"
               r"|della\s+settimana\s+(?:scorsa|prossima)|vorige\s+week|volgende\s+week)")
_WEEK_RANGE = re.compile(r"(?<![^\W\d_])(?:from\s+|von\s+|du\s+|del\s+|dal\s+|van\s+)?" + _WD.format(g="a")
                         + r"\s+(?:to|till|until|through|bis|au|al|a|fino\s+a|tot)\s+" + _WD.format(g="b") + r"\s+" + _WEEK_WORDS,
                         re.IGNORECASE)
# "Monday the 13th", "Thursday the 16th"; German "Montag, den 13." is read by ``find_dates`` only with a month
_ORD = r",?\s+the\s+(?P<{d}>[0-3]?\d)(?:st|nd|rd|th)\b"
_ORDINAL_DAY = re.compile(r"(?<![^\W\d_])" + _WD.format(g="a") + _ORD.format(d="d"), re.IGNORECASE)
_ORDINAL_RANGE = re.compile(r"(?<![^\W\d_])" + _WD.format(g="a1") + _ORD.format(d="d1") + r"\s+(?:to|till|until|through|and)\s+"
                            + _WD.format(g="a2") + _ORD.format(d="d2"), re.IGNORECASE)


# Korean, Japanese and Chinese news give the day alone, its month being the dateline's: "대전시장은 12일 …", "市长12日会见",
# "11月12日下午" aside (a month: find_dates), "15~17일" (a range); not a count of days ("3일간", "3日間", "3일째")
_CJK_DAY = re.compile(r"(?<![\d月월./\-년年제第박泊])(?<!박\s)(?:(?P<d1>[0-3]?\d)\s*(?:일|日|号|號)?\s*(?:~|〜|～|-|–|부터|から|至|到)\s*)?"
                      r"(?P<d2>[0-3]?\d)\s*(?:일|日|号|號)(?!\s*(?:간|間|째|目|以内|이내|동안|分|[0-9]))")


def _day_near(ref: dt.date, day: int) -> dt.date | None:
    """The date nearest to ``ref`` (its month, the one before or the one after) whose day of month is ``day``."""
    best = None
    for shift in (-1, 0, 1):
        y, m = ref.year + (ref.month - 1 + shift) // 12, (ref.month - 1 + shift) % 12 + 1
        try:
            d = dt.date(y, m, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _mention(s: int, e: int, text: str, a: dt.date, b: dt.date | None = None) -> DateMention:
    return DateMention(_iso(a), _iso(b or a), s, e, text[s:e], True, "day")


def _weekday_near(ref: dt.date, weekday: int, day: int) -> dt.date | None:
    """The date whose day of month is ``day`` and whose weekday is ``weekday`` nearest to ``ref`` (within 45 days)."""
    best = None
    for delta in range(-45, 46):
        d = ref + dt.timedelta(days=delta)
        if d.day == day and d.weekday() == weekday and (best is None or abs(delta) < abs((best - ref).days)):
            best = d
    return best


# "last Thursday" / "next Monday" in languages that put the word before or after the weekday, and "last week's
# Thursday" (Korean, Japanese, Chinese: the weekday of the calendar week before or after the document's):
# Urdu "گزشتہ جمعرات", Hindi "पिछले गुरुवार", Arabic "الخميس الماضي", Portuguese "na última quinta-feira", Russian "в
# прошлый четверг", Polish "w zeszły czwartek", Korean "지난 목요일" / "지난주 목요일", Japanese "先週の木曜日", Chinese "上周四"
_MORE_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ|جمعے", "ہفتہ|ہفتے", "اتوار"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार|बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),
    "ar": ("الاثنين|الإثنين", "الثلاثاء", "الأربعاء|الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد|الاحد"),
    "pt": ("segunda-feira|segunda", "terça-feira|terça", "quarta-feira|quarta", "quinta-feira|quinta", "sexta-feira|sexta",
           "sábado|sabado", "domingo"),
    "ru": ("понедельник", "вторник", "среду|среда", "четверг", "пятницу|пятница", "субботу|суббота", "воскресенье"),
    "pl": ("poniedziałek", "wtorek", "środę|środa", "czwartek", "piątek", "sobotę|sobota", "niedzielę|niedziela"),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    "ja": ("月曜日?", "火曜日?", "水曜日?", "木曜日?", "金曜日?", "土曜日?", "日曜日?"),
    "zh": ("一|1", "二|2", "三|3", "四|4", "五|5", "六|6", "日|天|7"),
}


def _wd_alt(lang: str) -> str:
    return "(?P<wd>" + "|".join(sorted((a for alts in _MORE_WEEKDAYS[lang] for a in alts.split("|")), key=len, reverse=True)) + ")"


def _wd_index(lang: str, word: str) -> int | None:
    for i, alts in enumerate(_MORE_WEEKDAYS[lang]):
        for a in alts.split("|"):
            if re.fullmatch(a, word):
                return i
    return None


# (language, pattern, which): which is "last" / "next" (the nearest such weekday before / after the date) or "last_week" /
# "next_week" (that weekday of the calendar week before / after)
_MORE_RELATIVE = [(lang, re.compile(rx, re.IGNORECASE), which) for lang, rx, which in (
    ("ur", r"(?:گزشتہ|پچھلے|پچھلی|گذشتہ)\s+" + _wd_alt("ur"), "last"),
    ("ur", r"(?:اگلے|اگلی|آئندہ|آنے\s+والے)\s+" + _wd_alt("ur"), "next"),
    ("hi", r"(?:पिछले|गत|बीते)\s+" + _wd_alt("hi"), "last"),
    ("hi", r"(?:अगले|आगामी|आने\s+वाले)\s+" + _wd_alt("hi"), "next"),
    ("ar", r"(?:يوم\s+)?" + _wd_alt("ar") + r"\s+(?:الماضي|المنصرم)", "last"),
    ("ar", r"(?:يوم\s+)?" + _wd_alt("ar") + r"\s+(?:المقبل|القادم)", "next"),
    ("pt", r"(?<![^\W\d_])(?:na\s+|no\s+)?(?:última|ultima|último|ultimo)\s+" + _wd_alt("pt") + r"(?![^\W\d_])", "last"),
    ("pt", r"(?<![^\W\d_])" + _wd_alt("pt") + r"\s+passad[ao](?![^\W\d_])", "last"),
    ("pt", r"(?<![^\W\d_])(?:na\s+|no\s+)?(?:próxima|proxima|próximo|proximo)\s+" + _wd_alt("pt") + r"(?![^\W\d_])", "next"),
    ("ru", r"(?<![^\W\d_])(?:в|во)\s+(?:прошл(?:ый|ую|ое)|минувш(?:ий|ую|ее))\s+" + _wd_alt("ru") + r"(?![^\W\d_])", "last"),
    ("ru", r"(?<![^\W\d_])(?:в|во)\s+(?:следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее))\s+" + _wd_alt("ru") + r"(?![^\W\d_])", "next"),
    ("pl", r"(?<![^\W\d_])w\s+(?:zeszł[yąe]|ubiegł[yąe]|ostatni[ąe]?)\s+" + _wd_alt("pl") + r"(?![^\W\d_])", "last"),
    ("pl", r"(?<![^\W\d_])w\s+(?:przyszł[yąe]|najbliższ[yąe])\s+" + _wd_alt("pl") + r"(?![^\W\d_])", "next"),
    ("ko", r"지난주\s*" + _wd_alt("ko"), "last_week"),
    ("ko", r"다음\s*주\s*" + _wd_alt("ko"), "next_week"),
    ("ko", r"(?:지난|직전)\s+" + _wd_alt("ko"), "last"),
    ("ko", r"(?:오는|다가오는)\s+" + _wd_alt("ko"), "next"),
    ("ja", r"先週(?:の)?\s*" + _wd_alt("ja"), "last_week"),
    ("ja", r"来週(?:の)?\s*" + _wd_alt("ja"), "next_week"),
    ("zh", r"(?:上周|上週|上星期|上礼拜|上禮拜)" + _wd_alt("zh"), "last_week"),
    ("zh", r"(?:下周|下週|下星期|下礼拜|下禮拜)" + _wd_alt("zh"), "next_week"),
)]


def _more_relative(text: str, ref: dt.date):
    for lang, rx, which in _MORE_RELATIVE:
        for m in rx.finditer(text):
            wd = _wd_index(lang, m.group("wd"))
            if wd is None:
                continue
            if which == "last":
                day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
            elif which == "next":
                day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            else:
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=-7 if which == "last_week" else 7)
                day = monday + dt.timedelta(days=wd)
            yield m.start(), m.end(), day


def relative_dates(text: str, ref: dt.date | None) -> list[DateMention]:
    """Dates in ``text`` relative to ``ref`` (none without it); a span already a date of ``find_dates`` is left to it."""
    if ref is None:
        return []
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = [(d.s, d.e) for d in find_dates(text, ref.year)]

    def add(m: DateMention) -> None:
        if any(m.s < e and s < m.e for s, e in taken):
            return
        taken.append((m.s, m.e))
        out.append(m)

    for m in _WEEK_RANGE.finditer(text):
        a, b = _DAY_INDEX[m.group("a").lower()], _DAY_INDEX[m.group("b").lower()]
        which = m.group("which").lower()
        monday = ref - dt.timedelta(days=ref.weekday())
        if re.search(r"last|vergangen|letzt|vorig|derni|pasad|scors|vorige", which):
            monday -= dt.timedelta(days=7)
        elif re.search(r"next|nächst|kommend|prochain|próxim|proxim|prossim|volgend", which):
            monday += dt.timedelta(days=7)
        if b >= a:
            add(_mention(m.start(), m.end(), text, monday + dt.timedelta(days=a), monday + dt.timedelta(days=b)))
    for m in _ORDINAL_RANGE.finditer(text):
        a = _weekday_near(ref, _DAY_INDEX[m.group("a1").lower()], int(m.group("d1")))
        b = _weekday_near(ref, _DAY_INDEX[m.group("a2").lower()], int(m.group("d2")))
        if a and b and 0 <= (b - a).days <= 14:
            add(_mention(m.start(), m.end(), text, a, b))
    for m in _ORDINAL_DAY.finditer(text):
        a = _weekday_near(ref, _DAY_INDEX[m.group("a").lower()], int(m.group("d")))
        if a:
            add(_mention(m.start(), m.end(), text, a))
    for m in _NEXT_DAY.finditer(text):
        wd = _DAY_INDEX[(m.group("a") or m.group("b")).lower()]
        ahead = (wd - ref.weekday()) % 7 or 7
        add(_mention(m.start(), m.end(), text, ref + dt.timedelta(days=ahead)))
    for m in _LAST_DAY.finditer(text):
        wd = _DAY_INDEX[(m.group("a") or m.group("b")).lower()]
        back = (ref.weekday() - wd) % 7 or 7
        add(_mention(m.start(), m.end(), text, ref - dt.timedelta(days=back)))
    # (only where the sentence gives no date of its own: "11월 17일부터 20일까지 3박 4일 일정" is 17–20 November)
    if not taken and re.search(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]", text):
        for m in _CJK_DAY.finditer(text):
            b = _day_near(ref, int(m.group("d2")))
            a = _day_near(b, int(m.group("d1"))) if b is not None and m.group("d1") else b
            if a is not None and b is not None and 0 <= (b - a).days <= 14:
                add(_mention(m.start(), m.end(), text, a, b))
    for s0, e0, day in _more_relative(text, ref):
        add(_mention(s0, e0, text, day))
    for m in _CJK_YESTERDAY.finditer(text):  # 어제, 昨日, 昨天 (no word boundaries in these scripts)
        add(_mention(m.start(), m.end(), text, ref - dt.timedelta(days=1)))
    for m in _CJK_TOMORROW.finditer(text):
        add(_mention(m.start(), m.end(), text, ref + dt.timedelta(days=1)))
    for m in _YESTERDAY.finditer(text):
        add(_mention(m.start(), m.end(), text, ref - dt.timedelta(days=1)))
    for m in _TOMORROW.finditer(text):
        add(_mention(m.start(), m.end(), text, ref + dt.timedelta(days=1)))
    return sorted(out, key=lambda d: d.s)


# a dateline or a release line before the date: "Nota de prensa – Barcelona, ", "Lyon, le ", "Pressemitteilung vom ",
# "Press release, " (a short lead without digits, ending in a comma, a dash, a colon or "of / le / vom / du")
_DATELINE = re.compile(r"[^\d\n.;!?]{1,45}?(?:[,–—:-]|\b(?:le|du|vom|of|del?|dated))\s*(?:(?:le|el)\s+)?", re.IGNORECASE)


def reference_date(doc) -> dt.date | None:
    """The document's own date: an e-mail's ``Date:``, else a full date (with its year) that opens one of the
    first lines ("Wednesday 22 October 2025, 10.30am · …", "Freitag, 14. November 2025 · Kategorie: …") or follows
    its dateline ("Nota de prensa – Barcelona, 10 de marzo de 2025", "Lyon, le 15 mai 2025")."""
    iso = (doc.metadata or {}).get("date_iso") or ""
    if re.match(r"\d{4}-\d\d-\d\d", iso):
        try:
            return dt.date.fromisoformat(iso[:10])
        except ValueError:
            pass
    for b in doc.blocks[:4]:
        head = (b.text or "")[:60]
        for d in find_dates(head):
            if d.has_year and d.precision == "day" and d.start == d.end and len(d.start) == 10 \
                    and (d.s <= 15 or _DATELINE.fullmatch(head[:d.s])):
                try:
                    return dt.date.fromisoformat(d.start)
                except ValueError:
                    return None
            break
    return None
