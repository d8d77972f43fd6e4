"""Partner lists in a document's blocks: a heading naming a kind of partnership followed by
items (numbered or bulleted lines, "Name (Country), year" runs, tables).

A list heading is a short line naming a kind ("Sister Cities (26 cities from 23 countries)",
"■ 우호협력도시 (2개 도시, 2개국)", "姉妹都市（6都市・5か国）", "Villes jumelées", "Hamburgs
Partnerstädte"); its items are the blocks that follow, up to the next heading that is not a
sub-heading (e.g. a region "### Asia (5)"), the next list heading or the first block that is not
an item. One or two lines of introduction between heading and items are allowed.

An item keeps its own printed number as ``sequence`` (a two-column list flattened as 1, 3, 5 …
then 2, 4, 6 … keeps each number); noise is stripped ("2 .Los Angeles", "Rio de Janeiro.",
"**bold**"); a country given with the item ("Kitakyushu, Japan", "Prag (Tschechien)",
"オークランド（アメリカ合衆国）") and a year ("seit 1957", "1962年", "平成23年") are kept.
Tables are read by their header row (city, country, year, kind columns in several languages); a
kind column gives each row its own kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.claims import _REGIONS, find_claims
from intercity.core.extraction.kinds import kind_spans, kinds_in
from intercity.core.extraction.mentions import _CONNECTORS, PlaceFinder
from intercity.core.extraction.tables import (_rows, cell_kind, country_and_region, ended_row, is_project_table, letter_codes,
                                              stem_kind, table_columns, table_title, tables)
from intercity.core.extraction.text import Marker, clean, deocr, is_cjk, split_marker, strip_markdown_heading
from intercity.core.places.normalize import fold, script_of
from intercity.core.places.types import Resolution

MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 60


@dataclass
class ListEntry:
    name: str  # as written, noise removed
    sequence: int | None
    country: str | None  # ISO code given with the entry
    since: str | None
    kind: str
    start: int  # offsets in doc.text
    end: int
    block: Block
    group: str = ""  # sub-heading inside the list (a region)
    list_id: int = 0
    list_title: str = ""
    source: str = "list"  # "list" | "table" | "prose"
    resolution: Resolution | None = None
    region: str | None = None  # a state or province written with the entry ("Austin, Texas, USA")


@dataclass
class PartnerList:
    id: int
    title: str
    kind: str
    heading: Block | None
    entries: list[ListEntry] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # every kind the heading names
    groups: dict[str, tuple[int | None, Block]] = field(default_factory=dict)  # region -> (count, heading)
    details: list[int] = field(default_factory=list)  # indexes of the blocks read as an entry's detail line
    foreign_rows: list[int] = field(default_factory=list)  # cells of rows that hold another town's tie (read, not ours)


# ---------------------------------------------------------------- years

_ERA = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年?")
_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
_SINCE_TAIL = re.compile(r"[\s,，、;:]*(?:\(|（)?\s*(?:since|seit|depuis|desde|dal|sinds|from|in|,)?\s*"
                         r"(?P<y>(?:19|20)\d\d|(?:令和|平成|昭和)\s*(?:元|\d{1,2}))\s*(?:年|년)?\s*(?:提携|締結|結好|缔结|결연|체결|r\.|roku?)?"
                         # a span of years ("1995–2010", "1995 - present"): the tie's first year is its year
                         r"(?:\s*[-–—~〜～]\s*(?:(?:19|20)\d\d\s*(?:年|년)?|present|today|heute|présent|presente|actualidad|現在|现在|현재))?"
                         r"\s*(?:\)|）)?\s*[.;,]?$",
                         re.IGNORECASE)


def year_of(text: str) -> str | None:
    m = _ERA.search(text)
    if m:
        return str(_ERA_BASE[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2))))
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    return m.group(1) if m else None


# ---------------------------------------------------------------- headings

_GROUP_HEADING = re.compile(r"^(?P<name>[^\d()（）:]{2,40}?)\s*[(（]\s*(?P<n>\d{1,3})\s*[)）]\s*$")
# a continent alone on its line, in the languages of claims._REGIONS
_CONTINENT_HEADING = re.compile(r"(?i:" + "|".join(f"(?:{v})" for v in _REGIONS.values()) + r")\s*[:：]?")
_NOISE = re.compile(r"^(?:[\W_]*|[A-Z][A-Z &\-]{12,}|\\[A-Za-z]+\{.*\}|page \d+|\d+\s*/\s*\d+)$")


def heading_text(block: Block) -> str:
    t = clean(strip_markdown_heading(deocr(block.text)))
    m = split_marker(t)
    if m.bullet and m.number is None:
        t = t[m.length:]
    return t.strip()


def is_list_heading(block: Block, text: str) -> bool:
    """A short line naming a kind of partnership that is not a sentence."""
    if block.kind == "table_cell":
        return False
    if announces_list(text):
        return True
    if not text or len(text) > 90 or len(text.split()) > 12:
        return False
    kinds = kinds_in(text)
    if not kinds:
        return False
    # "3. Tianjin, China (friendship city) 1973": an item whose kind is written after it
    tail = re.search(r"\s*[(（][^()（）]*[)）][\s,]*(?:(?:19|20)\d\d)?\s*$", text)
    if tail and split_marker(text).number is not None and not kinds_in(text[:tail.start()]):
        return False
    if block.kind in ("title", "heading"):
        return True
    if re.search(r"[。！？]\s*$", text) or re.search(r"[.!?]\s*$", text) and (len(text.split()) > 3 or not _opens_heading(text)):
        return False  # a sentence, or the wrapped end of one ("والعشرين للتوأمة.")
    # a sentence has a verb-ish middle; a heading is mostly the kind words and numbers
    if not is_cjk(text) and len(text.split()) > 7 and not re.search(r"[(（:：]", text) and not find_claims(text):
        return False
    return True


# a word that points at what follows: "the following", "as follows", "below", folgende, suivantes, siguientes, seguintes,
# seguenti, volgende, następujące, следующие, 다음과 같은, 아래와 같이, 以下の, 下記の, 次の, 如下, 下列
_ANNOUNCES = re.compile(
    r"(?i:\b(?:following|below|as\s+follows|folgende[nrs]?|nachstehende[nrs]?|suivante?s?|ci-dessous|siguientes?"
    r"|a\s+continuaci[óo]n|seguintes?|a\s+seguir|seguenti|volgende|nast[ęe]puj[ąa]ce|следующи[ехм]\w*)\b)"
    r"|다음과\s*같|아래와\s*같|다음\s*[의은는]|以下の|下記の|次の|以下[のは]?|如下|下列|以下为|以下為")


def announces_list(text: str) -> bool:
    """A sentence that announces the list after it with one kind of tie: "The following are our sister cities.",
    "Busan has friendship city agreements with the following cities:", "Nos villes jumelées sont les suivantes :",
    "우리 시의 자매도시는 다음과 같습니다.", "友好都市は以下のとおりです。" — the kind governs the items below it (up to the next
    heading) as a heading's would, although the line is a sentence. One sentence, at most 220 characters."""
    if not text or len(text) > 220 or len(kinds_in(text)) != 1 or not _ANNOUNCES.search(text):
        return False
    ends = re.findall(r"[.!?。！？]\s+\S", text)
    return not ends


