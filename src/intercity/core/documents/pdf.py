"""PDF via pypdfium2: the text layer, page by page, in reading order.

1. Text segments come from pdfium's text rectangles (one per run of text on a line), with
   the font size of their first character.
2. Running headers and footers (the same text, digits ignored, in the top or bottom 8% of the page
   of at least half the pages) and bare page numbers are dropped.
3. Ruled tables (drawn rules forming a grid) become table cells by the rules: rows and multi-line cells follow the
   grid, columns count from the right in a right-to-left table.
4. Each page is cut into horizontal bands at vertical gaps; a band whose segments leave a
   vertical gutter is multi-column, and consecutive bands sharing the gutter form a region.
   Prose columns are read column by column (from the right on a right-to-left page); grids of short cells
   (tables, lists laid out in columns) row by row, one block per cell with ``row``/``col``. A part without a
   gutter through its full height is cut where a run of lines sharing a gutter (a region of columns touching a
   full-width table, heading or note) begins and ends, and each band is read on its own.
5. Lines become blocks: a larger font makes a ``heading``; a bullet or number, or a bullet drawn as a path just
   before the line, starts a ``list_item`` (marker kept, none added); wrapped lines of one paragraph are joined
   with a space (a word hyphenated at the line end joined), also across a page break and from the foot of a column
   to the top of the next; a paragraph ends at a wider line gap than its own or after a sentence that stops well
   short of the line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from intercity.core.documents.builder import DocBuilder
from intercity.core.documents.types import DocumentError, ParsedDocument

_LIST = re.compile(r"^(?:[-*+•·▪■□●○◦◆◇‣∙–—※➢➤►▶✓✔]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|[ivxIVX]{1,4}[.)]\s|- ?\d{1,3}\s)")
_PAGE_NUMBER = re.compile(r"^(?:(?:page|p\.|seite|página|pagina|pág\.|strona|sida|side|sivu|페이지)?\s*[-–—(]?\s*\d{1,4}\s*[-–—)]?\s*"
                          r"(?:(?:of|/|von|de|di|sur|z|av|af|из)\s*\d{1,4})?"
                          r"|第\s*\d{1,4}\s*[页頁](?:\s*[，,、/]?\s*共\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*(?:ページ|쪽|페이지)"
                          r"|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;。！？]$")
_NUMBER_THEN_LOWER = re.compile(r"^\d{1,2}\.\s+[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω]")  # "15. febrúar", not "2. Objetivo"


@dataclass
class Seg:
    x0: float
    x1: float
    top: float  # distance from the page top (grows downwards)
    bottom: float
    text: str
    size: float
    table: "Table | None" = None  # a ruled table standing in for its text (see _ruled_tables)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Page:
    number: int
    width: float
    height: float
    segs: list[Seg] = field(default_factory=list)
    hrules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1), y from the top
    vrules: list[tuple[float, float, float]] = field(default_factory=list)  # (x, top, bottom)
    marks: list[tuple[float, float, float, float]] = field(default_factory=list)  # drawn bullets: (x0, x1, top, bottom)


def read_pdf(data: bytes, source: str, digest: str) -> ParsedDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise DocumentError(source, "is an encrypted (password-protected) PDF; remove the password and try again") from None
        if "format" in msg.lower() or "file" in msg.lower():
            raise DocumentError(source, "is a damaged or truncated PDF (PDFium cannot parse it)") from None
        raise DocumentError(source, f"could not be opened as a PDF ({msg})") from None
    warnings: list[str] = []
    meta: dict = {}
    pages: list[Page] = []
    try:
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
        except Exception:
            info = {}
        for key in ("Title", "Author", "CreationDate", "Producer"):
            if info.get(key):
                meta[key.lower()] = str(info[key])[:500]
        n = len(pdf)
        if n == 0:
            raise DocumentError(source, "is a PDF without pages")
        failed = []
        for i in range(n):
            try:
                pages.append(_extract_page(pdf, i))
            except Exception:
                failed.append(i + 1)
        if failed:
            warnings.append(f"{source}: page(s) {_ranges(failed)} could not be read and were skipped")
        if len(failed) == n:
            raise DocumentError(source, "is a damaged PDF (no page could be read)")
    finally:
        pdf.close()
    meta["pages"] = n
    empty = [p.number for p in pages if not p.segs]
    if pages and len(empty) == len(pages):
        warnings.append(f"{source}: the PDF has no text layer (scanned pages?); text cannot be extracted without OCR")
    elif empty:
        warnings.append(f"{source}: page(s) {_ranges(empty)} have no text layer (scanned or images only)")
    running: list[str] = []
    dropped = _drop_running_lines(pages, running)
    if dropped:
        meta["dropped_header_footer_lines"] = dropped
    if running:  # a newsletter's issue and date live in its running header ("広報おおつ 令和7年11月1日号 6"): kept as metadata
        meta["running_lines"] = running
    builder = DocBuilder()
    body = _body_size(pages)
    heading_sizes = _heading_sizes(pages, body)
    # words written with a hyphen inside a line ("après-guerre"): such a word broken at its hyphen keeps it
    hyphenated = frozenset(m.group(0).lower() for p in pages for s in p.segs for m in _HYPHENATED.finditer(s.text))
    held = None  # a paragraph that runs on to the next page
    for k, page in enumerate(pages):
        held = _PageWriter(builder, page, body, heading_sizes, hyphenated, held).write(last=k == len(pages) - 1)
    return builder.build(source, "pdf", digest, title=meta.get("title", "").strip(), warnings=warnings, metadata=meta)


def _ranges(nums: list[int]) -> str:
    if len(nums) > 10:
        return ", ".join(map(str, nums[:10])) + f" and {len(nums) - 10} more"
    return ", ".join(map(str, nums))


def _extract_page(pdf, index: int) -> Page:
    """Characters with their loose boxes -> segments: runs of text on one line without a
    wide gap (a gap over 0.8 em starts a new segment, so columns and cells stay apart)."""
    import ctypes

    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        width, height = page.get_size()
        out = Page(index + 1, width, height)
        textpage = page.get_textpage()
        try:
            tp = textpage.raw
            n = raw.FPDFText_CountChars(tp)
            if n <= 0:
                return out
            rect = raw.FS_RECTF()
            rect_p = ctypes.byref(rect)
            get_unicode = raw.FPDFText_GetUnicode
            get_box = raw.FPDFText_GetLooseCharBox
            get_size = raw.FPDFText_GetFontSize
            # the characters of each pdfium line: (char, left, right, top, bottom, size), a space as None
            chunk: list = []

            def flush() -> None:
                if any(e is not None and _RTL_CHAR.match(e[0]) for e in chunk):
                    out.segs.extend(_rtl_segments(chunk, height))
                else:
                    out.segs.extend(_ltr_segments(chunk, height))
                chunk.clear()

            for i in range(n):
                code = get_unicode(tp, i)
                if code in (13, 10):  # pdfium's line break
                    flush()
                    continue
                ch = chr(code) if 0 < code < 0x110000 else ""
                if code == 2:  # pdfium's mark for a hyphen that ends a line (the line break is dropped)
                    ch = "-"
                if not ch or ch.isspace() or code == 0xFFFE or code == 0xFFFF:
                    chunk.append(None)
                    continue
                if 0xD800 <= code <= 0xDFFF or (code < 32 and code != 2):
                    continue
                if not get_box(tp, i, rect_p):
                    continue
                l, r, t, b = rect.left, rect.right, rect.top, rect.bottom
                if t < b:
                    t, b = b, t
                chunk.append((ch, l, r, t, b, float(get_size(tp, i)) or (t - b)))
            flush()
        finally:
            textpage.close()
        if out.segs:
            try:
                _collect_rules(page, out)
            except Exception:  # rules only help to read tables; a page is never lost for them
                out.hrules.clear()
                out.vrules.clear()
                out.marks.clear()
        return out
    finally:
        page.close()


def _ltr_segments(chunk: list, height: float) -> list[Seg]:
    """Characters in pdfium's order -> segments: a new one at a change of line, a gap over 0.8 em or a step back."""
    segs: list[Seg] = []
    cur: list[str] = []
    x0 = x1 = top = bottom = size = 0.0
    pending_space = False

    def close() -> None:
        text = "".join(cur).strip()
        if text:
            segs.append(Seg(x0, x1, height - top, height - bottom, text, size))
        cur.clear()

    for e in chunk:
        if e is None:
            pending_space = bool(cur)
            continue
        ch, l, r, t, b, sz = e
        if cur:
            h = max(top - bottom, 1.0)
            same_line = abs((t + b) / 2 - (top + bottom) / 2) < 0.6 * h
            if not same_line or l - x1 > 0.8 * max(size, 4.0) or l < x0 - 1.0:
                close()
                pending_space = False
        if not cur:
            x0, x1, top, bottom = l, r, t, b
            size = sz
        else:
            if pending_space:
                cur.append(" ")
            x1 = max(x1, r)
            top = max(top, t)
            bottom = min(bottom, b)
        pending_space = False
        cur.append(ch)
    close()
    return segs


