"""A layout-independent fallback for engagements, run after the structured visit reader (visits.py).

visits.py knows the wordings and layouts someone has written a rule for. This module knows none: in
every block, sentence or table row the reader did not turn into an engagement, it proposes one when
all of these hold:

- the passage speaks of a visit, delegation, mission, trip, reception, meeting or exchange (the
  multilingual word list of visits.py, ``VISIT_WORDS``, plus a few exchange words), or, in a table
  row, of attending;
- it holds **exactly one** date or date range (``dates.find_dates``; year-less dates take the
  section's or the document's year as in visits.py) once these are set aside: publication dates
  ("posted", "published", 보도일시, 発表日 …), deadlines ("by", "deadline", "RSVP", 마감, 締切 …),
  signing dates ("signed on", unterzeichnet, signé, 체결, 締結, 签署 …) and partnership years
  ("twinned since", "established in", a kind word of kinds.py next to the date);
- it names **exactly one** other place resolved confidently (``partners.confident``), not the
  home city, a region holding it, nor a country (countries are context only).

The direction, from the home city's side:

1. the cues of visits.py on the place (``party_roles``: "delegation from X" → incoming, "visit to X"
   → outgoing) and on the home city's own name, and the home city as the actor (``home_acts``:
   "本市", "our delegation", "Kölner Delegation") → outgoing; the home city receiving → incoming;
2. then simple general cues just before or after the place: "to / in / at / nach / à / en / w / в"
   before it, "에 / へ / 赴 / 到" around it → outgoing; "from / of / aus / de / z / из" before it,
   "에서 온 / から / 来自" around it → incoming (two opposite cues cancel);
3. else the majority direction of the engagements the structured reader found in the same document;
4. else incoming.

Proposals carry confidence 0.5 and the title "<visitor> delegation to <host> (fallback)".
"""

from __future__ import annotations

import re
from collections import Counter

from intercity.core.documents.types import ParsedDocument
from intercity.core.extraction.cancellations import cancelled, open_to_visitors
from intercity.core.extraction.dates import find_dates, row_range
from intercity.core.extraction.envoys import _DIPLOMAT, envoy_of
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import confident, same_place
from intercity.core.extraction.status import status_of
from intercity.core.extraction.text import DocIndex
from intercity.core.extraction.types import EngagementFact
from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.lexicon import any_of as _any
from intercity.core.extraction.visits import _PAGE_LINE as PAGE_LINE
from intercity.core.extraction.visits import _SEND as SEND
from intercity.core.extraction.visits import _SUBJECT_AFTER as SUBJECT_AFTER
from intercity.core.extraction.visits import _same_parties
from intercity.core.extraction.visits import HOME_AS_PLACE as _HOME_AS_PLACE
from intercity.core.extraction.visits import (
    RECEIVED_WORDS, ROW_VISIT_WORDS, VISIT_WORDS, comes_home, deadline_beside, document_year, home_acts, home_chars, party_roles,
    partner_mentions, place_mentions, visit_cue, section_years, visit_dates, visit_passages, visit_units,
)
from intercity.core.places.types import PlaceRef

CONFIDENCE = 0.5
MAX_PASSAGE = 600  # characters: a longer sentence is not one visit

# exchange words visits.py does not use as triggers (they are too loose for it, not with a date and one place)
_EXCHANGE = lex.Alternation(lex.EXCHANGE_WORDS)
_STATUS = re.compile(r"\bagreed\b|discuss|\bproposed\b|on\s+hold|suspended|ongoing|in\s+progress|completed|dropped|convenu|en\s+cours"
                     # finished ("The schools essay exchange with Çanakkale finished in May": the item's state, not a visit)
                     r"|\bfinished\b|\bconcluded\b|\bterminée?s?\b|\bachevée?s?\b|\bterminad[oa]s?\b|\bfinalizad[oa]s?\b"
                     r"|\bconclu[íi]d[oa]s?\b|abgeschlossen|\bbeendet\b|완료|종료|終了|完了|已完成|已结束|已結束"
                     r"|acordad|en\s+curso|vereinbart|laufend|concordat|in\s+corso|afgesproken|uzgodnion|합의|협의\s*중|추진\s*중|合意|協議中|商定|推进中",
                     re.IGNORECASE)