# a word saying the ties a heading names are over, written before the kind word ("Former twin towns", "Ehemalige
# Partnerstädte", "Anciennes villes jumelées", "Antiguas ciudades hermanas", "Voormalige zustersteden", "Byłe miasta
# partnerskie", "Бывшие города-побратимы", "과거 자매도시", "종료된 자매결연", "旧姉妹都市", "元姉妹都市", "解消した姉妹都市",
# "前友好城市", "已终止的友好城市") or after it ("Sister cities (ended)", "Partnerschaften – beendet", "자매결연 해지")
_FORMER_BEFORE = re.compile(
    r"(?:(?i:\b(?:former|ended|terminated|dissolved|ehemalige[nrs]?|frühere[nrs]?|beendete[nrs]?"
    r"|anciens?|anciennes?|antigu[oa]s?|antig[oa]s?|voormalige|tidligere|före\s+detta|dawne|byłe"
    r"|бывши[ехм]|колишні)\b|ex-)|과거\s*(?:의\s*)?|종료된\s*|해지된\s*|[旧元]|(?<![目当當])前|解消した|終了した|已终止的?|已終止的?|已解除的?)\s*$")
_FORMER_AFTER = re.compile(
    r"^\s*[(（\-–—:：]?\s*(?i:ended|terminated|dissolved|beendet|aufgelöst|terminad[oa]s|résilié\w*|wygasł\w*)\b"
    r"|^\s*[(（]?\s*(?:종료|해지|解消|終了|终止|終止|解除)")


def former_ties(title: str) -> bool:
    """Whether a list heading names ties that have ended (``_FORMER_BEFORE`` just before its kind word, or an
    ending word just after it): its items are no partners, and the readers after the lists leave them alone."""
    for ks, ke, _ in kind_spans(title):
        before = title[max(0, ks - 16):ks]
        if _FORMER_BEFORE.search(before) or _FORMER_AFTER.search(title[ke:ke + 20]):
            return True
    return False


def _opens_heading(text: str) -> bool:
    """A short line ending in a full stop is a heading only when it opens like one: a capital, a digit, a marker."""
    t = text.lstrip()
    return bool(t) and (t[0].isupper() or t[0].isdigit() or split_marker(t).any or is_cjk(t[:1]))


def is_noise(block: Block, text: str) -> bool:
    return block.kind in ("header", "notes", "alt_text") or bool(_NOISE.match(text))


# ---------------------------------------------------------------- items

_PAREN = re.compile(r"(?P<name>[^()（）,;、，]+?)\s*[(（](?P<inner>[^()（）]{1,40})[)）]"
                    r"(?:\s*[,，]?\s*(?:seit|since|depuis|desde)?\s*(?P<year>(?:19|20)\d\d|(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年)\s*年?)?")
_SINCE_WORDS = (r"(?:since|seit|depuis|desde|dal|sinds|sedan|siden|fra|frá|alates|kopš|nuo|od|óta|от|с|з|from)\s+")
_TRAILING_PUNCT = " .,;:·•-–—。、，:："
_LEADING_PUNCT = " .,;:·•-–—*。、，"


_OCR_DIGITS = {"0": "oO", "1": "liI", "3": "e", "4": "a", "5": "sS", "6": "b", "7": "t", "8": "B"}


def ocr_variants(name: str, limit: int = 8) -> list[str]:
    """Readings of a name whose words mix letters and digits (OCR): "Ch1cago" -> "Chlcago",
    "Chicago", …; "0saka" -> "osaka", "Osaka". Numbers of their own ("Prague 6") are kept."""
    words = name.split(" ")
    options: list[list[str]] = []
    changed = False
    for w in words:
        letters = sum(ch.isalpha() for ch in w)
        digits = [i for i, ch in enumerate(w) if ch.isdigit()]
        if not digits or not letters or letters < 2 * len(digits) or w.isdigit():
            options.append([w])
            continue
        variants = [""]
        for ch in w:
            subs = _OCR_DIGITS.get(ch, ch) if ch.isdigit() else ch
            variants = [v + s for v in variants for s in subs][:limit]
        options.append(variants)
        changed = True
    if not changed:
        return []
    out = [""]
    for opts in options:
        out = [(o + " " + v).strip() for o in out for v in opts][:limit]
    return out


def _tidy(name: str) -> str:
    name = clean(name)
    name = name.strip(_LEADING_PUNCT).rstrip(_TRAILING_PUNCT).strip()
    return re.sub(r"\s+", " ", name)


@dataclass
class RawItem:
    name: str
    country: str | None
    since: str | None
    s: int  # offsets in the block text
    e: int
    kind: str | None = None  # "Tianjin, China (friendship city)": the entry's own kind
    region: str | None = None  # "George Town (Penang)", "Austin, Texas, USA": a state written with it


def _plausible_name(name: str) -> bool:
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if re.search(r"[:：!?]|\d{3,}|https?://|@", name):
        return False
    if not is_cjk(name) and not re.search(r"[^\W\d_]", name):
        return False
    return True


