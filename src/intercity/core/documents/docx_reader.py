"""Word (.docx) via python-docx, in body order.

Headings (``Title`` -> kind ``title``; ``Heading N`` or an outline level -> kind ``heading``
with ``level`` N), list paragraphs (kind ``list_item``, ``level`` = nesting + 1, automatic
numbers rendered into the text as Word shows them, e.g. "1. "), other paragraphs, tables cell
by cell (kind ``table_cell`` with ``row``/``col``; a cell merged across columns once, a cell merged
down over rows repeated in each row it covers), text boxes after their
anchor paragraph (also inside table cells; the VML fallback copy of a box is not read twice). Content
controls (``w:sdt``) and custom XML are read through at every level — around paragraphs, runs, table rows
and cells. Tracked deletions and text moved away (``w:moveFrom``) are left out, insertions and text moved
here are read (the document as it reads with changes accepted); hidden text (``w:vanish``) is not read.

Around the body: the page headers (kind ``header``, before the body) and footers (kind ``header``, after
it), each distinct text once and page numbers left out; footnotes and endnotes (kind ``notes``, after
the body, "[1] …", numbered in the order of their references: endnotes "[i] …").
"""

from __future__ import annotations

import io
import re

from intercity.core.documents.builder import DocBuilder
from intercity.core.documents.numbering import format_number
from intercity.core.documents.safety import check_office_zip
from intercity.core.documents.types import DocumentError, ParsedDocument

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _SDT, _R, _T, _TAB, _BR, _CR = (W + t for t in ("p", "tbl", "sdt", "r", "t", "tab", "br", "cr"))
_TXBX = W + "txbxContent"
_SKIP = {
    W + "delText", W + "instrText", W + "pPr", W + "rPr", W + "del", MC + "Fallback", W + "fldData", W + "moveFrom",
    W + "footnoteReference", W + "endnoteReference", W + "commentReference", W + "annotationRef",
}
# elements that only wrap content: content controls, custom XML, smart tags, tracked insertions and moves here
_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag", W + "ins", W + "moveTo"}
_TR, _TC = W + "tr", W + "tc"
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PAGE_NUMBER = re.compile(
    r"^\W*(?:page|p\.|seite|página|pagina|pag\.|side|sida|sivu|strona|strana|oldal|stránka|페이지|ページ|页|頁|第)?\s*"
    r"\d{1,4}\s*(?:(?:/|of|von|de|sur|di|van|av|z|из|из|中|共|페이지|ページ|页|頁)\s*\d{1,4})?\s*(?:页|頁|ページ|페이지)?\W*$",
    re.IGNORECASE,
)


def read_docx(data: bytes, source: str, digest: str) -> ParsedDocument:
    check_office_zip(data, source)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError as exc:
        raise DocumentError(source, f"is not a readable Word file ({exc})") from None
    except KeyError as exc:
        raise DocumentError(source, f"is a damaged Word file (missing part {exc})") from None
    except ValueError as exc:
        raise DocumentError(source, f"is not a Word document ({exc})") from None
    reader = _DocxReader(document)
    body = document.element.body
    reader.furniture(body, "headerReference")
    reader.body(body)
    reader.notes(body)
    reader.furniture(body, "footerReference")
    meta: dict = {}
    title = ""
    try:
        core = document.core_properties
        title = (core.title or "").strip()
        if core.author:
            meta["author"] = core.author
        if core.created:
            meta["created"] = core.created.isoformat()
    except Exception:
        pass
    warnings = [] if reader.b.blocks else [f"{source}: the Word document has no text"]
    return reader.b.build(source, "docx", digest, title=title, warnings=warnings, metadata=meta)


