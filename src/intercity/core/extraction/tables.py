"""Tables in a document's blocks: the cells of each table, its rows, its title row and which of
its columns hold the city, the country, the year and the kind (header words in several languages);
project and status tables are told apart from partner tables. Used by ``lists.py`` (partner
tables) and ``cooperation.py`` (item tables).
"""

from __future__ import annotations

import re

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.kinds import kinds_in
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.text import clean


_COL_WORDS = {
    "num": r"^(?:no\.?|nr\.?|n[º°o]\.?|#|번호|연번|순번|番号|順|序号|número)$",
    "city": r"city|cities|partner|name|town|municipality|place|都市|도시|城市|市|ciudad|ville|stadt|città|citta|cidade|stad|steden"
            r"|gemeente|comune|municipio|自治体|자치단체|지역"
            # Indonesian/Malay, Tagalog, Slavic, Hungarian, Finnish, Turkish, Vietnamese, Thai, Greek, Cyrillic
            r"|\bkota\b|\bbandar\b|lungsod|miast|\bměst|\bmest|\bgrad\b|gradovi|város|kaupun|şehir|sehir|thành\s+phố|เมือง|πόλη|πόλεις"
            r"|город|місто|қала|хот\b|ქალაქ"
            # Nordic, Baltic, Romanian, South Slavic, Albanian, Irish, Icelandic, Swahili; Arabic, Hebrew, Persian, Urdu,
            # Hindi, Bengali, Armenian, Uzbek, Azerbaijani
            r"|^by(?:er)?$|kommun|^ort$|städer|linn|pilsēt|miest|oraș|oras\b|municipi|град|општин|δήμο|qytet|cathair|^bær$"
            r"|sveitarf|\bmji\b|jiji|\bhiri|ciutat|\bdd?inas\b|\btref\b|gemeng|stêd|vischnanca|citad\b|^býur$|^kêr|baile|bailtean|munisipal"
            r"|مدينة|مدن|بلدية|עיר|ערים|شهر|شہر|शहर|नगर|শহর|নগর|քաղաք|shahar|şəhər|belediye|горад",
    "country": r"country|nation|国|국가|나라|国家|país|pais|pays|land|staat|paese|國|negara|država|\bkraj\b|krajina|ország|\bmaa\b|ülke"
               r"|quốc\s+gia|ประเทศ|χώρα|страна|країна|улс|ქვეყანა"
               r"|riik|valsts|šalis|[țt]ar[ăa]|държава|држава|земја|shtet|vend\b|pajji|^tír$|nchi\b|мемлекет"
               r"|herrialde|estatu|gwlad|\blân\b|pajais|dùthaich"
               r"|دولة|بلد|מדינה|ארץ|کشور|ملک|देश|দেশ|երկիր|davlat|mamlakat|ölkə|краіна|^země$|^ел$",
    "year": r"year|since|date|signed|提携|締結|年|연도|체결|결연|일자|año|fecha|année|annee|jahr|datum|seit|depuis|desde"
            r"|时间|日期|缔结|结好|sinds|jaar|anno|dal\b|ano\b|締結日期|tahun|godina|\brok\b|\bév\b|vuosi|\byıl|\bnăm\b|ปี|έτος|год"
            r"|^år$|^ár$|aasta|gads|metai|^anul$|година|viti|^sena$|bliain|mwaka|жыл|سنة|عام|تاريخ|שנה|תאריך|سال|تاریخ"
            r"|वर्ष|साल|বছর|সাল|տարի|ամսաթիվ|\byil\b"
            r"|\burte|^data$|^any$|blwyddyn|dyddiad|^joer$|^jier$|^onn$|bloaz|deiziad|bliadhna|sedert"
            # "since" alone as the header ("Sedan" is also a French town, "Од" the Aude)
            r"|^sedan$|^sejak$|^od(?:\s+roku)?$|^з\s+года$|^tangu$|^siden$|^síðan$|^nuo$|^alates$|^din$|^από$|^от$|^с\s+года$",
    "note": r"^(?:비고|備考|备注|備註|remarks?|notes?|bemerkung(?:en)?|observations?|observaciones|osservazioni|opmerkingen?)$",
    "kind": r"type|kind|relation|relaci[óo]n|category|区分|구분|유형|관계|종류|種別|種類|类型|关系|類型|類別|类别|种类|tipo|catégorie|categorie|\bart\b"
            r"|soort|categoria|rapporto|relação|relacao|verhältnis|beziehung|band\b|bentuk|jenis|vrsta|\btyp\b|rodzaj|\btür\b|loại"
            r"|ประเภท|είδος|вид\b|тип\b|тып\b"
            r"|^tip$|^typ$|liik|tüüp|veids|rūšis|tipas|lloji|cineál|tegund|aina\b|түрі|төрөл|növ"
            r"|^mota$|^tipus$|^math$|soarte|^slag$|^rizh$|seòrsa|^tipe$"
            r"|نوع|علاقة|العلاقة|סוג|קשר|رابطه|نوعیت|प्रकार|ধরন|প্রকার|տեսակ|կապ",
}