# the words before a date that make it no visit's date (window: the 40 characters before it)
_NOT_VISIT = re.compile(
    r"post(?:ed)?|publi(?:shed|é|cado|cato|ziert)|issued|updated|last\s+modified|press\s+release|communiqu|pressemitteilung"
    r"|deadline|\bby\b|\bbefore\b|\buntil\b|no\s+later\s+than|rsvp|register|registration|reply|respond|confirm|submit|due"
    r"|avant\s+le|jusqu|bis\s+(?:zum|spätestens)|frist|antes\s+del?|hasta|entro\s+il|uiterlijk|do\s+dnia|до\s+\d|son\s+tarih"
    r"|sign(?:ed|ing|ature)|unterzeichn|sign[ée]|firm(?:ado|ato|ó|a)|ondertekend|podpisa|подписа|imzal"
    r"|\bmou\b|memorand|draft|agreement|treaty|accord|convenio|acuerdo|vereinbarung|abkommen|convenzione|porozumieni|соглашени|anlaşma|milestone|target"
    r"|협약|양해각서|합의서|协议|協議書|協定|覚書|備忘録|合意書"
    r"|since|seit|depuis|sinds|established|founded|twinned|concluded|gegründet|geschlossen"
    r"|보도|배포|작성|마감|체결|협정|発表|発行|締切|締結|提携|調印|发布|截止|签署|签订|簽署|簽訂|结好|結好|以来|" + _any(lex.NOT_VISIT_DATE_WORDS),
    re.IGNORECASE)
# the words right after a date that make it no visit's date ("2019年締結", "2017년 체결", "2024. 5. 3. 까지")
_NOT_VISIT_AFTER = re.compile(r"^\s*(?:[(（][^)）]{0,6}[)）])?\s*(?:締結|提携|調印|체결|签署|簽署|签订|结好|結好|以来|마감|締切"
                              r"|\s+(?:deadline|signed|signing))", re.IGNORECASE)
# "by 5 May", "until 5 May", "before 5 May": a deadline
_DEADLINE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$", re.IGNORECASE)
def _bounded(table: dict[str, tuple[str, ...]]) -> str:
    """The words of a lexicon table, each a whole word (CJK ones, written without spaces, are not bounded)."""
    words = dict.fromkeys(f for fs in table.values() for f in fs)
    return "|".join(f if "\u2e80" <= f[0] else r"(?<!\w)" + f for f in words)


# "to / from" and the place, a city word between them allowed ("إلى مدينة إشبيلية", "do mesta Mobile")
_CITY_BETWEEN = r"(?:(?:" + lex.any_of(lex.CITY_WORDS) + r")\s+)?"
_OUT_BEFORE = re.compile(r"(?:" + _bounded(lex.TO_PLACE_WORDS) + r")\s*(?:the\s+(?:city\s+of\s+)?)?" + _CITY_BETWEEN + "$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?:" + _bounded(lex.FROM_PLACE_WORDS) + r")\s*(?:the\s+(?:city\s+of\s+)?|la\s+ville\s+de\s+|la\s+ciudad\s+de\s+)?"
                        + _CITY_BETWEEN + "$", re.IGNORECASE)
# glued "to / in": Korean 에, Japanese へ, Georgian -ში ("ბრისტოლში": in Bristol)
# held online, nobody travelled ("코마키시 청소년 교류 온라인 설명회(화상)", "交流会をオンラインで開催", "线上交流", "a virtual
# exchange", "échange en ligne", "Online-Austausch", "intercambio virtual", "لقاء عن بعد"): not a visit (online_meetings.py
# reads the meetings)
_REMOTE = re.compile(r"온라인|화상|비대면|オンライン|ウェブ会議|リモート|线上|線上|视频|視訊|云端|雲端|远程|遠距"
                     r"|(?<!available\s)(?<!published\s)(?<!posted\s)\b(?:online|virtual(?:ly)?|remote(?:ly)?|en\s+ligne|à\s+distance|virtuel(?:le)?s?|virtuell\w*|en\s+l[íi]nea"
                     r"|virtuales?|telem[áa]tic\w*|a\s+distancia|videoconf\w*|visioconf\w*|video\s*(?:call|link|conference)\w*)\b"
                     r"|Online-|عن\s+بعد|افتراضي|عبر\s+(?:الفيديو|تقنية\s+الاتصال)", re.IGNORECASE)