def parse_item_text(text: str, finder: PlaceFinder) -> list[RawItem]:
    """Entries in one item's text (after its marker): one name, or several "Name (Country)"."""
    row = _country_leader_row(text, finder)
    if row:
        return row
    pairs = list(_PAREN.finditer(text))
    if len(pairs) >= 3 and re.match(r"\s*[:：]", text[pairs[0].end():]) and not finder.country_code(pairs[0].group("inner")):
        pairs = pairs[1:]  # "Die Partnerstädte im Überblick (seit): Nizza (Frankreich) - 1954 …": a label, then the run
    if len(pairs) == 2 and not pairs[1].group("name").strip():
        pairs = []  # "Halle (Saale) (Deutschland, seit 1987)": the first bracket is part of the name, the second its country
    if len(pairs) >= 2:
        items = []
        for m in pairs:
            inner = m.group("inner").strip()
            cc = finder.country_code(inner)
            name = _tidy(m.group("name"))
            name = re.sub(r"^(?:and|und|et|y|e|en|i|och|ve|ir|un|ja|og|dan|és|și|si)\s+", "", name)  # "… und San Carlos", "… ir Los Andželas"
            if not is_cjk(name) and (kinds_in(name) or any(w[:1].islower() and w.lower() not in _CONNECTORS
                                                              for w in name.split()[1:])):
                return []  # "Städtefreundschaften bestehen außerdem mit Hadera (Israel), …": a sentence, not a run
            since = year_of(m.group("year")) if m.group("year") else None
            name = re.sub(r"^(?:(?:19|20)\d\d\s+)", "", name)  # "1951 Francfort-sur-le-Main" (year of the previous)
            if not _plausible_name(name) or is_cjk(name) and not looks_place(name, finder):
                return []  # a sentence naming places with their countries is not a run of entries
            items.append(RawItem(name, cc, since, m.start("name") + (len(m.group("name")) - len(m.group("name").lstrip())),
                                 m.end()))
        # a year written after the next entry's name belongs to that entry's predecessor in "X (C), 1951 Y (C), 1960"
        return items if sum(1 for i in items if i.country) >= len(items) // 2 + 1 else []
    body = re.sub(r"(?<=\S)[ \t\u3000]+[★☆◆◇●○■□▲△▼▽♦◊◎◉✦✧❖]+\s*$", "", text.rstrip())  # "Osaka ◆": a legend's mark
    s, e = len(text) - len(text.lstrip()), len(body)
    since = None
    kind = None
    # "Krasnodar (Russland, seit 1992) – Kontakte ruhen seit 2022": a remark on the tie after its country's bracket
    # (not its kind: "Yerevan (AM) — Partner City")
    note = re.match(r"(?P<head>[^()（）]+[(（](?P<inner>[^()（）]{2,40})[)）])\s+[-–—]\s+(?P<note>\S.{0,80})$", body)
    remark_year = None
    if note and not kinds_in(note.group("note")) and (finder.country_code(note.group("inner")) or finder.country_code(re.split(r"[,，、;]", note.group("inner"))[0])):
        body = note.group("head")
        e = len(body)
        y = _YEAR_IN_REMARK.search(note.group("note"))  # "교토시(일본) - 1990년 체결, 문화 교류": the year of the tie
        remark_year = y.group(1) if y else None
    else:
        remarked = _remarked_item(body, finder)
        if remarked is not None:
            return [remarked]
    # "Oakland (Hoa Kỳ, 2019)", "Lyon (France, 1999)": the year written inside the country's bracket
    # ("Nancy (Frankreich, seit 1955)", "Lyon (France, since 1999)": a word for "since" before the year)
    ym = re.search(r"(?<=[^\s(（,，])\s*[,，、;]\s*(?:" + _SINCE_WORDS + r")?\s*((?:19|20)\d\d)\s*(?=[)）]\s*$)", body)
    if ym and re.search(r"[(（][^()（）]+$", body[:ym.start()]):
        since = year_of(ym.group(1))
        body = body[:ym.start()] + body[ym.end():]
    # dotted leaders to a year, as printed lists have them: "Marsiglia (Francia) ......... 1958" (OCR "l990")
    # ... or to a word ("Харбин (КНР) ........ соглашение"): a short note, its kind word the entry's kind
    lm = re.search(r"\s*(?:\.\s?){2,}\s*([0-9lIOo]{4})\s*$|\s*(?:\.\s?){3,}\s*([^.\s][^.]{0,30})?$", body)
    if lm and lm.start() > 0:
        if lm.group(1):
            since = year_of(lm.group(1).translate(str.maketrans("lIOo", "1100")))
        elif lm.group(2):
            since = year_of(lm.group(2)) if re.search(r"\b\d{4}\b", lm.group(2)) else None
            kind = (kinds_in(lm.group(2)) or [None])[0]
        body = body[:lm.start()]
    # a kind word's stem alone as the entry's tag: "Sapporo, Japan (sister, 1959)", "天津（中国）【友好】", "히로시마 [우호]"
    # (read again with the list's heading as context by layouts.apply_stem_tags)
    sm = re.search(r"\s*[(（\[【〔]([^()（）\[\]【】〔〕]{1,40})[)）\]】〕]\s*$", body)
    if sm and sm.start() > 0 and not kinds_in(sm.group(1)) and not finder.country_code(sm.group(1)):
        parts = [p.strip() for p in re.split(r"[,，、;；]", sm.group(1))]
        sk = stem_kind(parts[0], text)
        if sk and all(not p or year_of(p) for p in parts[1:]):
            kind = sk
            since = since or next((year_of(p) for p in parts[1:] if p), None)
            body = body[:sm.start()].rstrip()
            e = len(body)
    # the entry's own kind written after it: "Christchurch, New Zealand - sister city since 1972",
    # "重慶市（中華人民共和国）　1986年　※友好都市"
    tail = _kind_tail(body)
    if tail is not None:
        cut, kind, tail_year = tail
        body = body[:cut]
        since = since or tail_year
    m = _SINCE_TAIL.search(body)
    if m and m.start() > 0:
        since = year_of(m.group("y"))
        body = body[:m.start()]
    country = None
    region = None
    dm = re.fullmatch(r"(?P<n>[^·•]+?)\s*[·•]\s*(?P<c>[^·•]{2,50})", body.strip())
    if dm:  # "NEWARK · Estados Unidos (Nova Jersey)": the name, a middle dot, the country (and its state)
        country, region = country_and_region(dm.group("c"), finder)
        if country:
            body = body[:body.find(dm.group("n")) + len(dm.group("n"))]
    gloss = None if country else re.search(r"\s*[(（]([^()（）]{1,40})[)）]\s*$", body)
    if gloss and gloss.start() > 0 and script_of(gloss.group(1)) != script_of(body) and not kinds_in(gloss.group(1)) \
            and not finder.country_code(gloss.group(1)):
        body = body[:gloss.start()]  # "Sagae, Japan (사가에시)": the name again in another script, a gloss
    pm = None if country else re.search(r"\s*[(（]([^()（）]{1,40})[)）]\s*$", body)
    if pm and kinds_in(pm.group(1)) and not finder.country_code(pm.group(1)):
        kind = kinds_in(pm.group(1))[0]  # the entry's kind written after it
        body = body[:pm.start()].rstrip()
        pm = re.search(r"\s*[(（]([^()（）]{1,40})[)）]\s*$", body)
    if pm:
        inner = pm.group(1)
        cc = finder.country_code(inner) or next((c for v in ocr_variants(inner.strip()) if (c := finder.country_code(v))), None)
        if not cc and inner.count("-") >= 2:  # Vietnamese loanwords hyphenate their syllables: "Cam-pu-chia"
            cc = finder.country_code(inner.replace("-", ""))
        if not cc:
            cc, region = country_prefix(inner, finder)  # "（アメリカ合衆国テキサス州）": a country, then the state
        if cc:
            country = cc
            body = body[:pm.start()]
        elif re.fullmatch(r"[^\W\d_][\w\-]*(?:[ ,]+[\w\-]+){0,3}", inner.strip()) and inner.strip()[0].isupper() \
                and not finder.is_place_name(inner.strip(), 0):
            # "(Russland)", "(КНР)", "(США, штат Калифорния)": a country the gazetteer does not know by that name
            body = body[:pm.start()]
    elif not country:
        cm = re.search(r"\s*[,，、]\s*([^,，、]{2,40})$", body)
        if cm:
            written = _tidy(cm.group(1))
            cc = finder.country_code(written)
            if not cc and re.fullmatch(r"(?:[A-Z] ){1,3}[A-Z]", written):
                cc = finder.country_code(written.replace(" ", ""))  # OCR: "U S A"
            if cc:
                country = cc
                body = body[:cm.start()]
        elif _UNSPACED_SCRIPT.match(body.strip()):
            # Thai, Lao, Khmer, Burmese items space their parts: "นครฮาร์บิน มณฑลเฮย์หลงเจียง สาธารณรัฐประชาชนจีน" is the
            # name, its province, its country
            parts = body.split()
            cc = finder.country_code(re.sub(r"^(?:ประเทศ|ປະເທດ)", "", parts[-1])) if len(parts) >= 2 else None
            if cc:  # "ประเทศญี่ปุ่น": the word "country" before its name
                country, region = cc, " ".join(parts[1:-1]) or None
                body = body[:body.find(parts[0]) + len(parts[0])]
    if country and not dm:
        # "Austin, Texas, USA": a state between the name and the country
        sm = re.search(r"\s*[,，、]\s*([^,，、()（）]{2,40})$", body)
        if sm and finder.is_place_name(_tidy(sm.group(1)), 0) and not finder.country_code(sm.group(1)):
            region = _tidy(sm.group(1))
            body = body[:sm.start()]
    if not country and is_cjk(body.strip()) and not looks_place(_tidy(body), finder):
        # "日本岐阜市", "韩国丽水市": the country written onto the name (a list item of one entry)
        cc, rest = country_prefix(body, finder)
        if cc and looks_place(rest, finder):
            country, body = cc, body[:len(body) - len(body.lstrip())] + rest
    name = _tidy(body)
    name, qual = strip_qualifier(name, finder)
    region = region or qual
    if not _plausible_name(name):
        return []
    # "Student exchange with Harbin – completed": a cooperation item with its state, not a partner
    dash = re.search(r"\s[-–—]\s+(\S.{0,80})$", name)
    if dash and not looks_place(name, finder):
        from intercity.core.extraction.status import status_of
        if status_of(dash.group(1), default="")[0]:
            return []
    lead = text.find(name[:3]) if name else s
    return [RawItem(name, country, since or remark_year, max(lead, s), e, kind, region)]