class _DocxReader:
    def __init__(self, document):
        self.document = document
        self.b = DocBuilder()
        self.styles = _StyleInfo(document)
        self.numbering = _Numbering(document)
        self.prev_kind = ""
        self.table_depth = 0

    def add(self, text: str, kind: str, sep: str = "\n\n", **where) -> None:
        block = self.b.add(text, kind, sep, paragraph=len(self.b.blocks) + 1, **where)
        if block is not None:
            self.prev_kind = kind

    def body(self, element) -> None:
        children = list(_blocks(element))
        i = 0
        while i < len(children):
            child = children[i]
            if child.tag != _P:
                self.table(child)
                i += 1
                continue
            rows = _tabbed_run(children, i, self.styles)
            if rows:
                self.tabbed_table(rows)
                i += len(rows)
                continue
            self.paragraph(child)
            i += 1

    def tabbed_table(self, rows: list[str]) -> None:
        """Paragraphs that are the rows of a spreadsheet pasted as text (cells split by tabs), as table cells."""
        first = True
        r = 0
        for text in rows:
            fields = text.split("\t")
            if not any(f.strip() for f in fields):
                continue  # an empty row of tabs
            r += 1
            row_first = True
            for col, field in enumerate(fields, start=1):
                if not field.strip():
                    continue
                sep = "\n\n" if first else ("\n" if row_first else "\t")
                self.add(field, "table_cell", sep, row=r, col=col)
                first = row_first = False
        self.prev_kind = "table_cell"

    def furniture(self, body, ref: str) -> None:
        """Page headers or footers (``ref`` "headerReference"/"footerReference") of every section, each distinct
        text once, as ``header`` blocks; lines that are only a page number are left out."""
        seen: set[str] = set()
        for sect in body.iter(W + "sectPr"):
            for el in sect.iterchildren(W + ref):
                rid = el.get(_R_NS + "id")
                root = _related_root(self.document, rid)
                if root is None:
                    continue
                lines = [ln for ln in (_WS_LINE.sub(" ", x).strip() for x in _plain_lines(root)) if ln and not _PAGE_NUMBER.match(ln)]
                text = "\n".join(lines)
                if text and text not in seen:
                    seen.add(text)
                    self.add(text, "header")

    def notes(self, body) -> None:
        """Footnotes, then endnotes, as ``notes`` blocks "[1] …" numbered in the order they are referenced."""
        for kind, ref, fmt in (("footnotes", "footnoteReference", "decimal"), ("endnotes", "endnoteReference", "lowerRoman")):
            root = _related_root(self.document, None, kind)
            if root is None:
                continue
            notes = {}
            for note in root.iterchildren(W + kind[:-1]):
                if note.get(W + "type") not in (None, "normal"):
                    continue  # separators
                text = "\n".join(ln for ln in (x.strip() for x in _plain_lines(note)) if ln)
                if text:
                    notes[note.get(W + "id")] = text
            order = []
            for r in body.iter(W + ref):
                nid = r.get(W + "id")
                if nid in notes and nid not in order:
                    order.append(nid)
            order += [nid for nid in notes if nid not in order]
            for n, nid in enumerate(order, start=1):
                self.add(f"[{format_number(n, fmt)}] {notes[nid]}", "notes")

    def paragraph(self, p) -> None:
        text, boxes = _paragraph_text(p)
        style_id = _pval(p, "pStyle")
        kind, level = self.styles.kind(style_id)
        outline = _pval(p, "outlineLvl")
        if kind == "paragraph" and outline is not None and outline.isdigit() and int(outline) < 9:
            kind, level = "heading", int(outline) + 1
        num = self.numbering.label(p, style_id, self.styles) if kind == "paragraph" and text.strip() else None
        if num is not None:
            label, ilvl = num
            kind, level = "list_item", ilvl + 1
            if label:
                text = f"{label} {text.lstrip()}" if not label[-1].isspace() else label + text.lstrip()
        elif kind == "paragraph" and self.styles.is_list_style(style_id):
            kind, level = "list_item", 1
        sep = "\n" if kind == "list_item" and self.prev_kind == "list_item" else "\n\n"
        self.add(text, kind, sep, level=level)
        for box in boxes:
            self.body(box)

    def table(self, tbl) -> None:
        self.table_depth += 1
        first = True
        above: dict[int, str] = {}  # grid column -> text of the cell in the row above (for merged cells)
        for r, tr in enumerate(_rows(tbl), start=1):
            here: dict[int, str] = {}
            c = _grid_before(tr)  # columns left empty at the start of the row
            row_first = True
            for tc in _cells(tr):
                tcpr = tc.find(W + "tcPr")
                span = 1
                vmerge_continue = False
                if tcpr is not None:
                    gs = tcpr.find(W + "gridSpan")
                    if gs is not None and (gs.get(W + "val") or "").isdigit():
                        span = max(1, int(gs.get(W + "val")))
                    vm = tcpr.find(W + "vMerge")
                    if vm is not None and vm.get(W + "val") in (None, "continue"):
                        vmerge_continue = True
                c += 1
                col = c
                c += span - 1
                # a cell merged down over several rows holds for each of them: its text is repeated in
                # the rows it covers, at its own column
                text = above.get(col, "") if vmerge_continue else _cell_text(tc)
                here[col] = text
                if not text.strip():
                    continue
                sep = "\n\n" if first else ("\n" if row_first else "\t")
                self.add(text, "table_cell", sep, row=r, col=col)
                first = row_first = False
            above = here
        self.table_depth -= 1
        self.prev_kind = "table_cell"


