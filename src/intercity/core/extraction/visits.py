"""Engagements: delegations, missions and meetings, seen from the home city.

The words of every language (visit, delegation and mission words, "from X", "visited X", receptions, meetings,
consuls) are in ``lexicon.py``; this module composes them into the cues below.

A sentence is a candidate when it names a visit (visited, delegation, mission, travelled to,
zu Gast, s'est rendue à, visitó, 방문, 대표단, 訪問, 来浜 …) and holds a date. The date nearest
the visit words wins (a clause break costs distance), so "After the plenary session … in Seoul on
14.03.2017, delegates from Barcelona visited Busan from 15. to 16.03.2017" is 15–16 March.

A field line giving only the dates ("- 방문 기간: 3월 15일(수) ~ 16일(목)", "Dates: 4–6 May") is the
date of the visit announced in the sentence (or e-mail subject) just before it, which names the
parties but no date.

Parties come from the place names of the sentence and the words around them:

- visiting: "delegates from X", "delegation of X", "X delegation", "X 대표단", "X市長一行",
  "Delegation aus X", "délégation de X", the subject of "X visited";
- host: "visited Y", "visit(s) to Y", "travelled to Y", "delegation to Y", "Y를 방문", "Yを訪問",
  "来浜" (来 + the home city's first character), "s'est rendue à Y", "visitó Y";
- a missing host is the home city (a delegation received at home); a missing visiting party is
  the home city when the host is elsewhere (a mission abroad); a meeting with a consul or an
  ambassador of a country is a ``meeting`` whose visiting party is that country.

``kind``: ``incoming`` when the home city hosts, ``outgoing`` when it visits, ``meeting`` for
meetings. Engagements between other cities (a plenary elsewhere) are not recorded. The same
visit told twice (subject line and body, title and text) is one engagement.

Tracks: the items that follow the visit sentence ("Clean Energy City: Visit to hydrogen fuel cell
power plant"); the title is before the colon, the sites are what follows "visit(s) to", split on
commas and "and" ("F1963, KISWIRE and the Suyeong Overpass"); themes from the taxonomy.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from datetime import date

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.cancellations import cancelled, open_to_visitors, superseded
from intercity.core.extraction.relative_dates import reference_date, relative_dates
from intercity.core.extraction.dates import (
    ERAS, FROM_DAY, DateMention, ends_with_month_abbreviation, find_dates, row_range, starts_with_month,
)
from intercity.core.extraction.envoys import _DIPLOMAT, _document_envoy, envoy_of
from intercity.core.extraction.mentions import PlaceFinder, PlaceMention
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.text import DocIndex, clean, sentences, split_marker
from intercity.core.extraction.types import EngagementFact, SiteFact, TrackFact
from intercity.core.places import inflection
from intercity.core.places.types import PlaceRef, Resolution
from intercity.core.themes import theme_slugs

_any = lex.any_of  # the words of a lexicon table (every language) as one alternation
_TRIGGER = lex.Alternation(lex.VISIT_WORDS)  # split by script: see lexicon.Alternation
# in a row of an exchanges table, attending an event there is a visit too
_ROW_TRIGGER = lex.Alternation(lex.ROW_VISIT_WORDS)
_CITY_WORD = r"(?:" + _any(lex.CITY_WORDS) + r")"
# the partner towns named between "from" and the names, after an article or an adjective ("aus den Partnerstädten X",
# "from our twin towns X", "des villes jumelées de X"): lower-case words, then the noun
_TOWN_CHAIN = (r"(?:(?-i:[a-zß-ÿ][^\W\d_]*)\s+){0,3}?(?:" + _any(lex.PARTNER_TOWN_WORDS) + r")\s+"
               r"(?:(?:of|de|di|van|von|da|do|des|du|d['’])\s*)?")
_VISITING_BEFORE = re.compile(
    r"(?:" + _any(lex.DELEGATION_WORDS) + r")\s+(?:\w+\s+){0,3}?"
    r"(?:" + _any(lex.FROM_WORDS) + r")\s*(?:the\s+)?"
    r"(?:" + _CITY_WORD + r"\s+(?:of|de|di|van)\s+|(?:la|a|da|della|der|de)\s+" + _CITY_WORD + r"\s+(?:de\s+|di\s+|van\s+)?|" + _CITY_WORD + r"\s+"
    r"|" + _TOWN_CHAIN + r")?$",
    re.IGNORECASE)
# after a visiting party, the next one of the list with its own "from" ("… und Temeswar sowie aus der ukrainischen
# Freundschaftsstadt Winnyzja", "X and Y, as well as from the friendship city Z")
_LIST_MORE = re.compile(r"\s*(?:,\s*)?(?:" + _any(lex.LIST_MORE_WORDS) + r")?\s*(?:" + _any(lex.FROM_WORDS) + r")\s+(?:the\s+)?"
                        r"(?:" + _TOWN_CHAIN + r")?", re.IGNORECASE)
# the visiting party right after its noun: "делегация Пловдива", "delegację Hanoweru", "đoàn công tác thành phố X"
_VISITING_GENITIVE = re.compile(r"(?:" + _any(lex.VISITOR_BEFORE_DIRECT) + r"|(?<![^\W\d_])(?:" + _any(lex.LED_BY_BEFORE) + r"))\s*$",
                                re.IGNORECASE)
_VISITING_AFTER = re.compile(r"^(?:" + _any(lex.VISITOR_AFTER) + r"|" + _any(lex.LED_BY_AFTER) + r")", re.IGNORECASE)
_VISITING_GLUED = re.compile(r"(?:" + "|".join(lex.VISITOR_BEFORE_GLUED) + r")$")
_HOST_BEFORE = re.compile(
    r"(?:" + _any(lex.HOST_BEFORE) + r")\s+(?:" + "|".join(lex.HOST_ARTICLES) + r")?$"
    r"|(?:" + "|".join(lex.HOST_BEFORE_GLUED) + r")\s?(?:姊妹市|姐妹城市|姊妹城市|友好城市|友城|姉妹都市|友好都市)?\s?$",  # 前往姊妹市X
    re.IGNORECASE)
_HOST_AFTER = re.compile(r"^(?:" + _any(lex.HOST_AFTER) + r")", re.IGNORECASE)
_ONLINE = lex.Alternation(lex.ONLINE_WORDS)
_RECEIVES_AFTER = re.compile(r"^(?:" + _any(lex.RECEIVES_AFTER) + r")", re.IGNORECASE)
_DELEGATION_AFTER = re.compile(r"\s+(?:" + _any(lex.DELEGATION_WORDS) + r")(?![^\W\d_])", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:，、；]")
_MEETING = lex.Alternation(lex.MEETING_WORDS)
_NOT_A_PLACE = re.compile(_any(lex.NOT_A_PLACE), re.IGNORECASE)


# "… to X", also through a town hall's name ("Misión de la Secretaría a la Municipalidad de X", "mission to the City Hall of X")
_TO_AFTER_VISIT = re.compile(r"(?:visit|delegat|d[ée]l[ée]gation|delegaci[óo]n|delega[çc][ãa]o|delegazion|mission|misi[óo]n|miss[ãa]o|trip"
                             r"|travel|voyage|viaje|reis|bezoek)[^.;]*?\s(?:to|à|a|nach|en|aan)\s+(?:the\s+(?:city\s+of\s+)?)?"
                             r"(?:(?:the|la|el|l['’])\s*[^\W\d_]+(?:\s+Hall)?\s+(?:of|de|du)\s+)?$", re.IGNORECASE)


# taking part in an event or staying somewhere, with the place after the preposition: "attended the forum in X",
# "deltok på møtet i X", "Der Oberbürgermeister war … vom 6. bis 8. Mai, in X" (the match ends at the place's first letter)
_IN = (r"(?:(?:" + _any(lex.IN_WORDS) + r")\s+(?:the\s+)?|(?<![^\W\d_])f['’])"  # Maltese "f'Sigulda" (in), glued
       r"(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇΑ-ΩΆ-Ώ]))")
# and a dated line that only says who went where: "18–21 May 2026: Executive Mayor to Taipei", "3. Juni: Bürgermeister
# nach Lyon" (the official or the delegation right after the date's colon or dash, then "to"); a stay told with a case
# ending and the verb after ("alkatea Marugamen izango da"); a Chinese official going ("市长6月去南特"). Tried only where
# one of its first words stands (``_PRESENCE_ANCHOR``): one regular expression tried at every position of every text
# would cost milliseconds per block.
_PRESENCE = re.compile(
    r"(?:(?:" + _any(lex.ATTEND_WORDS) + r")|(?:" + _any(lex.DELEGATION_WORDS) + r")\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:" + _any(lex.STAY_WORDS) + r")\b|(?:" + _any(lex.STAY_WORDS) + r")\s+(?:[^\W\d_]+\s+){0,2}?(?:"
    + _any(lex.DELEGATION_WORDS) + r"))(?:[^.;:!?。]|(?<=\d)\.){0,80}?(?<![^\W\d_])" + _IN
    + r"|(?:" + _any(lex.DELEGATION_WORDS) + r")(?:\s+(?:[^\s.;:!?]|(?<=\d)\.)+){0,6}?\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+\s+(?:"
    + _any(lex.STAY_AFTER_WORDS) + r")\b)"
    + r"|(?:" + "|".join(lex.GO_GLUED["officials"]) + r")[^。，,；;：:]{0,10}?(?:" + "|".join(lex.GO_GLUED["go"])
    + r")(?=[\u4e00-\u9fff])"
    + r"|(?P<tele>(?:" + _any(lex.DELEGATION_WORDS) + r")\s+(?:" + _any(lex.TELEGRAPHIC_TO_WORDS)
    + r")\s+(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇΑ-ΩΆ-Ώ])))", re.IGNORECASE)
# (tried at the start of a word only: one long alternation tried at every position would cost milliseconds per block)
_PRESENCE_ANCHOR = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(dict.fromkeys(f for table in (lex.ATTEND_WORDS, lex.DELEGATION_WORDS, lex.STAY_WORDS)
                                                   for fs in table.values()
                                                   for f in fs)) + r")|" + "|".join(lex.GO_GLUED["officials"]), re.IGNORECASE)


_HAS_DIGIT = re.compile(r"\d")
_TELEGRAPHIC_LEAD = re.compile(r"[:：–—-]\s*(?:[^\W\d_]+\s+){0,2}$")  # "18–21 May 2026: Executive Mayor to …"


def _presence(t: str) -> re.Match | None:
    if not _HAS_DIGIT.search(t):
        return None  # no date, no visit
    for a in _PRESENCE_ANCHOR.finditer(t):
        m = _PRESENCE.match(t, a.start())
        if m is None or m.group("tele") is not None and not _TELEGRAPHIC_LEAD.search(t, max(0, a.start() - 60), a.start()):
            continue
        return m
    return None


# the home official received abroad (lexicon.RECEIVED_ABROAD_WORDS), when no delegation is named in the sentence
_RECEIVED_ABROAD = lex.Alternation(lex.RECEIVED_ABROAD_WORDS)
_ATTEND_ANY = lex.Alternation(lex.ATTEND_ANY_WORDS)
_A_DELEGATION = re.compile(r"d[eé]l[eé]ga|делега|дэлега|αντιπροσωπ|izaslanstv|küldöttség|valtuuskun|heyet|wekiliýet|nümayəndə|代表[団团]"
                           r"|대표단|משלחת|وفد|هیئت|ujumbe|sendinefnd|sendinevnd|toscaireacht|dirprwyaeth|ordezkaritz|afvaardiging"
                           r"|kannaderezh|rombongan|\bđoàn\b|คณะผู้แทน|ຄະນະຜູ້ແທນ|គណៈប្រតិភូ|ကိုယ်စားလှယ်အဖွဲ့|प्रतिनिधिमंडल|প্রতিনিধিদল"
                           r"|պատվիրակ|დელეგაცი|delegatsiya|delegacion|delegaazje|izaslanstv", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _visit_cue(t: str):
    """The visit words of ``t`` (a match), or its meeting words when a consul or an ambassador is named
    ("Yunanistan Başkonsolosu … Belediye Başkanı ile görüştü"). Remembered: the readers ask about the
    same blocks many times."""
    return (_TRIGGER.search(t) or (_MEETING.search(t) if _DIPLOMAT.search(t) else None) or _presence(t)
            or (_RECEIVED_ABROAD.search(t) or _ATTEND_ANY.search(t) or _ONLINE.search(t) if _HAS_DIGIT.search(t) else None))


def _roles(text: str, m: PlaceMention, mentions: list[PlaceMention] = ()) -> set[str]:
    # a country or state written just before the city ("赴澳大利亚墨尔本市", "visited Austin, Texas") is skipped
    # (not two cities side by side: "besøgte en delegation fra Kiel Aarhus" puts the object after the visiting party)
    start = m.start
    cities = 0
    for c in sorted(mentions, key=lambda x: -x.start):
        if c is not m and c.end <= start and not text[c.end:start].strip(" ,、（()）") and start - c.end <= 2:
            cities += _is_city(c)
            if cities and _is_city(m) and not text[c.end:start].strip():
                break
            start = c.start
    end = m.end
    gloss = _GLOSSED.search(text, max(0, start - 40), start)
    if not (gloss and text.startswith((")", "）"), end)):
        gloss = None
    if gloss:
        # a name glossed in brackets after the name as written ("ហាណូយ (Hanoi)", "ဖူကူအိုကာ (Fukuoka) မြို့သို့"): the
        # words around the pair tell the role
        start, end = gloss.start(), end + 1
    else:
        # an aside in brackets after the name ("アデレード市（オーストラリア）を訪問", "태원시(중국 산시성)에서",
        # "Lyon (France) delegation"): the case particle or the word after the brackets is the name's
        aside = _ASIDE.match(text, end)
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    if not gloss and aside:
        after = (aside.group(1) or "") + text[aside.end():aside.end() + 60]
    if m.text.endswith(("市", "縣", "县")) and after[:1] in ("長", "长"):
        after = text[end - 1:end + 60]  # "光州市長", "福岡市長": the mayor of the place, the suffix read with 長
    roles = set()
    glued = _glued_preposition(m)
    visitor_after = _VISITING_AFTER.search(after)
    if _VISITING_BEFORE.search(before) or visitor_after or _VISITING_GENITIVE.search(before) \
            or glued == "from" or _VISITING_GLUED.search(before):
        roles.add("visiting")
    # "Kaune lankėsi Brno delegacija", "Rīgā viesojās Brēmenes delegācija": after the verb, the name of the delegation
    # that visited (its genitive), not the place visited
    host_before = _HOST_BEFORE.search(before) and not (visitor_after and _DELEGATION_AFTER.match(after))
    if gloss and not host_before and _HOST_GLUED_GLOSSED.search(text, 0, gloss.end()):
        host_before = True  # "ធ្វើដំណើរទៅទីក្រុងហាណូយ (Hanoi)": the verb glued to the glossed name, in a script without spaces
    if host_before or _HOST_AFTER.search(after) or glued == "in" \
            or ("visiting" not in roles and (_TO_AFTER_VISIT.search(before) or _RECEIVES_AFTER.search(after))):
        roles.add("host")  # "the visit of the mayor of Lyon to Yokohama"
    return roles


_ASIDE = re.compile(r"(市|시|県|縣|县|州|省|도)?[^\S\n]*[(（][^()（）\n]{1,40}[)）]")
# Estonian illative, Hungarian illative and sublative, Finnish illative after a vowel: the place gone to
_TO_ENDINGS = frozenset({"sse", "isse", "usse", "ba", "be", "ra", "re", "en", "hin", "seen"})
_HOST_GLUED_GLOSSED = re.compile(r"(?:" + "|".join(lex.HOST_BEFORE_GLUED) + r")[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{1,25}\s*[(（]$")
_GLOSSED = re.compile(r"(?<![^\W\d_])[^\W\d_][^\s(（]*\s*[(（]$")


def _is_city(m: PlaceMention) -> bool:
    best = m.resolution.best
    return best is not None and best.kind not in ("country", "region")


def _glued_preposition(m: PlaceMention) -> str:
    """The preposition Hebrew and Arabic write onto a name: "in"/"to" (ב, ל; ب, ل) before a host
    ("ביקר בדיסלדורף", visited Düsseldorf), "from" (מ) before a visiting party ("משלחת מברמן"); else ""."""
    if m.resolution.best is not None and m.text[-1:].isalpha():
        # a case ending meaning "into" / "to" (Estonian "Uppsalasse", Hungarian "Paderbornba", Finnish "Odenseen")
        low, name = m.text.lower(), m.resolution.best.name.lower()
        if any(low.endswith(e) and low[:-len(e)] == name for e in _TO_ENDINGS):
            return "in"
    base = m.resolution.query
    if not base or len(m.text) <= len(base) or not m.text.endswith(base):
        return ""
    prefix = m.text[: -len(base)].rstrip("-־")
    if not prefix or len(prefix) > 3:
        return ""
    if all("\u05d0" <= ch <= "\u05ea" for ch in prefix):
        return "from" if "מ" in prefix else "in" if ("ב" in prefix or "ל" in prefix) else ""
    if all("\u0621" <= ch <= "\u064a" for ch in prefix):
        prefix = prefix.replace("ال", "")
        return "in" if ("ب" in prefix or "ل" in prefix) else ""
    return ""


def _best_date(text: str, dates: list[DateMention], anchor: int) -> DateMention | None:
    if not dates:
        return None

    def cost(d: DateMention) -> float:
        lo, hi = (d.e, anchor) if d.e <= anchor else (anchor, d.s)
        breaks = len(_CLAUSE_BREAK.findall(text[lo:hi]))
        dist = hi - lo
        return dist + 40 * breaks + (5 if d.e <= anchor else 0) + (0 if d.has_year else 15)

    best = min(dates, key=cost)
    if len(best.start) == 7:
        # a month restated with its days nearby ("Anfang Mai, vom 6. bis 8. Mai", "in June, from 10 to 12 June"): the days
        days = [d for d in dates if len(d.start) == 10 and d.start[:7] == best.start and cost(d) - cost(best) <= 60]
        if days:
            return min(days, key=cost)
    if not best.is_range and len(best.start) == 10:
        # a day of the programme inside the visit's span that opens the line ("Oct. 19–21: the Mayor of X … in <home>,
        # with a reception on Oct. 19", "du 3 au 6 juin : … ; réception le 4 juin"): the span is the visit's
        span = next((d for d in dates if d.is_range and d.s <= 3 + len(text[:d.s]) - len(text[:d.s].lstrip(" \t-–•*·▪○●"))
                     and d.s < best.s and len(d.start) == len(d.end) == 10 and d.start <= best.start <= d.end), None)
        if span is not None:
            return span
    return best


# a deadline written right beside its date ("12月5日（金）締切", "마감 12월 5일", "Deadline: 5 December", "Anmeldeschluss:
# 5. Dezember", "date limite : 5 décembre", "fecha límite: 5 de diciembre"): the day to apply by, no visit's day (a
# calendar row "11月15日 … | 12月5日 締切 | 訪問団ホストファミリー募集" is no visit from the 15th to the 5th)
_DEADLINE_WORD = (r"締切|締め切り|〆切|마감|截止|deadline|anmeldeschluss|einsendeschluss|meldeschluss|date\s+limite"
                  r"|fecha\s+l[íi]mite|data\s+limite|termine\s+ultimo|scadenza")
_DEADLINE_AFTER = re.compile(r"\s*(?:[(（][^)）\n]{0,6}[)）])?\s*(?:" + _DEADLINE_WORD + r")", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"(?:" + _DEADLINE_WORD + r")\s*(?:日)?\s*[:：]?\s*$", re.IGNORECASE)


def _deadline(t: str, d: DateMention) -> bool:
    return bool(_DEADLINE_AFTER.match(t, d.e) or _DEADLINE_BEFORE.search(t[max(0, d.s - 24):d.s]))


def _default_year(doc: ParsedDocument) -> int | None:
    """The year of year-less dates: the e-mail's date, the document's own date, the only year the document's
    dates use, or else the only year of its title and first lines."""
    iso = (doc.metadata or {}).get("date_iso") or ""
    if re.match(r"\d{4}-", iso):
        return int(iso[:4])
    for line in (doc.metadata or {}).get("running_lines") or ():
        # a newsletter's issue date in its running header, which the reader set aside ("広報おおつ 令和7年11月1日号",
        # "City News · 1 November 2025"): the document's own date
        dated = [d for d in find_dates(line) if d.has_year and d.precision == "day"]
        if dated:
            return int(dated[0].start[:4])
    issued = _issue_year(doc)
    if issued:
        return issued
    found = [d for d in find_dates(doc.text) if d.has_year]
    years = Counter(int(d.start[:4]) for d in found if d.precision == "day")
    if len(years) == 1:
        return next(iter(years))
    # the one year of the title and the masthead ("Nyhedsbrev · 2. kvartal 2025 · nr. 2", "Cuenta Pública 2025"):
    # when no date has a day and a year, or when it is one of the years the dated days use
    head = " ".join([doc.title or "", *(b.text or "" for b in doc.blocks[:3])])
    heads = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", head)}
    masthead = heads.pop() if len(heads) == 1 else None
    if years:
        if masthead in years:
            return masthead
        (top, n), total = years.most_common(1)[0], sum(years.values())
        # one year for three dated days in four or more (a deadline early next year aside): that year
        return top if total >= 3 and n >= 0.75 * total else None
    months = Counter(int(d.start[:4]) for d in found)  # only months ("外交及僑務事務室 2024年12月"): their one year
    if len(months) == 1:
        return next(iter(months))
    return masthead


# the document's own date in its first lines: "보도일시 2025. 11. 19.", "新闻稿 2025年9月13日", "Posted on 3 May 2025",
# "Date: 12.05.2025" (a press release, a memo, a web page): the year of the dates without one
_ISSUED = re.compile(r"보도\s*(?:일시|일자)|배포\s*(?:일시|일자)|작성\s*일|발표\s*일|新闻稿|新聞稿|发布(?:日期|时间)|發布(?:日期|時間)|发稿|発表日|発行日"
                     r"|プレスリリース|press\s+release|posted(?:\s+on)?|published(?:\s+on)?|issued(?:\s+on)?|^\s*date\s*[:：]|^\s*datum\s*[:：]"
                     r"|^\s*fecha\s*[:：]|^\s*data\s*[:：]|communiqu[ée]|pressemitteilung|comunicado|nota\s+de\s+prensa|пресс-релиз|basın\s+bülteni",
                     re.IGNORECASE | re.MULTILINE)


def _issue_year(doc: ParsedDocument) -> int | None:
    head = "\n".join(b.text or "" for b in doc.blocks[:10])  # a label cell and its value cell are next lines
    for m in _ISSUED.finditer(head):
        after = head[m.end():m.end() + 40]
        found = [d for d in find_dates(after) if d.has_year and d.precision == "day" and d.s <= 12]
        if found:
            return int(found[0].start[:4])
    return None


# a heading that sets the year of the dates under it: a title or heading block, or a short numbered line
# ("三、2024年主要外事活动", "２　令和６年度の主な交流実績", "## Delegations in 2024")
_SECTION_NO = re.compile(r"^\s*(?:#+\s*|[0-9０-９]{1,2}\s*[、.．。\s\u3000]|[一二三四五六七八九十]+\s*[、.．]|[IVX]+\.\s|[□■]\s*)")
_YEAR_WORD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)|(令和|平成)\s*(元|\d{1,2})\s*年")
_SINCE = re.compile(r"(?:since|seit|depuis|desde|dal|sinds|od|从|自)\s*$|^\s*(?:年)?\s*(?:提携|締結|체결|以来|起|結成)", re.IGNORECASE)
_FW = str.maketrans("０１２３４５６７８９", "0123456789")
_KANA = re.compile(r"[\u3040-\u30ff]")


# a fiscal year written as the two calendar years it spans: "Fiscal Year 2024/25", "FY 2024-25", "financial year
# 2025/26", "ejercicio 2024-2025", "Geschäftsjahr 2024/25", "회계연도 2025-26", "2026-27 बजट"
_FISCAL_SPAN = re.compile(
    r"(?:fiscal|financial|budget|fy|ejercicio|exercice|esercizio|haushaltsjahr|geschäftsjahr|boekjaar|budżet|회계\s*연도|예산|बजट|वर्ष|مالی)"
    r"[^\n\d]{0,20}?((?:19|20)\d\d)\s*[/\-–]\s*((?:19|20)?\d\d)(?!\d)"
    r"|(?<!\d)((?:19|20)\d\d)\s*[/\-–]\s*((?:19|20)?\d\d)(?!\d)[^\n\d]{0,12}?(?:fiscal|financial|budget|fy|बजट|예산|회계)",
    re.IGNORECASE)
FISCAL_START = 7  # the month a fiscal year starts in when the document does not say (July: US cities, Australia)


def _fiscal_span(doc: ParsedDocument) -> tuple[int, int] | None:
    """(first calendar year, first month) of the fiscal year a document's title or first lines name; the month from
    the period the document states ("covers July 1, 2024 through June 30, 2025"), else ``FISCAL_START``."""
    head = "\n".join([doc.title or "", *(b.text or "" for b in doc.blocks[:8])])
    m = _FISCAL_SPAN.search(head)
    if not m:
        return None
    y1 = int(m.group(1) or m.group(3))
    y2 = m.group(2) or m.group(4)
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if y2 != y1 + 1:
        return None
    for d in find_dates(doc.text[:20_000]):
        if d.precision == "day" and d.start[:4] == str(y1) and d.end[:4] == str(y2) and d.start[5:7] != "01":
            return y1, int(d.start[5:7])
    return y1, FISCAL_START


def _section_years(doc: ParsedDocument) -> list[tuple[int | None, bool | int]]:
    """Per block, the year of the nearest heading above it that names one year, and whether that heading
    names a Japanese fiscal year (令和６年度: April to March, so January to March fall in the next year). A document
    that names a fiscal year spanning two calendar years ("FY 2024/25") starts with its first year and the month
    the fiscal year starts (an int: the months before it fall in the second year)."""
    out: list[tuple[int | None, bool | int]] = []
    span = _fiscal_span(doc)
    cur: tuple[int | None, bool | int] = span if span else (None, False)
    japanese = bool(_KANA.search(doc.text or ""))
    for b in doc.blocks:
        t = (b.text or "").translate(_FW)
        if b.kind in ("title", "heading") or (b.kind == "paragraph" and len(t.strip()) <= 40 and _SECTION_NO.match(t)) \
                or (b is doc.blocks[0] and len(t.strip()) <= 40 and japanese and "年度" in t):  # "令和7年度 国際交流の記録"
            days = [(d.s, d.e) for d in find_dates(t) if d.precision == "day"]
            years = set()
            for m in _YEAR_WORD.finditer(t):
                if any(s0 <= m.start() < e0 for s0, e0 in days) or _SINCE.search(t[max(0, m.start() - 8):m.start()]) \
                        or _SINCE.search(t[m.end():m.end() + 4]):
                    continue
                years.add(int(m.group(1)) if m.group(1) else
                          ERAS[m.group(2)] + (1 if m.group(3) == "元" else int(m.group(3))))
            # (the heading naming the fiscal year itself, "…, Fiscal Year 2024/25", keeps its span)
            if len(years) == 1 and not (span and _FISCAL_SPAN.search(t)):
                cur = (years.pop(), japanese and "年度" in t)
        out.append(cur)
    return out


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_TIMESTAMP = re.compile(r"[ T]\d{1,2}:\d\d(?!\d)")


def _dates(text: str, year: int | None, fiscal: bool | int = False) -> list[DateMention]:
    """``find_dates`` with the section's year; under a fiscal year (a Japanese 年度, ``True``: April to March; or the
    month it starts in), the months before its start of a date without a year belong to the next calendar year. A
    machine timestamp (an ISO date and a clock time: a chat message's or a log line's "2026-02-03 14:05") is when
    something was written, no visit's date."""
    found = [d for d in find_dates(text, year) if not _TIMESTAMP.match(text, d.e) or not _ISO_DAY.fullmatch(d.text)]
    if fiscal and year:
        start = 4 if fiscal is True else int(fiscal)
        for d in found:
            if not d.has_year and d.start[:4] == str(year) and d.start[5:7].isdigit() and int(d.start[5:7]) < start:
                d.start = f"{year + 1}{d.start[4:]}"
                if d.end[:4] == str(year):
                    d.end = f"{year + 1}{d.end[4:]}"
    return found


