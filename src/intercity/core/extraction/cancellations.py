"""Visits that did not happen, and dates a visit no longer has.

- ``cancelled(text)``: the sentence says the visit was cancelled, called off, did not take place ("otkazana
  je", "mussten wir absagen", "жокко чыгарылды", "रद्द करण्यात आला"): no engagement.
- ``open_to_visitors(text)``: the sentence says something is open to the public ("the exhibition can be visited
  from 1 to 30 September", "podrá visitarse", "est visible", "ist … zu sehen") and names no delegation: no visit.
- ``superseded(text, dates)``: the dates a sentence gives as the visit's former plan ("originally scheduled
  for 8–10 September", "ursprünglich für Juni geplant", "prvobitno zakazana za …") when it gives another date
  too: the visit's date is the other one.

The words are kept here, per language, rather than in the lexicon's shared tables (a small, local list).
"""

from __future__ import annotations

import re

_CANCEL: dict[str, tuple[str, ...]] = {
    "en": (r"\bcancell?ed\b", r"\bcalled\s+off\b", r"\b(?:did|does|will)\s+not\s+take\s+place\b", r"\bdidn['’]t\s+take\s+place\b",
           r"\bwas\s+scrapped\b", r"\bwon['’]t\s+(?:be\s+)?go(?:ing)?\s+ahead\b",
           # "did not go ahead", "fell through", "was shelved", "never happened"
           r"\b(?:did|does|will)\s+not\s+go\s+ahead\b", r"\bdidn['’]t\s+go\s+ahead\b", r"\bfell\s+through\b", r"\bwas\s+shelved\b",
           r"\bnever\s+(?:took\s+place|happened)\b",
           # could not travel; postponed with no new date ("postponed to the autumn / indefinitely / until further notice")
           r"\b(?:could|can)\s*not\s+(?:travel|go|come|attend)\b", r"\bcouldn['’]t\s+(?:travel|go|come|attend)\b",
           r"\bpostponed\s+(?:indefinitely|until\s+further\s+notice|to\s+(?:a\s+later\s+date|the\s+(?:autumn|spring|summer|winter)|next\s+year))\b"),
    "de": (r"\babgesagt\b", r"\babsagen\b", r"\bfällt\s+aus\b", r"\bfiel\s+aus\b", r"\b(?:findet|fand)\s+nicht\s+statt\b",
           r"\bstorniert\b", r"\bkonnten?\b(?:[^.;]|(?<=\d)\.){0,60}?\bnicht\b(?:[^.;]|(?<=\d)\.){0,40}?\b(?:reisen|kommen|anreisen|teilnehmen)\b",
           r"\bauf\s+unbestimmte\s+Zeit\s+verschoben\b", r"\bauf\s+(?:den\s+)?(?:Herbst|Frühjahr|Sommer|Winter|das\s+nächste\s+Jahr)\s+verschoben\b"),
    "fr": (r"\bannul[ée]e?s?\b", r"\bn['’](?:a|aura)\s+pas\s+eu\s+lieu\b", r"\bn['’]aura\s+pas\s+lieu\b",
           r"\bn['’]a\s+pas\s+pu\s+(?:se\s+rendre|venir|voyager|participer)\b",
           r"\breport[ée]e?s?\s+(?:à\s+une\s+date\s+ultérieure|sine\s+die|à\s+l['’]automne|au\s+printemps|à\s+l['’]année\s+prochaine)"),
    "es": (r"\bcancelad[oa]s?\b", r"\bno\s+se\s+(?:realiz[óo]|celebr[óo]|llev[óo]\s+a\s+cabo)\b", r"\bsuspendid[oa]\s+definitivamente\b",
           r"\bno\s+pud(?:o|ieron)\s+(?:viajar|asistir|desplazarse|venir)\b",
           r"\baplazad[oa]s?\s+(?:sin\s+fecha|indefinidamente|hasta\s+nuevo\s+aviso)", r"\bse\s+ha\s+aplazado\s+(?:sin\s+fecha|indefinidamente)",
           # "se canceló", "se cancelaron", "se suspendió" (the reflexive passive)
           r"\bse\s+(?:ha\s+|han\s+)?(?:cancel(?:ó|aron|ado)|suspendi(?:ó|eron)|anul(?:ó|aron|ado))\b"),
    "pt": (r"\bcancelad[oa]s?\b", r"\bnão\s+se\s+realizou\b", r"\bnão\s+(?:foi|será)\s+realizad[oa]\b"),
    "it": (r"\bannullat[oaie]\b", r"\bcancellat[oaie]\b", r"\bnon\s+(?:ha\s+avuto\s+luogo|si\s+è\s+svolt[oa])\b"),
    "nl": (r"\bgeannuleerd\b", r"\bafgelast\b", r"\b(?:gaat|ging)\s+niet\s+door\b"),
    "pl": (r"\bodwołan[aeoy]\w*", r"\bnie\s+odbył[aoy]?\s+się\b"),
    "cs": (r"\bzrušen[aáéoý]?\w*", r"\bse\s+nekonal[aoy]?\b"), "sk": (r"\bzrušen[aáéoý]?\w*", r"\bsa\s+nekonal[aoy]?\b"),
    # Bosnian, Croatian, Serbian, Slovene (Latin and Cyrillic)
    "sh": (r"\botkazan[aoie]?\b", r"\bnije\s+(?:realizovan|realiziran|održan)[aoi]?\b", r"\bodpovedan[aoi]?\b",
           r"\bотказан[аоие]?\b", r"\bније\s+(?:реализован|одржан)[аои]?\b"),
    "ru": (r"\bотмен[её]н[аоы]?\b", r"\bотменили\b", r"\bне\s+состоял[аои]?сь\b"), "uk": (r"\bскасован[аоі]?\w*",),
    "ky": (r"\bжокко\s+чыгарыл\w*",), "kk": (r"\bкүші\s+жойыл\w*",), "tr": (r"\biptal\s+edil\w*",),
    "hu": (r"\belmaradt\b", r"\blemondt\w*"), "ro": (r"\banulat[ăe]?\b",), "el": (r"\bακυρώθηκε\b",),
    "mr": ("रद्द",), "hi": ("रद्द",), "am": ("ተሰርዟል", "ተሰረዘ"), "ar": ("أُلغيت", "ألغيت", "أُلغي", "ألغي", "تم\\s+إلغاء", r"لم\s+تتم", r"لم\s+تتحقق"),
    "he": ("בוטל",), "fa": ("لغو\\s+شد",),
    # fell through, did not take place: 무산, 불발; 見送りとなった (not 見送り alone: seeing a delegation off), 実現しなかった;
    # 未能成行, 未成行; لم تتم
    "ko": ("취소", "무산", "불발"), "ja": ("中止", "取りやめ", "取り止め", r"見送り(?:と(?:な|し)|に)", "見送られ", "実現しなかった"), "zh": ("取消", "未能成行", "未成行"),
}
# the words that make a date the visit's former plan: "originally", "initially" (before "scheduled/planned for")
_ORIGINAL: dict[str, tuple[str, ...]] = {
    "en": (r"\boriginally\b", r"\binitially\b", r"\bfirst\s+(?:scheduled|planned|set)\b"),
    "de": (r"\bursprünglich\b", r"\bzunächst\b"), "fr": (r"\binitialement\b", r"\boriginellement\b"),
    "es": (r"\boriginalmente\b", r"\binicialmente\b"), "pt": (r"\boriginalmente\b", r"\binicialmente\b"),
    "it": (r"\boriginariamente\b", r"\binizialmente\b"), "nl": (r"\boorspronkelijk\b", r"\baanvankelijk\b"),
    "pl": (r"\bpierwotnie\b",), "cs": (r"\bpůvodně\b",), "sk": (r"\bpôvodne\b",),
    "sh": (r"\bprvobitno\b", r"\bprvotno\b", r"\bprvotno\b", r"\bпрвобитно\b"), "ru": (r"\bпервоначально\b", r"\bизначально\b"),
    "uk": (r"\bспочатку\b",), "tr": (r"\bbaşlangıçta\b",),
}