# ---------------------------------------------------------------- kinds written short in a kind column
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SISTER_STEM = re.compile(r"[姊姐]妹")
# a key of one or two letters explained by a kind ("S = sister city, F = friendship city", "P: Partnerstadt")
_LETTER_KEY = re.compile(r"(?:^|(?<=[\s,;(（]))([A-Z][A-Za-z]?)\s*(?:[=:＝：–—]|-(?=\s))\s*")
_CODE_LABEL = re.compile(r"^[^\W\d_][\w\s]{0,30}[:：]\s*$")


def letter_codes(doc: ParsedDocument) -> dict[str, str]:
    """{code: kind} from the document's lines that explain one- or two-letter codes by kinds ("S = sister city,
    F = friendship city", "Legend: P – Partnerstadt; F – Städtefreundschaft"); a line counts only when every key on
    it names exactly one kind."""
    out: dict[str, str] = {}
    for b in doc.blocks:
        if len(b.text) > 400:
            continue
        for line in b.text.split("\n"):
            keys = list(_LETTER_KEY.finditer(line))
            if not keys or keys[0].start() > 0 and not _CODE_LABEL.match(line[:keys[0].start()]):
                continue
            found: dict[str, str] = {}
            for k, m in enumerate(keys):
                words = line[m.end(): keys[k + 1].start() if k + 1 < len(keys) else len(line)].strip(" \t,;.|/()（）")
                kinds = kinds_in(words)
                if len(kinds) != 1 or not words or len(words.split()) > 6:
                    found = {}
                    break
                found[m.group(1)] = kinds[0]
            out.update(found)
    return out


_FRIENDLY_CITY = re.compile(r"友好(?:城)?市")


def second_tier(text: str, others: list[str]) -> bool:
    """Chinese text naming 友好城市 (not with 姊妹/姐妹) among others of which one names 姊妹市/姐妹城市: the document
    writes two tiers, as Taiwan does (姊妹市, then 友好城市), and 友好城市 is the second, friendship. Alone, 友好城市 is
    the mainland's formal twin relation, sister (docs/evaluation.md)."""
    return bool(_FRIENDLY_CITY.search(text)) and not _SISTER_STEM.search(text) and any(_SISTER_STEM.search(o) for o in others)


# "exchange" alone names any exchange (a column of exchange fields, a programme), not a tie, although 교류도시 and
# 交流都市 ("exchange city") are kind words
_ANY_EXCHANGE = frozenset(("교류", "交流"))


def stem_kind(text: str, context: str = "") -> str | None:
    """The kind a kind word's stem written alone names, completed by its script's word for a city: "자매"/"우호" + 도시,
    "姉妹"/"友好" + 都市 where ``context`` (the table, the list) is Japanese (kana, or 都市 written), "姊妹" + 市 /
    "友好交流" + 城市 in Chinese, "sister"/"twin"/"friendship" + " city"/" town". In a Chinese context that also writes
    姊妹/姐妹, a bare "友好" is the second tier, friendship (Taiwan's 姊妹市 / 友好城市); alone, "友好" is the
    mainland's 友好城市, sister (docs/evaluation.md)."""
    t = clean(text).strip(" ()[]（）【】")
    if not t or len(t) > 12 or t in _ANY_EXCHANGE:
        return None
    if _HANGUL.search(t):
        ks = kinds_in(t + "도시") if len(t) <= 4 else []
    elif _HAN.search(t):
        if len(t) > 4:
            return None
        if _KANA.search(context) or "姉" in t or "都市" in context:
            ks = kinds_in(t + "都市")
        elif t == "友好" and _SISTER_STEM.search(context):
            return "friendship"
        else:
            ks = kinds_in(t + "城市") or kinds_in(t + "市")
    elif re.fullmatch(r"[^\W\d_]{4,12}", t):
        ks = kinds_in(t + " city") or kinds_in(t + " town")
    else:
        return None
    return ks[0] if ks else None