_VARIANTS = {"台": "臺", "臺": "台", "広": "廣", "廣": "広", "横": "橫", "浜": "濱"}


def _home_char(home: PlaceRef | None) -> str:
    """The characters that stand for the home city after 来/訪 (来北 for 北九州, 访津 for 天津, 來臺 for 台中)."""
    if home is None:
        return ""
    local = re.sub(r"[市県縣府省都区區州道]$", "", home.name_local or "")
    chars = [c for c in local[:2] if "\u4e00" <= c <= "\u9fff"]
    return "".join(chars + [_VARIANTS[c] for c in chars if c in _VARIANTS])


def extract_engagements(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder,
                        home: PlaceRef | None) -> list[EngagementFact]:
    if home is None:
        return []
    doc_year = _default_year(doc)
    section_years = _section_years(doc)
    home_char = _home_char(home)
    found: list[tuple[EngagementFact, Block]] = []
    blocks = doc.blocks
    event = _event_days(doc, doc_year)
    ref = reference_date(doc)
    for first, bi, base, text, row in _units(doc):
        b = blocks[first]
        default_year, fiscal = section_years[first] if section_years[first][0] else (doc_year, False)
        posted = None if row else posted_above(blocks, first)
        if posted is not None:  # a news item's text under its dated headline: its dates without a year are near the post
            default_year, fiscal = int(posted.start[:4]), False
        if first == bi:
            field = _field_engagement(b, blocks, bi, default_year, finder, home, home_char)
            if field is not None:
                field.evidence = index.block_evidence(b)
                found.append((field, b))
                continue
        plain = re.sub(r"[_*]", " ", text)
        if not _visit_cue(plain) and not _comes_home(plain, home_char) and not (row and _ROW_TRIGGER.search(plain)):
            continue
        spans = [(0, len(text), text)] if row else [(sp.start, sp.end, sp.text) for sp in _passages(b, text)]
        for s0, e0, stext in spans:
            for c0, ctext in _clauses(stext, default_year):
                t = re.sub(r"[_*]", " ", ctext)  # Markdown emphasis ("_Meeting at …_"), same length
                trig = _visit_cue(t) or (_ROW_TRIGGER.search(t) if row else None)
                comes_home = _comes_home(t, home_char)
                if not trig and not comes_home:
                    continue
                if cancelled(t) or open_to_visitors(t):
                    continue  # "the trip planned for 4–6 May was cancelled": no visit; an exhibition open to the public
                dates = _dates(t, default_year, fiscal)
                if posted is not None:
                    near_post(dates, posted)
                if row and default_year:  # a date column's cell "3. 12." (Korean, Japanese): the row's day
                    dates = sorted(dates + _cell_days(blocks[first:bi + 1], base + s0 + c0, t, default_year, dates),
                                   key=lambda d: d.s)
                if ref is not None:  # "yesterday", "next Tuesday", "Monday the 13th": from the document's date
                    dates = sorted(dates + relative_dates(t, ref), key=lambda d: d.s)
                dates = superseded(t, dates)
                if row and any(_deadline(t, d) for d in dates):
                    continue  # a calendar's row with a deadline is a call to apply ("… 締切 | ホストファミリー募集"), no visit
                dates = [d for d in dates if not _deadline(t, d)]
                undated = not dates
                if undated:
                    if row or event is None:
                        continue
                    # delegations at the event the document is about, whose days its "Dates" field gives
                    dates = [DateMention(event.start, event.end, len(t), len(t), "", event.has_year, "day")]
                if row:
                    dates = row_range(dates)
                fact = _engagement(t, trig, comes_home, dates, finder, home, blocks, bi, row=row)
                if fact is None or undated and (fact.kind not in ("incoming", "event") or not _named_in(fact.visiting, t, finder)):
                    continue
                fact.evidence = index.evidence(base + s0 + c0, base + s0 + c0 + len(ctext), b)
                for more in getattr(fact, "also", ()):
                    more.evidence = fact.evidence
                    found.append((more, b))
                # the items after the block are the visit's tracks, unless a later sentence of the block that speaks of
                # no visit introduces them ("… in Nancy. Beim Festakt wurden folgende Vorhaben besprochen:")
                rest = text[s0 + c0 + len(ctext):].strip()
                if not (rest and re.search(r"[:：]\s*$", rest) and not _visit_cue(re.sub(r"[_*]", " ", rest))):
                    fact.tracks = _tracks(blocks, bi, index)
                found.append((fact, b))
    facts = [f for f, _ in found]
    facts.extend(_headed_engagements(doc, index, finder, home, home_char, section_years, doc_year))
    facts.extend(f for f in _speaker_stays(doc, index, finder, home, doc_year, ref)
                 if not any(o.start == f.start and _same_parties(o, f) for o in facts))
    _refine_months(doc, facts, doc_year)
    return _dedupe(facts)