# an entry, a spaced dash (or, after its country, a colon), then a remark on the tie ("Kyoto, Japan — agreement signed in
# 1990; youth exchanges", "미국 시애틀 — 세미나", "Lyon (France) – jumelage depuis 1985", "Kyoto, Japon : accord signé en 1990")
_REMARK = re.compile(r"(?P<head>\S.*?)(?:\s+[-–—]\s+|(?P<colon>\s*[:：]\s+))(?P<note>\S.{0,200})$", re.DOTALL)
_YEAR_IN_REMARK = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _remarked_item(body: str, finder: PlaceFinder) -> RawItem | None:
    """The entry before a remark (``_REMARK``): the head alone is the item — one place, its country written with it or
    not — and the remark's first year is its year when the head has none. Not when the remark starts with a country
    ("Kyoto – Japan – 1990": the parts of one entry) or names a kind of tie (the entry's own kind, read by
    ``_kind_tail``), nor when the head is no place ("Student exchange with Harbin – completed")."""
    m = _REMARK.match(body)
    if m is None:
        return None
    note = m.group("note")
    first = re.split(r"\s+[-–—]\s+|[,，、;；(（]", note)[0].strip()
    if finder.country_code(first) or re.fullmatch(r"[\d\s./\-年년]*", note.strip()):
        return None
    kinds = kinds_in(note)
    if kinds and _kind_tail(body) is not None:
        return None  # "Christchurch, New Zealand - sister city since 1972": the entry's kind, read by _kind_tail
    head = parse_item_text(m.group("head"), finder)
    if len(head) != 1:
        return None
    it = head[0]
    if not (looks_place(it.name, finder) or it.country and finder.is_place_name(it.name, 0)):
        return None
    if m.group("colon") and not it.country:
        return None  # "Lyon: …" is a term and its description (the fallback's), "Kyoto, Japon : accord …" an entry
    since = it.since
    if since is None:
        y = _YEAR_IN_REMARK.search(note)
        since = year_of(y.group(1)) if y else None
    return RawItem(it.name, it.country, since, it.s, it.e, it.kind or (kinds[0] if kinds else None), it.region)


_TAIL_SEP = " \t\u3000-–—,，、:：;※*(（/"


# "Österreich ........ Innsbruck (1980), Graz (1999)": a country, dotted leaders, then its cities (each with its year)
_LEADER_ROW = re.compile(r"^(?P<label>\s*[^\W\d_][^.\d()（）]{1,40}?)\s*(?:\.\s?){3,}\s*(?P<value>\S.*)$", re.DOTALL)
# "Niemcy: Münster (1991), Delmenhorst (2005)", "**Japan:** Osaka, Kobe", "日本：札幌（1959）、神戸": a country, a colon,
# then its cities (the same row as the leader row's, with a colon for the leaders)
_COLON_ROW = re.compile(r"^(?P<label>\s*[*_]{0,2}[^\W\d_][^.:：\d()（）*]{1,40}?[*_]{0,2})\s*[:：]\s*[*_]{0,2}\s*"
                        r"(?P<value>[^\W\d_].*)$", re.DOTALL)
_ROW_CITY = re.compile(r"\s*(?:(?:and|und|et|y|e|i|und|и|та|és|ve)\s+)?(?P<name>[^\W\d_][^()（）,;，、]*?)\s*"
                       r"(?:[(（](?P<inner>[^()（）]{1,30})[)）])?\s*$")


def _country_leader_row(text: str, finder: PlaceFinder) -> list[RawItem]:
    """A row of a two-column list printed with dotted leaders whose left column is the country and whose right
    column names one or more of its cities ("Italia ........ Venezia (1994), Ferrara"): one entry per city, with
    the country and the year in its bracket. [] when the left column is no country or a city is implausible."""
    m = _LEADER_ROW.match(text.rstrip())
    colon = False
    if not m:
        m = _COLON_ROW.match(text.rstrip())
        colon = True
    if not m:
        return []
    cc = finder.country_code(_tidy(m.group("label").replace("*", "").replace("_", " ")))
    if not cc:
        return []
    items: list[RawItem] = []
    pos = m.start("value")
    for part in re.split(r"(?<=[,;，、])", text[pos:len(text.rstrip())]):
        body = part.rstrip(",;，、 ")
        pm = _ROW_CITY.fullmatch(body)
        if not pm:
            return []
        name = _tidy(pm.group("name"))
        if not _plausible_name(name):
            return []
        if colon and not is_cjk(name) and (kinds_in(name) or any(w[:1].islower() and w.lower() not in _CONNECTORS
                                                                  for w in name.split()[1:])):
            return []  # "France: talks on a new exchange": a sentence after the country, not its cities
        since = year_of(pm.group("inner")) if pm.group("inner") else None
        region = None
        if pm.group("inner") and not since:
            region = pm.group("inner").strip()  # "Springfield (Illinois)": a state with the name
        s = pos + pm.start("name")
        items.append(RawItem(name, cc, since, s, s + len(pm.group("name").rstrip()), region=region))
        pos += len(part)
    if not items or not any(looks_place(it.name, finder) for it in items):
        return []
    return items


def _kind_tail(body: str) -> tuple[int, str, str | None] | None:
    """(where the entry ends, its kind, a year) when ``body`` ends with a kind written after the
    entry: " - sister city since 1972", ", friendship city", "　※友好都市", " (Partnerstadt)"."""
    spans = kind_spans(body)
    if not spans:
        return None
    ks, ke, kind = spans[0]
    before = body[:ks]
    if not before.strip(_TAIL_SEP) or before.rstrip(" \u3000")[-1:] not in _TAIL_SEP:
        return None
    rest = body[ke:].strip(" \u3000)）.,")
    if rest and not re.fullmatch(r"(?:(?:since|seit|depuis|desde|dal|sinds|from|in)\s+)?(?:19|20)\d\d\s*(?:年|년)?", rest, re.IGNORECASE):
        return None
    cut = len(before.rstrip(_TAIL_SEP))
    return cut, kind, year_of(rest) if rest else None


_ADMIN_SUFFIXES = ("広域市", "特別市", "广域市", "大区", "自治区", "市", "都", "県", "縣", "府", "省", "州", "区", "시", "군", "도", "주", "성")


def country_prefix(text: str, finder: PlaceFinder) -> tuple[str | None, str | None]:
    """A country written before a place without a separator or with a space ("アメリカ合衆国テキサス州",
    "日本岐阜市", "美國 爾灣市", "USA Texas"): (its code, the rest), else (None, None)."""
    t = clean(text).strip()
    if is_cjk(t):
        for k in range(min(len(t) - 1, 10), 1, -1):
            cc = finder.country_code(t[:k])
            rest = t[k:].strip(" \u3000・·")
            if cc and len(rest) >= 2 and not finder.country_code(rest):
                return cc, rest
        return None, None
    words = t.split()
    for k in range(min(len(words) - 1, 3), 0, -1):
        cc = finder.country_code(" ".join(words[:k]))
        rest = " ".join(words[k:])
        if cc and rest and not finder.country_code(rest):
            return cc, rest
    return None, None


_UNSPACED_SCRIPT = re.compile(r"[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]")
# city and province words written before a name in Thai and Lao ("นครฮาร์บิน", "เมืองกิมแฮ", "ນະຄອນຫຼວງ")
_CITY_PREFIXES = ("จังหวัด", "นคร", "เมือง", "กรุง", "ນະຄອນ", "ເມືອງ", "ແຂວງ")


def unprefixed(name: str) -> str | None:
    """The name without a Thai or Lao city or province word before it, else None."""
    for pre in _CITY_PREFIXES:
        if name.startswith(pre) and len(name) > len(pre) + 2:
            return name[len(pre):]
    return None