def cell_kind(text: str, table_text: str = "", codes: dict[str, str] | None = None) -> str | None:
    """The kind a kind column's cell names: a kind word ("Sister city", "자매도시"), a code a legend explains ("S"), or
    a kind word's stem written short ("자매", "姉妹", "友好": ``stem_kind`` with the table as context)."""
    ks = kinds_in(text)
    if ks:
        return ks[0]
    t = clean(text).strip(" ()[]（）【】")
    if codes and t in codes:
        return codes[t]
    return stem_kind(t, table_text) if len(t) <= 4 or not _HAN.search(t) and not _HANGUL.search(t) else None


def tables(doc: ParsedDocument) -> list[list[Block]]:
    """Consecutive table cells grouped into tables (a new table where the row number starts again); a block of
    delimited lines (``delimited_cells``) is a table of its own, its cells carrying the block's index."""
    out: list[list[Block]] = []
    cur: list[Block] = []
    last_row = 0
    for b in doc.blocks:
        if b.kind != "table_cell" or b.row is None:
            if cur:
                out.append(cur)
                cur, last_row = [], 0
            cells = delimited_cells(b)
            if cells:
                out.append(cells)
            continue
        if cur and (b.row < last_row or b.slide != cur[-1].slide):
            out.append(cur)
            cur = []
        cur.append(b)
        last_row = b.row
    if cur:
        out.append(cur)
    return out


# a delimiter between the fields of a line of data: ";" "|" or a tab, else a comma in a header of bare column names
_DELIMITERS = (";", "\t", "|", ",")
_FIELD_NAME = re.compile(r"[^\W\d][\w.\-/]{0,30}")


def delimited_cells(b: Block) -> list[Block]:
    """A block of delimited lines (CSV pasted into a page, tab-separated text): a header line and two or more
    lines that all split into the same number (three or more) of fields on one delimiter. Returns one
    ``table_cell`` per field (row and column from 1; offsets inside the block; the block's own index), else []."""
    if b.kind in ("table_cell", "title", "heading") or "\n" not in b.text:
        return []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", b.text) if m.group().strip()]
    if len(lines) < 3:
        return []
    for d in _DELIMITERS:
        widths = {ln.rstrip().rstrip(d).count(d) + 1 for _, ln in lines}
        if len(widths) != 1 or widths.pop() < 3:
            continue
        head = [f.strip() for f in lines[0][1].split(d)]
        if d == "," and not all(_FIELD_NAME.fullmatch(f) for f in head):
            continue
        cells = []
        for row, (at, ln) in enumerate(lines, 1):
            pos = 0
            for col, field in enumerate(ln.rstrip().rstrip(d).split(d), 1):
                lead = len(field) - len(field.lstrip())
                s = b.start + at + pos + lead
                cells.append(Block(index=b.index, text=field.strip(), start=s, end=s + len(field.strip()), kind="table_cell",
                                   page=b.page, slide=b.slide, paragraph=b.paragraph, row=row, col=col, line=b.line))
                pos += len(field) + len(d)
        return cells
    return []


def _rows(cells: list[Block]) -> list[dict[int, Block]]:
    rows: dict[int, dict[int, Block]] = {}
    for c in cells:
        rows.setdefault(c.row or 0, {})[c.col or 0] = c
    return [rows[k] for k in sorted(rows)]


def table_title(cells: list[Block]) -> tuple[str, int]:
    """A first row holding one cell over a table of several columns is the table's title ("Cidades-irmãs
    e acordos internacionais", a row merged across the table): (its text, rows to skip)."""
    rows = _rows(cells)
    if len(rows) >= 3 and len(rows[0]) == 1 and max(len(r) for r in rows[1:]) >= 2:
        return clean(next(iter(rows[0].values())).text), 1
    return "", 0