# a date closing a headline, alone or in brackets ("美国哥伦布市代表团访问合肥 [2026-11-07]", "Delegation from Lyon visits
# Busan (2026.11.07)", "… | 07.11.2026"): the day the item was posted
_CLOSING_DATE = re.compile(r"[\[(（【|｜·–—-]?\s*[^\s\[\]()（）【】|｜]{6,24}\s*[\])）】]?\s*$")


def _headline(b: Block) -> bool:
    """A line short enough to be a news item's headline: a heading, a title, a list item of a news list or a short
    paragraph."""
    return b.kind in ("heading", "title") or (b.kind in ("paragraph", "list_item") and len(b.text.strip()) <= 100)


def _closing_date(b: Block) -> DateMention | None:
    """The date that closes a headline, alone, in brackets or glued to its last word ("… 방문2026-10-22")."""
    if not _headline(b):
        return None
    closing = _CLOSING_DATE.search(b.text.rstrip())
    dates = find_dates(b.text)
    if closing is None or not dates or dates[-1].e < closing.start():
        return None
    if not re.fullmatch(r"[\s\])）】|｜]*", b.text[dates[-1].e:]):
        return None  # words after the date ("…2025年8月5日から7日までアトランタ市を訪問した。"): a sentence, no headline's date
    return dates[-1]


def posted_above(blocks: list[Block], i: int) -> DateMention | None:
    """The posting date of the news item whose text starts at block ``i``: the full date closing the headline right
    above it (a news list "Delegation from Lyon visits Busan 2026-11-07" / "The delegation … from 3 to 5 November.")."""
    b = blocks[i]
    if i == 0 or b.kind != "paragraph":
        return None
    own = _closing_date(b)
    if own is not None and own.has_year and not re.search(r"[.。!?！？]\s*$", b.text):
        return None  # a headline itself (the next item of the list), not the text under one
    d = _closing_date(blocks[i - 1])
    return d if d is not None and d.has_year and d.precision == "day" and len(d.start) == 10 else None


_RELATIVE_YEAR = re.compile(r"[年년]|year|ann[ée]e|jahr|año|anno", re.IGNORECASE)


def near_post(dates: list[DateMention], posted: DateMention) -> None:
    """A news item's dates without a year take the year that puts them nearest to its posting date: an item posted
    on 5 January 2027 reports a visit on "28 December" of 2026, one posted on 20 December announces a "5 January" of
    the next year."""
    post = date.fromisoformat(posted.start)
    for d in dates:
        if d.has_year or not d.start[:4].isdigit() or _RELATIVE_YEAR.search(d.text):
            continue  # (a year told relative to the post, "昨年10月", "last year", is already counted from it)
        y = int(d.start[:4])
        try:
            day = date.fromisoformat(d.start if len(d.start) == 10 else d.start + "-15")
        except ValueError:
            continue
        shift = -1 if (day - post).days > 183 else 1 if (post - day).days > 183 else 0
        if shift:
            d.start = f"{y + shift}{d.start[4:]}"
            if d.end[:4] == str(y):
                d.end = f"{y + shift}{d.end[4:]}"


# the days of one stop of a trip, in brackets right after its town: "韩国丽水市（22日至24日）", "Yeosu (22–24 September)",
# "Ube (24.–26.9.)"
_STOP_DAYS = re.compile(r"(?:市|시|县|縣|町)?\s*[（(]\s*(?P<d1>[0-3]?\d)\s*[日일.]?\s*(?:至|到|～|〜|~|-|–|—|부터|bis|to|au|al)\s*(?P<d2>[0-3]?\d)"
                        r"\s*[日일.]?\s*(?:까지)?\s*(?P<rest>[^()（）]{0,15})[)）]")


def _stop_days(text: str, m: PlaceMention, f: EngagementFact) -> tuple[str, str] | None:
    """The days in brackets after the stop ``m`` of the trip ``f`` (within its span, its month and year)."""
    b = _STOP_DAYS.match(text, m.end)
    if b is None or not f.start or len(f.start) != 10:
        return None
    if b.group("rest").strip():  # "(22–24 September)": a date of its own
        found = find_dates(text[b.start():b.end()], int(f.start[:4]))
        if not found or len(found[0].start) != 10:
            return None
        return found[0].start, found[0].end
    start, end = f"{f.start[:8]}{int(b.group('d1')):02d}", f"{f.start[:8]}{int(b.group('d2')):02d}"
    return (start, end) if f.start <= start <= end <= (f.end or f.start) else None


def _in_country_before(text: str, before: PlaceMention | None, m: PlaceMention, finder: PlaceFinder) -> PlaceRef:
    """The place of ``m``, read in the country written right before it ("韩国丽水市": Yeosu in Korea, not Lishui)."""
    if before is None or before.place is None or before.place.kind != "country" or text[before.end:m.start].strip():
        return m.place
    cc = before.place.country_code
    if m.place.country_code == cc:
        return m.place
    again = finder.resolve(m.text, country=cc)
    return again.best if again.best is not None and again.best.country_code == cc else m.place


def per_stop_days(facts: list[EngagementFact], finder: PlaceFinder, home: PlaceRef | None) -> list[EngagementFact]:
    """A trip to two towns or more, each followed by its own days in brackets ("9月22日至26日，代表团出访韩国丽水市（22日至24日）
    和日本宇部市（24日至26日）", "From 22 to 26 September the delegation visited Yeosu (22–24 September) and Ube (24–26
    September)"): one outgoing engagement per town, over its own days."""
    out: list[EngagementFact] = []
    for f in facts:
        quote = f.evidence.quote if f.evidence is not None else ""
        if f.kind != "outgoing" or not quote or f.host is None:
            out.append(f)
            continue
        stops = []
        mentions = finder.find(quote, include_countries=True)
        for k, m in enumerate(mentions):
            days = _stop_days(quote, m, f) if m.place is not None and m.place.kind == "city" else None
            place = _in_country_before(quote, mentions[k - 1] if k else None, m, finder)
            if days is not None and not (home is not None and same_place(place, home)):
                stops.append((place, days))
        if len(stops) < 2 or not any(same_place(p, f.host) for p, _ in stops):
            out.append(f)
            continue
        for place, (start, end) in stops:
            if any(o is not f and o.kind == "outgoing" and o.host is not None and same_place(o.host, place)
                   and o.start == start for o in facts + out):
                continue
            out.append(dataclasses.replace(f, host=place, start=start, end=end, tracks=list(f.tracks),
                                           title=f"{f.visiting[0].name if f.visiting else ''} delegation to {place.name}"))
    return out


def _headline_dates(doc: ParsedDocument, facts: list[EngagementFact]) -> list[EngagementFact]:
    """A visit read from a news item's headline with the date that closes it, when the text right under the
    headline tells the same visit with its own days: one visit, the days of the text (the headline's date is
    when the item was posted: after the visit it reports, or before the one it announces, "… to visit next year")."""
    blocks = doc.blocks
    drop = set()
    for i, f in enumerate(facts):
        ev = f.evidence
        if ev is None or ev.block is None or not 0 <= ev.block < len(blocks) or ev.attachment is not None:
            continue
        closing = _closing_date(blocks[ev.block])
        if closing is None or (f.start, f.end or f.start) != (closing.start, closing.end):
            continue
        for o in facts:
            oe = o.evidence
            if o is f or oe is None or oe.block is None or oe.attachment is not None or not ev.block < oe.block <= ev.block + 2:
                continue
            if o.kind == f.kind and _same_parties(o, f) and o.start != f.start and o.start[:1].isdigit() \
                    and (len(o.start) == 10 and o.start <= f.start or o.start > (f.end or f.start)):
                drop.add(i)
    return [f for i, f in enumerate(facts) if i not in drop]


# a transcript's turn of the home city's own official (no city named: "MAYOR:", "The Mayor:", "Bürgermeisterin:", "Le
# Maire :", "Alcaldesa:", "市長：", "시장:"), whose "we" / "I" is the home city
_HOME_SPEAKER = re.compile(r"^\s*(?:(?:THE|The)\s+)?(?:(?:LORD|Lord|DEPUTY|Deputy)\s+)?(?:MAYOR|Mayor)\s*(?:\([^)]{0,30}\))?\s*:"
                           r"|^\s*(?:OBER)?BÜRGERMEISTER(?:IN)?\s*:|^\s*(?:Ober)?[Bb]ürgermeister(?:in)?\s*:"
                           r"|^\s*(?:(?:Mme|M\.|Madame|Monsieur)\s+)?(?:(?:LE|LA|Le|La)\s+)?(?:MAIRE|Maire)\s*:"
                           r"|^\s*(?:(?:EL|LA|El|La)\s+)?(?:ALCALDE(?:SA)?|Alcalde(?:sa)?)\s*:|^\s*(?:市長|시장)\s*[:：]")
