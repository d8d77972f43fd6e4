"""PowerPoint (.pptx) via python-pptx: slide by slide, in reading order.

Per slide: the title (kind ``title``), then the other shapes in reading order (top to
bottom; shapes side by side in a band go left to right, so a two-column layout yields the
left column, then the right one), each text frame paragraph by paragraph, tables cell by
cell (``row``/``col``), group shapes recursively, then the speaker notes (kind ``notes``).
Every block carries its 1-based ``slide`` and its ``paragraph`` number within the slide.

Also read, where they stand: shapes wrapped in ``mc:AlternateContent`` (the first choice, as PowerPoint
shows it), SmartArt (its nodes' text from the diagram data, in the diagram's tree order, as list items
nested by depth), charts (the title and axis titles as ``caption``, the category labels as one
``caption`` line). Text placed on a slide's layout or master outside placeholders (a logo's caption, a
programme name shown on every slide using it) is read once per deck, as kind ``header``, on the first
slide that shows it.
"""

from __future__ import annotations

import io
import re

from pptx.shapes.group import GroupShape

from intercity.core.documents.builder import DocBuilder
from intercity.core.documents.numbering import AutoNumber
from intercity.core.documents.safety import check_office_zip
from intercity.core.documents.types import DocumentError, ParsedDocument

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RT_LAYOUT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout"
_SHAPE_TAGS = {"sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"}
_TITLE_TYPES = {"TITLE", "CENTER_TITLE", "VERTICAL_TITLE"}
_BODY_TYPES = {"BODY", "OBJECT", "VERTICAL_BODY", "VERTICAL_OBJECT"}
_SKIP_TYPES = {"SLIDE_NUMBER", "DATE", "FOOTER", "HEADER"}


def read_pptx(data: bytes, source: str, digest: str) -> ParsedDocument:
    check_office_zip(data, source)
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        prs = Presentation(io.BytesIO(data))
    except PackageNotFoundError as exc:
        raise DocumentError(source, f"is not a readable PowerPoint file ({exc})") from None
    except KeyError as exc:
        raise DocumentError(source, f"is a damaged PowerPoint file (missing part {exc})") from None
    b = DocBuilder()
    warnings: list[str] = []
    title = ""
    try:
        core = prs.core_properties
        title = (core.title or "").strip()
        meta = {k: v for k, v in (("author", core.author), ("created", core.created and core.created.isoformat())) if v}
    except Exception:  # damaged docProps: not worth failing the deck
        meta = {}
    slides = list(prs.slides)
    n_slides = len(slides)
    boilerplate = _repeated_texts(slides)
    shown: set[str] = set()  # layout and master texts already read
    for number, slide in enumerate(slides, start=1):
        _SlideReader(b, number, boilerplate, shown).read(slide)
    if not b.blocks:
        warnings.append(f"{source}: the presentation has no text ({n_slides} slides)")
    meta["slides"] = n_slides
    return b.build(source, "pptx", digest, title=title, warnings=warnings, metadata=meta)