def looks_place(name: str, finder: PlaceFinder) -> bool:
    """A place name, also when written with an administrative suffix the gazetteer lacks ("タコマ市") or a Thai
    city word before it ("นครฮาร์บิน")."""
    if finder.is_place_name(name, 0):
        return True
    bare = unprefixed(name)
    if bare and finder.is_place_name(bare, 0):
        return True
    if is_cjk(name):
        for suf in _ADMIN_SUFFIXES:
            if name.endswith(suf) and len(name) > len(suf) + 1 and finder.is_place_name(name[:-len(suf)], 0):
                return True
        if _ward_of_city(name, finder):
            return True
        if finder.town_after_region(name) is not None:  # "도야마현 구로베시": a small town after its prefecture
            return True
    return False


_WARD = re.compile(r"(?P<n>[^\s()（）]{2,20}(?:区|區|구))\s*[(（](?P<q>[^()（）]{2,20})[)）]")


def _ward_of_city(name: str, finder: PlaceFinder) -> re.Match | None:
    """"ミッテ区（ベルリン）", "마이드링구(빈)": a ward written with the city that holds it in brackets — a place even
    when the gazetteer knows the ward by its Latin name only (the country written beside it lets the resolver
    match it by sound)."""
    m = _WARD.fullmatch(name.strip())
    if m is None or not is_cjk(m.group("n")):
        return None
    q = finder.resolve(m.group("q").strip())
    return m if q.best is not None and q.best.kind == "city" and not finder.country_code(m.group("q")) else None


_CJK_NOT_NAME = re.compile(r"[のにをがで]|的|について|年度|\d\s*[月日]|[（(][^()（）]*\d")


def parse_item_block(block: Block, finder: PlaceFinder, in_list: bool) -> tuple[list[RawItem], int | None, int]:
    """(items, printed number, offset of the text after the marker) of a block that may be an item."""
    raw = deocr(block.text)
    # a Markdown heading's hashes ("### Kyoto, Japan": one card per partner under "## Friendship cities") are no part
    # of the name: read after them, the offsets still counted from the block's start
    hashes = re.match(r"#{1,6}\s+", raw) if block.kind in ("title", "heading") else None
    lead = hashes.end() if hashes else 0
    marker = split_marker(raw[lead:])
    marker = Marker(marker.length + lead, marker.number, marker.bullet)
    body = raw[marker.length:]
    items = parse_item_text(body, finder)
    if not items:
        return [], None, marker.length
    if len(items) == 1:
        name = items[0].name
        names = split_names(name, finder)
        if len(names) == 2 and all(looks_place(x, finder) for x in names):
            it = items[0]
            body = raw[marker.length:]
            a = body.find(names[0])
            b = body.find(names[1], a + len(names[0]))
            return ([RawItem(names[0], it.country, it.since, a, a + len(names[0]), it.kind, it.region),
                     RawItem(names[1], it.country, it.since, b, b + len(names[1]), it.kind, it.region)],
                    marker.number, marker.length)
        ok = False
        if marker.number is not None:
            ok = in_list or finder.is_place_name(name, 0)
            if ok and is_cjk(name) and _CJK_NOT_NAME.search(name) and not looks_place(name, finder):
                ok = False  # "２　令和６年度の主な交流実績", "③総領事の表敬訪問（１０月３日）": a section or an event, not a city
        elif items[0].country or marker.bullet:
            ok = looks_place(name, finder) or (in_list and items[0].country is not None)
        else:
            ok = len(name.split()) <= 5 and looks_place(name, finder)
        if not ok and items[0].region and _ward_of_city(body.strip(), finder):
            ok = True  # "ミッテ区（ベルリン）": a ward the gazetteer may know only by its Latin name, in its city
        if not ok:
            return [], None, marker.length
    return items, marker.number, marker.length


# ---------------------------------------------------------------- the lists

def find_lists(doc: ParsedDocument, finder: PlaceFinder) -> list[PartnerList]:
    from intercity.core.extraction.layouts import (card_place_line, country_heading, group_item, kind_column_entries,
                                                   kind_columns, next_section)

    blocks = doc.blocks
    table_of: dict[int, list[Block]] = {}
    for t in tables(doc):
        table_of[t[0].index] = t
    lists: list[PartnerList] = []
    used_tables: set[int] = set()
    codes = letter_codes(doc) if table_of else {}  # "S = sister city, F = friendship city" under a table of codes
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        text = heading_text(b)
        if not is_list_heading(b, text):
            i += 1
            continue
        if _item_with_kind_tail(b, text, finder) or i > 0 and _card_label(b, text, blocks[i - 1], finder):
            i += 1
            continue
        kinds = kinds_in(text)
        lst = PartnerList(id=len(lists) + 1, title=text, kind=kinds[0], heading=b, kinds=kinds)
        # items written in the heading itself: "友好都市：上海（中国）1973年"
        parts = re.split(r"[:：]", b.text, maxsplit=1)
        if len(parts) == 2 and parts[1].strip() and kinds_in(parts[0]) and not find_claims(parts[1]):
            rest_off = len(parts[0]) + 1
            found = parse_item_text(parts[1], finder)
            if found and all(looks_place(it.name, finder) for it in found):
                for it in found:
                    _add(lst, it, None, b, b.start + rest_off, "")
        group = ""
        group_cc = None
        j, intro = i + 1, 0
        intro_number: int | None = None  # the number of a numbered section skipped as an introduction line
        while j < n:
            nb = blocks[j]
            if nb.index in table_of:  # a table, or a block of delimited lines
                cells = table_of[nb.index]
                if lst.entries and _fact_sheet(lst.entries[-1], cells):
                    lst.details.extend(dict.fromkeys(c.index for c in cells))
                    used_tables.add(nb.index)
                    j = cells[-1].index + 1
                    continue
                if not is_project_table(cells) and (kind_column_entries(lst, cells, finder)
                                                    or not kind_columns(cells) and _table_entries(lst, cells, finder, codes)):
                    used_tables.add(nb.index)
                    j = cells[-1].index + 1
                    continue
                break
            if nb.kind == "alt_text":  # a logo's alternative text beside the names: context, not an entry
                j += 1
                continue
            nt = heading_text(nb)
            head_cc = country_heading(nt, finder)
            if head_cc and j + 1 < n and (parse_item_block(blocks[j + 1], finder, True)[0]
                                          or group_cc is not None and group_item(blocks[j + 1], finder)):
                group_cc = head_cc  # "BULGARİSTAN" over its cities: their country
                j += 1
                continue
            detail = bool(lst.entries) and nb.kind not in ("title", "heading") and (
                _detail_line(lst.entries[-1], nt, finder) or _card_description(lst.entries[-1], nb, nt, finder))
            if not detail and lst.entries and nb.kind not in ("title", "heading") and j + 1 < n:
                detail = card_place_line(lst.entries[-1], blocks[j - 1], nt, heading_text(blocks[j + 1]), finder)
            if not detail and is_list_heading(nb, nt) and not _item_with_kind_tail(nb, nt, finder):
                break
            if detail:
                lst.details.append(nb.index)
                last = lst.entries[-1]
                for e in lst.entries[:-1]:
                    if e.block is last.block:  # two places on one card share its country and year
                        e.country, e.since = e.country or last.country, e.since or last.since
                j += 1  # "Luxemburg", "seit 1958", "アメリカ合衆国・1959年提携": the last entry's country or year
                continue
            gm = _GROUP_HEADING.match(nt)
            if gm and not kinds_in(nt) and j + 1 < n and parse_item_block(blocks[j + 1], finder, True)[0]:
                group = gm.group("name").strip()
                lst.groups[group] = (int(gm.group("n")), nb)
                j += 1
                continue
            if _CONTINENT_HEADING.fullmatch(nt):
                group = nt.strip(" :：")  # "Asia", "Europe" over their cities: a continent grouping the list, no entry
                j += 1                     # (Asia is also a town in the Philippines)
                continue
            if nb.kind in ("title", "heading") and not parse_item_block(nb, finder, True)[0]:
                if lst.entries or not _is_intro(nt):
                    break
            items, number, off = parse_item_block(nb, finder, True)
            if nb.kind in ("title", "heading") and len(items) == 1 and not items[0].country and not re.search(r"[(（]", nb.text) \
                    and not looks_place(items[0].name, finder):
                if lst.entries or intro >= 2:
                    break  # "3.2 Visits": the next section after the list
                intro += 1  # "3.1 Current state": a numbered sub-section opening the list, not an entry
                j += 1
                continue
            if items and next_section(b.text, number, items, finder, nb.kind in ("title", "heading")):
                break  # "2. Twin-town network" … "3. Visits": the next numbered section, not an entry
            if items and not lst.entries and intro_number is not None and number == intro_number + 1 \
                    and len(items) == 1 and not looks_place(items[0].name, finder):
                break  # "2. Visits …" skipped, then "3. Cooperation projects": sections, not entries
            if not items and group_cc is not None:
                items = group_item(nb, finder)  # "» Kayrevan (2000)" under "TUNUS": an entry, whatever the gazetteer knows
                off = split_marker(deocr(nb.text)).length
                number = None
            if items:
                for it in items:
                    it.country = it.country or group_cc
                    _add(lst, it, number if len(items) == 1 else None, nb, nb.start + off, group)
                j += 1
                continue
            if is_noise(nb, nt):
                j += 1
                continue
            if lst.entries and _link_line(nt) and not looks_place(nt, finder) and j + 1 < n \
                    and parse_item_block(blocks[j + 1], finder, True)[0]:
                j += 1  # "Mehr erfahren", "Read more" between the cards of a list
                continue
            if not lst.entries and intro < 2 and _is_intro(nt):
                if len(lst.kinds) > 1:
                    only = kinds_in(nt)
                    if len(only) == 1:
                        lst.kind = only[0]
                intro += 1
                intro_number = split_marker(deocr(nb.text)).number
                j += 1
                continue
            break
        lists.append(lst)
        i = j if j > i else i + 1
    # tables with a kind column or under a heading naming a kind, outside any list
    for first, cells in table_of.items():
        if first in used_tables or is_project_table(cells):
            continue
        sectioned = _sectioned_table(cells, finder, len(lists) + 1)
        if sectioned:  # rows merged across the table naming a kind divide it into sections
            lists.extend(sectioned)
            continue
        if kind_columns(cells):  # "洲別 | 姊妹市 | 友好交流城市": the columns are the kinds
            title, _ = table_title(cells)
            kcols = kind_columns(cells)
            lst = PartnerList(id=len(lists) + 1, title=title or " / ".join(dict.fromkeys(kcols.values())),
                              kind=kcols[min(kcols)], heading=None, kinds=list(dict.fromkeys(kcols.values())))
            if kind_column_entries(lst, cells, finder):
                lists.append(lst)
            continue
        # the kind comes from the table's own title row, else from the headings or short lines just
        # before it (not from running prose about something else)
        title, _ = table_title(cells)
        before = [blocks[k] for k in range(max(0, first - 3), first)]
        context = " ".join(heading_text(x) for x in before if x.kind != "table_cell" and _short_line(heading_text(x)))
        kinds = kinds_in(title) or kinds_in(context)
        roles, _ = table_columns(cells, finder)
        if "city" not in roles or ("kind" not in roles and not kinds):
            continue
        lst = PartnerList(id=len(lists) + 1, title=title or (heading_text(before[-1]) if before else ""),
                          kind=kinds[0] if kinds else "other", heading=None, kinds=kinds)
        if _table_entries(lst, cells, finder, codes):
            lists.append(lst)
    return lists