# the speaker's own stay: "we were in X", "I was in X", "nous étions à X", "wir waren … in X", "estuvimos en X"
_SPEAKER_STAY = re.compile(r"\b(?:we|I)\s+(?:were|was|stayed)\s+(?:also\s+)?in\s+|\b(?:nous\s+étions|j['’]étais|nous\s+sommes\s+allée?s)\s+(?:à|en)\s+"
                           r"|\b(?:wir\s+waren|waren\s+wir|ich\s+war|war\s+ich)\s+(?:[^;:!?\n]|(?<=\d)\.){0,60}?\bin\s+|\b(?:estuvimos|estuve)\s+en\s+",
                           re.IGNORECASE)
# the next stop of the same trip, the verb left out: ", and in X on …", ", puis à X", ", dann in X", ", y en X"
_NEXT_STOP = re.compile(r",?\s+(?:and|then|and\s+then|puis|et|dann|und|y|luego)\s+(?=(?:in|à|en)\s)", re.IGNORECASE)


def _speaker_stays(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef, year: int | None,
                   ref) -> list[EngagementFact]:
    """The home official's own trip told in a transcript's turn: "MAYOR: … We were in Sakai from Monday the 13th to
    Wednesday the 15th, and in Xiamen on Thursday the 16th and Friday the 17th." — one outgoing visit per stop, each
    with the date of its own stretch of the sentence."""
    out: list[EngagementFact] = []
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list_item") or not b.text or not _HOME_SPEAKER.match(b.text):
            continue
        for sent in _passages(b):
            t = sent.text
            stay = _SPEAKER_STAY.search(t)
            if stay is None:
                continue
            cuts = [stay.end()] + [m.end() for m in _NEXT_STOP.finditer(t, stay.end())] + [len(t)]
            for a, z in zip(cuts, cuts[1:]):
                if a == cuts[0]:  # the first stop: its date may stand between the verb and the place ("wir waren vom … in X")
                    seg, start = t[stay.start():z], stay.end() - stay.start()
                    a = stay.start()
                else:
                    seg = t[a:z]
                    lead = re.match(r"\s*(?:in|à|en)\s+", seg, re.IGNORECASE)
                    start = lead.end() if lead else 0
                dates = _dates(seg, year) + (relative_dates(seg, ref) if ref is not None else [])
                if len({(d.start, d.end) for d in dates}) != 1:
                    continue
                places = [m for m in place_mentions(seg, finder, dates) if m.place is not None and m.start == start
                          and m.place.kind not in ("country", "region") and not same_place(m.place, home)]
                if not places:
                    continue
                d, host = dates[0], places[0].place
                fact = EngagementFact(kind="outgoing", title=f"{home.name} delegation to {host.name}", visiting=[home], host=host,
                                      start=d.start, end=d.end, confidence=0.7)
                fact.evidence = index.evidence(b.start + sent.start + a, b.start + sent.start + z, b)
                out.append(fact)
    return out


_OUTBOUND = lex.Alternation(lex.OUTBOUND_WORDS)
_ROW_ABROAD = lex.Alternation(lex.HEADING_OUTBOUND)  # trips abroad named in a row's own cell
_ROW_RECEIVED = lex.Alternation(lex.HEADING_INBOUND)


def _headed_engagements(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef, home_char: str,
                        years: list[tuple[int | None, bool]], doc_year: int | None) -> list[EngagementFact]:
    """A visit announced by a heading without a date, dated by what follows it:
    - a day-by-day programme table ("日本X市議會訪問團 訪桃行程" over rows dated 11月5日, 11月6日, 11月7日): the
      visit runs from the first to the last day of the table;
    - dated bullets ("市長率團出訪美國姊妹市" / "• 9/23–9/25 X市：…" / "• 9/26–9/27 Y市：…"): one visit per bullet,
      read with the heading; under a heading of a trip abroad, the place of the bullet is the host."""
    out: list[EngagementFact] = []
    blocks = doc.blocks
    for hi, h in enumerate(blocks):
        ht = re.sub(r"[_*#]", " ", h.text).strip()
        if h.kind in ("table_cell", "header") or not ht or len(ht) > 60 or re.search(r"[.。!?]$", ht):
            continue
        trig, comes_home = _TRIGGER.search(ht), _comes_home(ht, home_char)
        year, fiscal = years[hi] if years[hi][0] else (doc_year, False)
        # a heading of trips abroad without a visit word ("令和6年度 海外派遣実績", "해외 파견 현황"): its items are trips
        outbound = not (trig or comes_home) and _OUTBOUND.search(ht) is not None
        if not (trig or comes_home or outbound) or find_dates(ht, year):
            continue
        day_cells: list[DateMention] = []
        column = None
        j = hi + 1
        while j < len(blocks) and blocks[j].kind not in ("title", "heading") and j - hi <= 60:
            b = blocks[j]
            if b.kind == "table_cell":
                found = [d for d in _dates(b.text, year, fiscal) if d.precision == "day"]
                if found and (column is None or b.col == column) and b.text.strip().startswith(found[0].text[:2]):
                    column = b.col
                    day_cells.extend(found)
                j += 1
                continue
            marker = split_marker(b.text)
            bt = b.text[marker.length:].strip()
            if marker.number is not None:
                # "- 12 November 2024: …": the day, not an item's number
                whole = b.text.lstrip().lstrip("-–—•*·▪ \t")
                first = _dates(whole, year, fiscal)
                if first and first[0].s == 0:
                    bt = whole
            dates = _dates(bt, year, fiscal)
            if not (marker.bullet or b.kind == "list_item") or not dates or dates[0].s > 3 and not outbound:
                if marker.bullet or b.kind == "list_item" or _subtitle(b, j - hi, day_cells):
                    j += 1
                    continue
                break
            joined = f"{ht} ({bt})"
            fact = _engagement(joined, _TRIGGER.search(joined), comes_home, _dates(joined, year, fiscal), finder, home, blocks, j)
            if fact is None and _OUTBOUND.search(ht):
                places = [m.place for m in finder.find(bt) if m.place is not None and not same_place(m.place, home)]
                if outbound:  # "・ムンバイ（インド）　令和7年1月14日～17日": the city, not the country in brackets
                    places = [p for p in places if p.kind != "country"][:1]
                if places:
                    d = dates[0]
                    fact = EngagementFact(kind="outgoing", title=f"{home.name} delegation to {places[0].name}", visiting=[home],
                                          host=places[0], start=d.start, end=d.end, confidence=0.7)
            if fact is not None:
                fact.evidence = index.block_evidence(b)
                out.append(fact)
            j += 1
        if day_cells and _programme_span(day_cells):
            start, end = min(d.start for d in day_cells), max(d.end for d in day_cells)
            span = DateMention(start, end, len(ht), len(ht), "", day_cells[0].has_year, "day")
            fact = _engagement(ht, trig, comes_home, [span], finder, home, blocks, hi)
            if fact is not None:
                fact.evidence = index.block_evidence(h)
                out.append(fact)
    return out


# the label of the days an event runs ("Dates", "Zeitraum", "Fechas", "일시", "会期"); not a bare "Date" (a memo's own date)
_EVENT_DAYS_LABEL = re.compile(r"^\s*(?:dates|fechas|datas|termine|zeitraum|p[ée]riode|period|periodo|일시|기간|期間|会期|日程|日期)\b"
                               r"|^\s*(?:일시|기간|期間|会期|日程|日期)", re.IGNORECASE)


def _named_in(places: list[PlaceRef], t: str, finder: PlaceFinder) -> bool:
    """Whether every place is named in ``t`` itself (not found in the blocks around it)."""
    named = [m.place for m in place_mentions(t, finder) if m.place is not None]
    return all(any(same_place(p, q) for q in named) for p in places)


def _event_days(doc: ParsedDocument, year: int | None) -> DateMention | None:
    """The days of the event a programme is about: the one field in its first blocks labelled with the days ("Dates /
    일시 | Saturday 27 – Sunday 28 September 2025"), when it gives several days; else None."""
    found: list[DateMention] = []
    blocks = doc.blocks[:40]
    for i, b in enumerate(blocks):
        t = b.text or ""
        if not _EVENT_DAYS_LABEL.match(t):
            continue
        if b.kind == "table_cell" and len(t) <= 40:
            value = next((c.text for c in blocks[i + 1:i + 3] if c.kind == "table_cell" and c.row == b.row), "")
        else:
            value = t.split(":", 1)[1] if ":" in t[:40] else ""
        days = [d for d in find_dates(value, year) if d.precision == "day"]
        if days and days[0].start != days[0].end:
            found.append(days[0])
    return found[0] if len(found) == 1 else None


def _programme_span(days: list[DateMention], longest: int = 31) -> bool:
    """Whether the days of a programme lie within a month (a table of signing dates under a heading is no visit)."""
    try:
        first = date.fromisoformat(min(d.start for d in days))
        last = date.fromisoformat(max(d.end for d in days))
    except ValueError:  # a date without a year ("--05-14")
        return len({d.start[:-3] for d in days} | {d.end[:-3] for d in days}) <= 2
    return (last - first).days <= longest


def _subtitle(b: Block, below: int, day_cells: list[DateMention]) -> bool:
    """A short line right under a programme's heading, before its first day ("Version 3, updated 28 October"):
    read past, not the end of the programme."""
    return not day_cells and below <= 2 and b.kind == "paragraph" and len(b.text.strip()) <= 80


def _comes_home(text: str, home_char: str) -> bool:
    """来北, 來臺, 访津: "comes to / visits" + a character of the home city's name; and the home city visited without
    its name: "本市を訪れ", "访问我市", "来我市", "본 시를 방문"."""
    return bool(home_char and re.search(r"[来來访訪][" + re.escape(home_char) + r"]", text)) or bool(_HOME_VISITED.search(text))


# the home city, unnamed ("our city"), as the place visited
_HOME_VISITED = re.compile(r"(?:本市|我市|本府|本県|本縣|当市|當市)\s*(?:を|に|へ)\s*(?:公式\s*)?(?:訪問|訪れ|来訪|訪ね)"
                           r"|(?:来|來|到访|到訪|访问|訪問|莅临|蒞臨)\s*(?:本市|我市)"
                           r"|(?:우리\s*시|본\s*시|당\s*시)\s*(?:를|을|에)?\s*(?:공식\s*)?(?:방문(?![단객자])|찾)")


# a page's running line: "Page 1 of 2", "Paġna 1 minn 2", "Seite 1 von 3", "Página 2 de 5", "Strona 1 z 2", "1/2" at the end
_PAGE_LINE = re.compile(r"(?:\b(?:page|p\.|pa[gġ](?:e|ina|na)|seite|página|pàgina|strona|strana|sivu|sida|oldal|стр(?:аница)?\.?)"
                        r"\s*\d{1,3}\s*(?:/|of|de|di|von|minn|sur|z|od|из|av|af|van)\s*\d{1,3}|\s{6,}\d{1,3}\s*/\s*\d{1,3})\s*$",
                        re.IGNORECASE)


# a line of a table written as text: three cells or more split by "|" or tabs
_TEXT_ROW = re.compile(r"^[^|\t\n]*(?:\||\t)[^|\t\n]*(?:\||\t)")


def _wrapped(text: str, nxt: str) -> bool:
    """A line cut by a hard wrap (e-mail, text file, PDF): long, ending in a lower-case word, a digit or a
    comma (not a title ending in a name), and the next line no "Label:" field."""
    t = re.sub(r"[*_]+$", "", text.rstrip())  # Markdown emphasis closing a sentence ("… zagranicznej.**") is no part of it
    if _PAGE_LINE.search(t):
        return False  # a running header or footer ("Minuti Nru 47 - 14.10.2025   Paġna 1 minn 2"): no sentence goes on
    if _TEXT_ROW.search(t) and _TEXT_ROW.search(nxt):
        return False  # rows of a table written as text ("15-16/03/2026 | Élus d'Erlangen | Atelier mobilité"): one line each
    last = t.split()[-1] if t.split() else ""
    if re.search(r"(?:[^\W\d_]{5,}[.!?。](?:\d{1,2}|[¹²³⁴-⁹])?|(?<![\d.])\d{3,}[.!?。])$", t):
        return False  # a sentence ended ("… planlanmaktadır.", with a footnote's number "… in principle.2", on a year
        # "… seit 2022."): not an abbreviation ("Sept.") or an ordinal day ("6.")
    if _opens_with_date(t) and _opens_with_date(nxt):
        return False  # two items of a timeline ("Oct. 22–25   Trade mission …" / "Nov. 6       Courtesy call …")
    if _cjk_wrapped(t, nxt):
        return True
    return (len(t) >= 50 and (last[:1].islower() or last[:1].isdigit() or last[-1:] in ",-–")
            and not re.match(r"\s*[^\W\d_][\w .'’-]{0,24}\s*[:：]", nxt))


def _opens_with_date(t: str) -> bool:
    """A line that opens with a day or a span of days (after a bullet, if any) set off from its text by a column's gap
    or a separator ("Nov. 6       Courtesy call …", "22.–25.10.2025: Reise …"): an item of a dated list."""
    head = t.lstrip(" \t-–•*·▪○●")
    found = find_dates(head[:40])
    return bool(found) and found[0].s == 0 and found[0].precision == "day" \
        and bool(re.match(r"[ \u3000]{2,}|\t|\s*[:：|–—]\s", head[found[0].e:]))


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# the end of a line cut mid-sentence: a comma, an opening bracket, a particle (が, を, に, 의, 를 …), a day or a month
# ("8月18日（月）～24日"), a dash of a range
_CJK_MID = re.compile(r"(?:[、，,（(「『～〜~\-–]|[がをにはのとでもへや]|[을를에의와과로]|\d+\s*[日月年일월년])\s*$")