def _pval(p, name: str) -> str | None:
    ppr = p.find(W + "pPr")
    if ppr is None:
        return None
    el = ppr.find(W + name)
    return None if el is None else el.get(W + "val")


def _paragraph_text(p) -> tuple[str, list]:
    parts: list[str] = []
    boxes: list = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB or tag == W + "ptab":
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == _R and _vanished(child):
                continue  # hidden text
            else:
                walk(child)

    walk(p)
    return "".join(parts), boxes


def _vanished(r) -> bool:
    rpr = r.find(W + "rPr")
    if rpr is None:
        return False
    v = rpr.find(W + "vanish")
    return v is not None and (v.get(W + "val") or "true").lower() not in ("0", "false", "off")


def _tabbed_run(children: list, i: int, styles) -> list[str]:
    """The texts of the paragraphs from ``children[i]`` on that are rows of a spreadsheet pasted as text: three
    or more consecutive plain paragraphs (no heading or list style, no text box) with the same number (two or
    more) of tabs, the first of them with text in three or more fields; a paragraph that is only tabs ends the
    run but is taken with it. Else []."""
    rows: list[str] = []
    width = -1
    for child in children[i:]:
        if child.tag != _P:
            break
        text, boxes = _paragraph_text(child)
        n = text.count("\t")
        if boxes or n < 2 or (width >= 0 and n != width):
            break
        style_id = _pval(child, "pStyle")
        if styles.kind(style_id)[0] != "paragraph" or styles.is_list_style(style_id) or child.find(W + "pPr/" + W + "numPr") is not None:
            break
        if width < 0:
            if sum(1 for f in text.split("\t") if f.strip()) < 3:
                return []
            width = n
        rows.append(text)
        if not text.strip():
            break
    return rows if sum(1 for t in rows if t.strip()) >= 3 else []


def _blocks(element):
    """Paragraphs and tables under ``element`` in order, looking through content controls and custom XML."""
    for child in element.iterchildren():
        tag = child.tag
        if tag in (_P, _TBL):
            yield child
        elif tag in _WRAPPERS:
            yield from _blocks(child)


def _rows(tbl):
    for child in tbl.iterchildren():
        if child.tag == _TR:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _rows(child)


def _cells(tr):
    for child in tr.iterchildren():
        if child.tag == _TC:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _cells(child)


def _grid_before(tr) -> int:
    trpr = tr.find(W + "trPr")
    gb = trpr.find(W + "gridBefore") if trpr is not None else None
    val = gb.get(W + "val") if gb is not None else None
    return min(int(val), 63) if val and val.isdigit() else 0


def _plain_lines(element, _depth: int = 0) -> list[str]:
    """The lines of every paragraph under ``element`` in order: nested tables' cells and text boxes (after
    their paragraph) included, fallback copies, deletions and hidden text not."""
    if _depth > 20:
        return []
    lines: list[str] = []
    for child in _blocks(element):
        if child.tag == _P:
            text, boxes = _paragraph_text(child)
            if text.strip():
                lines.append(text)
            for box in boxes:
                lines.extend(_plain_lines(box, _depth + 1))
        else:
            for tr in _rows(child):
                for tc in _cells(tr):
                    lines.extend(_plain_lines(tc, _depth + 1))
    return lines


def _cell_text(tc) -> str:
    return "\n".join(_plain_lines(tc))


_WS_LINE = re.compile(r"[ \t\u00a0]+")
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _related_root(document, rid: str | None, reltype: str | None = None):
    """The parsed XML of a part related to the main document, by relationship id or by type; None if absent
    or unreadable."""
    try:
        part = document.part
        if rid is not None:
            target = part.related_parts[rid]
        else:
            rel = next((r for r in part.rels.values() if r.reltype == _RT + reltype and not r.is_external), None)
            if rel is None:
                return None
            target = rel.target_part
        element = getattr(target, "element", None)
        if element is not None:
            return element
        from docx.oxml.parser import parse_xml

        return parse_xml(target.blob)
    except Exception:
        return None