def _fact_sheet(entry: ListEntry, cells: list[Block]) -> bool:
    """A table of labels and values right after an entry (one fact sheet per partner: "Type of tie | Sister city",
    "Since | 1996", "Projects | …"): the entry's card. A value naming one kind beside a label naming none gives the
    entry its kind."""
    rows = _rows(cells)
    if len(rows) < 2 or any(len(r) > 2 for r in rows) or sum(1 for r in rows if len(r) == 2) < 2:
        return False
    if any(len(clean(r[min(r)].text)) > 40 for r in rows if len(r) == 2):
        return False
    for r in rows:
        if len(r) != 2:
            continue
        label, value = (clean(r[c].text) for c in sorted(r))
        kinds = kinds_in(value)
        if len(kinds) == 1 and not kinds_in(label) and len(value) <= 60:
            entry.kind = kinds[0]
            break
    return True


def _item_with_kind_tail(block: Block, text: str, finder: PlaceFinder) -> bool:
    """A line that is an entry with its kind written after it ("2. George Town, Malaysia - sister city
    since 1973", "重慶市（中華人民共和国）　1986年　※友好都市") is an item, not a list heading."""
    if block.kind in ("title", "heading"):
        return False
    body = text[split_marker(text).length:]
    tail = _kind_tail(body)
    if tail is None:
        return False
    items = parse_item_text(body[:tail[0]], finder)
    return len(items) == 1 and looks_place(items[0].name, finder)


def _card_label(block: Block, text: str, prev: Block, finder: PlaceFinder) -> bool:
    """A kind and its year alone on a line ("Twin town since 1960", "Cooperation agreement 1997") right under a block
    that is one place's name: that card's label (the kind of the place above it), not the heading of a list below."""
    if block.kind in ("title", "heading") or prev.kind in ("title", "heading", "table_cell"):
        return False
    m = _DETAIL_YEAR.match(text)
    if not m or not kinds_in(text):
        return False
    above = heading_text(prev)
    if kinds_in(above) or len(above) > 60:
        return False
    items = parse_item_text(above[split_marker(above).length:], finder)
    # (not the home city's name as the page's title: "Busan" over "Sister cities since 1966" and its list)
    return len(items) == 1 and looks_place(items[0].name, finder) and not _is_home(items[0].name, finder)


_YEAR_LINE = re.compile(r"^(?:(?:since|seit|depuis|desde|dal|sinds|desde|from|est\.?|gegr\.?)\s*)?((?:19|20)\d\d)\s*(?:年)?\s*"
                        r"(?:提携|締結|결연|체결|結好|缔结|締約)?\s*$", re.IGNORECASE)


_DETAIL_YEAR = re.compile(r"^(?P<words>(?:[^\W\d_][\w'’.\-]*\s+){0,4}?)(?:(?:since|seit|depuis|desde|dal|sinds|from|od|z|in|est\.?|gegr\.?)\s*)?"
                          r"(?P<y>(?:19|20)\d\d)\s*(?:年|년|r\.?|roku?)?\s*(?:提携|締結|결연|체결|結好|缔结|締約)?$", re.IGNORECASE)


# "Lei Municipal nº 7.101/1996", "Decreto n. 45/2003", "Resolution No. 12-2001": the act that made the tie, its year last
_ACT_YEAR = re.compile(r"^(?:[^\W\d_][\w.]*\s+){1,4}(?:n[º°o.]*\s*|no\.?\s*|nr\.?\s*|№\s*)?[\d.]+\s*[/\-]\s*(?P<y>(?:19|20)\d\d)$",
                      re.IGNORECASE)