class _SlideReader:
    def __init__(self, builder: DocBuilder, number: int, boilerplate: set[str], shown: set[str] | None = None):
        self.b = builder
        self.boilerplate = boilerplate
        self.shown = shown if shown is not None else set()
        self.slide = number
        self.count = 0
        self.first = True

    def add(self, text: str, kind: str, sep: str | None = None, **where) -> None:
        if sep is None:
            sep = "\n\n"
        if self.first:
            sep = "\n\n\n"  # a slide break
        block = self.b.add(text, kind, sep, slide=self.slide, paragraph=self.count + 1, **where)
        if block is not None:
            self.count += 1
            self.first = False

    def read(self, slide) -> None:
        shapes = shapes_of(slide.shapes)
        titles = [s for s in shapes if _placeholder_type(s) in _TITLE_TYPES]
        others = [s for s in shapes if s not in titles]
        for s in titles:
            if s.has_text_frame:
                self.add(s.text_frame.text, "title")
        self.furniture(slide)
        for s in reading_order(others):
            self.shape(s)
        try:
            if slide.has_notes_slide:
                notes = slide.notes_slide.notes_text_frame
                if notes is not None:
                    for para in notes.paragraphs:
                        self.add(_para_text(para), "notes")
        except Exception:
            pass

    def furniture(self, slide) -> None:
        """Text boxes on the slide's layout and master (not placeholders: those are filled on the slide),
        each distinct text once per deck, as ``header`` blocks."""
        try:
            if slide._element.get("showMasterSp") in ("0", "false"):
                return
            layout_part = slide.part.part_related_by(_RT_LAYOUT)
            texts = getattr(layout_part, "_intercity_all_furniture", None)
            if texts is None:
                layout = layout_part.slide_layout
                texts = _furniture_texts(layout)
                if layout._element.get("showMasterSp") not in ("0", "false"):
                    texts = texts + _furniture_texts(layout.slide_master)
                layout_part._intercity_all_furniture = texts
        except Exception:  # a damaged layout or master: the slide itself still reads
            return
        for text in texts:
            key = _norm(text)
            if key and key not in self.shown:
                self.shown.add(key)
                self.add(text, "header")

    def shape(self, shape, depth: int = 0) -> None:
        ptype = _placeholder_type(shape)
        if ptype in _SKIP_TYPES or depth > 50:
            return
        if isinstance(shape, GroupShape):
            for child in reading_order(shapes_of(shape.shapes)):
                self.shape(child, depth + 1)
            return
        if getattr(shape, "has_table", False) and shape.has_table:
            self.table(shape.table)
            return
        if getattr(shape, "has_chart", False) and shape.has_chart:
            self.chart(shape)
            return
        if self.smartart(shape):
            return
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            boilerplate = _norm(shape.text_frame.text) in self.boilerplate
            self.text_frame(shape.text_frame, body=ptype in _BODY_TYPES, boilerplate=boilerplate)
            return
        alt = _alt_text(shape)
        if alt:
            self.add(alt, "alt_text")

    def text_frame(self, tf, body: bool, boilerplate: bool = False) -> None:
        numbers = AutoNumber()
        prev_list = False
        paras = [p for p in tf.paragraphs if _para_text(p).strip()]
        for i, para in enumerate(paras):
            text = _para_text(para)
            kind, prefix = _list_kind(para, body, numbers)
            level = (para.level + 1) if kind == "list_item" else 0
            if boilerplate:
                kind, level = "header", 0
            elif i == 0 and kind == "paragraph" and len(paras) > 1 and _looks_like_caption_heading(para, paras[1:]):
                kind, level = "heading", 2
            self.add(prefix + text, kind, "\n" if (kind == "list_item" and prev_list) else None, level=level)
            prev_list = kind == "list_item"

    def chart(self, shape) -> None:
        """A chart's title and axis titles (``caption``) and its category labels (one ``caption`` line)."""
        try:
            chart = shape.chart
        except Exception:
            return
        titles = []
        try:
            if chart.has_title and chart.chart_title.has_text_frame:
                titles.append(chart.chart_title.text_frame.text)
        except Exception:
            pass
        for axis in ("category_axis", "value_axis"):
            try:
                ax = getattr(chart, axis)
                if ax.has_title and ax.axis_title.has_text_frame:
                    titles.append(ax.axis_title.text_frame.text)
            except Exception:
                continue
        for t in titles:
            self.add(t, "caption")
        try:
            labels = [str(c.label if hasattr(c, "label") else c) for c in chart.plots[0].categories] if len(chart.plots) else []
        except Exception:
            labels = []
        labels = [" ".join(x.split()) for x in labels[:500] if x and x.strip()]
        if labels:
            self.add(" · ".join(labels), "caption")

    def smartart(self, shape) -> bool:
        """SmartArt: the text of its nodes, from the diagram's data part, in tree order (list items nested by
        depth). Returns whether the shape was a diagram."""
        try:
            el = shape._element
            if not el.tag.endswith("}graphicFrame"):
                return False
            rel = el.find(f"{_A}graphic/{_A}graphicData/{_DGM}relIds")
        except Exception:
            return False
        if rel is None:
            return False
        try:
            from pptx.oxml import parse_xml

            data = parse_xml(shape.part.related_part(rel.get(f"{_R}dm")).blob)
        except Exception:
            return True
        for level, text in _diagram_nodes(data):
            self.add(text, "list_item", "\n" if self.b.blocks and self.b.blocks[-1].kind == "list_item" and not self.first else None,
                     level=level)
        return True

    def table(self, table) -> None:
        above: dict[int, str] = {}  # column -> text shown in the row above (a merged cell's, for the rows it covers)
        for r, row in enumerate(table.rows, start=1):
            first_in_row = True
            here: dict[int, str] = {}
            left = ""
            for c, cell in enumerate(row.cells, start=1):
                if cell.is_spanned:
                    # covered by a merged cell: a cell merged down holds for each row it covers (its text
                    # is repeated at its column); one merged across columns is read once
                    text = above.get(c, "") if _covered_from_above(table, r, c) else ""
                    here[c] = text if text else left
                    if not text:
                        continue
                else:
                    text = "\n".join(_para_text(p) for p in cell.text_frame.paragraphs)
                    here[c] = left = text
                if not text.strip():
                    continue
                sep = "\t" if not first_in_row else ("\n" if r > 1 and self.count else "\n\n")
                self.add(text, "table_cell", sep, row=r, col=c)
                first_in_row = False
            above = here