# an exchange of messages, letters, greetings or gifts: nobody travelled ("Christmas message exchange with X", "échange de
# vœux", "Austausch von Grußbotschaften", "intercambio de cartas", "서한 교환", "書簡の交換", "互致贺信")
_MESSAGES = re.compile(r"\b(?:messages?|letters?|greetings?|gifts?|cards?|videos?)\s+exchange|\bexchange\s+of\s+(?:messages|letters|greetings|gifts|cards|videos)"
                       r"|\béchange\s+de\s+(?:messages|lettres|courriers|vœux|voeux|cadeaux)|\bintercambio\s+de\s+(?:mensajes|cartas|saludos|regalos)"
                       r"|(?:Gruß|Gruss|Brief|Geschenk)\w*\s*austausch|\bAustausch\s+von\s+(?:Grußbotschaften|Briefen|Geschenken)"
                       r"|서한\s*교환|축전\s*교환|書簡(?:の)?交換|親書(?:の)?交換|互致(?:贺信|賀信|贺电|賀電)|互赠|互贈", re.IGNORECASE)


def _item_state(t: str) -> bool:
    """A cooperation item's state in any language of ``status.py`` (agreed, in progress, stalled, dropped: "Razmjena
    iskustava … (Istanbul) – u toku"); not "completed" ("took place") nor "proposed", which a visit's sentence may say."""
    return status_of(t, "")[0] in ("agreed", "in_progress", "stalled", "dropped")


# the rest of a venue's capitalised name after a word: "… Chamber", "… Conference Centre", "… Room" (English)
_VENUE_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}?\s+(?-i:Chamber|Room|Hall|Centre|Center|Building|Hotel|Stadium|Arena"
                          r"|Theatre|Theater|Auditorium|Pavilion|Annex|Wing|Suite|Plaza|Campus|Library|Museum)\b")


_ABROAD_WORDS = lex.Alternation(lex.HEADING_OUTBOUND)
_RECEIVED_WORDS_HEAD = lex.Alternation(lex.HEADING_INBOUND)
_ASIDE = re.compile(r"(市|시|県|縣|县|州|省|도)?[^\S\n]*[(（][^()（）\n]{1,40}[)）]")
_OUT_AFTER = re.compile(r"^(?:시|市|県|府)?\s*(?:에(?!서)|へ|に(?:て)?(?:出張|派遣)|로\s*(?:출장|파견))|^ი?ში(?!\w)")
# a Turkish ablative is glued to the name ("Bursa'dan", "Bursadan"); a word after a space is not one (Swedish "i
# Bergen den 20–21 maj": "den" is "the")
_IN_AFTER = re.compile(r"^(?:시|市|県|府)?\s*(?:에서\s*온|から|より)|^['’]?(?:dan|den|tan|ten)\b")




_SINCE_GAP = re.compile(r"^\W{0,4}(?:(?:since|seit|depuis|desde|dal|sinds|od|em|en|in|on|am|le|el)\s+)?\W{0,3}$", re.IGNORECASE)


def _partnership_date(t: str, d) -> bool:
    """A date written right next to a kind word is the tie's ("sister city since 12 May 1985", "2017년 3월 자매결연"); a span
    of days is not ("4월 12일부터 16일까지 자매도시 가든그로브시 방문": a tie is made on one day)."""
    if d.start != d.end and d.precision == "day":
        return False
    for s, e, _k in kind_spans(t[max(0, d.s - 30):d.s]):
        if _SINCE_GAP.match(t[max(0, d.s - 30) + e:d.s]):
            return True
    for s, _e, _k in kind_spans(t[d.e:d.e + 30]):
        if s <= 6 and re.fullmatch(r"[\W年년]*(?:of|as|de|als)?\W*", t[d.e:d.e + s]):
            return True
    return False


# signing an agreement: its date is the signing's, and an exchange word in it names what was agreed
_SIGNED = re.compile(r"签署|签订|簽署|簽訂|締結|調印|체결|서명|\bsign(?:ed|ing)\b|unterzeichn|\bsign[ée]|\bfirm(?:ó|aron|ato)\b",
                     re.IGNORECASE)


# a visit noun right after a date: "her April 12–14 visit", "the 3–5 May trip", "ihr Besuch", "sa visite"
_VISIT_NEXT = re.compile(r"\s*(?:official\s+|state\s+|working\s+)?(?:visit|trip|mission|Besuch|Reise|visite|visita|viaje)s?\b",
                         re.IGNORECASE)


_VISIT_JUST_BEFORE = re.compile(r"\b(?:visit|trip|mission|Besuch(?:s|es)?|Reise|visite|visita|viaje)\s+(?:on|of|from|del?|du|vom|am|le|el)?\s*$",
                                re.IGNORECASE)