def table_columns(cells: list[Block], finder: PlaceFinder) -> tuple[dict[str, int], bool]:
    """Column roles by the header row (or, lacking one, by content). Returns (roles, has_header).
    A title row merged across the table ("Sister cities (2024)") is skipped first."""
    rows = _rows(cells)
    rows = rows[table_title(cells)[1]:]
    if not rows:
        return {}, False
    header = rows[0]
    roles: dict[str, int] = {}
    for col, cell in sorted(header.items()):
        t = clean(cell.text.replace("\u3000", " ")).lower()
        if not t or len(t) > 30:
            continue
        for role in ("num", "kind", "country", "year", "city", "note"):
            if role not in roles and re.search(_COL_WORDS[role], t, re.IGNORECASE):
                roles[role] = col
                break
    if "city" in roles:
        if "kind" not in roles:
            # a column whose cells are kind words is the kind column, whatever its header says ("Staatus": sõpruslinn,
            # partnerlinn)
            body = rows[1:]
            everything = " ".join(c.text for c in cells)
            for col in sorted({c for r in body for c in r} - set(roles.values())):
                vals = [v for v in (clean(r[col].text) for r in body if col in r) if v]
                if len(vals) >= 2 and all(len(v) <= 40 and cell_kind(v, everything) for v in vals):
                    roles["kind"] = col
                    break
        return roles, True
    # no header: the column whose cells are mostly place names
    body = rows[1:] if len(rows) > 1 else rows
    best, best_share = None, 0.0
    cols = sorted({c for r in rows for c in r})
    for col in cols:
        vals = [clean(r[col].text) for r in body if col in r]
        if not vals:
            continue
        share = sum(1 for v in vals if v and finder.is_place_name(v, 0) and not finder.country_code(v)) / len(vals)
        if share > best_share:
            best, best_share = col, share
    if best is not None and best_share >= 0.6:
        roles = {"city": best}
        for col in cols:
            vals = [clean(r[col].text) for r in body if col in r]
            if col != best and vals and sum(1 for v in vals if finder.country_code(v)) / len(vals) >= 0.6:
                roles["country"] = col
        return roles, False
    return {}, False


_STATUS_HEADER = re.compile(r"status|state|stand|état|etat|estado|stato|상태|추진|현황|状況|状态|進捗|进展|progress|project|projet|proyecto"
                            r"|projekt|progetto|projeto|사업|事業|项目|項目|item|activit|内容|내용"
                            r"|статус|проект|проєкт|κατάσταση|έργο|durum|proje|seis|statuss|būsena|tila\b|hanke|állapot|stadiu|proiect"
                            r"|staða|verkefni|\bhali\b|mradi|proyek|trạng\s+thái|dự\s+án|สถานะ|โครงการ"
                            r"|egoera|proiektu|proxecto|estat\b|projecte|statws|prosiect|verkætlan|raktres|pròiseact|inbhe|\bprojek\b|vordering"
                            r"|حالة|الحالة|مشروع|المشروع|סטטוס|מצב|פרויקט|وضعیت|پروژه|स्थिति|परियोजना|অবস্থা|প্রকল্প|կարգավիճակ|նախագիծ"
                            r"|\bабал\w*|\bдолбоор\w*|\bжоба\w*|स्थिती|प्रकल्प|ሁኔታ|ፕሮጀክት",
                            re.IGNORECASE)


def is_project_table(cells: list[Block]) -> bool:
    """A table with a project or status column (no kind column) lists cooperation, not partners."""
    rows = _rows(cells)
    rows = rows[table_title(cells)[1]:]
    if not rows:
        return False
    heads = [clean(c.text) for c in rows[0].values()]
    if any(re.search(_COL_WORDS["kind"], h, re.IGNORECASE) for h in heads if len(h) <= 30):
        return False
    return any(len(h) <= 30 and _STATUS_HEADER.search(h) for h in heads)


# a tie that no longer holds, in a row's state cell ("beëindigd (2019)", "terminated", "aufgelöst")
_ENDED = re.compile(r"\b(?:ended|terminated|dissolved|inactive|lapsed|expired|beëindigd|beeindigd|opgezegd|beendet|aufgelöst"
                    r"|résilié|resilie|terminé|termine|finalizad[oa]|terminad[oa]|extint[oa]|cessat[oa]|sciolt[oa]"
                    r"|zakończon\w*|ukončen\w*|прекращен\w*|припинен\w*|sona\s+erdi|feshedil\w*)\b", re.IGNORECASE)


def ended_row(row: dict[int, Block], roles: dict[str, int]) -> bool:
    """A row of a partner table whose other cells say the tie has ended (a register keeping its past ties)."""
    own = {roles.get("city"), roles.get("country")}
    return any(c not in own and _ENDED.search(clean(cell.text)) for c, cell in row.items())


def country_and_region(text: str, finder: PlaceFinder) -> tuple[str | None, str | None]:
    """A country cell or tail, possibly with a state: "미국 (캘리포니아주)", "USA (Texas)", "Texas, USA"."""
    t = clean(text).strip(" .")
    m = re.fullmatch(r"(?P<a>[^()（）]+?)\s*[(（](?P<b>[^()（）]+)[)）]", t)
    if m:
        cc = finder.country_code(m.group("a"))
        if cc:
            return cc, m.group("b").strip()
    cc = finder.country_code(t)
    if cc:
        return cc, None
    parts = [x.strip() for x in re.split(r"[,，、]", t) if x.strip()]
    if len(parts) == 2:
        cc = finder.country_code(parts[1])
        if cc:
            return cc, parts[0]
    return None, None