_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_FILE_NAME = re.compile(r"^[^\s/\\]*(?:[/\\][^/\\]*)*\.(?:png|jpe?g|gif|bmp|svg|emf|wmf|tiff?|webp|heic)$", re.IGNORECASE)


def _alt_text(shape) -> str:
    """The alternative text of a shape without text (a picture): ``descr``, else ``title``, else a given name."""
    try:
        el = shape._element
        c = el.find(f".//{_P}cNvPr")
        if c is None:
            return ""
        for attr in ("descr", "title"):
            v = " ".join((c.get(attr) or "").split())
            if v and not _FILE_NAME.match(v):  # "image.png", "Logo_2024.jpg": the file the picture came from
                return v[:500]
        name = " ".join((c.get("name") or "").split())
    except Exception:  # a damaged shape: nothing to read
        return ""
    # a name someone typed reads as words with a space and no trailing number ("Logo Bilbao"); PowerPoint's and
    # other editors' own names ("Picture 3", "Grafik 2", "図 1", "image12.png") are not a person's words
    if name and " " in name and not re.search(r"\d\s*$", name) and not re.search(r"\.\w{2,4}$", name):
        return name[:200]
    return ""


def _covered_from_above(table, r: int, c: int) -> bool:
    """Whether the spanned cell at (row r, column c), 1-based, lies under a merge origin in its column."""
    try:
        for rr in range(r - 1, 0, -1):
            cell = table.cell(rr - 1, c - 1)
            if cell.is_merge_origin:
                return cell.span_height > r - rr
            if not cell.is_spanned:
                return False
    except Exception:
        return False
    return False


def _furniture_texts(src) -> list[str]:
    """The texts of a layout's or master's shapes that are not placeholders, in reading order (cached on the
    part: every slide of a layout asks)."""
    part = src.part
    cached = getattr(part, "_intercity_furniture", None)
    if cached is not None:
        return cached
    out: list[str] = []
    # only a text body outside placeholders is worth a walk (placeholders' positions are costly to look up)
    if any(sp.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph") is None and sp.find(f"{_P}txBody") is not None
           for sp in src._element.iter(f"{_P}sp")):
        def walk(shapes, depth: int) -> None:
            mine = [sh for sh in shapes_of(shapes) if not getattr(sh, "is_placeholder", False)]
            for sh in reading_order(mine):
                if depth > 20:
                    continue
                if isinstance(sh, GroupShape):
                    walk(sh.shapes, depth + 1)
                elif getattr(sh, "has_text_frame", False) and sh.has_text_frame:
                    text = "\n".join(t for t in (_para_text(p).strip() for p in sh.text_frame.paragraphs) if t)
                    if text:
                        out.append(text)

        walk(src.shapes, 0)
    try:
        part._intercity_furniture = out
    except Exception:
        pass
    return out


def shapes_of(shapes) -> list:
    """A shape tree's shapes, with those wrapped in ``mc:AlternateContent`` (python-pptx skips them): the
    first ``mc:Choice``'s shape, else the ``mc:Fallback``'s, in document order."""
    try:
        tree = shapes._spTree
        parent = shapes
    except AttributeError:
        return list(shapes)
    if tree.find(f"{_MC}AlternateContent") is None:
        return list(shapes)
    from pptx.shapes.shapetree import SlideShapeFactory

    known = {id(s._element): s for s in shapes}
    out = []
    for el in tree.iterchildren():
        if id(el) in known:
            out.append(known[id(el)])
        elif el.tag == f"{_MC}AlternateContent":
            for branch in list(el.iterchildren(f"{_MC}Choice")) + list(el.iterchildren(f"{_MC}Fallback")):
                inner = next((c for c in branch.iterchildren() if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] in _SHAPE_TAGS), None)
                if inner is not None:
                    try:
                        out.append(SlideShapeFactory(inner, parent))
                    except Exception:
                        pass
                    break
    return out