def _detail_line(entry: ListEntry, text: str, finder: PlaceFinder) -> bool:
    """A line of a card or a two-line entry that only gives the last entry's country, state, kind
    and/or year ("Luxemburg", "seit 1958", "アメリカ合衆国・1959年提携", "Holandia · miasto partnerskie od
    1994 r.", "Ohio, USA · sister city since 1990", "county, United Kingdom · partnership since 1995");
    sets them on the entry."""
    t = clean(text).strip(" .")
    if not t or len(t) > 90:
        return False
    ym = _YEAR_LINE.match(t)
    if ym:
        entry.since = entry.since or ym.group(1)
        return True
    parts = [x for x in re.split(r"\s*(?:[・·•,，、|]|(?<!\d)/|/(?!\d))\s*|\s{2,}|\u3000+", t) if x]  # "7.101/1996" stays
    if not parts or len(parts) > 4:
        return False
    cc = since = kind = region = None
    loose = 0
    for n, part in enumerate(parts):
        c = finder.country_code(part)
        if c and cc is None and not (looks_place(part, finder) and not c):
            cc = c
            continue
        ym = _YEAR_LINE.match(part) or _DETAIL_YEAR.match(part) or _ACT_YEAR.match(part)
        if ym and since is None:
            since = ym.group(1) if ym.re is _YEAR_LINE else ym.group("y")  # _DETAIL_YEAR, _ACT_YEAR
            kind = kind or next(iter(kinds_in(part)), None)
            continue
        ks = kinds_in(part)
        if ks and kind is None and len(part.split()) <= 5:
            kind = ks[0]
            continue
        if cc is None and region is None and n + 1 < len(parts) and finder.country_code(parts[n + 1]) \
                and finder.is_place_name(part, 0) and (r := finder.resolve(part)).best is not None and r.best.kind == "region":
            region = part  # "Ohio, USA": the state, then the country
            continue
        if n == 0 and part[:1].islower() and len(part.split()) <= 2 and len(parts) > 1:
            loose += 1  # "hrabstwo, Wielka Brytania": what kind of place the entry is
            continue
        if n == 0 and part[:1].isupper() and len(part.split()) <= 3 and len(parts) > 1 \
                and re.fullmatch(r"[^\W\d_][\w'’\- ]*", part) and not finder.find(part, include_countries=True):
            loose += 1  # a country the gazetteer does not know by that name, before a kind or a year
            continue
        return False
    if cc is None and since is None or loose and since is None and kind is None:
        return False
    if len(parts) == 1 and cc is None:
        return False
    if cc and entry.country and entry.country != cc:
        return False
    entry.country = entry.country or cc
    entry.since = entry.since or since
    entry.region = entry.region or region
    if kind:
        entry.kind = kind
    return True


_FIRST_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _card_description(entry: ListEntry, block: Block, text: str, finder: PlaceFinder) -> bool:
    """A short paragraph under an entry written as a card's title — a sub-heading "### Kyoto, Japan" or a line of its
    own "Kioto (Japón)", not a bulleted or numbered item — that tells about that tie and names no other place:
    "Friendship agreement signed in 1990. Cooperation in culture and tourism.", "Acuerdo firmado en 1995.",
    "1990년 협약 체결, 문화 교류". It is the entry's card: the list goes on after it, and its first year is the entry's
    year when the entry has none. A paragraph naming another kind of tie than the entry's is not (it may head the
    next list)."""
    if block.kind != "paragraph" or entry.block.kind not in ("heading", "title", "paragraph") \
            or len(entry.block.text) > 80 or not text or len(text) > 300:
        return False
    if split_marker(text).any or _SECTION_NUMBER.match(text) \
            or not (is_cjk(text) and len(text) >= 6 and re.search(r"[,，。、;；]|\d", text)
                    or re.search(r"(?<![^\W\d_])[a-zà-ÿ]{3,}", text)):
        return False  # an item ("» Zagazika (2004)"), a section ("三、已终止的友好关系") or a bare name: no sentence on the tie
    if is_list_heading(block, text) or parse_item_block(block, finder, True)[0]:
        return False  # the next list's heading ("解消した姉妹都市"), the next card's name ("プロブディフ市（ブルガリア）")
    ks = kinds_in(text)
    if ks and set(ks) != {entry.kind}:
        return False
    if any(m.place is None or m.place.kind != "country" for m in finder.find(text, include_countries=True, learn=False)):
        return False
    y = _FIRST_YEAR.search(text)
    if y and entry.since is None:
        entry.since = y.group(1)
    return True


# a section number of East Asian documents ("三、", "（二）", "가.", "IV.") or a roman one: a section's heading, not a link
_SECTION_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|[가나다라마바사아자차카타파하]\s*[.．)]"
                             r"|[IVX]{1,4}\.\s)")


def _link_line(text: str) -> bool:
    """"Mehr erfahren", "Read more" between the cards of a list (not a numbered section's heading, "三、已终止的友好关系")."""
    t = clean(text)
    return bool(t) and len(t) <= 30 and len(t.split()) <= 3 and not re.search(r"\d", t) and not kinds_in(t) \
        and not _SECTION_NUMBER.match(t)


def _short_line(text: str) -> bool:
    """A heading-like line: short, or a sentence introducing what follows (ends with a colon)."""
    return bool(text) and (len(text) <= 90 or text.rstrip().endswith((":", "："))) and len(text) <= 300


def _is_intro(text: str) -> bool:
    return bool(text) and len(text) <= 400


def _add(lst: PartnerList, it: RawItem, number: int | None, block: Block, base: int, group: str,
         kind: str | None = None, source: str = "list") -> None:
    lst.entries.append(ListEntry(
        name=it.name, sequence=number, country=it.country, since=it.since, kind=kind or it.kind or lst.kind,
        start=base + it.s, end=base + it.e, block=block, group=group, list_id=lst.id, list_title=lst.title,
        source=source, region=it.region))


_TOTAL_ROW = re.compile(r"^(?:(?:grand\s+|sub-?)?totals?|sum|summe|gesamt|insgesamt|totale?|somme|suma|soma|合計|合计|总计|總計|小計|小计|합계|계|총계|итого|всего|toplam)\b",
                        re.IGNORECASE)


def _table_entries(lst: PartnerList, cells: list[Block], finder: PlaceFinder, codes: dict[str, str] | None = None) -> bool:
    roles, has_header = table_columns(cells, finder)
    if "city" not in roles:
        return False
    rows = _rows(cells)[table_title(cells)[1]:]
    body = rows[1:] if has_header else rows
    width = max(len(r) for r in rows)
    owner = _owner_column(body, roles, finder)
    added = 0
    carried: str | None = None  # a kind cell left empty below its first row (merged, or written once) holds for the rows under it
    everything = " ".join(c.text for c in cells)
    for row in body:
        kind = None
        if "kind" in roles:
            kcell = row.get(roles["kind"])
            ktext = clean(kcell.text) if kcell is not None else ""
            ks = cell_kind(ktext, everything, codes)  # also "S" under "S = sister city", "자매", "姉妹", "友好"
            if ks:
                kind = carried = ks
            elif not ktext:
                kind = carried
            else:
                continue  # "network membership", "trade office": the row's kind is no tie
        cell = row.get(roles["city"])
        if cell is None or ended_row(row, roles):
            continue
        if owner is not None and owner in row and not _is_home(clean(row[owner].text), finder):
            lst.foreign_rows.extend(b.index for b in row.values())
            continue  # "원주시 | 로어노크": another town's tie in a table of the region's towns and their partners
        if width >= 3 and len(row) * 2 <= width and not looks_place(_tidy(cell.text), finder):
            continue  # "2 Foreign residents" and its note: a section the reader laid into the table's last rows
        names = split_names(_tidy(cell.text), finder)
        country = region = None
        if "country" in roles and roles["country"] in row:
            country, region = country_and_region(row[roles["country"]].text, finder)
        since = None
        if "year" in roles and roles["year"] in row:
            since = year_of(row[roles["year"]].text)
        if "note" in roles and roles["note"] in row and not region:
            region = _region_note(row[roles["note"]].text, country, finder)  # 비고 "캘리포니아주": the state of the city
        number = None
        if "num" in roles and roles["num"] in row:
            t = clean(row[roles["num"]].text).rstrip(".")
            number = int(t) if t.isdigit() else None
        if _TOTAL_ROW.match(_tidy(cell.text)):
            continue  # "**Total**", "合計", "Summe": a sum row, not a place
        if country is None and len(names) == 1:
            own = parse_item_text(_tidy(cell.text), finder)
            if len(own) == 1 and own[0].country:  # "Quimper, Brittany (FR)": the country (and state) in the city cell
                names, country, region = [own[0].name], own[0].country, region or own[0].region
        for name in names:
            name, qual = strip_qualifier(name, finder)
            if not _plausible_name(name):
                continue
            off = max(0, cell.text.find(name))
            it = RawItem(name, country, since, off, off + len(name), region=region or qual)
            _add(lst, it, number, cell, cell.start, "", kind=kind, source="table")
            added += 1
    return added > 0