# a visit moved to another date: "postponed from A to B", "von A auf B verschoben", Kyrgyz "A-дан B-га жылдырылды"; the
# date before the last is the former plan
_MOVED: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:postponed|moved|rescheduled|deferred)\b",), "de": (r"\bverschoben\b", r"\bverlegt\b"),
    "fr": (r"\breport[ée]e?s?\b",), "es": (r"\baplazad[oa]s?\b", r"\bpospuest[oa]s?\b"), "ru": (r"\bперенес[её]н[аоы]?\b",),
    "ky": (r"\bжылдырыл\w*", r"\bкийинкиге\s+калтырыл\w*"), "kk": (r"\bауыстырыл\w*",), "tr": (r"\bertelen\w*",),
}
_MOVED_RE = re.compile("|".join(w for ws in _MOVED.values() for w in ws), re.IGNORECASE)


def _alt(words: dict[str, tuple[str, ...]]) -> re.Pattern:
    return re.compile("|".join(dict.fromkeys(w for ws in words.values() for w in ws)), re.IGNORECASE)


_CANCEL_RE = _alt(_CANCEL)
_ORIGINAL_RE = _alt(_ORIGINAL)
_NEGATION = re.compile(r"(?:\bnot|\bnicht|\bnie|\bnije|\bне|\bpas|\bno)\s+(?:\w+\s+)?$", re.IGNORECASE)