# right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms)
_RTL_CHAR = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR_CHAR = re.compile(r"[^\W_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Latin letters, digits …
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _rtl_segments(chunk: list, height: float) -> list[Seg]:
    """A line with Arabic or Hebrew letters -> segments in logical (reading) order, whatever order pdfium gives.

    Printers write right-to-left text in visual order (Chromium: glyph by glyph, left to right) and pdfium restores
    the logical order of some text objects only, so a line may mix words whose letters run backwards with words
    read correctly. The page's geometry decides: the characters between two spaces of pdfium's stream form a word;
    a word of right-to-left letters whose characters advance rightwards is reversed (its runs of digits and Latin
    letters keep their order); the words of the line are then ordered by position, right to left in a line of
    mostly right-to-left letters (runs of left-to-right words kept in their own order), left to right otherwise.
    A gap over 0.8 em between words starts a new segment, as in left-to-right text."""
    # words: stream-contiguous characters, cut at spaces and at a change of line
    words: list[list[tuple]] = []
    cur: list[tuple] = []
    for e in chunk:
        if e is None:
            if cur:
                words.append(cur)
            cur = []
            continue
        if cur and not _overlap(e[3], e[4], max(c[3] for c in cur), min(c[4] for c in cur)):
            words.append(cur)
            cur = []
        cur.append(e)
    if cur:
        words.append(cur)
    items = []  # (left, right, top, bottom, size, text, direction: 1 ltr, -1 rtl, 0 neutral)
    for w in words:
        text = "".join(e[0] for e in w)
        rtl = sum(1 for c in text if _RTL_CHAR.match(c))
        ltr = sum(1 for c in text if _LTR_CHAR.match(c) and not c.isdigit())
        digits = any(c.isdigit() for c in text)
        if rtl and len(w) > 1:
            # characters (with the marks that follow them) right to left, then runs of digits and Latin letters
            # turned back to their own order
            clusters: list[list[tuple]] = []
            for e in w:
                if clusters and unicodedata.category(e[0])[0] == "M":
                    clusters[-1].append(e)
                else:
                    clusters.append([e])
            clusters.sort(key=lambda c: -(c[0][1] + c[0][2]) / 2)
            text = _visual_to_logical("".join(e[0] for c in clusters for e in c)[::-1])
        direction = -1 if rtl > ltr else 1 if (ltr or digits) else 0
        items.append((min(e[1] for e in w), max(e[2] for e in w), max(e[3] for e in w), min(e[4] for e in w),
                      w[0][5], text, direction, rtl, ltr))
    # lines of items (a chunk may hold more than one line)
    items.sort(key=lambda it: -(it[2] + it[3]) / 2)
    lines: list[list[tuple]] = []
    for it in items:
        if lines and _overlap(it[2], it[3], max(x[2] for x in lines[-1]), min(x[3] for x in lines[-1])):
            lines[-1].append(it)
            continue
        lines.append([it])
    segs: list[Seg] = []
    for line in lines:
        line.sort(key=lambda it: (it[0] + it[1]) / 2)  # visual, left to right
        # segments: visually adjacent words without a wide gap
        groups: list[list[tuple]] = [[line[0]]]
        for it in line[1:]:
            prev = groups[-1][-1]
            if it[0] - prev[1] > 0.8 * max(prev[4], 4.0):
                groups.append([it])
            else:
                groups[-1].append(it)
        for g in groups:
            rtl_line = sum(it[7] for it in g) > sum(it[8] for it in g)  # letters decide, not digits
            order = _reading_order([it[6] for it in g], rtl_line)
            words_ = [g[k][5] if not rtl_line or g[k][6] < 0 else _rtl_edges(g[k][5]) for k in order]
            text = " ".join(words_).strip()
            if text:
                segs.append(Seg(min(it[0] for it in g), max(it[1] for it in g), height - max(it[2] for it in g),
                                height - min(it[3] for it in g), text, g[0][4]))
    return segs


def _overlap(top: float, bottom: float, top2: float, bottom2: float) -> bool:
    """Whether two vertical extents share a line: they overlap by 30% of the smaller (Arabic glyphs' boxes differ in
    height, so centres alone would cut a line between two letters)."""
    return min(top, top2) - max(bottom, bottom2) > 0.3 * max(min(top - bottom, top2 - bottom2), 0.5)


def _reading_order(dirs: list[int], rtl_line: bool) -> list[int]:
    """Indexes of words given left to right, in reading order: right to left in a right-to-left line, with each run
    of left-to-right words (neutral ones between them included) kept left to right; the mirror case otherwise."""
    n = len(dirs)
    minor = 1 if rtl_line else -1
    idx = list(range(n))
    if rtl_line:
        idx.reverse()
    out: list[int] = []
    i = 0
    while i < n:
        if dirs[idx[i]] == minor:
            j = i
            while j + 1 < n and dirs[idx[j + 1]] in (minor, 0):
                j += 1
            while dirs[idx[j]] != minor:  # trailing neutral words belong to the main direction
                j -= 1
            out.extend(reversed(idx[i:j + 1]))
            i = j + 1
        else:
            out.append(idx[i])
            i += 1
    return out


_LTR_RUN = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9A-Za-z\u00c0-\u024f]+(?:[.,:/\-][0-9\u0660-\u0669\u06f0-\u06f9A-Za-z\u00c0-\u024f]+)*")