def _is_home(text: str, finder: PlaceFinder) -> bool:
    home = finder.home
    if home is None or not text:
        return False
    r = finder.resolve(text)
    if r.best is not None and r.best.key == home.key:
        return True
    f = fold(text)
    return any(f == fold(n) for n in (home.name, home.name_ko, home.name_local) if n) or any(
        f.startswith(fold(n)) and len(f) - len(fold(n)) <= 1 for n in (home.name_ko, home.name_local) if n)


def _owner_column(body: list[dict], roles: dict, finder: PlaceFinder) -> int | None:
    """A column that names, on each row, the town of the home country whose tie the row is ("시·군 | 교류 도시":
    춘천시, 원주시, 강릉시 …): the home city on some rows, other towns of its country on others."""
    home = finder.home
    if home is None or len(body) < 2:
        return None
    for col in sorted({c for r in body for c in r} - set(roles.values())):
        texts = [clean(r[col].text) for r in body if col in r]
        if len(texts) < len(body) - 1 or not texts:
            continue
        homes = [t for t in texts if _is_home(t, finder)]
        if not homes or len(homes) == len(texts):
            continue
        others = [t for t in texts if t not in homes]
        placed = [finder.resolve(t) for t in set(others)]
        if all(r.best is not None and r.best.country_code == home.country_code and r.best.kind in ("city", "region", "district")
               for r in placed):
            return col
    return None


def _sectioned_table(cells: list[Block], finder: PlaceFinder, next_id: int) -> list[PartnerList]:
    """A table divided by rows of one cell merged across it that name a kind ("Pobratimljeni gradovi / Twin
    cities", "Sporazumi o prijateljstvu i suradnji / Friendship and cooperation agreements"): each such row
    starts a list of that kind, its entries the rows under it up to the next such row, one per row (its first
    cell that reads as a place: a bilingual table's other columns name the same place again). A section whose
    rows are not places (visits, projects) gives nothing; a single-cell row naming no kind ends a section."""
    from intercity.core.extraction.tables import _rows

    rows = _rows(cells)
    if len(rows) < 3 or max(len(r) for r in rows) < 2:
        return []
    heads = [i for i, r in enumerate(rows) if len(r) == 1 and kinds_in(clean(next(iter(r.values())).text))
             and _short_line(clean(next(iter(r.values())).text))]
    # two sections at least (one such row over a table is its title), and no column of kinds (which decides per row)
    if len(heads) < 2 or "kind" in table_columns(cells, finder)[0]:
        return []
    out: list[PartnerList] = []
    for h in heads:
        head = next(iter(rows[h].values()))
        title = clean(head.text)
        kinds = kinds_in(title)
        lst = PartnerList(id=next_id + len(out), title=title, kind=kinds[0], heading=head, kinds=kinds)
        for row in rows[h + 1:]:
            if len(row) == 1:
                break
            for col in sorted(row):
                cell = row[col]
                items = parse_item_text(_tidy(cell.text), finder)
                if len(items) == 1 and looks_place(items[0].name, finder):
                    off = max(0, cell.text.find(items[0].name))
                    it = items[0]
                    it.s, it.e = off, off + len(it.name)
                    _add(lst, it, None, cell, cell.start, "", source="table")
                    break
        if lst.entries:
            out.append(lst)
    return out


def split_names(name: str, finder: PlaceFinder) -> list[str]:
    """Two places on one line or card ("Corinto / El Realejo") are two entries; two names of one
    place ("Fiume / Rijeka", "Danzig / Gdańsk") are one."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*／\s*", name) if p.strip()]
    if len(parts) != 2 or not all(_plausible_name(p) and finder.is_place_name(p, 0) for p in parts):
        return [name]
    a, b = (finder.resolve(p) for p in parts)
    keys_a = {x.key for x in [a.best, *a.alternatives] if x is not None}
    keys_b = {x.key for x in [b.best, *b.alternatives] if x is not None}
    return [name] if keys_a & keys_b else parts


def _is_region(text: str, country: str | None, finder: PlaceFinder) -> bool:
    r = finder.resolve(text, country=country, prefer_kind="region")
    return r.best is not None and r.best.kind == "region" and r.status == "resolved"


def _region_note(text: str, country: str | None, finder: PlaceFinder) -> str | None:
    t = clean(text).strip(" .")
    return t if t and len(t) <= 30 and _is_region(t, country, finder) else None


def _bracket_in_its_name(name: str, finder: PlaceFinder) -> bool:
    r = finder.resolve(name)
    return r.best is not None and not r.ambiguous and r.confidence >= 0.95 and "(" in r.best.name \
        and fold(r.best.name) == fold(name)


def strip_qualifier(name: str, finder: PlaceFinder) -> tuple[str, str | None]:
    """"Horta (Açores)", "George Town (Penang)": a region in brackets after a name qualifies it; so does
    a province or state written first ("장쑤성 우시시", "江苏省 无锡市")."""
    m = re.fullmatch(r"(?P<n>.+?)\s*[(（](?P<q>[^()（）]{2,40})[)）]", name)
    if m and _bracket_in_its_name(name, finder):
        return name, None  # "Halle (Saale)", "Frankfurt (Oder)": the gazetteer writes the bracket as part of the name
    if m and not finder.country_code(m.group("q")) and finder.is_place_name(m.group("n").strip(), 0) \
            and finder.is_place_name(m.group("q").strip(), 0):
        return _tidy(m.group("n")), m.group("q").strip()
    w = _ward_of_city(name, finder)
    if w:
        return w.group("n"), w.group("q").strip()
    m = re.fullmatch(r"(?P<q>\S{2,12})[ \u3000]+(?P<n>\S{2,20})", name)
    if m and is_cjk(name) and m.group("q")[-1] in "성주도省州縣县" and looks_place(m.group("n"), finder) \
            and (_is_region(m.group("q"), None, finder) or not finder.is_place_name(m.group("q"), 0)):
        return m.group("n"), m.group("q")
    # "弗吉尼亚州里士满市", "캘리포니아주어바인시": a state glued before a city, both known
    if is_cjk(name) and " " not in name and len(name) >= 5:
        for k in range(2, len(name) - 2):
            if name[k - 1] in "州省道縣县주도" and name[-1] in "市시" and _is_region(name[:k], None, finder) \
                    and looks_place(name[k:], finder):
                return name[k:], name[:k]
    return name, None


def heading_claims(lst: PartnerList) -> list[tuple[str, int | None, int | None]]:
    """(text, cities, countries) claimed by a list's heading."""
    return [(c.text, c.cities, c.countries) for c in find_claims(lst.title)]