def _clean_dates(t: str, dates):
    out = []
    for d in dates:
        before = t[max(0, d.s - 40):d.s]
        clause = re.split(r"[,;:.，；。]\s", before)[-1] if re.search(r"[,;:.，；。]\s", before) else before
        label = re.search(r"([^\W\d_][^,;:.，；。·|]{0,30})[:：]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", before, re.IGNORECASE)
        if label and not VISIT_WORDS.search(label.group(1)):
            # a labelled date ("Submitted: October 5, 2026", "Deadline: 3 May", "작성일: …"): the label says whose (not a
            # visit's own label: "Visit by the Mayor of Lyon: 3 May")
            clause = label.group(1)
        if _VISIT_NEXT.match(t, d.e) or _VISIT_JUST_BEFORE.search(t[max(0, d.s - 24):d.s]):
            # the date of the visit word right next to it ("signed an agreement during her April 12–14 visit", "durante su
            # visita del 12 al 14 de abril firmaron un convenio"): not the signing's
            out.append(d)
            continue
        if _NOT_VISIT.search(clause[-30:]) or _DEADLINE.search(clause) or _NOT_VISIT_AFTER.match(t[d.e:d.e + 12]):
            continue
        if _partnership_date(t, d):
            continue
        lo, hi = t.rfind("\n", 0, d.s) + 1, t.find("\n", d.e)
        if PAGE_LINE.search(t[lo:hi if hi >= 0 else len(t)].rstrip()):
            continue  # the date of a running header or footer ("Minutes No 47 - 14.10.2025   Page 1 of 2")
        out.append(d)
    return out


def _distinct(dates) -> int:
    return len({(d.start, d.end) for d in dates})


_BREAK = re.compile(r"[,;:，；、：]")
# where a passage holding several visits is cut: semicolons, sentence ends, a line starting with a date or a bullet
_PIECE = re.compile(r"(?<=[;；。])\s*|(?<=[.!?])\s+(?=[A-ZÀ-ÞА-Я])")


def _clause(t: str, d) -> str:
    """The clause around a date: from the break before it to the break after it."""
    before = [m.end() for m in _BREAK.finditer(t, 0, d.s)]
    after = _BREAK.search(t, d.e)
    return t[before[-1] if before else 0:after.start() if after else len(t)]


_ROW_SIDE = {side: re.compile(r"(?<![^\W\d_])(?:" + "|".join(f for fs in table.values() for f in fs) + r")(?![^\W\d_])",
                              re.IGNORECASE)
             for side, table in (("incoming", lex.ROW_INCOMING_WORDS), ("outgoing", lex.ROW_OUTGOING_WORDS))}


def _row_side(t: str) -> str | None:
    """"incoming" or "outgoing" when a table row names its direction in a word of its own (one side only)."""
    found = [side for side, rx in _ROW_SIDE.items() if rx.search(t)]
    return found[0] if len(found) == 1 else None


def _visit_date(t: str, dates):
    """The one date of the visit: the only one, or, among several, the only one whose own clause speaks of a visit
    ("visited Hanoi on 20.-22.11.2019 …, which was completed in June": the June date is the project's)."""
    if _distinct(dates) == 1:
        return dates[0]
    if _distinct(dates) > 1:
        keep = [d for d in dates if VISIT_WORDS.search(_clause(t, d))]
        if _distinct(keep) == 1:
            return keep[0]
    return None


def _pieces(t: str):
    """(offset, text) of the sentences and semicolon clauses of a passage."""
    out, start = [], 0
    for m in _PIECE.finditer(t):
        if m.start() > start:
            out.append((start, t[start:m.start()]))
        start = m.end()
    if start < len(t):
        out.append((start, t[start:]))
    return [(o, p) for o, p in out if p.strip()]


def _home_named(text: str, home: PlaceRef) -> bool:
    """The home city's own name as written, whatever the finder resolved it to ("Denver's" → another Denver)."""
    name = re.sub(r"['’](?:s|[^\W\d_]{1,4})$", "", text.strip()).casefold()
    return bool(name) and name in {home.name.casefold(), (home.name_local or "").casefold(), (home.name_ko or "").casefold()}


def _mentions(t: str, finder: PlaceFinder, home: PlaceRef, dates=()):
    """Place mentions as visits.py reads them (``place_mentions``), with the document's own partners (inflected or
    listed with their country) when no other city is recognised. Returns (mentions, from_list)."""
    mentions = place_mentions(t, finder, dates)
    if any(m.place is not None and m.place.kind != "country" and not same_place(m.place, home) for m in mentions):
        return mentions, []
    extra = partner_mentions(t, finder, [(m.start, m.end) for m in mentions if m.place is not None])
    return sorted(mentions + extra, key=lambda m: m.start), extra