# a visit put off with no new date after the word ("推迟访问，具体时间另行通知", "延期となりました", "연기되었다",
# "postponed until further notice"): it did not take place on the date the sentence gives
_POSTPONED_RE = re.compile(r"\bpostponed\b|\bdeferred\b|\bput\s+off\b|\bverschoben\b|\breporté(?:e|s|es)?\b|\baplazad[oa]s?\b"
                           r"|\bpospuest[oa]s?\b|연기(?:되|됐|돼|하|했)|延期|推迟|推遲|延后|延後", re.IGNORECASE)


def cancelled(text: str) -> bool:
    """The sentence says its visit was cancelled or did not take place ("was not cancelled" is no cancellation), or
    put off without a new date."""
    for m in _CANCEL_RE.finditer(text):
        if _NEGATION.search(text[max(0, m.start() - 20):m.start()]):
            continue
        return True
    for m in _POSTPONED_RE.finditer(text):
        if not re.search(r"\d", text[m.end():]) and not _NEGATION.search(text[max(0, m.start() - 20):m.start()]):
            return True
    return False


def superseded(text: str, dates: list) -> list:
    """``dates`` (objects with offsets ``s`` and ``e`` in ``text``) without those given as a former plan
    ("originally scheduled for …"): a date after such a word, in the same clause, within 40 characters. Only
    when another date remains."""
    if len(dates) < 2:
        return dates
    former = set()
    for m in _ORIGINAL_RE.finditer(text):
        for i, d in enumerate(dates):
            gap = text[m.end():d.s]
            if d.s >= m.end() and len(gap) <= 40 and not re.search(r"[;.!?:]\s", gap):
                former.add(i)
                break
    moved = _MOVED_RE.search(text)
    if moved and not former:
        # "moved from November 2025 to March 2026": two dates before the verb, the earlier written the former plan
        before = [i for i, d in enumerate(dates) if d.e <= moved.start() and moved.start() - d.e <= 60]
        if len(before) == 2 and not re.search(r"(?<!\d)[;.!?]\s", text[dates[before[0]].s:moved.start()]):
            former.add(before[0])
        # "planned for 5 May 2025 has been postponed to 12 October 2025": the one date before the verb, when one follows
        after = [i for i, d in enumerate(dates) if d.s >= moved.end() and d.s - moved.end() <= 40]
        if len(before) == 1 and after and not re.search(r"(?<!\d)[;.!?]\s", text[dates[before[0]].s:dates[after[0]].s]):
            former.add(before[0])
    kept = [d for i, d in enumerate(dates) if i not in former]
    return kept if kept else dates


# something open to the public (an exhibition, a garden): its dates are no delegation's visit
_OPEN: dict[str, tuple[str, ...]] = {
    "en": (r"\bcan\s+be\s+visited\b", r"\bopen\s+to\s+(?:the\s+)?(?:public|visitors)\b", r"\bon\s+(?:display|show)\b"),
    "es": (r"\bpodr[áa]n?\s+visitarse\b", r"\bse\s+puede\s+visitar\b", r"\babiert[oa]s?\s+al\s+p[úu]blico\b"),
    "fr": (r"\bpeut\s+être\s+visitée?s?\b", r"\best\s+visible\b", r"\bouverte?s?\s+au\s+public\b"),
    "de": (r"\bkann\b[^.;]{0,60}?\bbesichtigt\s+werden\b", r"\bist\b[^.;]{0,60}?\bzu\s+sehen\b",
           r"\b(?:für\s+die\s+)?Öffentlichkeit\s+zugänglich\b"),
}
_OPEN_RE = _alt(_OPEN)
_DELEGATION = re.compile(r"delegat|d[ée]l[ée]gation|delegaci[óo]n|comitiva|mission|misi[óo]n", re.IGNORECASE)


def open_to_visitors(text: str) -> bool:
    """Whether the sentence says something is open to the public, naming no delegation ("La exposición … podrá
    visitarse del 1 al 30 de septiembre"): its dates are no visit."""
    return bool(_OPEN_RE.search(text)) and not _DELEGATION.search(text)