def _cjk_wrapped(t: str, nxt: str) -> bool:
    """A line of Japanese, Chinese or Korean cut mid-sentence by a column or a page ("…訪問団が8月18日（月）～24日" /
    "（日）、アメリカのランシング市を訪問しました。"): long for a script written densely (25 characters or more, mostly CJK),
    ended mid-sentence (not a memo's line ending in a noun, "… 공개할 것"), the next line no bullet, arrow, number or
    "Label:" field."""
    if len(t) < 25 or len(_CJK_CHAR.findall(t)) < 0.6 * len(t.replace(" ", "")) or not _CJK_MID.search(t):
        return False
    return not re.match(r"\s*(?:[・•◆◇■□○●▶→※\-–*#]|\d+[.)．、]|[①-⑳]|[^\W\d_][\w .'’-]{0,12}\s*[:：])", nxt)


def _date_item(b: Block) -> bool:
    """A list item that opens with a date ("5. – 7. júna 2025 …"): after a hard-wrapped line, the reader took the
    day for an item number; it continues the line above."""
    if b.kind != "list_item":
        return False
    found = find_dates((b.text or "")[:40])
    return bool(found) and found[0].s == 0 and found[0].precision == "day"


def _units(doc: ParsedDocument):
    """(first block, last block, offset, text, is a table row): each block, a paragraph cut by hard
    wraps joined with the lines that continue it, and each table row as one line (cells blank-separated;
    offsets kept, so ``text[i]`` is ``doc.text[offset + i]`` wherever a cell or a block has text)."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        j = i
        row = b.kind == "table_cell" and b.row is not None
        if row:
            while j + 1 < len(blocks) and blocks[j + 1].kind == "table_cell" and blocks[j + 1].row == b.row:
                j += 1
        elif b.kind == "paragraph":
            while (j + 1 < len(blocks) and j - i < 3 and (blocks[j + 1].kind == "paragraph" or _date_item(blocks[j + 1]))
                    and _wrapped(blocks[j].text, blocks[j + 1].text)):
                j += 1
        if j == i and not row:
            yield i, i, b.start, b.text, False
        else:
            parts = blocks[i:j + 1]
            start, end = parts[0].start, parts[-1].end
            chars = [" "] * (end - start)
            for p in parts:
                chars[p.start - start:p.end - start] = p.text.replace("\n", " ") if len(parts) > 1 else p.text
            yield i, j, start, "".join(chars), row
        i = j + 1


def _clauses(text: str, default_year: int | None) -> list[tuple[int, str]]:
    """A sentence telling two visits, one per clause ("… was our guest from 5 to 7 May; on 18 October a
    delegation went to …"), is read clause by clause; otherwise as a whole."""
    if not re.search(r"[;；]", text):
        return [(0, text)]
    out, pos = [], 0
    for part in re.split(r"(?<=[;；])", text):
        out.append((pos, part))
        pos += len(part)
    dated = [p for p in out if _TRIGGER.search(p[1]) and find_dates(p[1], default_year)]
    return out if len(dated) >= 2 else [(0, text)]


def _refine_months(doc: ParsedDocument, facts: list[EngagementFact], default_year: int | None) -> None:
    """A visit dated only by its month (an e-mail subject "… - September 2024", a planned month) takes
    the days the body gives in that month: the first date range, else the first and last days named
    together in one sentence ("We arrive on 10 September and leave on 12 September")."""
    months = [f for f in facts if f.start and len(f.start) == 7 and f.start == f.end]
    if not months:
        return
    for f in months:
        best = None
        for first, _l, _o, text, _row in _units(doc):
            if doc.blocks[first].kind == "header":
                continue
            for sent in sentences(text):
                days = [d for d in find_dates(sent.text, default_year)
                        if d.precision == "day" and d.start[:7] == f.start and d.end[:7] <= f.start[:4] + "-12"]
                if any(d.is_range for d in days):
                    best = next(d for d in days if d.is_range)
                    best = (best.start, best.end)
                elif len(days) >= 2:
                    best = (min(d.start for d in days), max(d.end for d in days))
                if best:
                    break
            if best:
                break
        if best is None:
            best = _programme_days(doc, f, default_year)
        if best:
            f.start, f.end = best


# a line of a day-by-day programme: it opens with its day ("Monday 7th April: arrival", "8 avril – visite du port")
_OPENS_WITH_DATE = 16  # the first date starts within this many characters of the line (a weekday before it)


def _programme_days(doc: ParsedDocument, f: EngagementFact, default_year: int | None) -> tuple[str, str] | None:
    """The first and last days of the programme that follows a visit dated by its month: two or more lines right after
    the visit's own block, each opening with a day of that month (a programme of a visit "April 2025" under its
    heading: "Monday 7th April: arrival … Wednesday 9th April: departure"). Lines that open with no date end it."""
    if f.evidence is None or f.evidence.block is None or f.evidence.attachment is not None:
        return None
    days: list[DateMention] = []
    for b in doc.blocks[f.evidence.block + 1:f.evidence.block + 16]:
        t = (b.text or "").strip()
        if not t:
            continue
        found = [d for d in find_dates(t, default_year) if d.precision == "day"]
        opening = split_marker(t).length
        if not found or found[0].s - opening > _OPENS_WITH_DATE:
            break
        d = found[0]
        if d.start[:7] != f.start or d.end[:7] != f.start:
            break
        days.append(d)
    if len(days) < 2 or not _programme_span(days):
        return None
    return min(d.start for d in days), max(d.end for d in days)


# "- 방문 기간: 3월 15일(수) ~ 16일(목)", "Dates of the visit: 4–6 May": the dates of a visit announced above
_FIELD = re.compile(
    r"^\s*(?:[-•*·▪■□○]\s*)?(?:(?:visit|mission|trip|stay)\s+(?:dates?|period)|date\s+of\s+(?:the\s+)?(?:visit|mission|trip|stay)"
    r"|dates(?:\s+of\s+(?:the\s+)?(?:visit|mission|trip|stay))?|period|schedule|방문\s*(?:기간|일정|일시)|기간|일정|일시|日時|訪問\s*(?:期間|日程)"
    r"|期間|日程|访问\s*(?:时间|日期)|fechas(?:\s+de\s+la\s+visita)?|fecha\s+de\s+la\s+visita|dates?\s+de\s+la\s+visite"
    r"|p[ée]riode|zeitraum|besuchstermine?)\s*[:：]\s*\S", re.IGNORECASE)  # a bare "Date:" is the document's own date


def _field_engagement(b: Block, blocks: list[Block], bi: int, default_year: int | None, finder: PlaceFinder,
                      home: PlaceRef, home_char: str) -> EngagementFact | None:
    """A field line giving only the dates ("- 방문 기간: 3월 15일(수) ~ 16일(목)") takes its parties from
    the visit announced just before it (a sentence or an e-mail subject naming a delegation)."""
    if b.kind in ("header", "table_cell") or not _FIELD.match(b.text) or len(b.text) > 160:
        return None
    dates = find_dates(b.text, default_year)
    if not dates or any(not same_place(m.place, home) for m in finder.find(b.text) if m.place is not None):
        return None
    for prev in reversed(blocks[max(0, bi - 4):bi]):
        for sent in reversed(_passages(prev)):
            t = re.sub(r"[_*]", " ", sent.text)
            trig = _TRIGGER.search(t)
            comes_home = _comes_home(t, home_char)
            if not (trig or comes_home) or find_dates(t, default_year):
                continue
            if not _DIPLOMAT.search(t) and not any(m.place is not None and not same_place(m.place, home) for m in finder.find(t)) \
                    and not partner_mentions(t, finder):
                if _ANNOUNCE.match(prev.text):
                    return None  # the nearest announced visit names no place we know: not an earlier one's
                continue
            joined = f"{t} ({b.text.strip()})"
            trig = _TRIGGER.search(joined)
            return _engagement(joined, trig, comes_home, find_dates(joined, default_year), finder, home, blocks, bi)
    return None


# a line announcing an item of a report ("○ 시장 일본 무나카타시 방문", "■ Visit of …")
_ANNOUNCE = re.compile(r"^\s*(?:[○◯●◎■□▶▷◆◇•·▪]|[0-9]+[.)]|[①-⑳])")


def _passages(b: Block, text: str | None = None):
    """Sentences of a block; of an e-mail header only the subject line (its Date: is not a visit)."""
    if b.kind != "header":
        return _split_sub_items(_keep_ordinal_days(sentences(b.text if text is None else text), b.text if text is None else text))
    out = []
    pos = 0
    for line in b.text.split("\n"):
        if re.match(r"\s*(?:Subject|Betreff|Objet|Asunto|제목|件名|主题)\s*:", line, re.IGNORECASE):
            out.extend(sentences(line, base=pos))
        pos += len(line) + 1
    return out


# a numbered sub-item starting a line inside a block ("2.1 …", "๒.๒ …", "(b) …"): a passage of its own (Thai, Lao,
# Burmese and Khmer write no full stop between them)
_SUB_ITEM = re.compile(r"\n[ \t]*(?=(?:[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+\.?|\([a-z0-9๐-๙]{1,2}\)|[a-z]\))\s"
                       # a numbered decision of minutes ("47/5 Il-Kunsill approva …", "12/3 The Council agreed …"): not a date
                       r"|[0-9]{1,4}/[0-9]{1,3}\s+(?-i:[A-ZÀ-ÞĦĠŻĊ]))")


def _split_sub_items(spans):
    out = []
    for sp in spans:
        cuts = [0] + [m.start() + 1 for m in _SUB_ITEM.finditer(sp.text)] + [len(sp.text)]
        if len(cuts) == 2:
            out.append(sp)
            continue
        for a, z in zip(cuts, cuts[1:]):
            if sp.text[a:z].strip():
                out.append(type(sp)(text=sp.text[a:z], start=sp.start + a, end=sp.start + z))
    return out


def _keep_ordinal_days(spans, text: str):
    """"Vom 4. bis 6. Juni 2024": a day written as an ordinal ("6.") before a month does not end a sentence;
    nor does an abbreviated month before its day ("Sept. 16–18"), nor a year's abbreviation ("5 июня 2024 г.")."""
    out = []
    for sp in spans:
        prev_text = out[-1].text.rstrip() if out else ""
        if out and ((re.search(r"(?<![\d.])[0-3]?\d\.$", prev_text) and starts_with_month(sp.text))
                    or (ends_with_month_abbreviation(prev_text) and re.match(r"\W*[0-3]?\d(?!\d)", sp.text))
                    or _YEAR_ABBR_END.search(prev_text) or _date_only_ordinal_year(prev_text) or _dotted_date_only(prev_text)):
            prev = out.pop()
            out.append(type(prev)(text=text[prev.start:sp.end], start=prev.start, end=sp.end))
        else:
            out.append(sp)
    return out


_MD_CELL = re.compile(r"\s*(1[0-2]|0?[1-9])\.(?:\s([0-3]?\d)\.?|([0-3]?\d)\.)\s*")  # "3. 12.", "3. 12", "3.12." (not "11.5")


def _cell_days(cells: list[Block], base: int, t: str, year: int, dates: list[DateMention]) -> list[DateMention]:
    """A table cell that is nothing but a dotted month and day ("3. 12.", "3.12."), the column of a visits log's dates
    ("일자", "日付"): a day of the document's year (a number of a list is no cell of its own with a dot inside)."""
    out = []
    for c in cells:
        m = _MD_CELL.fullmatch(c.text)
        s = c.start - base
        if m is None or not 0 <= s < len(t) or any(d.s < s + len(c.text) and s < d.e for d in dates):
            continue
        try:
            iso = date(year, int(m.group(1)), int(m.group(2) or m.group(3))).isoformat()
        except ValueError:
            continue
        out.append(DateMention(iso, iso, s, s + len(c.text.rstrip()), c.text.strip(), False, "day"))
    return out


def _dotted_date_only(t: str) -> bool:
    """"2025. 11. 24. ~ 11. 27." before "시장 브리즈번 방문" (a Korean or Japanese agenda line): a span that is nothing but a
    date ending in its dotted day is the start of the line's sentence, not a sentence of its own."""
    if not re.search(r"\d\.\s*(?:[(（][^()（）]{1,4}[)）])?$", t):
        return False
    found = find_dates(t, 2000)  # any year: only whether the span is a date is asked
    if not found:
        return False
    rest = "".join(t[a:z] for a, z in zip([0] + [d.e for d in found], [d.s for d in found] + [len(t)]))
    return not re.search(r"[^\W\d_]", rest)


def _date_only_ordinal_year(t: str) -> bool:
    """"Od 3. do 5. lipnja 2025." before "Zagreb je posjetilo …": a year written as an ordinal (Croatian, Serbian,
    Bosnian, Slovene, Hungarian, Latvian) ends a sentence that is nothing but the date; the sentence goes on."""
    if not _ORDINAL_YEAR_END.search(t):
        return False
    found = find_dates(t)
    if not found:
        return False
    rest = t[:found[0].s] + t[found[-1].e:]
    return len(re.findall(r"[^\W\d_]+", rest)) <= 2 and found[-1].e >= len(t) - 2


_ORDINAL_YEAR_END = re.compile(r"(?<![\d.])[0-3]?\d\.?\s+[^\W\d_]+\s+\d{4}\.$|(?<!\d)\d{4}\.\s*(?:godine\.)?$")


# "2024 г.", "2025 р.", "2024 r.", "2025-ж." (year in Russian, Ukrainian, Polish, Kazakh and Kyrgyz) do not end a sentence
_YEAR_ABBR_END = re.compile(r"(?<!\d)\d{4}\s*-?\s*(?:гг?|рр?|r|ж)\.$")


_TR_SUFFIX = re.compile(r"(?<=[^\W\d_])['’](?:y?[ıiuü]|y?[ae]|[dt][ae]n?|n?[ıiuü]n|y?l[ae]|[ıiuü]nd[ae]n?)(?![^\W\d_])")


_POSSESSIVE_INSIDE = re.compile(r"[^\W\d_]['’]s\s+[A-ZÀ-Þ]")


def place_mentions(t: str, finder: PlaceFinder, dates: list[DateMention] = ()) -> list[PlaceMention]:
    """The places of a visit sentence: ``finder.find`` with possessives and Turkish case endings blanked, without
    the names that are part of a date ("19–20 Mei 2025": Mei is May, not Meizhou) or the "from" before one ("Van 3 tot
    5 juni"), or a city word or title here
    ("delegasi Kota Kochi", "Wali Kota": lexicon.NOT_A_PLACE)."""
    no_tr = _TR_SUFFIX.sub(lambda m: " " * len(m.group(0)), t)
    mentions = finder.find(re.sub(r"(?<=[^\W\d_])['’]s\b", "  ", no_tr), include_countries=True)
    if _POSSESSIVE_INSIDE.search(no_tr):
        # a name that holds a possessive ("People's Republic of China", "Martha's Vineyard") is read whole, not as
        # the shorter name after it ("Republic of China")
        whole = [m for m in finder.find(no_tr, include_countries=True) if re.search(r"['’]s\s", m.text)]
        if whole:
            mentions = sorted([m for m in mentions if not any(m.start < w.end and w.start < m.end for w in whole)] + whole,
                              key=lambda m: m.start)
    blocked = [(m.start(), m.end()) for m in _NOT_A_PLACE.finditer(t)] + [(d.s, d.e) for d in dates]
    for d in dates:  # the "from" before a range's first day is no place ("Van 3 tot 5 juni": Dutch "from", not Van)
        before = FROM_DAY.search(t[max(0, d.s - 16):d.s])
        if before:
            blocked.append((d.s - len(before.group(0)), d.s))
    return [_city_of_country_name(t, city_state(m), finder) for m in mentions if not any(m.start < e and s < m.end for s, e in blocked)]


# a city word right before a name ("مدينة تونس", "أمانة عمّان", "the City of Luxembourg", "ville de Djibouti", "Ciudad de
# Panamá", "Stadt Luxemburg"): the city, though the name alone is its country's (تونس is Tunisia and Tunis)
_CITY_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _any(lex.CITY_WORDS) + r"|أمانة|امانة)\s*(?:of|de|di|du|d['’]|von|do|da)?\s*$", re.IGNORECASE)