def _other_place(t: str, mentions, listed, home: PlaceRef, finder: PlaceFinder):
    """The one other place of the passage, or None."""
    others = [m for m in mentions if m.place is not None and m.place.kind != "country" and not same_place(m.place, home)
              and not finder.around_home(m.place, any_region=True) and not _home_named(m.text, home)]
    # a region holding another place named in the passage is context ("Potsdam … the Brandenburg forum", "德州奧斯汀市")
    others = [m for m in others if not (m.place.kind == "region" and any(finder.holds(m.place, o.place) for o in others))]
    # a word of a venue's name ("City Hall Annex Chamber", "the Riverside Conference Centre"), not one of the document's
    # partners: no place of a visit
    others = [m for m in others if not (_VENUE_AFTER.match(t, m.end) and m not in listed
                                        and m.place.key not in finder.known_partner_keys)]
    if not others:
        return None
    sure = lambda m: m in listed or confident(m.resolution)  # noqa: E731
    if all(same_place(o.place, others[0].place) for o in others[1:]):
        return others[0] if all(sure(o) for o in others) else None
    # several: the only one a visit cue names ("a delegation from X …, toured the Imperial City"), when confident
    roled = [o for o in others if party_roles(t, o, mentions)]
    if roled and all(same_place(o.place, roled[0].place) for o in roled[1:]) and all(sure(o) for o in roled):
        return roled[0]
    return None


def _direction(t: str, m, mentions, home: PlaceRef, finder: PlaceFinder | None = None) -> str | None:
    """"incoming", "outgoing" or None (undecided), from the cues around the one other place and the home city."""
    votes: Counter = Counter()
    roles = party_roles(t, m, mentions)
    if "host" in roles and "visiting" not in roles:
        votes["outgoing"] += 2
    elif "visiting" in roles and "host" not in roles:
        votes["incoming"] += 2
    for h in mentions:
        if h.place is not None and same_place(h.place, home):
            hr = party_roles(t, h, mentions)
            if "host" in hr and "visiting" not in hr:
                votes["incoming"] += 2
            elif "visiting" in hr and "host" not in hr:
                votes["outgoing"] += 2
    if _HOME_AS_PLACE.search(t):
        votes["incoming"] += 2  # "本市でホームステイ", "우리 시에서", "in our city": the home city is where it happened
    elif home_acts(t, home, finder):
        votes["outgoing"] += 1
    elif RECEIVED_WORDS.search(t) and any(h.place is not None and same_place(h.place, home) for h in mentions):
        votes["incoming"] += 1
    if not votes:
        aside = _ASIDE.match(t, m.end)  # "태원시(중국 산시성)에서": the particle after the brackets is the name's
        before = t[max(0, m.start - 20):m.start]
        after = (aside.group(1) or "") + t[aside.end():aside.end() + 8] if aside else t[m.end:m.end + 8]
        after_aside = t[aside.end():] if aside else t[m.end:]
        out = bool(_OUT_BEFORE.search(before) or _OUT_AFTER.match(after))
        inc = bool(_IN_BEFORE.search(before) or _IN_AFTER.match(after))
        if out != inc:
            return "outgoing" if out else "incoming"
        # the other city as the subject that decides or sends ("リヨン市が…代表団を派遣することを決定", "Leipzig has
        # decided to send a delegation"): it comes
        if SUBJECT_AFTER.match(after_aside) and SEND.search(t):
            return "incoming"
        # no cue around the place: the passage's own word for trips abroad or for visitors received ("महापौर/पार्षदों
        # की विदेश यात्रा | … सियोल …", "Overseas trips: …", "해외출장 …"), not the document's majority
        out, inc = bool(_ABROAD_WORDS.search(t)), bool(_RECEIVED_WORDS_HEAD.search(t))
        if out != inc:
            return "outgoing" if out else "incoming"
        return None
    (top, n), *rest = votes.most_common()
    return None if rest and rest[0][1] == n else top