_EDGE_PUNCT = re.compile(r"^([.,:;!?،؛)(\]\[]+)(.*?)([.,:;!?،؛)(\]\[]*)$", re.S)


def _rtl_edges(word: str) -> str:
    """A word of digits or Latin letters in a right-to-left line: the punctuation printed at its left edge ends it
    (".2025" → "2025.", ".1" → "1."), and that at its right edge begins it."""
    m = _EDGE_PUNCT.match(word)
    if not m or not m.group(2):
        return word
    return m.group(3)[::-1].translate(_MIRROR) + m.group(2) + m.group(1)[::-1].translate(_MIRROR)


def _visual_to_logical(text: str) -> str:
    """A right-to-left word as printed left to right -> as read: reversed, brackets mirrored, its runs of digits and
    Latin letters ("2025", "10.5", "A4") in their own order."""
    rev = text[::-1].translate(_MIRROR)
    return _LTR_RUN.sub(lambda m: m.group(0)[::-1], rev)


# ------------------------------------------------------------------ ruled tables

_RULE_THIN = 2.5  # a rule is at most this thick (points)
_RULE_MIN = 6.0  # and at least this long
_SNAP = 2.0  # rules this close are the same line
_MARK_MIN, _MARK_MAX = 1.5, 8.0  # a bullet drawn as a path (a dot, a small square) is this wide and high (points)


def _collect_rules(page, out: Page) -> None:
    """Horizontal and vertical rules drawn on the page: thin filled or stroked paths (Chromium draws each cell border
    as a thin filled rectangle) and the edges of stroked rectangles. Forms (XObjects) are not searched."""
    import ctypes

    import pypdfium2.raw as raw

    try:
        n = raw.FPDFPage_CountObjects(page.raw)
    except Exception:
        return
    if n <= 0 or n > 50000:
        return
    h = out.height
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    path_type = raw.FPDF_PAGEOBJ_PATH
    get_obj, get_type, get_bounds = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType, raw.FPDFPageObj_GetBounds
    for i in range(n):
        obj = get_obj(page.raw, i)
        if get_type(obj) != path_type or not get_bounds(obj, left, bottom, right, top):
            continue
        x0, x1, y0, y1 = left.value, right.value, h - top.value, h - bottom.value
        w, hh = x1 - x0, y1 - y0
        if _MARK_MIN <= w <= _MARK_MAX and _MARK_MIN <= hh <= _MARK_MAX and max(w, hh) <= 1.6 * min(w, hh) \
                and len(out.marks) < 5000:
            out.marks.append((x0, x1, y0, y1))  # a dot or small square: a list bullet drawn as a path (Chromium)
        if hh <= _RULE_THIN and w >= _RULE_MIN:
            out.hrules.append(((y0 + y1) / 2, x0, x1))
        elif w <= _RULE_THIN and hh >= _RULE_MIN:
            out.vrules.append(((x0 + x1) / 2, y0, y1))
        elif w >= _RULE_MIN and hh >= _RULE_MIN:
            # a stroked, unfilled rectangle (a cell or table frame drawn with "re S"): its four edges
            if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
                continue
            if fill.value or not stroke.value or raw.FPDFPath_CountSegments(obj) > 6:
                continue
            out.hrules.extend([(y0, x0, x1), (y1, x0, x1)])
            out.vrules.extend([(x0, y0, y1), (x1, y0, y1)])
        if len(out.hrules) + len(out.vrules) > 5000:  # a drawing, not tables
            out.hrules.clear()
            out.vrules.clear()
            return