def _city_of_country_name(t: str, m: PlaceMention, finder: PlaceFinder) -> PlaceMention:
    best = m.resolution.best
    if best is None or best.kind != "country" or not _CITY_BEFORE.search(t[max(0, m.start - 24):m.start]):
        return m
    r = finder.resolve(m.text, country=best.country_code, prefer_kind="city")
    if r.best is not None and r.best.kind == "city" and r.best.country_code == best.country_code and not r.ambiguous:
        return dataclasses.replace(m, resolution=r)
    return m


_CITY_STATES = frozenset({"SG", "MC", "VA"})


def city_state(m: PlaceMention) -> PlaceMention:
    """A city-state named in a visit ("싱가포르 출장", "visit to Singapore", "新加坡"): the city, not the country (a visit
    is to a city; a country is context only)."""
    best = m.resolution.best
    if best is None or best.kind != "country" or best.country_code not in _CITY_STATES:
        return m
    city = next((a for a in m.resolution.alternatives if a.kind == "city" and a.country_code == best.country_code), None)
    if city is None:
        return m
    return dataclasses.replace(m, resolution=dataclasses.replace(m.resolution, best=city, ambiguous=False))


def _engagement(t: str, trig, comes_home: bool, dates: list[DateMention], finder: PlaceFinder, home: PlaceRef,
                blocks: list[Block], bi: int, row: bool = False) -> EngagementFact | None:
    if not dates:
        return None  # a date read in a line alone may not be read again inside a joined heading and line
    # a possessive is not part of the name ("Denver's Regional Transportation District"); same length
    # nor is a Turkish case ending after an apostrophe ("Bursa'yı", "Darmstadt'a", "Kiel'de"): blanked, same length
    mentions = place_mentions(t, finder, dates)
    if not any(m.place is not None and m.place.kind not in ("country", "region") and not same_place(m.place, home)
               for m in mentions):
        # no other city recognised: the document's own partners, by the name as written or an inflected form of it
        # ("делегация Пловдива", "delegację Hanoweru", "타이응우옌시" listed with its country)
        mentions = sorted(mentions + partner_mentions(t, finder, [(m.start, m.end) for m in mentions if m.place is not None])
                          + partner_by_nationality(t, finder), key=lambda m: m.start)
    visiting: list[PlaceRef] = []
    host: PlaceRef | None = None
    countries = [m for m in mentions if m.resolution.best is not None and m.resolution.best.kind == "country"]
    places = [m for m in mentions if m not in countries and m.place is not None]
    places = [m for m in places if not _bracketed_region(t, m, places)]
    anchor = trig.start() if trig else max(0, min((i for i in (t.find(c) for c in "来來访訪") if i >= 0), default=0))
    diplomat = _DIPLOMAT.search(t)
    envoy = envoy_of(t, diplomat, countries, finder, home)
    if envoy is None and diplomat is not None and all(same_place(m.place, home) for m in places) and (_MEETING.search(t) or _RECEIVED.search(t)):
        envoy = _document_envoy(blocks, finder)  # "The Consul General … a courtesy call": the consulate the document names
    if envoy is not None and (_MEETING.search(t) or _RECEIVED.search(t) or trig):
        # a meeting with a consul or an ambassador: the visiting party is the country represented, met at home
        date = _best_date(t, dates, diplomat.start())
        return EngagementFact(kind="meeting", title=f"Meeting with the representation of {envoy.name} in {home.name}",
                              visiting=[envoy], host=home, start=date.start, end=date.end, confidence=0.7)
    meeting = bool(_MEETING.search(t)) and diplomat is not None and bool(countries)
    row_others = [m.place for m in places if not same_place(m.place, home)]
    if row and row_others and all(same_place(p, row_others[0]) for p in row_others) \
            and not any(same_place(m.place, home) for m in places) and _OWN_OFFICIAL_VISIT.search(t):
        # a row of an exchanges table whose visit is an official's, no city name before the title, in a cell of its
        # own ("サンノゼ市 | 市長訪問（記念式典） | 2025年7月"): the table's own city went, the row's partner hosted
        date = _best_date(t, dates, anchor)
        return EngagementFact(kind="outgoing", title=f"{home.name} delegation to {row_others[0].name}", visiting=[home],
                              host=row_others[0], start=date.start, end=date.end, confidence=0.75)
    abroad = _received_abroad(t, places, countries, home, dates) if not row else None
    if abroad is not None:
        return abroad
    host_m = None
    previous = None  # the last visiting party: the next place of its list is one too ("delegations from X, Y and Z")
    for m in places:
        roles = _roles(t, m, mentions)
        gap = t[previous.end:m.start] if previous is not None and previous.end <= m.start else None
        # (not the home city right after a visiting party with nothing between: the object of a verb put first, "besøgte
        # en delegation fra Kiel Aarhus", "heimsótti sendinefnd frá Lahti Akureyri")
        if not roles and gap is not None and (LIST_AND.fullmatch(gap) or _LIST_MORE.fullmatch(gap)) \
                and (gap.strip() or not same_place(m.place, home)):
            roles = {"visiting"}
        if "host" in roles and host is None:
            host = m.place
            anchor = m.start
            host_m = m
        elif "visiting" in roles and not any(same_place(v, m.place) for v in visiting):
            visiting.append(m.place)
        previous = m if "visiting" in roles and "host" not in roles else None
    if host is None and len(visiting) >= 2 and any(same_place(v, home) for v in visiting) \
            and (_RECEIVED.search(t) or _RECEIVED_TRADITIONAL.search(t)):
        # "대전시장은 … 선양시 부시장 일행을 접견", "福岡市長は…の表敬訪問を受けた": the home city's own mayor received the
        # other party, at home
        visiting = [v for v in visiting if not same_place(v, home)]
        host = home
    if host is None and len(visiting) >= 2:
        # "Le maire de Lyon a reçu … le maire de Milan", "The Mayor of Leeds received the Mayor of Dortmund": of the
        # officials named, the one before the reception verb received the one after it
        received = _RECEIVED.search(t)
        if received is not None:
            named = [m for m in places if any(same_place(m.place, v) for v in visiting)]
            before = {m.place.key for m in named if m.end <= received.start()}
            if len(before) == 1 and any(m.start >= received.end() for m in named):
                host = next(m.place for m in named if m.place.key in before)
                visiting = [v for v in visiting if not same_place(v, host)]
    online = _ONLINE.search(t) is not None
    if online and host is None:
        # an online meeting: the other city's party met the home city's, wherever each sat
        met = [v for v in visiting if not same_place(v, home)]
        if not met and not visiting:
            distinct = {m.place.key: m.place for m in places if not same_place(m.place, home)}
            met = list(distinct.values()) if len(distinct) == 1 else []
        if met:
            host, visiting = home, met
    also = _more_hosts(t, host_m, places, countries, mentions, home) if host_m is not None else []
    presence = _presence(t)
    if presence and host is None and not meeting:
        # an event attended, a stay: the place after the preposition hosts; the home city went, unless a party from
        # elsewhere is named before the verb ("Delegates from X attended the forum in <home>")
        at = next((m for m in places if m.start == presence.end()), None)
        if at is not None:
            host = at.place
            if not same_place(host, home) and not any(
                    m.start < presence.start() and not same_place(m.place, home) and any(same_place(m.place, v) for v in visiting)
                    for m in places):
                visiting = [home]
        elif trig is not None and trig.re is _PRESENCE:
            return None  # no place where the event was
    if comes_home and host is None:
        host = home
    if meeting:
        country = countries[0].resolution.best
        host = host or home
        if not same_place(host, home) and not any(same_place(p.place, home) for p in places):
            return None
        date = _best_date(t, dates, anchor)
        return EngagementFact(kind="meeting", title=f"Meeting with the representation of {country.name} in {host.name}",
                              visiting=[country], host=host, start=date.start, end=date.end, confidence=0.7)
    others = [m.place for m in places if not same_place(m.place, home)]
    attends = _ATTEND_ANY.search(t) is not None and not _A_DELEGATION.search(t)  # not a delegation's arrival read with it
    if (_home_acts(t, home, finder) or attends) and host is None and not any(not same_place(v, home) for v in visiting):
        # "una delegazione genovese si è recata a …", "本市職員が出席": the home city goes to the one other place
        distinct = [p for i, p in enumerate(others) if not any(same_place(p, q) for q in others[:i])]
        if len(distinct) == 1:
            host, visiting = distinct[0], [home]
    if host is None and visiting and all(same_place(v, home) for v in visiting) and not online:
        # the home city's own delegation with no host cue ("led a Houston energy delegation … to a trade fair in
        # Stavanger"): it went to the one other city named
        distinct = [p for i, p in enumerate(others) if p.kind not in ("country", "region")
                    and not any(same_place(p, q) for q in others[:i])]
        if len(distinct) == 1:
            host = distinct[0]
    if not visiting and host is None:
        # only names: the home city plus one other place
        homes = [m for m in places if same_place(m.place, home)]
        distinct = [p for i, p in enumerate(others) if not any(same_place(p, q) for q in others[:i])]
        if row and len(distinct) == 1 and not homes and _ROW_ABROAD.search(t) and not _ROW_RECEIVED.search(t):
            # a row that names trips abroad ("महापौर/पार्षदों की विदेश यात्रा | … सियोल …", "Overseas trips | … Lyon"): the
            # home city went
            visiting, host = [home], distinct[0]
        elif row and len(distinct) == 1 and not homes:
            # a row of an exchanges table (date | partner | what happened): the partner came, unless the home city acted
            visiting, host = [distinct[0]], home
        elif len(others) == 1 and homes:
            visiting = [others[0]]
            host = home
        elif not others and homes:
            host = home
            visiting = _run_in_place(t, blocks, bi, finder, home) or _participants_nearby(blocks, bi, finder, home) \
                or _saluted(t, blocks, bi, finder, home)
            if not visiting:
                return None
        elif not others and not homes and _run_in_place(t, blocks, bi, finder, home) and (_A_DELEGATION.search(t) or trig):
            # a paragraph under a run-in name ("Ulsan. A 14-member delegation was here …", "Stavanger — ONS 2026. The
            # Director led a delegation … to the fair"): that city is the other party; received at home unless a heading
            # of trips abroad turns it round (engagement_model._heading_direction)
            visiting, host = _run_in_place(t, blocks, bi, finder, home), home
        else:
            return None
    if host is None:
        host = home if not any(same_place(v, home) for v in visiting) else None
        if host is None:
            return None
    if not visiting:
        if same_place(host, home):
            others = [m.place for m in places if not same_place(m.place, home)]
            # a region written with its city ("米国アリゾナ州フェニックス市から"): the city came
            others = [p for p in others if not (p.kind == "region" and any(q is not p and finder.holds(p, q) for q in others))]
            visiting = others[:1] or _run_in_place(t, blocks, bi, finder, home) or _participants_nearby(blocks, bi, finder, home) \
                or _saluted(t, blocks, bi, finder, home)
            if not visiting:
                return None
        else:
            visiting = [home]
    visiting = [v for v in visiting if not same_place(v, host)]
    # a region written with its city ("米国アリゾナ州フェニックス市", "Phoenix, Arizona"): where the visitor lies, not a
    # second visiting party
    visiting = [v for v in visiting if not (v.kind == "region" and any(w is not v and finder.holds(v, w) for w in visiting))]
    if not visiting:
        return None
    if same_place(host, home):
        # several partners' delegations at once: an event at home (the gold's convention), not one partner's visit
        kind = "event" if sum(1 for v in visiting if v.kind != "country") >= 2 else "incoming"
    elif any(same_place(v, home) for v in visiting):
        kind = "outgoing"
    else:
        return None  # between other cities: context, not an engagement of the home city
    date = _arrival_departure(t, dates) or _best_date(t, dates, anchor)
    if online and kind in ("incoming", "outgoing"):
        # held online: a meeting with the other city, seen from home
        other = host if kind == "outgoing" else None
        if other is not None:
            visiting, host = [other], home
        return EngagementFact(kind="meeting", title=f"Online meeting with {', '.join(v.name for v in visiting)}",
                              visiting=visiting, host=host, start=date.start, end=date.end, confidence=0.75)
    names = ", ".join(v.name for v in visiting)
    title = f"{names} delegation to {host.name}"
    full = date.precision == "day" and date.has_year
    fact = EngagementFact(kind=kind, title=title, visiting=visiting, host=host, start=date.start, end=date.end,
                          confidence=0.9 if full else 0.75)
    if kind == "outgoing" and also:
        # a trip to several places ("出访荷兰奈梅亨市、德国康斯坦茨市", "visited Lyon and Turin"): one visit to each
        fact.also = [EngagementFact(kind=kind, title=f"{names} delegation to {p.name}", visiting=list(visiting), host=p,
                                    start=date.start, end=date.end, confidence=fact.confidence) for p in also]
    return fact


