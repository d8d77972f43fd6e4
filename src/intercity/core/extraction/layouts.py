"""More partner-list layouts (split from lists.py to keep modules small):

- **a table whose columns are kinds** ("洲別 | 姊妹市 | 友好交流城市", one row per continent): each
  cell of a kind column holds one or more entries, one a line or separated by 、/，/;, often with the
  country written first ("美國 爾灣市", "日本岐阜市"). A table whose kind columns hold numbers is a
  count table, not a list.
- **inline labelled lists**: "友好城市（4个）：日本岐阜市、日本福井市。友好交流城市（3个）：…",
  "Sister cities: Lyon (France), Kyoto (Japan)." — a kind word, an optional count in brackets and a
  colon, then an enumeration up to the end of the sentence; several in one paragraph.
"""

from __future__ import annotations

import copy
import re

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.kinds import kind_spans, kinds_in
from intercity.core.extraction.lists import (ListEntry, PartnerList, RawItem, _add, _detail_line, _plausible_name, _tidy,
                                             country_prefix, looks_place, parse_item_text)
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.tables import _rows, second_tier, stem_kind, table_title
from intercity.core.extraction.text import clean, deocr, is_cjk, split_marker

_EMPTY_CELL = re.compile(r"^[\s\-–—―/・·.]*$|^\d+$")
_PIECES = re.compile(r"\s*(?:\n|[、，；;]|,(?![^()（）]*[)）])|(?<=[)）])\s*·)\s*")  # "자싱시('05)·징저우시('09)": a dot after a bracket
# Korean reports abbreviate countries to one syllable in brackets ("지치부시(일, '83)", "(이상 중)": all the above in China)
_KO_COUNTRY = {"일": "JP", "미": "US", "러": "RU", "중": "CN", "영": "GB", "독": "DE", "불": "FR", "프": "FR", "호": "AU",
               "캐": "CA", "이": "IT", "서": "ES", "베": "VN", "몽": "MN", "대": "TW", "필": "PH", "인": "IN", "태": "TH",
               "뉴": "NZ", "브": "BR", "멕": "MX", "터": "TR", "카": "KZ", "우": "UZ"}
_KO_ENTRY = re.compile(r"^(?P<name>[가-힣]{2,15}?)\s*[(（]\s*(?:(?P<cc>[가-힣]{1,8})\s*[,，]\s*)?['’‘]?(?P<yy>\d{2}|\d{4})\s*[)）]"
                       r"\s*(?:[(（]\s*이상\s*(?P<grp>[가-힣]{1,8})\s*[)）])?$")


def _korean_entry(t: str, finder: PlaceFinder) -> tuple[RawItem, str | None] | None:
    """"지치부시(일, '83)", "자싱시('05)", "더양시('12)(이상 중)": (the entry with its country and year, the country of a
    trailing "(이상 X)" that holds for the entries before it too)."""
    m = _KO_ENTRY.match(t)
    if not m or not looks_place(m.group("name"), finder):
        return None

    def code(word):
        if not word:
            return None
        return _KO_COUNTRY.get(word) if len(word) == 1 else finder.country_code(word)

    yy = m.group("yy")
    year = yy if len(yy) == 4 else ("20" + yy if int(yy) <= 40 else "19" + yy)
    grp = code(m.group("grp"))
    return RawItem(m.group("name"), code(m.group("cc")) or grp, year, 0, len(m.group("name"))), grp


def _entry_piece(piece: str, finder: PlaceFinder) -> RawItem | None:
    """One entry written in a cell or an enumeration: "美國 爾灣市", "日本岐阜市", "Lyon (France)", "Kyoto"."""
    t = _tidy(piece)
    t = re.sub(r"^(?:and|et|und|y|e|en|i|och|ve|ir|un|ja|og|dan|és|și|及|和|与|與|및)\s+", "", t)
    if not t or _EMPTY_CELL.match(t):
        return None
    ko = _korean_entry(piece.strip(), finder)
    if ko is not None:
        return ko[0]
    items = parse_item_text(t, finder)
    if len(items) == 1 and (items[0].country or looks_place(items[0].name, finder)):
        return items[0]
    cc, rest = country_prefix(t, finder)
    if cc and _plausible_name(rest):
        return RawItem(rest, cc, None, len(t) - len(rest), len(t))
    if _plausible_name(t) and looks_place(t, finder):
        return RawItem(t, None, None, 0, len(t))
    m = re.fullmatch(r"(\S{1,5})[ \u3000]+(\S{2,15})", t)
    if m and is_cjk(t) and (looks_place(m.group(2), finder) or m.group(2)[-1] in "市鎮镇町村郡州省縣县"):
        return RawItem(m.group(2), None, None, m.start(2), len(t))  # "印尼 山口洋市": a country the gazetteer lacks
    return None