def fallback_engagements(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                         found: list[EngagementFact], attachment: int | None = None) -> list[EngagementFact]:
    """Engagements in the passages of ``doc`` the structured reader did not take (``found``: every
    engagement it found in the whole document; those of this part mark the blocks taken)."""
    if home is None:
        return []
    taken = {f.evidence.block for f in found if f.evidence is not None and f.evidence.attachment == attachment}
    majority = Counter(f.kind for f in found if f.kind in ("incoming", "outgoing")).most_common()
    default_kind = majority[0][0] if majority and (len(majority) == 1 or majority[0][1] > majority[1][1]) else "incoming"
    doc_year = document_year(doc)
    years = section_years(doc)
    hchar = home_chars(home)
    blocks = doc.blocks
    out: list[EngagementFact] = []
    units = []
    # the spans the reader took: a block that tells several visits ("Am 9. und 10. Oktober waren Kollegen aus Pécs bei uns zu
    # Gast. … Gestern hat mich der Generalkonsul besucht") keeps its other sentences for the fallback
    spans_taken = [(f.evidence.start, f.evidence.end) for f in found
                   if f.evidence is not None and f.evidence.attachment == attachment and f.evidence.end > f.evidence.start]
    for first, last, base, text, row in visit_units(doc):
        if any(first <= k <= last for k in taken):
            # a paragraph joined across lines, one of which the reader took: its other lines one by one
            units.extend((k, k, blocks[k].start, blocks[k].text, False) for k in range(first, last + 1)
                         if k not in taken and not row)
            # a block the reader took one sentence of: its other sentences
            units.extend((k, k, blocks[k].start, blocks[k].text, "rest") for k in range(first, last + 1)
                         if k in taken and not row and first == last and blocks[k].kind in ("paragraph", "list_item"))
        else:
            units.append((first, last, base, text, row))
    trips = _travel_table_rows(blocks)
    visit_rows = _visit_table_rows(blocks)
    for first, last, base, text, row in units:
        b = blocks[first]
        if b.kind == "header":
            continue
        year, fiscal = years[first] if years[first][0] else (doc_year, False)
        rest = row == "rest"
        row = row is True or (first in visit_rows and first == last)  # a row of a table of visits, even written as text
        spans = [(0, text)] if row else [(sp.start, sp.text) for sp in visit_passages(b, text)]
        for s0, raw in spans:
            if len(raw) > MAX_PASSAGE:
                continue
            if rest and any(base + s0 < e and s < base + s0 + len(raw) for s, e in spans_taken):
                continue  # the sentence the reader read
            t = re.sub(r"[_*|]", " ", raw)
            dates = visit_dates(t, year, fiscal)
            # a passage telling several visits ("Dal 5 al 7 maggio … Columbus …; il 18 ottobre … Marsiglia"): each
            # sentence or semicolon clause on its own
            pieces = [(0, t)] if row or _distinct(dates) <= 1 else _pieces(t)
            for p0, piece in pieces:
                if cancelled(piece) or open_to_visitors(piece) or _REMOTE.search(piece):
                    continue  # a visit that did not take place; an exhibition open to the public; held online
                fact = _propose(piece, row, year, fiscal, finder, home, hchar, default_kind, trip=row and first in trips,
                                visit_row=first in visit_rows, table_side=visit_rows.get(first))
                if fact is None or any(f.start == fact.start and f.end == fact.end for f in [*found, *out]):
                    continue  # the same date already read as an engagement (or a meeting): not a second one
                fact.evidence = index.evidence(base + s0 + p0, base + s0 + p0 + len(piece), b)
                out.append(fact)
    # a visit told across two lines: a heading naming it ("○ 중국 우시시 대표단 방문", "市長率團出訪美國姊妹市") and,
    # within the next lines, a line with its date and no visit word ("- 기간 : 2024. 4. 23.～4. 25.", "• 9/23–9/25 爾灣市：…")
    for k, b in enumerate(blocks):
        if k in taken or b.kind in ("header", "table_cell") or len(b.text) > HEADED_LINE:
            continue  # a table's date cell belongs to its own row (read above), not to the rows over it
        field = _DATE_FIELD.match(b.text)
        if VISIT_WORDS.search(b.text[field.end():] if field else b.text):
            continue  # a line telling a visit of its own (a visit word in a field's label, "1. 방문 기간:", is the label's)
        year, fiscal = years[k] if years[k][0] else (doc_year, False)
        if not _date_line(b.text, year, fiscal):
            continue
        head = _visit_heading(blocks, k, year, fiscal)
        if head is None or head in taken:
            continue
        text = re.sub(r"[_*|]", " ", blocks[head].text) + "\n" + re.sub(r"[_*|]", " ", b.text)
        fact = _propose(text, False, year, fiscal, finder, home, hchar, default_kind)
        if fact is None or any(f.start == fact.start and f.end == fact.end for f in [*found, *out]):
            continue
        if k <= 3 and any(_same_parties(f, fact) for f in found):
            continue  # a headline over the dateline ("2025-03-13 | …"): the body told this visit with its own date
        fact.evidence = index.evidence(b.start, b.start + len(b.text), b)
        out.append(fact)
    return out