# a run-in name opening a paragraph: "Ulsan. A delegation …", "Stavanger — ONS 2026. …", "3.1 Lyon: …", "Brno. Le directeur …"
_RUN_IN = re.compile(r"^\s*(?:[-–•*·]\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<name>[^\W\d_][^.:;—–\n]{0,40}?)\s*(?:\.\s|\s[—–]\s|[:：]\s?)")


def _run_in_place(t: str, blocks: list[Block], bi: int, finder: PlaceFinder, home: PlaceRef) -> list[PlaceRef]:
    """The one other place a paragraph's run-in name gives, when the passage ``t`` is not that name itself."""
    if not 0 <= bi < len(blocks) or blocks[bi].kind not in ("paragraph", "list_item"):
        return []
    m = _RUN_IN.match(blocks[bi].text or "")
    if m is None or t.lstrip().startswith(m.group("name")):
        return []
    found = [x.place for x in place_mentions(m.group("name"), finder) if x.place is not None and x.place.kind != "country"
             and not same_place(x.place, home)]
    if len(found) != 1 or len(m.group("name").split()) > 4:
        return []
    return found


# an arrival and a departure, each with its day: "arrived on Sunday 1 June and left on Tuesday 3 June 2025", "llegó el 3
# de junio y partió el 5", "est arrivée le 3 juin et repartie le 5 juin", "kam am 3. Juni an und reiste am 5. Juni ab"
_ARRIVED = re.compile(r"\b(?:arriv(?:ed|es|ing|al)|llegó|llegaron|llegada|arrivée?s?|arrivant|kam(?:en)?|eingetroffen|Ankunft|anreis\w*)\b",
                      re.IGNORECASE)
_LEFT = re.compile(r"\b(?:left|depart(?:ed|s|ing|ure)|partió|partieron|salió|salieron|regres[óa]\w*|repartie?s?|quitt[ée]\w*|départ"
                   r"|(?:ab|zurück)gereist|reisten?\b(?:[^.;]|(?<=\d)\.){0,40}?\bab|Abreise|Rückreise)\b", re.IGNORECASE)


def _arrival_departure(t: str, dates: list[DateMention]) -> DateMention | None:
    """The days of a stay told by its arrival and its departure, each dated, in that order: from the first to the
    second (at most a month apart)."""
    arrived, left = _ARRIVED.search(t), _LEFT.search(t)
    if arrived is None or left is None or left.start() < arrived.end():
        return None
    first = [d for d in dates if d.precision == "day" and arrived.end() <= d.s < left.start()]
    second = [d for d in dates if d.precision == "day" and d.s >= left.start()]
    if len(first) != 1 or not second or first[0].is_range or second[0].is_range:
        return None
    a, b = first[0], second[0]
    try:
        if not 0 < (date.fromisoformat(b.start) - date.fromisoformat(a.start)).days <= 31:
            return None
    except ValueError:
        return None
    return DateMention(a.start, b.end, a.s, b.e, t[a.s:b.e], a.has_year and b.has_year, "day")


_OPEN_BRACKET = re.compile(r"[^\S\n]*[(（][^\S\n]*")


def _bracketed_region(t: str, m: PlaceMention, places: list[PlaceMention]) -> bool:
    """A region in brackets right after a city ("Columbus (Ohio)", "Kansas City (Missouri)"): where the city lies."""
    if m.place is None or m.place.kind != "region" or not t[m.end:m.end + 3].lstrip().startswith((")", "）")):
        return False
    return any(p is not m and p.end <= m.start and p.place is not None and p.place.kind == "city"
               and _OPEN_BRACKET.fullmatch(t[p.end:m.start]) for p in places)


def _more_hosts(t: str, host_m: PlaceMention, places: list[PlaceMention], countries: list[PlaceMention],
                mentions: list[PlaceMention], home: PlaceRef) -> list[PlaceRef]:
    """The places listed right after the host, with no role of their own: "visited Lyon and Turin", "出访荷兰奈梅亨市、
    德国康斯坦茨市" (a country before each city is skipped)."""
    out: list[PlaceRef] = []
    prev = host_m
    for m in places:
        if m.start < prev.end:
            continue
        gap = t[prev.end:m.start]
        for c in countries:  # "、德国": the country of the next city
            if prev.end <= c.start and c.end <= m.start:
                gap = gap.replace(c.text, "", 1)
        gap = re.sub(r"^[市县縣区區州시군]", "", gap)  # the city word written after a CJK or Hangul name
        if not LIST_AND.fullmatch(gap) or not gap.strip() or _roles(t, m, mentions) or same_place(m.place, home) \
                or same_place(m.place, host_m.place) or any(same_place(m.place, p) for p in out):
            break
        out.append(m.place)
        prev = m
    return out


# between two places of one list: a comma or "and", after an aside in parentheses ("Cusco (Peru, 5 persons), Sagae")
LIST_AND = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*(?:,|;|、|，|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\ba\b|\boch\b|\bog\b"
                      r"|\bja\b|\bés\b|\bși\b|\bsi\b|\bve\b|\bи\b|\bі\b|\bта\b|및|와|과|及|和|と)?\s*(?:,\s*)?(?:\band\s+)?",
                      re.IGNORECASE)


# ---------------------------------------------------------------- the document's own partners, inflected

# capitalised words of alphabetic scripts, and runs of Hangul or CJK characters
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЄІЇҐΑ-ΩΆ-Ώ][\w\-]{3,}|[\uac00-\ud7a3]{2,}|[\u30a0-\u30ff\u4e00-\u9fff]{2,}"
                        r"|[\u1200-\u135a]{3,}|[\u0900-\u0963\u0971-\u097f]{3,}")
# the prepositions Amharic writes on a word (ከ from, በ in, የ of, ለ for, እስከ until, ወደ to) and its object ending -ን; the
# case endings Marathi writes on a name (-ला to, -चा/-ची/-चे/-च्या of, -ने by, -हून from, -मध्ये/-त in, -शी with)
_ETHIOPIC_PREFIXES = ("እስከ", "ወደ", "ከ", "በ", "የ", "ለ")
_MARATHI_ENDINGS = ("मध्ये", "च्या", "हून", "ला", "चा", "ची", "चे", "ने", "शी", "त")
# case endings of place names (lexicon.NAME_CASE_ENDINGS: Slavic, Greek, Baltic, Finnish, Hungarian, Estonian, Swedish)
_CASE_ENDINGS = list(dict.fromkeys(pair for pairs in lex.NAME_CASE_ENDINGS.values() for pair in pairs))
_HANGUL_PARTICLES = ("에서는", "에서", "으로", "로", "와", "과", "은", "는", "이", "가", "을", "를", "의", "에", "측")