class _StyleInfo:
    """Paragraph style id -> (kind, level), following ``basedOn`` chains."""

    def __init__(self, document):
        self.by_id: dict[str, tuple[str, str | None, object]] = {}
        try:
            root = document.styles.element
        except Exception:
            return
        for st in root.iterchildren(W + "style"):
            if st.get(W + "type") not in (None, "paragraph"):
                continue
            sid = st.get(W + "styleId")
            name_el = st.find(W + "name")
            based = st.find(W + "basedOn")
            if sid:
                self.by_id[sid] = (
                    (name_el.get(W + "val") if name_el is not None else sid) or sid,
                    based.get(W + "val") if based is not None else None,
                    st,
                )

    def chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            yield sid, self.by_id[sid]
            sid = self.by_id[sid][1]

    def kind(self, sid: str | None) -> tuple[str, int]:
        for _sid, (name, _based, st) in self.chain(sid):
            low = name.lower()
            if low == "title":
                return "title", 0
            m = re.fullmatch(r"heading\s*(\d)", low)
            if m:
                return "heading", int(m.group(1))
            ppr = st.find(W + "pPr")
            if ppr is not None:
                ol = ppr.find(W + "outlineLvl")
                if ol is not None and (ol.get(W + "val") or "").isdigit() and int(ol.get(W + "val")) < 9:
                    return "heading", int(ol.get(W + "val")) + 1
        if sid and sid not in self.by_id:
            m = re.fullmatch(r"(?i)heading(\d)", sid)
            if m:
                return "heading", int(m.group(1))
            if sid.lower() == "title":
                return "title", 0
        return "paragraph", 0

    def is_list_style(self, sid: str | None) -> bool:
        return any(name.lower().startswith("list") and "paragraph" not in name.lower() and name.lower() != "list"
                   for _sid, (name, _b, _st) in self.chain(sid))

    def num_pr(self, sid: str | None):
        for _sid, (_name, _based, st) in self.chain(sid):
            ppr = st.find(W + "pPr")
            if ppr is not None and ppr.find(W + "numPr") is not None:
                return ppr.find(W + "numPr")
        return None


class _Numbering:
    """Resolve numId/ilvl to a label like "1." or "a)"; bullets give ""."""

    def __init__(self, document):
        self.nums: dict[str, tuple[str, dict]] = {}  # numId -> (abstractNumId, {ilvl: start override})
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}  # id -> ilvl -> (fmt, lvlText, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:
            return
        for an in root.iterchildren(W + "abstractNum"):
            levels = {}
            for lvl in an.iterchildren(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0") or 0) if (lvl.get(W + "ilvl") or "0").isdigit() else 0
                fmt = lvl.find(W + "numFmt")
                txt = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                levels[ilvl] = (
                    fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
                    txt.get(W + "val", "") if txt is not None else "",
                    int(start.get(W + "val")) if start is not None and (start.get(W + "val") or "").lstrip("-").isdigit() else 1,
                )
            self.abstract[an.get(W + "abstractNumId", "")] = levels
        for num in root.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            overrides = {}
            for ov in num.iterchildren(W + "lvlOverride"):
                so = ov.find(W + "startOverride")
                if so is not None and (ov.get(W + "ilvl") or "").isdigit() and (so.get(W + "val") or "").isdigit():
                    overrides[int(ov.get(W + "ilvl"))] = int(so.get(W + "val"))
            self.nums[num.get(W + "numId", "")] = (ref.get(W + "val", "") if ref is not None else "", overrides)

    def label(self, p, style_id: str | None, styles: _StyleInfo) -> tuple[str, int] | None:
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is None:
            numpr = styles.num_pr(style_id)
        if numpr is None:
            return None
        num_el = numpr.find(W + "numId")
        ilvl_el = numpr.find(W + "ilvl")
        num_id = num_el.get(W + "val") if num_el is not None else None
        if not num_id or num_id == "0":
            return None
        raw_lvl = ilvl_el.get(W + "val") if ilvl_el is not None else "0"
        ilvl = int(raw_lvl) if raw_lvl and raw_lvl.isdigit() and int(raw_lvl) < 9 else 0
        abstract_id, overrides = self.nums.get(num_id, ("", {}))
        levels = self.abstract.get(abstract_id, {})
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        if ilvl in overrides:
            start = overrides[ilvl]
        counts = self.counters.setdefault(num_id, {})
        for deeper in [lv for lv in counts if lv > ilvl]:
            del counts[deeper]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        if fmt in ("bullet", "none"):
            return "", ilvl

        def repl(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            lfmt, _t, lstart = levels.get(lv, ("decimal", "", 1))
            return format_number(counts.get(lv, lstart), lfmt)

        return re.sub(r"%([1-9])", repl, text).strip(), ilvl