def _diagram_nodes(data) -> list[tuple[int, str]]:
    """(depth, text) of a diagram data part's nodes: a walk of its parent-of connections from the document
    node, siblings by ``srcOrd``; nodes no connection reaches follow in list order."""
    texts: dict[str, str] = {}
    order: list[str] = []
    root = None
    for pt in data.iter(f"{_DGM}pt"):
        mid = pt.get("modelId")
        kind = pt.get("type") or "node"
        if kind == "doc":
            root = mid
        if kind not in ("node", "asst") or mid is None:
            continue
        t = pt.find(f"{_DGM}t")
        if t is None:
            continue
        paras = ["".join(x.text or "" for x in p.iter(f"{_A}t")) for p in t.iter(f"{_A}p")]
        text = "\n".join(x.strip() for x in paras if x.strip())
        if text:
            texts[mid] = text
            order.append(mid)
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in data.iter(f"{_DGM}cxn"):
        if (cxn.get("type") or "parOf") != "parOf":
            continue
        src, dest = cxn.get("srcId"), cxn.get("destId")
        so = cxn.get("srcOrd") or "0"
        children.setdefault(src, []).append((int(so) if so.isdigit() else 0, dest))
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    stack = [(root, 0)] if root is not None else []
    while stack and len(seen) < 10_000:
        node, depth = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        if node in texts:
            out.append((depth, texts[node]))
        for _o, child in sorted(children.get(node, []), reverse=True):
            stack.append((child, depth + 1))
    out += [(1, texts[m]) for m in order if m not in seen]
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _repeated_texts(slides) -> set[str]:
    """Texts of (non-title) shapes repeated on at least 3 slides and 40% of them: banners,
    logos' captions, footers typed into text boxes. They become kind ``header``."""
    if len(slides) < 3:
        return set()
    counts: dict[str, int] = {}

    def walk(shapes, found: set[str]) -> None:
        for sh in shapes:
            if isinstance(sh, GroupShape):
                walk(shapes_of(sh.shapes), found)
            elif getattr(sh, "has_text_frame", False) and sh.has_text_frame and _placeholder_type(sh) not in _TITLE_TYPES:
                t = _norm(sh.text_frame.text)
                if t and len(t) <= 200:
                    found.add(t)

    for slide in slides:
        found: set[str] = set()
        try:
            walk(shapes_of(slide.shapes), found)
        except Exception:
            continue
        for t in found:
            counts[t] = counts.get(t, 0) + 1
    return {t for t, n in counts.items() if n >= 3 and n >= 0.4 * len(slides)}


def _looks_like_caption_heading(first, rest) -> bool:
    """A short first paragraph in bold or in a larger font than what follows: a card title."""
    text = _para_text(first).strip()
    if len(text) > 80 or text.endswith((".", ":", ";", ",")):
        return False
    runs = [r for r in first.runs if r.text.strip()]
    if not runs:
        return False
    if all(r.font.bold for r in runs):
        return True
    size = max((r.font.size or 0) for r in runs)
    rest_sizes = [r.font.size or 0 for p in rest for r in p.runs if r.text.strip()]
    return bool(size and rest_sizes and size > max(rest_sizes))


def _placeholder_type(shape) -> str | None:
    try:
        if shape.is_placeholder:
            t = shape.placeholder_format.type
            return t.name if t is not None and hasattr(t, "name") else str(t)
    except Exception:
        return None
    return None


def _para_text(para) -> str:
    parts = []
    for child in para._p:
        tag = child.tag
        if tag == f"{_A}r" or tag == f"{_A}fld":
            t = child.find(f"{_A}t")
            if t is not None and t.text:
                parts.append(t.text)
        elif tag == f"{_A}br":
            parts.append("\n")
    return "".join(parts)


def _list_kind(para, body: bool, numbers: AutoNumber) -> tuple[str, str]:
    ppr = para._p.pPr
    level = para.level
    if ppr is not None:
        if ppr.find(f"{_A}buNone") is not None:
            numbers.reset(level)
            return "paragraph", ""
        auto = ppr.find(f"{_A}buAutoNum")
        if auto is not None:
            start = int(auto.get("startAt", "1") or 1)
            return "list_item", numbers.next(level, auto.get("type", "arabicPeriod"), start) + " "
        if ppr.find(f"{_A}buChar") is not None or ppr.find(f"{_A}buBlip") is not None:
            numbers.reset(level)
            return "list_item", ""
    if body:
        numbers.reset(level)
        return "list_item", ""
    return "paragraph", ""


def reading_order(shapes: list) -> list:
    """Top to bottom; shapes whose tops fall within the first shape's upper half of a band
    are side by side and go left to right."""
    def box(s):
        try:
            top = int(s.top or 0)
            left = int(s.left or 0)
            height = int(s.height or 0)
        except Exception:
            top = left = height = 0
        return top, left, height

    items = sorted(((box(s), i, s) for i, s in enumerate(shapes)), key=lambda t: (t[0][0], t[0][1], t[1]))
    out: list = []
    band: list = []
    band_limit = None
    for (top, left, height), i, s in items:
        if band and top < band_limit:
            band.append(((top, left, height), i, s))
            continue
        out.extend(x[2] for x in sorted(band, key=lambda t: (t[0][1], t[0][0], t[1])))
        band = [((top, left, height), i, s)]
        band_limit = top + max(height // 2, 1)
    out.extend(x[2] for x in sorted(band, key=lambda t: (t[0][1], t[0][0], t[1])))
    return out