def _pieces(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _PIECES.finditer(text + "\n"):
        piece = text[pos:m.start()]
        if piece.strip():
            out.append((pos + len(piece) - len(piece.lstrip()), piece.strip()))
        pos = m.end()
    return out


def kind_columns(cells: list[Block]) -> dict[int, str]:
    """{column: kind} when two or more header cells name different kinds ("姊妹市 | 友好交流城市")."""
    rows = _rows(cells)[table_title(cells)[1]:]
    if len(rows) < 2:
        return {}
    cols: dict[int, str] = {}
    heads = [clean(c.text) for c in rows[0].values()]
    for col, cell in rows[0].items():
        t = clean(cell.text)
        ks = kinds_in(t)
        if len(ks) == 1 and len(t) <= 30:
            cols[col] = "friendship" if ks[0] == "sister" and second_tier(t, heads) else ks[0]  # "姊妹市 | 友好城市"
    return cols if len(set(cols.values())) >= 2 else {}


def kind_column_entries(lst: PartnerList, cells: list[Block], finder: PlaceFinder) -> bool:
    """Entries of a table whose columns are kinds (see the module doc); False for a count table."""
    cols = kind_columns(cells)
    if not cols:
        return False
    rows = _rows(cells)[table_title(cells)[1]:]
    found: list[tuple[RawItem, Block, str]] = []
    for row in rows[1:]:
        for col, kind in sorted(cols.items()):
            cell = row.get(col)
            if cell is None:
                continue
            for off, piece in _pieces(cell.text):
                it = _entry_piece(piece, finder)
                if it is not None:
                    found.append((RawItem(it.name, it.country, it.since, off + it.s, off + it.s + len(it.name),
                                          it.kind, it.region), cell, kind))
    if not found:
        return False
    for it, cell, kind in found:
        _add(lst, it, None, cell, cell.start, "", kind=kind, source="table")
    return True


# ---------------------------------------------------------------- inline labelled lists

# (the home city named between the kind word and the colon, in up to four words: "Vinarbýir hjá Tórshavnar kommunu:",
# "Citads partenarias da Cuira:", "Il-bliet ġemellati mal-Belt Valletta:")
_LABEL_TAIL = re.compile(r"^(?:\s+[^\W\d][^\s:：.;!?()（）]*){0,4}?\s*(?:[(（]\s*\d{1,3}\s*(?:个|個|개|か所|cities|villes|città|Städte)?\s*[)）])?"
                         r"\s*[:：]\s*")
_SEGMENT_END = re.compile(r"[。！？]|\.(?:\s|$)|\n\n")


def inline_segments(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each "KIND (N): enumeration" segment of ``text``."""
    out = []
    spans = kind_spans(text)
    for n, (ks, ke, kind) in enumerate(spans):
        m = _LABEL_TAIL.match(text[ke:])
        if not m:
            continue
        start = ke + m.end()
        nxt = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        end_m = _SEGMENT_END.search(text, start)
        end = min(end_m.start() if end_m else len(text), nxt)
        if end > start:
            out.append((kind, start, end))
    return out


def inline_lists(doc: ParsedDocument, finder: PlaceFinder, skip_blocks: set[int], first_id: int) -> list[PartnerList]:
    """Lists written inline after "KIND (N):" in a paragraph (see the module doc): each segment whose
    pieces are all entries (most of them known places, or written with their country first)."""
    lists: list[PartnerList] = []
    for b in doc.blocks:
        if b.index in skip_blocks or b.kind == "table_cell":
            continue
        for kind, s, e in inline_segments(b.text):
            seg = b.text[s:e]
            pieces = _pieces(re.sub(r"\s+(?:and|et|und|y|e|en|i|och|ve|ir|un|ja|og|dan|és|și|agus|u|a|in|hag|ha|eta|dhe|və|we|va|ва|жана|және|и|і|та)\s+|[及和与與및]", lambda m: "," + " " * (len(m.group(0)) - 1), seg)
                             if not is_cjk(seg) else re.sub(r"(?<=[市县縣鎮镇州省])(?:及|和|与|與)", "、", seg))
            items = [(off, _entry_piece(p, finder)) for off, p in pieces]
            if not items or any(it is None for _, it in items):
                continue
            for k, (off, p) in enumerate(pieces):  # "(이상 중)": the country of the entries before it as well
                ko = _korean_entry(p, finder)
                if ko is not None and ko[1]:
                    for _, it in items[:k]:
                        it.country = it.country or ko[1]
            known = sum(1 for _, it in items if looks_place(it.name, finder))
            if known * 2 < len(items):
                continue
            lst = PartnerList(id=first_id + len(lists), title=clean(b.text[:s]).strip(" :："), kind=kind, heading=b,
                              kinds=[kind])
            for off, it in items:
                _add(lst, RawItem(it.name, it.country, it.since, off + it.s, off + it.s + len(it.name), it.kind, it.region),
                     None, b, b.start + s, "", kind=kind)
            lists.append(lst)
    return lists


def country_heading(text: str, finder: PlaceFinder) -> str | None:
    """The country of a line that only names a country in capitals ("BULGARİSTAN", "ÇİN HALK
    CUMHURİYETİ", "NEW ZEALAND"): a group heading over the cities of that country in a list."""
    t = clean(text).strip().rstrip(":：")
    if not t or len(t) > 40 or t != t.upper() or not any(ch.isalpha() for ch in t) or is_cjk(t):
        return None
    return finder.country_code(t) or finder.country_code(t.title())


# ---------------------------------------------------------------- cards, records and sections inside a list

def next_section(heading: str, number: int | None, items: list[RawItem], finder: PlaceFinder, is_heading: bool = False) -> bool:
    """An item numbered one more than the list's own numbered heading — or a heading numbered more than it ("3
    Exchange projects" after "1 Sister cities" and its table) —, and not a place, is the next section."""
    own = split_marker(deocr(heading)).number
    if own is None or number is None or not (number == own + 1 or is_heading and number > own):
        return False
    return len(items) == 1 and not looks_place(items[0].name, finder)


def group_item(block: Block, finder: PlaceFinder) -> list[RawItem]:
    """A bulleted or numbered line under a country heading of a list ("» Kayrevan (2000)"): one capitalised
    name, maybe with a year, is an entry of that country even when the gazetteer lacks the name."""
    raw = deocr(block.text)
    marker = split_marker(raw)
    if not (marker.bullet or marker.number is not None):
        return []
    items = parse_item_text(raw[marker.length:], finder)
    if len(items) != 1 or kinds_in(items[0].name) or len(items[0].name.split()) > 4 or not items[0].name[:1].isupper():
        return []
    return items


def card_place_line(entry: ListEntry, prev: Block, text: str, following: str, finder: PlaceFinder) -> bool:
    """A card of three lines — the name, "Region, Country", then the relationship ("Relationship: Sister
    city · since 2013") — : the middle line is where the entry lies, whatever the region's name (a
    region the gazetteer lacks or knows as a city), when the line right after it is the entry's detail."""
    t = clean(text).strip(" .")
    if not entry.country and entry.block is prev and re.fullmatch(r"[^\W\d_][\w'’\-]*(?: [\w'’\-]+){0,2}", t) and t[0].isupper() \
            and not finder.find(t, include_countries=True):
        # "Bakoe / Azerbeidjan / susterstad · 2012": a country the gazetteer does not know by that name, between the
        # name and its detail line
        probe = copy.copy(entry)
        return _detail_line(probe, following, finder) and bool(probe.kind or probe.since) and not probe.country
    if entry.country or entry.block is not prev or not re.fullmatch(r"[^,，()（）]{2,40}[,，]\s*[^,，()（）]{2,40}", t):
        return False  # "Maranhão, Brazil"; "洛陽市（中国）" is an entry of its own
    items = parse_item_text(text, finder)
    if len(items) != 1 or not items[0].country or items[0].since or items[0].kind or len(items[0].name.split()) > 4:
        return False
    probe = copy.copy(entry)
    if not _detail_line(probe, following, finder) or not (probe.kind or probe.since) or probe.country:
        return False
    entry.country, entry.region = items[0].country, entry.region or items[0].region or items[0].name
    return True


# ---------------------------------------------------------------- legends

# a legend's symbol: a star, a diamond, a circle, a square, a triangle … (not a letter, a digit or a bracket)
_LEGEND_SYMBOLS = "★☆◆◇●○■□▲△▼▽♦◊♥♣♠✦✧❖◼◉◎✓✔✗✘†‡§*"
_LEGEND_KEY = re.compile(r"(?:^|(?<=\s))([" + re.escape(_LEGEND_SYMBOLS) + r"])\s*(?:[–—=:＝：]|-(?=\s))\s*")
# the same keys without a separator ("● sister city   ○ friendship city"): only as a line of two or more keys
_LEGEND_BARE = re.compile(r"(?:^|(?<=[\s\u3000]))([" + re.escape(_LEGEND_SYMBOLS) + r"])[ \u3000]*(?=[^\W\d_])")
_LEGEND_LABEL = re.compile(r"^[^\W\d_][\w\s]{0,30}[:：]\s*$")
# a footnote explaining a mark written after entries ("Utrecht (2012)*" … "* friendship city")
_FOOTNOTE = re.compile(r"^\s*([*†‡§¹²³])\s*(?:[–—=:＝：]\s*)?(?P<words>[^\W\d_][^\n]{0,60})$")


def _legend_keys(text: str, keys: list) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for k, m in enumerate(keys):
        words = text[m.end(): keys[k + 1].start() if k + 1 < len(keys) else len(text)].strip(" \t\n;,.|/、，\u3000")
        if not words or len(words.split()) > 8 or "\n" in words:
            return None
        kinds = kinds_in(words)
        if len(kinds) == 1 and m.group(1) not in out:
            out[m.group(1)] = kinds[0]
    return out


def legend(text: str) -> dict[str, str]:
    """A legend explaining symbols by kinds ("★ – sister city  ◆ – friendship city  ● – cooperation agreement",
    "◎＝姉妹都市　○＝友好都市", one a line or several on one): {symbol: kind} for every key naming one kind; {} when the
    text is not only such keys (a short label like "Key:" may come first). Keys written without a separator
    ("● sister city   ○ friendship city") count when the line holds two or more of them, each naming one kind (one
    alone is a bulleted heading)."""
    keys = list(_LEGEND_KEY.finditer(text))
    if not keys or (keys[0].start() > 0 and not _LEGEND_LABEL.match(text[:keys[0].start()])):
        bare = list(_LEGEND_BARE.finditer(text))
        if len(bare) < 2 or "\n" in text.strip() or (bare[0].start() > 0 and not _LEGEND_LABEL.match(text[:bare[0].start()])):
            return {}
        out = _legend_keys(text, bare)
        return out if out and len(out) == len(bare) else {}
    return _legend_keys(text, keys) or {}


def footnote(text: str) -> dict[str, str]:
    """A footnote naming one kind for a mark ("* friendship city", "† Städtefreundschaft"): {mark: kind}."""
    m = _FOOTNOTE.match(text)
    if not m or len(m.group("words").split()) > 8:
        return {}
    kinds = kinds_in(m.group("words"))
    return {m.group(1): kinds[0]} if len(kinds) == 1 else {}


def _legends(doc: ParsedDocument) -> tuple[dict, dict]:
    """({slide: {symbol: kind}}, {slide: {footnote mark: kind}}) of the document's legends and footnotes."""
    legends: dict[int | None, dict[str, str]] = {}
    notes: dict[int | None, dict[str, str]] = {}
    for b in doc.blocks:
        found = legend(b.text)
        if not found:
            # a legend in a heading's closing bracket: "Partner network (★ sister city, ◆ friendship city)"
            inner = re.search(r"[(（]([^()（）]{4,120})[)）]\s*$", b.text)
            found = legend(inner.group(1).replace(",", " ").replace("，", " ")) if inner else {}
        if found:
            legends.setdefault(b.slide, {}).update(found)
        for line in b.text.split("\n"):
            found = footnote(line)
            if found:
                notes.setdefault(b.slide, {}).update(found)
    return legends, notes


def _marked_kind(doc: ParsedDocument, legends: dict, notes: dict, block: Block, start: int, end: int,
                 alone: bool) -> str | None:
    """The kind of the mark an entry (``start``–``end`` in ``block``) carries: a footnote's mark written right onto it or
    its bracket ("Utrecht (2012)*"), else a legend's symbol before it in its block ("★ Ankara") or, when it is the block's
    only entry, after it ("Ankara ★")."""
    marks = notes.get(block.slide)
    if marks:
        line_end = doc.text.find("\n", end, block.end)
        tail = doc.text[end:line_end if line_end >= 0 else block.end]
        m = re.search(r"[^\s*†‡§¹²³]([*†‡§¹²³])\s*$", doc.text[start:end] + tail)
        opened = doc.text[max(block.start, start - 2):start].rstrip("_").endswith(m.group(1)) if m else False
        if m and m.group(1) in marks and not opened:  # not "*Lyon*": Markdown emphasis
            return marks[m.group(1)]
    keys = legends.get(block.slide)
    if not keys:
        return None
    found = [ch for ch in doc.text[block.start:start] if ch in keys]
    if not found and alone:
        found = [ch for ch in doc.text[end:block.end] if ch in keys][:1]
    return keys[found[-1]] if found else None


def apply_legends(doc: ParsedDocument, lists: list[PartnerList]) -> None:
    """Entries marked with a symbol a legend explains ("★ Ankara" under "★ – sister city") take the symbol's kind, and
    entries marked with a footnote's mark take the footnote's. A legend holds for the entries of its slide (of the whole
    document when it has no slides)."""
    legends, notes = _legends(doc)
    if not legends and not notes:
        return
    for lst in lists:
        for e in lst.entries:
            kind = _marked_kind(doc, legends, notes, e.block, e.start, e.end,
                                sum(1 for x in lst.entries if x.block is e.block) == 1)
            if kind:
                e.kind = kind


def apply_legends_to_facts(doc: ParsedDocument, facts: list) -> None:
    """The same marks on the ties the fallback and the partner model proposed (a list under a heading naming no kind,
    its legend written after it): each takes its mark's kind instead of the nearest kind word's."""
    legends, notes = _legends(doc)
    if not legends and not notes:
        return
    for f in facts:
        ev = f.evidence
        if ev is None or ev.attachment is not None or ev.block is None or ev.block >= len(doc.blocks) \
                or not f.list_title.startswith(("fallback:", "model:")):
            continue
        block = doc.blocks[ev.block]
        alone = sum(1 for g in facts if g.evidence is not None and g.evidence.block == ev.block
                    and g.evidence.attachment is None) == 1
        kind = _marked_kind(doc, legends, notes, block, ev.start, ev.end, alone)
        if kind:
            f.kind = kind


# ---------------------------------------------------------------- kind stems as an entry's tag

_TAG_BRACKET = re.compile(r"[(（\[【〔]([^()（）\[\]【】〔〕\n]{1,40})[)）\]】〕]")


def apply_stem_tags(doc: ParsedDocument, lists: list[PartnerList]) -> None:
    """An entry tagged in brackets with a kind word's stem alone ("Sapporo, Japan (sister, 1959)", "天津（中国）【友好】",
    "히로시마 (우호)") takes that kind: the stem is completed by the word for a city of the list's own language
    (``tables.stem_kind``, its heading as context). Tags written in full are read by the item parser already."""
    for lst in lists:
        context = (heading_text_of(lst) + " " + doc.text[:2000])
        for e in lst.entries:
            if e.source != "list":
                continue
            line_end = doc.text.find("\n", e.end, e.block.end)
            tail = doc.text[e.end:line_end if line_end >= 0 else e.block.end]
            for m in _TAG_BRACKET.finditer(tail):
                first = re.split(r"[,，、;；]", m.group(1))[0].strip()
                if kinds_in(first):
                    break  # written in full: the item parser has read it
                kind = stem_kind(first, context)
                if kind:
                    e.kind = kind
                    break


def heading_text_of(lst: PartnerList) -> str:
    return lst.title or (lst.heading.text if lst.heading is not None else "")


def apply_second_tier(lists: list[PartnerList]) -> None:
    """Lists headed 姊妹市 / 姐妹城市 and, apart, 友好城市 (Taiwan's two tiers): the 友好城市 list is friendship."""
    titles = [lst.title for lst in lists if lst.heading is not None]
    for lst in lists:
        if lst.heading is None or lst.kind != "sister" or not second_tier(lst.title, titles):
            continue
        lst.kind = "friendship"
        for e in lst.entries:
            if e.kind == "sister" and e.source == "list":
                e.kind = "friendship"