def _merge_rules(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear rules (same position within _SNAP) that touch or overlap -> one rule."""
    out: list[list[float]] = []
    for pos, a, b in sorted(rules):
        for r in reversed(out[-8:]):
            if abs(r[0] - pos) <= _SNAP and a <= r[2] + _SNAP and b >= r[1] - _SNAP:
                r[1], r[2] = min(r[1], a), max(r[2], b)
                break
        else:
            out.append([pos, a, b])
    return [tuple(r) for r in out]


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


@dataclass
class Table:
    rows: list[list[tuple[int, str]]]  # per row, (column, text) in reading order
    rtl: bool = False


def _rtl_text(text: str) -> bool:
    rtl = sum(1 for c in text if _RTL_CHAR.match(c))
    return rtl > 0 and rtl > sum(1 for c in text if _LTR_CHAR.match(c) and not c.isdigit())


def _ruled_tables(page: Page, body: float, hyphenated: frozenset[str] = frozenset()) -> list[Seg]:
    """The page's segments with each ruled table's text replaced by one segment standing for the table.

    A ruled table is a connected set of horizontal and vertical rules with at least two of each; its cells are the
    rectangles between neighbouring rules, merged where the rule between two of them is missing (a cell spanning
    columns or rows). Segments are put in the cell holding their centre; a cell's lines are joined as a paragraph's.
    Rows follow the rules, not the text, so a cell of several lines or text placed off its row's centre stays in
    its row. Columns count from the left, or from the right in a table whose text is mostly right-to-left."""
    if len(page.hrules) < 2:
        return page.segs
    hs = _merge_rules(page.hrules)
    vs = _merge_rules(page.vrules)
    if len(hs) * len(vs) > 400_000:
        return page.segs
    # connected components of crossing rules
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (y, hx0, hx1) in enumerate(hs):
        for j, (x, vy0, vy1) in enumerate(vs):
            if hx0 - _SNAP <= x <= hx1 + _SNAP and vy0 - _SNAP <= y <= vy1 + _SNAP:
                a, b = find(i), find(len(hs) + j)
                if a != b:
                    parent[a] = b
    comps: dict[int, tuple[list, list]] = {}
    for i, r in enumerate(hs):
        comps.setdefault(find(i), ([], []))[0].append(r)
    for j, r in enumerate(vs):
        comps.setdefault(find(len(hs) + j), ([], []))[1].append(r)
    segs = page.segs
    loose: list[tuple[float, float, float]] = []  # horizontal rules of no grid
    for hrs, vrs in comps.values():
        if len(hrs) < 2 or len(vrs) < 2:
            if not vrs:
                loose.extend(hrs)
            continue
        new = _one_table(segs, hrs, vrs, body, hyphenated)
        if new is segs:
            loose.extend(hrs)
        segs = new
    if 3 <= len(loose) <= 1000:
        segs = _h_rule_tables(segs, loose, body, hyphenated)
    return segs


def _h_rule_tables(segs: list[Seg], rules: list, body: float, hyphenated: frozenset[str]) -> list[Seg]:
    """Tables ruled between rows only (no vertical rules): a stack of at least three horizontal rules of the same
    extent, no more than 8 em apart. Rows are the bands between the rules (a band whose every line has cells in two
    or more columns, a table ruled only above and below its body, is one row per line); columns are the gutters that
    run through the whole table."""
    stacks: list[list[tuple[float, float, float]]] = []
    for r in sorted(rules, key=lambda r: (round(r[1]), round(r[2]), r[0])):
        for st in stacks:
            if abs(st[-1][1] - r[1]) <= 4 and abs(st[-1][2] - r[2]) <= 4 and 3.0 < r[0] - st[-1][0] <= 8 * body:
                st.append(r)
                break
        else:
            stacks.append([r])
    for st in stacks:
        if len(st) >= 3:
            segs = _one_h_table(segs, [y for y, _, _ in st], min(r[1] for r in st), max(r[2] for r in st), body,
                                hyphenated)
    return segs


def _one_h_table(segs: list[Seg], ys: list[float], x0: float, x1: float, body: float,
                 hyphenated: frozenset[str]) -> list[Seg]:
    inside, rest = [], []
    for s in segs:
        cx, cy = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
        (inside if s.table is None and x0 - 2 < cx < x1 + 2 and ys[0] < cy < ys[-1] else rest).append(s)
    cols = sorted(_v_split(inside, max(0.8 * body, 6.0)), key=lambda c: min(s.x0 for s in c))
    if len(cols) < 2:
        return segs
    col_of = {id(s): k for k, col in enumerate(cols) for s in col}
    spans = [(min(s.x0 for s in col), max(s.x1 for s in col)) for col in cols]
    rows: list[list[list[Seg]]] = []  # per row, per column, its segments
    split_rows = []
    for i in range(len(ys) - 1):
        band = [s for s in inside if ys[i] < (s.top + s.bottom) / 2 < ys[i + 1]]
        if not band:
            continue
        lines = _lines(band)
        groups = [band]
        if len(lines) > 1 and all(len({col_of[id(s)] for s in ln.segs}) >= 2 for ln in lines):
            groups = [ln.segs for ln in lines]
            split_rows.append((len(rows), len(rows) + len(groups)))
        for g in groups:
            row = [[] for _ in cols]
            for s in g:
                row[col_of[id(s)]].append(s)
            rows.append(row)
    if len(rows) < 2:
        return segs
    # rows cut from one band line by line must not be columns of prose: no column's text wraps from line to line
    for a, b in split_rows:
        for k, (c0, c1) in enumerate(spans):
            texts = [(Line.of(r[k]).text, max(s.x1 for s in r[k]) - min(s.x0 for s in r[k])) if r[k] else ("", 0.0)
                     for r in rows[a:b]]
            for (t1, w1), (t2, _) in zip(texts, texts[1:]):
                if t1 and w1 >= 0.7 * (c1 - c0) and not _SENTENCE_END.search(t1) and t2[:1].islower():
                    return segs
    rtl = _rtl_text(" ".join(s.text for s in inside))
    out_rows = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            if cell:
                text = _cell_text(cell, spans[k][1] - spans[k][0] + 2 * body, hyphenated)
                if text:
                    cells.append((len(cols) - k if rtl else k + 1, text))
        if cells:
            out_rows.append(sorted(cells))
    seg = Seg(x0, x1, ys[0], ys[-1], " ".join(t for row in out_rows for _, t in row), body, Table(out_rows, rtl))
    return rest + [seg]


def _one_table(segs: list[Seg], hrs: list, vrs: list, body: float, hyphenated: frozenset[str]) -> list[Seg]:
    xs = _cluster([x for x, _, _ in vrs], 3.0)
    ys = _cluster([y for y, _, _ in hrs], 3.0)
    if len(xs) < 2 or len(ys) < 2:
        return segs
    nr, nc = len(ys) - 1, len(xs) - 1

    def v_rule_at(x: float, y: float) -> bool:
        return any(abs(vx - x) <= 3.0 and vy0 - _SNAP <= y <= vy1 + _SNAP for vx, vy0, vy1 in vrs)

    def h_rule_at(y: float, x: float) -> bool:
        return any(abs(hy - y) <= 3.0 and hx0 - _SNAP <= x <= hx1 + _SNAP for hy, hx0, hx1 in hrs)

    # cells: base rectangles merged where the rule between them is missing
    root = list(range(nr * nc))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i in range(nr):
        ym = (ys[i] + ys[i + 1]) / 2
        for j in range(nc - 1):
            if not v_rule_at(xs[j + 1], ym):
                root[find(i * nc + j + 1)] = find(i * nc + j)
    for j in range(nc):
        xm = (xs[j] + xs[j + 1]) / 2
        for i in range(nr - 1):
            if not h_rule_at(ys[i + 1], xm):
                root[find((i + 1) * nc + j)] = find(i * nc + j)
    import bisect

    inside: dict[int, list[Seg]] = {}
    rest: list[Seg] = []
    for s in segs:
        cx, cy = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
        if s.table is None and xs[0] < cx < xs[-1] and ys[0] < cy < ys[-1]:
            j = min(bisect.bisect_right(xs, cx) - 1, nc - 1)
            i = min(bisect.bisect_right(ys, cy) - 1, nr - 1)
            inside.setdefault(find(i * nc + j), []).append(s)
        else:
            rest.append(s)
    if len(inside) < 2:  # a framed box of text, not a table
        return segs
    members: dict[int, list[int]] = {}
    for k in range(nr * nc):
        members.setdefault(find(k), []).append(k)
    text_all = " ".join(s.text for cell in inside.values() for s in cell)
    rtl = _rtl_text(text_all)
    by_row: dict[int, list[tuple[int, str]]] = {}
    spans: list[tuple[int, int, int, str]] = []  # cells over several rows: first row, last row, column, text
    for cell_root, cell_segs in inside.items():
        ks = members[cell_root]
        i0, i1 = min(k // nc for k in ks), max(k // nc for k in ks)
        j0, j1 = min(k % nc for k in ks), max(k % nc for k in ks)
        col = nc - j1 if rtl else j0 + 1
        x0, x1 = xs[j0], xs[j1 + 1]
        text = _cell_text(cell_segs, x1 - x0, hyphenated)
        if text:
            by_row.setdefault(i0, []).append((col, text))
            if i1 > i0:
                spans.append((i0, i1, col, text))
    # a cell spanning rows is repeated in each row it covers that has cells of its own (as the DOCX and HTML
    # readers give it)
    for i0, i1, col, text in spans:
        for i in range(i0 + 1, i1 + 1):
            if i in by_row and all(c != col for c, _ in by_row[i]):
                by_row[i].append((col, text))
    rows = [sorted(by_row[i]) for i in sorted(by_row)]
    seg = Seg(xs[0], xs[-1], ys[0], ys[-1], " ".join(t for row in rows for _, t in row), body, Table(rows, rtl))
    return rest + [seg]


def _cell_text(segs: list[Seg], width: float, hyphenated: frozenset[str] = frozenset()) -> str:
    """A cell's lines joined as a paragraph's; a line that stops well short of the cell's width (room for the next
    line's first word) ends with a line break."""
    lines = _lines(segs)
    texts: list[str] = []
    breaks: list[bool] = []
    prev = None
    for ln in lines:
        if prev is not None:
            first = ln.text.split(" ", 1)[0]
            seg = ln.segs[0]
            word_w = (seg.x1 - seg.x0) * len(first) / max(len(seg.text), 1)
            used = prev.segs[-1].x1 - prev.segs[0].x0
            breaks.append(used + word_w + 0.6 * prev.size < width - 2.0 * prev.size)
        texts.append(ln.text)
        prev = ln
    return _join_lines(texts, breaks, hyphenated)


# ------------------------------------------------------------------ joining wrapped lines

_HYPHENS = "-\u00ad\u2010"


_WORD_END = re.compile(r"[^\W\d_]+$")
_WORD_START = re.compile(r"^[^\W\d_]+(-)?")
_HYPHENATED = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def _join_lines(texts: list[str], breaks: list[bool] | None = None, hyphenated: frozenset[str] = frozenset()) -> str:
    """Wrapped lines -> one text: a space between lines, none between Chinese/Japanese characters; a word hyphenated
    at a line end is joined ("coop-" + "eration" -> "cooperation"); the hyphen is kept before a capital or a digit
    ("Baden-" + "Württemberg" -> "Baden-Württemberg"), after a single letter, before a word that has a hyphen of its
    own ("Aix-" + "en-Provence") and where the document writes the word with a hyphen elsewhere (``hyphenated``,
    lower case); ``breaks[k]`` keeps a line break after line k."""
    text = ""
    for k, piece in enumerate(texts):
        if not text:
            text = piece
            continue
        left = _WORD_END.search(text[:-1]) if text[-1] in _HYPHENS else None
        right = _WORD_START.match(piece) if left else None
        if breaks and breaks[k - 1]:
            text += "\n" + piece
        elif left and right and len(left.group(0)) >= 2 and piece[:1].islower() and not right.group(1) \
                and f"{left.group(0)}-{right.group(0)}".lower() not in hyphenated:
            text = text[:-1] + piece  # a word hyphenated at the line end
        elif text[-1] in _HYPHENS and len(text) >= 2 and text[-2].isalnum() and piece[:1].isalnum():
            text = text[:-1] + "-" + piece  # a real hyphen: Baden-Württemberg, 2019-2020
        elif _cj(text[-1]) and _cj(piece[0]):
            text += piece  # Chinese/Japanese lines wrap without spaces
        else:
            text += " " + piece
    return text


# ------------------------------------------------------------------ running headers/footers


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_running_lines(pages: list[Page], kept: list[str] | None = None) -> int:
    """Drop lines in the top/bottom 8% of the page that repeat on ≥ half the pages (at
    least 2), and lines there that are only a page number ("3", "- 3 -", "Page 3 of 10"). The text of each distinct
    running line (not a bare page number) is appended to ``kept``."""
    margin_lines: list[list[Line]] = []
    candidates: dict[str, int] = {}
    for page in pages:
        lines = [ln for ln in _lines([s for s in page.segs if _in_margin(s, page)])]
        margin_lines.append(lines)
        for key in {_norm(ln.text) for ln in lines}:
            candidates[key] = candidates.get(key, 0) + 1
    threshold = max(2, (len(pages) + 1) // 2)
    running = {k for k, v in candidates.items() if v >= threshold}
    dropped = 0
    for page, lines in zip(pages, margin_lines):
        drop_ids = set()
        for ln in lines:
            if _norm(ln.text) in running or _PAGE_NUMBER.match(ln.text.strip()):
                drop_ids.update(id(s) for s in ln.segs)
                dropped += 1
                text = " ".join(ln.text.split())
                if kept is not None and not _PAGE_NUMBER.match(text) and text not in kept and len(kept) < 6:
                    kept.append(text)
        if drop_ids:
            page.segs = [s for s in page.segs if id(s) not in drop_ids]
    return dropped


HEADING_RATIO = 1.2  # a font this much larger than the body text is a heading (1.15 lost a visit in a Chromium press release)
MARGIN = 0.08  # share of the page height at the top and at the bottom searched for running lines


def _in_margin(s: Seg, page: Page) -> bool:
    return s.bottom <= page.height * MARGIN or s.top >= page.height * (1 - MARGIN)


# ------------------------------------------------------------------ sizes


def _body_size(pages: list[Page]) -> float:
    weights: dict[float, int] = {}
    for p in pages:
        for s in p.segs:
            key = round(s.size, 1)
            weights[key] = weights.get(key, 0) + len(s.text)
    if not weights:
        return 10.0
    return max(weights, key=lambda k: weights[k])


def _heading_sizes(pages: list[Page], body: float) -> list[float]:
    sizes = sorted({round(s.size, 1) for p in pages for s in p.segs if s.size >= body * HEADING_RATIO and len(s.text) <= 200}, reverse=True)
    return sizes[:6]


# ------------------------------------------------------------------ layout


class Line:
    """Segments on one visual line, left to right; extents kept up to date on append."""

    @classmethod
    def of(cls, segs: list[Seg]) -> "Line":
        ordered = sorted(segs, key=lambda s: s.x0)
        line = cls(ordered[0])
        for s in ordered[1:]:
            line.add(s)
        return line

    __slots__ = ("segs", "top", "bottom", "size", "_sorted")

    def __init__(self, seg: Seg):
        self.segs = [seg]
        self.top = seg.top
        self.bottom = seg.bottom
        self.size = seg.size
        self._sorted = True

    def add(self, seg: Seg) -> None:
        if seg.x0 < self.segs[-1].x0:
            self._sorted = False
        self.segs.append(seg)
        self.top = min(self.top, seg.top)
        self.bottom = max(self.bottom, seg.bottom)
        self.size = max(self.size, seg.size)

    def finish(self) -> "Line":
        if not self._sorted:
            self.segs.sort(key=lambda x: x.x0)
            self._sorted = True
        return self

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def text(self) -> str:
        if len(self.segs) > 1 and _rtl_text("".join(s.text for s in self.segs)):
            return " ".join(s.text for s in reversed(self.segs))  # a right-to-left line is read from the right
        return " ".join(s.text for s in self.segs)


def _lines(segs: list[Seg]) -> list[Line]:
    """Group segments into visual lines (vertical overlap), left to right."""
    lines: list[Line] = []
    for s in sorted(segs, key=lambda s: (s.top, s.x0)):
        for line in reversed(lines[-3:]):
            overlap = min(line.bottom, s.bottom) - max(line.top, s.top)
            if overlap > 0.5 * min(s.height, line.bottom - line.top):
                line.add(s)
                break
        else:
            lines.append(Line(s))
    for line in lines:
        line.finish()
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _h_split(segs: list[Seg], min_gap: float) -> list[list[Seg]]:
    """Cut at horizontal white bands at least ``min_gap`` high."""
    parts: list[list[Seg]] = []
    bottom = None
    for s in sorted(segs, key=lambda s: (s.top, s.x0)):
        if parts and s.top < bottom + min_gap:
            parts[-1].append(s)
            bottom = max(bottom, s.bottom)
        else:
            parts.append([s])
            bottom = s.bottom
    return parts


def _v_split(segs: list[Seg], min_gap: float) -> list[list[Seg]]:
    """Cut at vertical white bands (gutters) at least ``min_gap`` wide."""
    parts: list[list[Seg]] = []
    right = None
    for s in sorted(segs, key=lambda s: (s.x0, s.top)):
        if parts and s.x0 < right + min_gap:
            parts[-1].append(s)
            right = max(right, s.x1)
        else:
            parts.append([s])
            right = s.x1
    return parts


def _left(cell: list[Seg]) -> float:
    return min(sg.x0 for sg in cell)


def _right(cell: list[Seg]) -> float:
    return max(sg.x1 for sg in cell)


def _mid(cell: list[Seg]) -> float:
    return (_left(cell) + _right(cell)) / 2


def _anchors(run: list[list[list[Seg]]], body: float, edge=_left) -> list[float]:
    """Edges of a table's columns (by default the left: the cells' starts), clustered within a character."""
    tol = max(0.8 * body, 4.0)
    xs = sorted(edge(cell) for cells in run for cell in cells)
    out: list[float] = []
    for x in xs:
        if out and x - out[-1] <= tol:
            continue
        out.append(x)
    return out


def _cj(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF


class _PageWriter:
    def __init__(self, builder: DocBuilder, page: Page, body: float, heading_sizes: list[float],
                 hyphenated: frozenset[str] = frozenset(), held: dict | None = None):
        self.hyphenated = hyphenated
        self.held = held
        self.b = builder
        self.page = page
        self.body = body
        self.heading_sizes = heading_sizes
        self.count = 0
        self.first = True
        self.current = None  # open paragraph: dict(kind, lines, x0, size, bottom)

    # -- output
    def emit(self, text: str, kind: str, level: int = 0, sep: str | None = None, **where) -> None:
        if self.held is not None:
            self.emit_held()
        if sep is None:
            sep = "\n" if kind == "list_item" and self.prev_kind == "list_item" else "\n\n"
        if self.first:
            sep = "\n\n\n"  # a page break
        block = self.b.add(text, kind, sep, page=self.page.number, paragraph=self.count + 1, level=level, **where)
        if block is not None:
            self.count += 1
            self.first = False
            self.prev_kind = kind

    prev_kind = ""

    def emit_held(self) -> None:
        """The previous page's last paragraph, with that page's number and position."""
        held, self.held = self.held, None
        if held is not None:
            cur = held["cur"]
            self.b.add(_join_lines(cur["texts"], hyphenated=self.hyphenated), cur["kind"], held["sep"], page=held["page"],
                       paragraph=held["paragraph"], level=cur["level"])

    def flush(self) -> None:
        cur = self.current
        if cur and "held" in cur:  # the previous page's paragraph, continued on this page
            self.held = dict(cur["held"], cur=cur)
            self.current = None
            self.emit_held()
            return
        if cur:
            self.emit(_join_lines(cur["texts"], hyphenated=self.hyphenated), cur["kind"], cur["level"])
        self.current = None

    # -- layout
    def write(self, last: bool = True) -> dict | None:
        """Recursive XY-cut: split at horizontal white bands, then at vertical gutters,
        alternately; leaves are read line by line. A run of single-line nodes that split
        into the same number of parts is a grid: its parts become cells, row by row."""
        if not self.page.segs:
            self.emit_held()
            return None
        self.h_gap = max(0.5 * self.body, 3.0)
        self.v_gap = max(0.8 * self.body, 6.0)
        try:
            segs = _ruled_tables(self.page, self.body, self.hyphenated)
        except Exception:  # a damaged drawing: read the page without its tables' rules
            segs = self.page.segs
        self.right = max(s.x1 for s in segs)  # the right edge of the text region being read
        self.node(segs, 0)
        cur = self.current
        if not last and cur and cur["kind"] == "paragraph" and "held" not in cur \
                and not _SENTENCE_END.search(cur["texts"][-1].rstrip("\"'”’»)）」")):
            # a paragraph cut by the page break: kept open for the next page's first line
            self.current = None
            self.emit_held()
            return {"cur": cur, "page": self.page.number, "paragraph": self.count + 1,
                    "sep": "\n\n\n" if self.first else "\n\n"}
        self.flush()
        self.emit_held()
        return None

    def node(self, segs: list[Seg], depth: int) -> None:
        parts = _h_split(segs, self.h_gap)
        if depth > 40:
            self.vertical(segs, depth)
            return
        if len(parts) == 1:
            pieces = self.tight_grid(segs)
            if pieces is None:
                self.vertical(segs, depth)
                return
            parts = pieces
        else:
            parts = [p for part in parts for p in (self.tight_grid(part) or [part])]
        run: list[list[list[Seg]]] = []  # consecutive grid rows (each a list of cells)
        for part in parts:
            cells = self.grid_row(part)
            if cells and (not run or len(run[-1]) == len(cells) or self.aligned(run, [cells])):
                run.append(cells)
                continue
            if run and not any(s.table is not None for s in part):
                # rows of a table that touch (a cell merged over rows sits between them), or a row with
                # a merged cell missing: each line's cells fall in the columns of the rows above
                rows = [_v_split(line.segs, self.v_gap) for line in _lines(part)]
                if rows and self.aligned(run, rows):
                    run.extend(rows)
                    continue
            self.end_run(run)
            run = [cells] if cells else []
            if not cells:
                self.vertical(part, depth + 1)
        self.end_run(run)

    def vertical(self, segs: list[Seg], depth: int) -> None:
        cols = _v_split(segs, self.v_gap)
        if len(cols) == 1 or depth > 40:
            bands = self.column_bands(segs) if depth <= 40 else None
            if bands is None:
                self.flow(_lines(segs))
                return
            # full-width blocks and a region of columns touching without a white band between them: each region is
            # read on its own, top to bottom
            for band in bands:
                self.node(band, depth + 1)
                self.flush()
            return
        if len(_lines(segs)) == 1:  # one line with wide gaps: read it as a line
            self.flow(_lines(segs))
            return
        if _rtl_text(" ".join(s.text for s in segs)):
            cols.reverse()  # a right-to-left page's columns are read from the right
        outer = self.right
        for k, col in enumerate(cols):
            self.right = _right(col)
            self.node(col, depth + 1)
            self.right = outer
            if k + 1 < len(cols):
                self.column_break(col)
            else:
                self.flush()

    def column_bands(self, segs: list[Seg]) -> list[list[Seg]] | None:
        """A part without a gutter through its full height cut into bands at the lines where a region of columns
        begins or ends: the region is a run of lines that leave a common gutter (at least 0.8 em wide, with text on
        both sides on at least three lines), such as two columns of prose set right below a full-width table or
        above a full-width footnote. None when there is no such region."""
        lines = _lines(segs)
        n = len(lines)
        if n < 4 or n > 400:
            return None
        spans = [[(s.x0, s.x1) for s in ln.segs] for ln in lines]

        budget = [20000]  # lines examined: a page of many short segments is not searched for ever

        def free(k: int, lo: float, hi: float) -> tuple[float, float] | None:
            """The part of the gutter (lo, hi) that line k leaves free, or None when a segment crosses its middle."""
            budget[0] -= 1
            if budget[0] < 0:
                return None
            mid = (lo + hi) / 2
            for a, b in spans[k]:
                if a < mid < b:
                    return None
                if b <= mid:
                    lo = max(lo, b)
                else:
                    hi = min(hi, a)
            return (lo, hi) if hi - lo >= self.v_gap else None

        def both_sides(k: int, lo: float, hi: float) -> bool:
            return any(b <= hi for a, b in spans[k]) and any(a >= lo for a, b in spans[k])

        for i in range(n):
            for (_, b), (a, _) in zip(spans[i], spans[i][1:]):
                if a - b < self.v_gap:
                    continue
                lo, hi = b, a
                p = q = i
                while p > 0:
                    g = free(p - 1, lo, hi)
                    if g is None:
                        break
                    lo, hi = g
                    p -= 1
                while q + 1 < n:
                    g = free(q + 1, lo, hi)
                    if g is None:
                        break
                    lo, hi = g
                    q += 1
                if budget[0] < 0:
                    return None
                if (p == 0 and q == n - 1) or sum(both_sides(k, lo, hi) for k in range(p, q + 1)) < 3:
                    continue
                groups = [lines[:p], lines[p:q + 1], lines[q + 1:]]
                return [[s for ln in g for s in ln.segs] for g in groups if g]
        return None

    def column_break(self, col: list[Seg]) -> None:
        """The end of a column: a paragraph whose last line fills the column and has no sentence end may go on at
        the top of the next column (flow decides on that column's first line); anything else ends here."""
        cur = self.current
        if cur and cur["kind"] == "paragraph" and "held" not in cur and not cur.get("mark") \
                and not _SENTENCE_END.search(cur["texts"][-1].rstrip("\"'”’»)）」")):
            left, right = _left(col), _right(col)
            if right - left > 0 and cur["last_x1"] - cur["last_x0"] >= 0.8 * (right - left) \
                    and cur["bottom"] >= max(s.bottom for s in col) - 1.0:
                cur["col_open"] = True
                return
        self.flush()

    def tight_grid(self, segs: list[Seg]) -> list[list[Seg]] | None:
        """A table whose rows sit closer than a paragraph gap: the part cut into its lines when a run of at least three
        lines split into the same number (≥ 2) of cells whose columns line up (by left edge, right edge or centre),
        one column's cells all fill less than 60% of its width (a year, a name, a state) and no column's text wraps
        from line to line (a line filling 70% of its column without a sentence end, followed by one in small
        letters): not columns of prose.
        Else None."""
        lines = _lines(segs)
        if len(lines) < 2 or any(s.table is not None for s in segs):
            return None
        split = [_v_split(ln.segs, self.v_gap) for ln in lines]
        found = False
        k = 0
        while k < len(lines):
            n = len(split[k])
            j = k
            while j + 1 < len(lines) and n >= 2 and len(split[j + 1]) == n:
                j += 1
            if j >= k + 2 and self._columns_line_up(split[k:j + 1]):
                found = True
                break
            k = j + 1
        if not found:
            return None
        return [ln.segs for ln in lines]

    def _columns_line_up(self, rows: list[list[list[Seg]]]) -> bool:
        tol = max(0.8 * self.body, 4.0)
        n = len(rows[0])
        starts = [min(_left(row[c]) for row in rows) for c in range(n)]
        ends = [max(_right(row[c]) for row in rows) for c in range(n)]
        sparse = False
        for c in range(n):
            cells = [row[c] for row in rows]
            lefts = [_left(cell) for cell in cells]
            rights = [_right(cell) for cell in cells]
            mids = [(a + b) / 2 for a, b in zip(lefts, rights)]
            if not any(max(v) - min(v) <= tol for v in (lefts, rights, mids)):
                return False
            slot = (starts[c + 1] if c + 1 < n else ends[c]) - (ends[c - 1] if c else starts[c])
            if slot > 0 and all(b - a <= 0.6 * slot for a, b in zip(lefts, rights)):
                sparse = True
            texts = [Line.of(cell).text for cell in cells]
            own = ends[c] - starts[c]  # a line of several words filling the column's own width wraps as well
            if any((b - a >= 0.7 * slot or (b - a >= 0.7 * own and len(t1.split()) >= 4))
                   and not _SENTENCE_END.search(t1) and t2[:1].islower()
                   for a, b, t1, t2 in zip(lefts, rights, texts, texts[1:])):
                return False
        return sparse

    def grid_row(self, segs: list[Seg]) -> list[list[Seg]] | None:
        if any(s.table is not None for s in segs) or len(_lines(segs)) != 1:
            return None
        cols = _v_split(segs, self.v_gap)
        return cols if len(cols) > 1 else None

    def aligned(self, run: list[list[list[Seg]]], rows: list[list[list[Seg]]]) -> bool:
        """Whether every cell of ``rows`` starts at a column of ``run`` (within a character), so rows
        with fewer cells (a merged cell) or a lone merged cell continue the table."""
        anchors = _anchors(run, self.body)
        if len(anchors) < 2:
            return False
        tol = max(0.8 * self.body, 4.0)
        for cells in rows:
            if not cells or len(cells) > len(anchors):
                return False
            for cell in cells:
                x0 = min(sg.x0 for sg in cell)
                if min(abs(x0 - a) for a in anchors) > tol:
                    return False
        if any(len(cells) >= 2 for cells in rows):
            return True
        if len(rows) != 1:
            return False
        # a lone cell (a section row, a merged cell) continues the table only if it stays within the table's width
        # and is not set further apart than the table's rows are (a paragraph or footnote below a table is not)
        right = max(sg.x1 for cells in run for cell in cells for sg in cell)
        lone = rows[0][0]
        if max(sg.x1 for sg in lone) > right + self.body:
            return False
        text = " ".join(sg.text for sg in lone)
        if len(text.split()) >= 8 and _SENTENCE_END.search(text):  # a sentence, not a label
            return False
        tops = [min(sg.top for cell in cells for sg in cell) for cells in run]
        bottoms = [max(sg.bottom for cell in cells for sg in cell) for cells in run]
        gaps = sorted(t - b for t, b in zip(tops[1:], bottoms[:-1]))
        if len(gaps) < 2:  # too few rows to know their spacing
            return True
        gap = min(sg.top for sg in lone) - bottoms[-1]
        return gap <= max(1.6 * gaps[len(gaps) // 2], self.body)

    def end_run(self, run: list[list[list[Seg]]]) -> None:
        if not run:
            return
        if len(run) == 1:  # a lone line with wide gaps is not a table
            self.flow(_lines([s for cell in run[0] for s in cell]))
            return
        self.flush()
        rtl = _rtl_text(" ".join(s.text for cells in run for cell in cells for s in cell))
        # the cells' edge that lines up best: the start of the text (left, or right in a right-to-left table) unless
        # the other edge or the centre gives fewer columns (right-aligned numbers, centred cells)
        sides = [_left, _right, _mid] if not rtl else [_right, _left, _mid]
        edge = min(sides, key=lambda f: (len(_anchors(run, self.body, f)), sides.index(f)))
        anchors = _anchors(run, self.body, edge)
        for r, row in enumerate(run, start=1):
            # the column is the position of the cell's edge among the table's columns (a row with a merged cell
            # missing keeps the others in place), counted from the right in a right-to-left table
            cells = []
            for n, cell in enumerate(row, start=1):
                x0 = edge(cell)
                c = min(range(len(anchors)), key=lambda k: abs(anchors[k] - x0)) + 1 if anchors else n
                if rtl:
                    c = len(anchors) + 1 - c
                cells.append((c, cell))
            if rtl:
                cells.sort(key=lambda it: it[0])
            for n, (c, cell) in enumerate(cells, start=1):
                text = Line.of(cell).text
                kind = "list_item" if _LIST.match(text) else "table_cell"
                sep = "\n\n" if (r == 1 and n == 1) else ("\n" if n == 1 else "\t")
                self.emit(text, kind, 1 if kind == "list_item" else 0, sep=sep, row=r, col=c)
        self.prev_kind = "table_cell"

    def table(self, table: Table) -> None:
        self.flush()
        for r, cells in enumerate(table.rows, start=1):
            for n, (c, text) in enumerate(cells, start=1):
                sep = "\n\n" if (r == 1 and n == 1) else ("\n" if n == 1 else "\t")
                self.emit(text, "table_cell", sep=sep, row=r, col=c)
        self.prev_kind = "table_cell"

    def flow(self, lines: list[Line]) -> None:
        for line in lines:
            if any(s.table is not None for s in line.segs):
                for s in (reversed(line.segs) if _rtl_text(line.text) else line.segs):
                    if s.table is not None:
                        self.table(s.table)
                    else:
                        self.flow([Line(s)])
                continue
            text = line.text
            size = line.size
            heading_level = self._heading_level(size, text)
            if self.held is not None:
                h = self.held["cur"]
                if not heading_level and not _LIST.match(text) and text[:1].islower() \
                        and abs(size - h["size"]) <= 0.15 * h["size"] and not self.marked(line):
                    # the paragraph the page break cut: it goes on with this line
                    held, self.held = self.held, None
                    h["texts"].append(text)
                    h.update(bottom=line.bottom, x0=line.x0, x1=line.segs[-1].x1, last_x0=line.x0,
                             last_x1=line.segs[-1].x1, gaps=[],
                             held={k: v for k, v in held.items() if k != "cur"})
                    self.current = h
                    continue
                self.emit_held()
            cur = self.current
            mark = self.marked(line)
            if cur is not None and cur.pop("col_open", False):
                if not heading_level and not mark and not _LIST.match(text) and text[:1].islower() \
                        and abs(size - cur["size"]) <= 0.15 * cur["size"]:
                    # the paragraph the column break cut: it goes on at the top of this column
                    cur["texts"].append(text)
                    cur.update(bottom=line.bottom, x0=line.x0, x1=line.segs[-1].x1, last_x0=line.x0, last_x1=line.segs[-1].x1,
                               gaps=[])
                    continue
                self.flush()
                cur = None
            if heading_level:
                if cur and cur["kind"] == "heading" and cur["level"] == heading_level and line.top - cur["bottom"] <= 0.6 * size:
                    cur["texts"].append(text)
                    cur["bottom"] = line.bottom
                    continue
                self.flush()
                self.current = {"kind": "heading", "level": heading_level, "texts": [text], "x0": line.x0, "size": size, "bottom": line.bottom}
                continue
            is_item = bool(mark or _LIST.match(text))
            if is_item and not mark and cur and cur["kind"] == "paragraph" and _NUMBER_THEN_LOWER.match(text) \
                    and not _SENTENCE_END.search(cur["texts"][-1]) and abs(line.x0 - cur["x0"]) <= 2:
                is_item = False  # "… rennur út / 15. febrúar 2026": a wrapped line that starts with a date
            if cur and not is_item and self._continues(cur, line):
                cur["gaps"].append(line.top - cur["bottom"])
                cur["texts"].append(text)
                cur["bottom"] = line.bottom
                cur["last_x0"], cur["last_x1"] = line.x0, line.segs[-1].x1
                cur["max_x1"] = max(cur.get("max_x1", 0.0), line.segs[-1].x1)
                continue
            self.flush()
            self.current = {
                "kind": "list_item" if is_item else "paragraph",
                "level": 1 if is_item else 0,
                "texts": [text],
                "x0": line.x0,
                "x1": line.segs[-1].x1,
                "last_x0": line.x0,
                "last_x1": line.segs[-1].x1,
                "max_x1": line.segs[-1].x1,
                "rtl": _rtl_text(text),
                "size": size,
                "bottom": line.bottom,
                "gaps": [],  # between its lines
                "mark": mark,  # a list item started by a drawn bullet
            }

    right = 0.0

    def _ends_short(self, cur: dict, line: Line) -> bool:
        """Whether the paragraph's last line ends a sentence well short of the right edge although the next line's
        first word would have fitted there: the line break was the writer's, so the paragraph ends. The edge is the
        paragraph's own (its widest line, this one included); Chinese and Japanese text, which wraps at any
        character, is measured against the region's right edge and needs room for two more characters."""
        prev = cur["texts"][-1]
        text = line.text
        if not prev or not text or not _SENTENCE_END.search(prev.rstrip("\"'”’»)）」")):
            return False
        if _cj(prev[-1]):
            return self.right - cur["last_x1"] > 2.0 * line.size
        right = max(cur.get("max_x1", cur["last_x1"]), line.segs[-1].x1)
        first = text.split(" ", 1)[0]
        seg = line.segs[0]
        word = (seg.x1 - seg.x0) * len(first) / max(len(seg.text), 1)
        return right - cur["last_x1"] > word + 1.3 * line.size

    def marked(self, line: Line) -> bool:
        """Whether a bullet drawn as a path (a dot or small square, no text) stands just before the line: left of
        its start, or right of its end in a right-to-left line, on its middle and smaller than its letters."""
        marks = self.page.marks
        if not marks:
            return False
        size = line.size
        mid_lo, mid_hi = line.top, line.bottom
        rtl = _rtl_text(line.text)
        start, end = line.x0, max(s.x1 for s in line.segs)
        for x0, x1, top, bottom in marks:
            if not (mid_lo <= (top + bottom) / 2 <= mid_hi) or bottom - top > 0.6 * size:
                continue
            if rtl:
                if end - 0.5 <= x0 <= end + 2.5 * size:
                    return True
            elif start - 2.5 * size <= x1 <= start + 0.5:
                return True
        return False

    def _heading_level(self, size: float, text: str) -> int:
        if size < self.body * HEADING_RATIO or len(text) > 200:
            return 0
        key = round(size, 1)
        for i, hs in enumerate(self.heading_sizes):
            if key >= hs - 0.05:
                return i + 1
        return len(self.heading_sizes) or 1

    def _continues(self, cur: dict, line: Line) -> bool:
        if cur["kind"] == "heading":
            return False
        if abs(line.size - cur["size"]) > 0.15 * cur["size"]:
            return False
        gap = line.top - cur["bottom"]
        if gap > 0.75 * line.size or gap < -0.5 * line.size:
            return False
        if cur.get("gaps") and gap > min(cur["gaps"]) + 0.35 * line.size:
            return False  # set further apart than the paragraph's lines: a new paragraph
        if cur["kind"] == "paragraph" and not cur.get("rtl") and self._ends_short(cur, line):
            return False
        indent = line.x0 - cur["x0"]
        if cur.get("rtl") and _rtl_text(line.text):
            indent = cur["x1"] - line.segs[-1].x1  # right-to-left text is aligned on the right
        if cur["kind"] == "list_item":
            if cur.get("mark"):
                return abs(indent) <= 2  # a drawn bullet hangs outside: wrapped text starts under the item's text
            return indent > 2  # wrapped item text is indented under the marker
        return abs(indent) <= 3 * line.size