HEADED_LINE = 200  # characters: the date line of a heading's visit
HEADING = 120  # characters: a heading naming a visit


# a line that gives a date: a listed date field ("○ 일시 :", "- 기간:", "- Dates:"; a bare "Date: …" under a title is the
# document's date) or a date first, after a bullet if any
# (the field may be numbered as a report numbers its items: "1. 방문 기간: …", "１　期間　令和8年…", "一、时间：…", "(1) Dates: …";
# the label may say whose period it is: 방문 기간, 출장 기간, 訪問期間, "visit dates"; a CJK label may stand before a
# full-width space instead of a colon)
_DATE_FIELD = re.compile(r"^\s*(?:[-–•·○●◦▪*]|\d{1,2}[.)]|[(（]\d{1,2}[)）]|[０-９]{1,2}(?=\s)|[一二三四五六七八九十]{1,2}[、.．])\s*"
                         r"(?:(?:방문|출장|訪問|出張|访问|訪問|出访|出訪|visit|trip|mission)\s*)?"
                         r"(?:dates?|when|period|datum|termin|zeitraum|fechas?|per[ií]odo|p[ée]riode|data|datas|dates?\s+de\s+la\s+visite"
                         r"|일\s*시|기\s*간|일\s*자|날\s*짜|日\s*時|日\s*程|期\s*間|日\s*期|期\s*间|时\s*间|時\s*間|дата|даты|сроки|tarih(?:ler)?|termin)"
                         r"\s*(?:[:：]|\u3000)",
                         re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–•·○●◦▪*]\s*)?")


def _date_line(t: str, year, fiscal) -> bool:
    dates = visit_dates(t, year, fiscal)
    if not dates:
        return False
    return bool(_DATE_FIELD.match(t)) or min(d.s for d in dates) <= _BULLET.match(t).end()


def _visit_heading(blocks, k: int, year, fiscal) -> int | None:
    """The block of the nearest heading (at most 3 lines up) that names a visit and gives no date of its own."""
    for j in range(k - 1, max(-1, k - 4), -1):
        t = blocks[j].text
        if VISIT_WORDS.search(t):
            return j if len(t) <= HEADING and not visit_dates(t, year, fiscal) else None
    return None


_TRAVEL_HEADER = lex.Alternation(lex.TRAVEL_TABLE_HEADERS)
_VISIT_COLUMN = lex.Alternation(lex.VISIT_TABLE_HEADERS)
# the cells of a table written as text: "Date | Delegation | Purpose", tab-separated columns
_TEXT_CELL_BREAK = re.compile(r"\s*\|\s*|\t+")


def _text_cells(t: str) -> list[str]:
    """The cells of a line written as a table row (at least three, split on "|" or tabs), else []."""
    cells = _TEXT_CELL_BREAK.split(t.strip().strip("|").strip())
    return cells if len(cells) >= 3 and all(len(c) <= 200 for c in cells) else []