def _base_forms(word: str) -> list[str]:
    out = [word]
    if "\u1200" <= word[0] <= "\u135a":
        stems = [word] + [word[len(p):] for p in _ETHIOPIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= 2]
        out += stems[1:] + [s[:-1] for s in stems if s.endswith("ን") and len(s) >= 4]
    elif "\u0900" <= word[0] <= "\u097f":
        out += [word[:-len(e)] for e in _MARATHI_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    elif re.match(r"[\uac00-\ud7a3]", word):
        out += [word[:-len(p)] for p in _HANGUL_PARTICLES if word.endswith(p) and len(word) - len(p) >= 2]
    elif re.match(r"[^\W\d_]", word) and ord(word[0]) < 0x2E80:
        stem = 3  # the document's own partners only: short names too ("Πάφου" → Πάφος, "з Бона" → Бон)
        out += [word[:-len(e)] + r for e, r in _CASE_ENDINGS if word.lower().endswith(e) and len(word) - len(e) >= stem]
        # the Slavic mobile e, lost before an ending: Miškovca → Miškovec, Chełmka → Chełmek, Брецка → Брецек
        mobile = _MOBILE_E.match(word)
        if mobile:
            out.append(mobile.group(1) + "e" + mobile.group(2))
    return list(dict.fromkeys(out))


_MOBILE_E = re.compile(r"^(\w{3,}[^\W\d_aeiouyáéíóúýěåäöüąęаеиоуыэюяіїє])([ckкц])(?:a|u|om|em|i|ом|ем|а|у|и)$", re.IGNORECASE)


def _partner_refs(finder: PlaceFinder) -> dict[str, PlaceRef]:
    cache = getattr(finder, "_partner_refs", None)
    keys = frozenset(finder.known_partner_keys)
    if cache is None or cache[0] != keys:
        refs = {}
        for k in keys:
            try:
                ref = finder.g.get(k)
            except Exception:  # noqa: BLE001 - a gazetteer failure must not stop the extraction
                ref = None
            if ref is not None:
                refs[k] = ref
        cache = (keys, refs)
        finder._partner_refs = cache
    return cache[1]


def _seen_city(ref: PlaceRef, finder: PlaceFinder) -> bool:
    """A city the document names as written elsewhere ("Baku" once seen makes "iz Bakuja" readable)."""
    return ref.kind == "city" and ref.key in getattr(finder, "_seen_keys", ())


def partner_mentions(t: str, finder: PlaceFinder, taken: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Names in ``t`` that are the document's own partners (``finder.known_partner_keys``) only once an inflection
    is undone ("Пловдива" → Пловдив, "Hanoweru" → Hanower) or once the partner's country is given ("타이응우옌시",
    found within Vietnam), or a city the document names as written elsewhere once an inflection is undone
    ("Bakuja" after "Baku"): a fallback for visits whose other party the finder does not see."""
    refs = _partner_refs(finder)
    if not refs and not getattr(finder, "_seen_keys", None):
        return []
    countries = sorted({r.country_code for r in refs.values() if r.country_code})
    listed = getattr(finder, "listed_names", {})
    out: list[PlaceMention] = []
    for m in _NAME_WORD.finditer(t):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        for cand in _base_forms(m.group(0)):
            hit = None
            ref = listed.get(cand)
            if ref is not None and ref.key in refs:
                out.append(PlaceMention(m.group(0), m.start(), m.end(),
                                        Resolution(cand, ref, 0.8, False, [], "resolved", "a partner the document lists so")))
                break
            r = finder.resolve(cand)
            if r.best is not None and (r.best.key in refs or cand != m.group(0) and _seen_city(r.best, finder)):
                hit = r
            else:
                for cc in countries:
                    r = finder.resolve(cand, country=cc)
                    if r.best is not None and r.best.key in refs:
                        hit = r
                        break
            if hit is not None:
                if hit.ambiguous:
                    hit = type(hit)(hit.query, hit.best, hit.confidence, False, hit.alternatives, hit.status, hit.reason)
                out.append(PlaceMention(m.group(0), m.start(), m.end(), hit))
                break
    return out


_TOWN_NOUN = r"(?:" + _any(lex.PARTNER_TOWN_WORDS) + r")"
_OWN_PARTNER = re.compile(r"(?<![^\W\d_])(?:" + _any(lex.OWN_WORDS) + r")\s+(?:(?P<adj>[^\W\d_]{4,})\s+" + _TOWN_NOUN
                          + r"|" + _TOWN_NOUN + r"\s+(?P<adj2>[^\W\d_]{4,}))(?![^\W\d_])", re.IGNORECASE)


def partner_by_nationality(t: str, finder: PlaceFinder) -> list[PlaceMention]:
    """A partner town named by its country's adjective ("de delegatie van onze Japanse zusterstad", "our Japanese sister
    city"): the document's one partner in that country (``finder.known_partner_keys``), as a mention of the whole phrase."""
    refs = _partner_refs(finder)
    if not refs:
        return []
    out = []
    for m in _OWN_PARTNER.finditer(t):
        adj = m.group("adj") or m.group("adj2")
        cc = None
        for cut in range(0, min(5, len(adj) - 3)):  # "Japanse" -> Japans, "japonaise" -> japon
            cc = finder.country_code(adj[:len(adj) - cut] if cut else adj)
            if cc:
                break
        in_country = [r for r in refs.values() if cc and r.country_code == cc and r.kind == "city"]
        if len(in_country) != 1:
            continue
        r = finder.resolve(in_country[0].name, country=cc)
        if r.best is not None and r.best.key == in_country[0].key:
            out.append(PlaceMention(m.group(0), m.start(), m.end(), r))
    # a Hungarian adjective of a partner town before the delegation ("a paderborni küldöttség": of Paderborn)
    for m in _HU_TOWN_ADJ.finditer(t):
        base = inflection.fold(m.group(1))
        for ref in refs.values():
            if ref.kind == "city" and inflection.fold(ref.name) == base:
                r = finder.resolve(ref.name, country=ref.country_code)
                if r.best is not None and r.best.key == ref.key:
                    out.append(PlaceMention(m.group(1) + "i", m.start(1), m.end(1) + 1, r))
                break
    return out


_HU_TOWN_ADJ = re.compile(r"(?<![^\W\d_])([a-záéíóöőúüű][a-záéíóöőúüű\-]{2,})i\s+(?=(?:küldöttség|delegáci|polgármester)\w*)")


# an official's visit with no name before the title: the table's own city went ("市長訪問（…式典）", "시장 방문", "Mayor's visit")
_OWN_OFFICIAL_VISIT = re.compile(r"(?:^|(?<=[\s|（(「『・]))(?:副?市長|市議会議長|議長|知事|부?시장|의장|(?:deputy\s+|lord\s+)?mayor(?:['’]s)?)"
                                 r"\s*(?:の|일행|一行)?\s*(?:訪問|방문|visit|official\s+visit)(?![団團团단])", re.IGNORECASE)
_RECEIVED = lex.Alternation(lex.RECEIVED_WORDS)
_RECEIVED_TRADITIONAL = re.compile(r"會見|接见|接見")  # Traditional Chinese beside the lexicon's 会见
# the home city as the actor without its name: "本市", "우리 시", a demonym next to a delegation word (Kölner Delegation)
_HOME_ACTOR = lex.Alternation(lex.HOME_ACTOR_WORDS)
_DELEGATION_WORD = re.compile(r"delegat\w*|d[ée]l[ée]gation|delegaci[óo]n|delega[çc][ãa]o|delegazione|mission|miss[ãa]o|missione|missie", re.IGNORECASE)


# a passive whose auxiliary opens the verb phrase, the subject before it ("was received", "wurde … empfangen", "fue recibido")
_AUXILIARY_FIRST = re.compile(r"(?:was|were|wurden?|werd(?:en)?|gouf|blev|fue(?:ron)?|fo(?:i|ram|ron)|a\s+été|ont\s+été|è|sono)\b",
                              re.IGNORECASE)


def _received_abroad(t: str, places: list[PlaceMention], countries: list[PlaceMention], home: PlaceRef,
                     dates: list[DateMention]) -> EngagementFact | None:
    """"The Mayor was received in Lille by the Mayor of Lille", "Gradonačelnika je u Bologni primio gradonačelnik
    Bologne": the home city's official received abroad, no delegation named; the one other city of the sentence hosted."""
    m = _RECEIVED_ABROAD.search(t)
    if m is None:
        return None
    # the line that says it (a paragraph of several dated lines is read as one passage)
    lo, hi = t.rfind("\n", 0, m.start()) + 1, t.find("\n", m.end())
    hi = len(t) if hi < 0 else hi
    if _A_DELEGATION.search(t, lo, hi):
        return None
    others = [p.place for p in places if lo <= p.start < hi and not same_place(p.place, home)
              and p.place.kind not in ("country", "region")]
    dates = [d for d in dates if lo <= d.s < hi] or dates
    if not others or any(not same_place(p, others[0]) for p in others):
        return None
    if any(same_place(p.place, home) and m.end() <= p.start < hi for p in places) \
            and any("visiting" in _roles(t, p, places) for p in places if lo <= p.start < m.start() and not same_place(p.place, home)):
        return None  # "Le maire de Leeds a été reçu à l'Hôtel de Ville de Lille": the other city's official was received here
    # the places after the verb: after its auxiliary when it opens the verb ("wurde am 12. Juni im Rathaus empfangen",
    # "was received at City Hall"), else after the verb
    verb = m.start() if _AUXILIARY_FIRST.match(m.group(0)) else m.end()
    after = [p for p in places if verb <= p.start < hi and not same_place(p.place, home)]
    # (a verb that ends its sentence with nothing before it, as in Turkish or Korean, names the host before it: not this case)
    if not after and (verb == m.start() or re.search(r"[^\W\d_]{3,}", t[verb:hi])) and any("visiting" in _roles(t, p, places) for p in places if lo <= p.start < m.start()
                         and not same_place(p.place, home)):
        return None  # "The Mayor of Leipzig was received at City Hall": the other city's official, no city after the verb
    host = others[0]
    date = _best_date(t, dates, m.start())
    return EngagementFact(kind="outgoing", title=f"{home.name} delegation to {host.name}", visiting=[home], host=host,
                          start=date.start, end=date.end, confidence=0.75)


_SEND = lex.Alternation(lex.SEND_DELEGATION_WORDS)
# right after another city's name: it is the subject that decides or sends ("Lyon decided to …", "久留米市决定…", "리옹시는",
# "リヨン市が", "La ville d'Erlangen a décidé", "قررت مدينة")
_SUBJECT_AFTER = re.compile(r"^\s*(?:市|시)?\s*(?:는|은|이|가|は|が|决定|決定|拟|擬|将|將|计划|計劃|同意)"
                            r"|^\s*(?:has\s+|have\s+)?(?:decided|agreed|will|plans|intends|a\s+décidé|décide|decidió|ha\s+decidido"
                            r"|beschloss|hat\s+beschlossen)\b", re.IGNORECASE)


# the home city named as the place where it happened, not as the actor ("本市でホームステイを体験", "우리 시에서", "in our city")
HOME_AS_PLACE = re.compile(r"(?:本市|当市|我市|本県)\s*(?:で|にて|内で|において)|(?:우리\s*시|본\s*시|당\s*시)\s*에서(?!\s*온)"
                            r"|\bin\s+our\s+city\b|\bin\s+unserer\s+Stadt\b|\bdans\s+notre\s+ville\b|\ben\s+nuestra\s+ciudad\b",
                            re.IGNORECASE)


def _home_acts(t: str, home: PlaceRef, finder: PlaceFinder | None = None) -> bool:
    if _HOME_ACTOR.search(t):
        return not HOME_AS_PLACE.search(t)  # "本市でホームステイ": the home city is the place, not the actor
    send = _SEND.search(t)
    if send is not None:
        if finder is None:
            return True
        before = t[:send.start()]
        if not any(m.place is not None and not same_place(m.place, home) and _SUBJECT_AFTER.match(t[m.end:])
                   for m in place_mentions(before, finder)):
            return True
    names = {n.casefold() for n in (home.name, home.name_local) if n and n.isascii() or (n and n[:1].isalpha() and ord(n[0]) < 0x2000)}
    for d in _DELEGATION_WORD.finditer(t):
        near = t[max(0, d.start() - 25):d.end() + 25]
        for w in re.findall(r"[^\W\d_]{4,}", near):
            lw = w.casefold()
            for n in names:
                need = max(3, min(len(n) - 1, 5))
                k = 0
                while k < min(len(lw), len(n)) and lw[k] == n[k]:
                    k += 1
                if k >= need and lw != n and len(lw) > len(n) - 1:
                    return True  # Kölner, genovese, Rotterdamse, lillois
    return False


# "your delegation", "votre délégation", "su delegación", "Ihre Delegation": the addressee's
_YOUR = re.compile(r"\byour\s+(?:city'?s\s+)?(?:delegation|mayor|visit)|\bsu\s+(?:delegaci[óo]n|visita)|\bvotre\s+(?:d[ée]l[ée]gation|visite)"
                   r"|\bihre[nrm]?\s+(?:delegation|besuch)|\bihr\s+besuch", re.IGNORECASE)
# the salutation of a letter: "Dear colleagues in Dortmund,", "Chers collègues de Cork,", "Estimados colegas de Lima,",
# "Liebe Kolleginnen und Kollegen in Köln,"
_SALUTATION = re.compile(r"^\s*(?:dear|chers?|ch[èe]res?|estimad[oa]s?|queridos?|queridas?|apreciad[oa]s?|liebe[rn]?|sehr\s+geehrte[rn]?)\b"
                         r"[^\n]{0,80}$", re.IGNORECASE)


def _saluted(t: str, blocks: list[Block], bi: int, finder: PlaceFinder, home: PlaceRef) -> list[PlaceRef]:
    """In a letter, "your delegation" comes from the one city its salutation names (the blocks just before)."""
    if not _YOUR.search(t):
        return []
    for b in reversed(blocks[max(0, bi - 3):bi]):
        if not _SALUTATION.match(b.text or ""):
            continue
        cities = [m.place for m in finder.find(b.text) if m.place is not None and m.place.kind == "city"
                  and not same_place(m.place, home)]
        return cities[:1] if len({c.key for c in cities}) == 1 else []
    return []


def _participants_nearby(blocks: list[Block], bi: int, finder: PlaceFinder, home: PlaceRef) -> list[PlaceRef]:
    """A visiting party named in the next blocks ("Participants: … the Hanoi People's Committee")."""
    for b in blocks[bi + 1:bi + 3]:
        opening = find_dates((b.text or "")[:40])
        if opening and opening[0].s <= _OPENS_WITH_DATE:
            break  # the next dated item of a timeline ("June 16–19 – A delegation from Gunsan …"): another visit's party
        if not re.search(r"participant|attend|delegat|참석|出席|asistentes|participants|teilnehm", b.text, re.IGNORECASE):
            continue
        for m in finder.find(b.text):
            if m.place is not None and not same_place(m.place, home):
                return [m.place]
    return []


# ---------------------------------------------------------------- tracks and sites

_TRACK = re.compile(r"^(?P<title>[^:：]{3,90})[:：]\s*(?P<body>.+)$", re.DOTALL)
_VISIT_TO = re.compile(r"(?:site\s+)?(?:visits?|visited|visiting|tours?|toured)\s+(?:to|of|at)?\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|la|le|les|el|los|die|der|das)\s+", re.IGNORECASE)


def _tracks(blocks: list[Block], bi: int, index: DocIndex) -> list[TrackFact]:
    """The thematic items right after the visit sentence's block."""
    tracks: list[TrackFact] = []
    j = bi + 1
    while j < len(blocks):
        b = blocks[j]
        if b.kind in ("title", "heading"):
            break
        marker = split_marker(b.text)
        body = b.text[marker.length:]
        m = _TRACK.match(body.strip())
        if not (marker.bullet or b.kind == "list_item") or marker.number is not None or not m:
            break
        title = clean(m.group("title"))
        rest = m.group("body")
        sites: list[SiteFact] = []
        visits = list(_VISIT_TO.finditer(rest))
        desc = rest
        if visits:
            v = visits[-1]
            desc = rest[:v.start()]
            base = b.start + marker.length + (len(body) - len(body.lstrip())) + m.start("body")
            for s_off, e_off, name in _split_sites(rest, v.end()):
                site_themes = _site_themes(name, title, desc)
                sites.append(SiteFact(name=name, themes=site_themes, evidence=index.evidence(base + s_off, base + e_off, b)))
        themes = theme_slugs(f"{title}. {desc}", limit=2) or theme_slugs(rest, limit=2)
        tracks.append(TrackFact(title=title, themes=themes, sites=sites, evidence=index.block_evidence(b)))
        j += 1
    return tracks


_SITE_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|、|\s*;\s*")


def _split_sites(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each site named in ``text[start:]`` ("F1963, KISWIRE and the Suyeong Overpass")."""
    out = []
    pos = start
    for part in _SITE_SEP.split(text[start:]) + [None]:
        if part is None:
            break
        s = pos + (len(part) - len(part.lstrip()))
        core = part.strip()
        art = _ARTICLE.match(core)
        if art:
            s += art.end()
            core = core[art.end():]
        name = core.rstrip(" .")
        if name:
            out.append((s, s + len(name), name))
        pos += len(part)
        sep = _SITE_SEP.match(text, pos)
        if sep:
            pos = sep.end()
    return out


def _site_themes(name: str, title: str, desc: str) -> list[str]:
    own = theme_slugs(name, limit=2)
    track = theme_slugs(f"{title}. {desc}", limit=2)
    out = []
    for s in own + track:
        if s not in out:
            out.append(s)
    return out[:3]


def _dedupe(facts: list[EngagementFact]) -> list[EngagementFact]:
    out: list[EngagementFact] = []
    for f in facts:
        same = next((o for o in out if o.start == f.start and _same_parties(o, f)), None)
        if same is None:
            out.append(f)
        elif not same.tracks and f.tracks:
            same.tracks = f.tracks
    # a visit told again by its month only ("hosted for three days in February" under a table giving Feb. 24–26):
    # the dated one stands, the month-only retelling goes
    out = [f for f in out if not (len(f.start) == 7 and any(
        o is not f and len(o.start) == 10 and o.start[:7] == f.start and _same_parties(o, f) for o in out))]
    # one day of a visit told on its own (a dinner in the delegation's honour on its last day, an agenda's row): the
    # visit of several days with the same parties holds it
    return [f for f in out if not (len(f.start) == 10 and (f.end or f.start) == f.start and any(
        o is not f and len(o.start) == 10 and o.end and o.start < o.end and o.start <= f.start <= o.end
        and o.kind == f.kind and _same_parties(o, f) for o in out))]


def _same_parties(a: EngagementFact, b: EngagementFact) -> bool:
    return a.host is not None and b.host is not None and same_place(a.host, b.host) \
        and {v.key for v in a.visiting} == {v.key for v in b.visiting}


# ---------------------------------------------------------------- exports for the layout-independent fallback (fallback_visits.py)

visit_cue = _visit_cue
VISIT_WORDS = _TRIGGER  # multilingual words that speak of a visit, delegation, mission, trip, reception or meeting
ROW_VISIT_WORDS = _ROW_TRIGGER  # in a table row: attending, taking part
RECEIVED_WORDS = _RECEIVED
visit_units = _units
visit_passages = _passages
visit_dates = _dates
party_roles = _roles
home_acts = _home_acts
comes_home = _comes_home
home_chars = _home_char
document_year = _default_year
section_years = _section_years
best_date = _best_date
headline_dates = _headline_dates
deadline_beside = _deadline