def _heading_side(blocks, k: int) -> str | None:
    """The side the heading over a table says (at most three lines above its header): "Delegations received",
    "Empfangene Delegationen", "Délégations accueillies" → incoming; "Visits abroad", "국외출장", "出访" → outgoing."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if blocks[j].kind == "table_cell":
            break
        t = blocks[j].text
        out, inc = bool(_ABROAD_WORDS.search(t)), bool(_RECEIVED_WORDS_HEAD.search(t))
        if out != inc:
            return "outgoing" if out else "incoming"
    return None


def _visit_table_rows(blocks) -> dict[int, str | None]:
    """The body rows of the tables whose header names the visiting party's column ("Date | Delegation | Purpose",
    "Datum | Delegation | Anlass", "일자 | 방문단 | 목적", "日期 | 代表团 | 事由"), as tables or as lines of text split by
    "|" or tabs: the block of each row's first cell (or line) → the side the heading above the table gives, if any.
    Such a row needs no visit word of its own ("Juni 2026 | Mitarbeitende der Stadtverwaltung Logroño | Hospitation")."""
    out: dict[int, str | None] = {}
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "table_cell" and b.row == 1:
            j, header = k, []
            while j < len(blocks) and blocks[j].kind == "table_cell" and blocks[j].row == 1:
                header.append(blocks[j].text)
                j += 1
            visits = bool(_VISIT_COLUMN.search(" | ".join(header))) and not find_dates(" ".join(header))
            side = _heading_side(blocks, k)
            while j < len(blocks) and blocks[j].kind == "table_cell" and (blocks[j].row or 0) > 1:
                if visits and blocks[j - 1].row != blocks[j].row:
                    out[j] = side
                j += 1
            k = j
            continue
        cells = _text_cells(b.text) if b.kind in ("paragraph", "list_item") else []
        if cells and _VISIT_COLUMN.search(b.text) and not find_dates(b.text):
            side = _heading_side(blocks, k)
            j = k + 1
            while j < len(blocks) and blocks[j].kind in ("paragraph", "list_item") and len(_text_cells(blocks[j].text)) == len(cells):
                out[j] = side
                j += 1
            k = j
            continue
        k += 1
    return out


def _travel_table_rows(blocks) -> set[int]:
    """The first cells of the rows under a header row that names destinations or travellers (a table of trips)."""
    out: set[int] = set()
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "table_cell" and b.row == 1:
            header = []
            j = k
            while j < len(blocks) and blocks[j].kind == "table_cell" and blocks[j].row == 1:
                header.append(blocks[j].text)
                j += 1
            travel = bool(_TRAVEL_HEADER.search(" | ".join(header)))
            while j < len(blocks) and blocks[j].kind == "table_cell" and (blocks[j].row or 0) > 1:
                if travel and (blocks[j - 1].row != blocks[j].row):
                    out.add(j)
                j += 1
            k = j
        else:
            k += 1
    return out


def _propose(t: str, row: bool, year, fiscal, finder: PlaceFinder, home: PlaceRef, hchar, default_kind: str,
             trip: bool = False, visit_row: bool = False, table_side: str | None = None):
    """An engagement in one passage (or one clause of it), or None. ``trip``: a row of a table of trips abroad;
    ``visit_row``: a row of a table of visits (its header names the visiting party), ``table_side`` the side its
    heading gives."""
    side = _row_side(t) if row else None
    if trip and side is None:
        side = "outgoing"
    visit = visit_cue(t) or comes_home(t, hchar) or (row and (ROW_VISIT_WORDS.search(t) or side)) or visit_row
    if not visit and not (_EXCHANGE.search(t) and not _STATUS.search(t) and not _item_state(t) and not _MESSAGES.search(t)):
        return None  # an exchange with a status ("the design-week exchange was agreed in March") is an item
    if not visit and _SIGNED.search(t):
        return None  # "…签署了文化交流合作备忘录", "signed a youth exchange agreement": the exchange names the agreement
    all_dates = visit_dates(t, year, fiscal)
    if row and any(deadline_beside(t, x) for x in all_dates):
        return None  # a calendar's row with a deadline is a call to apply ("12月5日 締切 | 訪問団ホストファミリー募集")
    # a trip table's date has a column of its own: no signing or anniversary words of the purpose column take it
    clean = all_dates if trip else _clean_dates(t, all_dates)
    d = _visit_date(t, row_range(clean) if row else clean)
    if d is None:
        return None
    mentions, listed = _mentions(t, finder, home, all_dates)
    diplomat = _DIPLOMAT.search(t)
    if diplomat is not None:
        # a consul or an ambassador received: a meeting whose visiting party is the country represented
        countries = [m for m in mentions if m.resolution.best is not None and m.resolution.best.kind == "country"
                     and m.resolution.best.country_code != home.country_code]
        envoy = envoy_of(t, diplomat, countries, finder, home)
        if envoy is not None and envoy.country_code == home.country_code:
            return None
        if envoy is not None:  # else no country is named for the title: the passage is read for a city's visit
                return EngagementFact(kind="meeting", title=f"Meeting with the representation of {envoy.name} in {home.name} (fallback)",
                                  visiting=[envoy], host=home, start=d.start, end=d.end, confidence=CONFIDENCE)
    m = _other_place(t, mentions, listed, home, finder)
    if m is None:
        return None  # no other place, or several: whose visit is it? left to a person
    place = m.place
    if trip and place.country_code == home.country_code:
        return None  # a trip at home (a national conference) is no international engagement
    kind = side or _direction(t, m, mentions, home, finder) or table_side or default_kind
    visiting, host = ([place], home) if kind == "incoming" else ([home], place)
    return EngagementFact(kind=kind, title=f"{visiting[0].name} delegation to {host.name} (fallback)", visiting=visiting,
                          host=host, start=d.start, end=d.end, confidence=CONFIDENCE)
