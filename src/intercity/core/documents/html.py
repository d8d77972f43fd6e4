"""HTML via selectolax (lexbor): the main content as headings, paragraphs, list items and
table cells, in document order.

Dropped: script, style, template, noscript, svg, iframe, form controls, nav, anything
``hidden``/``aria-hidden`` or with a navigation/search/menu role, and the page's own header
(``<header>``/``role=banner`` outside any article, section or main). When the page has a ``<main>``
(or exactly one ``<article>``), that is read first.

Asides and footers are judged by what they hold, as readability tools do: an ``<aside>``
(``role=complementary``) or a page-level ``<footer>`` (``role=contentinfo``) is read when its text is
substantive — at most 20% of it link text and at least 200 characters (a CJK character counts
three), or at least 70 characters with a definition list or a table — and dropped otherwise
(navigation, "related links", a copyright line). Those outside the main content are read after it,
in document order. A ``<header>``/``<footer>`` inside an article, section or main (a date line, a
byline) is content, unless it is mostly links.

A definition list keeps each term with its description: one ``list_item`` "term: description" per
``<dd>`` (several ``<dt>`` of one group joined by " / "); a description holding lists, tables or
other definition lists gives the term as a ``list_item`` and its content after it. An image's
``alt`` text is read where the image stands in for text (the only content of its link, list item,
cell or figure); file names are not read.

Read although they are not running text, because they carry what a visitor sees or a structured list of names:
a ``<select>``'s options (a picker of cities is a list: each ``<optgroup label=…>`` a heading over its options;
placeholder options with an empty ``value`` skipped) and JSON-LD blocks (``<script type="application/ld+json">``)
that hold a schema.org ``ItemList`` (its ``name`` a heading, each element's name a list item, with its country
and its ``additionalType`` words: ``"SisterCity"`` reads "Sister City"). Other scripts stay dropped; JSON-LD is
bounded in size and depth and a malformed block is skipped.
"""

from __future__ import annotations

import json
import re

from intercity.core.documents.builder import DocBuilder
from intercity.core.documents.types import ParsedDocument

_DROP = {
    "script", "style", "template", "noscript", "svg", "iframe", "object", "embed", "canvas", "nav",
    "button", "select", "input", "textarea", "head", "title",
    "meta", "link", "img", "video", "audio", "map", "dialog",
}
_DROP_ROLES = {"navigation", "search", "menu", "menubar"}
# landmarks judged by their content (_region_kept): asides, page headers and footers
_REGION_TAGS = {"aside", "header", "footer"}
_REGION_ROLES = {"complementary": "aside", "banner": "header", "contentinfo": "footer"}
# sectioning content: a header or footer inside one belongs to that article or section, not to the site
_SECTIONING = {"article", "section", "main"}
_SECTIONING_ROLES = {"main", "article", "region"}
_MAX_LINK_DENSITY = 0.2   # jusText's max_link_density
_LONG_TEXT = 200          # jusText's length_high: a region with this much text is content
_SHORT_TEXT = 70          # jusText's length_low: enough for a definition list or a table
_BLOCKISH = {
    "p", "div", "ul", "ol", "li", "table", "dl", "dt", "dd", "section", "article", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "details", "summary", "address", "form",
    "fieldset", "menu", "dir", "center",
}
_FILE_NAME = re.compile(r"^[^\s/\\]*(?:[/\\][^/\\]*)*\.(?:png|jpe?g|gif|bmp|svg|webp|ico|tiff?|avif)$", re.IGNORECASE)
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
    "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    "wbr", "del", "ins", "label", "big", "tt", "strike", "nobr", "-text", "picture", "source",
}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")


def read_html(text: str, source: str, digest: str) -> ParsedDocument:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    title_node = tree.css_first("title")
    title = _WS.sub(" ", title_node.text(deep=True)).strip() if title_node is not None else ""
    lang = ""
    if tree.root is not None:
        lang = (tree.root.attributes.get("lang") or "").strip().lower()[:2]
    root = _main_node(tree)
    b = DocBuilder()
    if root is not None:
        walker = _Walker(b)
        walker.container(root, "paragraph")
        # substantive asides and footers outside the main content (a sidebar of visits, a footer listing partners)
        for region in _outside_regions(tree, root):
            walker.container(region, "paragraph")
    meta = {}
    if lang.isalpha() and len(lang) == 2:
        meta["declared_language"] = lang
    warnings = [] if b.blocks else [f"{source}: the HTML page has no readable text"]
    doc = b.build(source, "html", digest, title=title[:200], warnings=warnings, metadata=meta)
    return doc


def _main_node(tree):
    body = tree.body
    if body is None:
        return tree.root
    main = tree.css_first("main") or tree.css_first("[role=main]")
    if main is not None and main.text(deep=True).strip():
        return main
    articles = tree.css("article")
    if len(articles) == 1 and articles[0].text(deep=True).strip():
        return articles[0]
    return body


def _outside_regions(tree, root) -> list:
    """Asides and page footers outside ``root`` (the ``<main>`` or the only article) that hold content."""
    body = tree.body
    if body is None or root.mem_id == body.mem_id:
        return []
    out = []
    budget = [_REGION_BUDGET]
    work = list(reversed(list(_children(body))))
    visited = 0
    while work and visited < _MAX_REGION_NODES:
        n = work.pop()
        visited += 1
        tag = n.tag
        if not tag or tag == "-text" or n.mem_id == root.mem_id or _dropped(n):
            continue
        if _region_kind(n):
            if _region_kept(n, budget):
                out.append(n)
            continue
        work.extend(reversed(list(_children(n))))
    return out


def _region_kind(node) -> str:
    """"aside", "header" or "footer" for a landmark judged by its content, else ""."""
    tag = node.tag
    if tag in _REGION_TAGS:
        return tag
    attrs = node.attributes
    return _REGION_ROLES.get((attrs.get("role") or "").strip().lower(), "") if attrs else ""


def _in_sectioning(node) -> bool:
    """Whether an article, section or main encloses ``node`` (then its header/footer is the article's own)."""
    parent = node.parent
    for _ in range(256):
        if parent is None or parent.tag in ("body", "html"):
            return False
        if parent.tag in _SECTIONING:
            return True
        attrs = parent.attributes
        if attrs and (attrs.get("role") or "").strip().lower() in _SECTIONING_ROLES:
            return True
        parent = parent.parent
    return False


def _region_kept(node, budget: list[int] | None = None) -> bool:
    """Readability-style judgement of an aside, header or footer: content or chrome?

    A header or footer inside an article/section/main is the article's (its date line, its byline) and is
    kept unless mostly links. The page's own header is chrome. An aside or the page footer is kept when at
    most 20% of its text is link text and it holds at least 200 characters (CJK counts three), or 70 with a
    definition list or a table (structured content: "14. maj: Rådmand … i Schwerin")."""
    kind = _region_kind(node)
    if budget is not None and budget[0] <= 0:
        return kind != "header"  # judged enough regions (nested without end): read the rest
    total, links, structured, visited = _text_stats(node)
    if budget is not None:
        budget[0] -= visited
    if total == 0:
        return False
    if kind in ("header", "footer") and _in_sectioning(node):
        return links <= 0.5 * total
    if kind == "header":
        return False
    if links > _MAX_LINK_DENSITY * total:
        return False
    plain = total - links
    return plain >= _LONG_TEXT or (structured and plain >= _SHORT_TEXT)


_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_MAX_REGION_NODES = 50_000
_REGION_SAMPLE = 2_000
_MAX_DL_DEPTH = 8  # definition lists nested deeper are read as plain blocks
_REGION_BUDGET = 200_000  # nodes looked at to judge regions, per page


def _text_stats(node) -> tuple[int, int, bool, int]:
    """(text length, of which inside links, holds a definition list or table) of the visible text under
    ``node``; whitespace collapsed, a CJK character counted three times; the number of nodes looked at
    (at most 2,000: a region is judged on its beginning)."""
    total = links = 0
    structured = False
    work = [(c, False) for c in reversed(list(_children(node)))]
    visited = 0
    while work and visited < _REGION_SAMPLE:
        n, in_link = work.pop()
        visited += 1
        tag = n.tag
        if tag == "-text":
            t = _WS.sub(" ", n.text_content or "").strip()
            if t:
                size = len(t) + 2 * len(_WIDE.findall(t))
                total += size
                if in_link:
                    links += size
            continue
        if not tag or _dropped(n):
            continue
        if tag in ("dl", "table"):
            structured = True
        work.extend((c, in_link or tag == "a") for c in reversed(list(_children(n))))
    return total, links, structured, visited


def _img_alt(node) -> str:
    """An image's ``alt`` text where the image stands in for text: nothing else is written in the block
    around it (a logo in a list item, a cell, a link, a figure). File names and hidden images are not read."""
    attrs = node.attributes
    if not attrs or _hidden(node):
        return ""
    alt = _WS.sub(" ", attrs.get("alt") or "").strip()
    if len(alt) < 2 or _FILE_NAME.match(alt):
        return ""
    block = node.parent
    for _ in range(32):
        if block is None or block.tag not in _INLINE and block.tag != "picture":
            break
        block = block.parent
    if block is None:
        return alt[:300]
    if block.tag == "figure":  # a figure's caption is a block of its own
        if any(c.tag != "figcaption" and (c.text(deep=True) or "").strip() for c in _children(block)):
            return ""
    elif (block.text(deep=True) or "").strip():
        return ""
    return alt[:300]


def _dropped(node) -> bool:
    tag = node.tag
    if tag in _DROP or tag == "-comment" or (tag and tag.startswith("!")):
        return True
    return _hidden(node)


def _hidden(node) -> bool:
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if (attrs.get("role") or "").lower() in _DROP_ROLES:
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class _Context:
    __slots__ = ("kind", "level", "prefix", "pre", "buf", "ordered", "counter", "reverse")

    def __init__(self, kind: str, level: int = 0, prefix: str = "", pre: bool = False):
        self.kind = kind
        self.level = level
        self.prefix = prefix
        self.pre = pre
        self.buf: list[str] = []
        self.ordered = False
        self.counter = 0
        self.reverse = False


class _Walker:
    """Iterative walk (no recursion, so any nesting depth is fine). Each block element opens
    a context; its inline text is emitted as one block when a nested block element starts
    or when it ends."""

    def __init__(self, builder: DocBuilder):
        self.b = builder
        self.prev_kind = ""
        self.dl_depth = 0
        self.region_budget = [_REGION_BUDGET]

    def emit(self, text: str, kind: str, level: int = 0, sep: str | None = None, **where) -> None:
        if sep is None:
            sep = "\n" if kind == "list_item" and self.prev_kind == "list_item" else "\n\n"
        block = self.b.add(text, kind, sep, level=level, paragraph=len(self.b.blocks) + 1, **where)
        if block is not None:
            self.prev_kind = kind

    def flush(self, ctx: _Context) -> None:
        text = "".join(ctx.buf)
        ctx.buf.clear()
        if text.strip():
            if ctx.kind == "list":  # stray text directly inside <ul>/<ol>
                self.emit(text.strip(), "paragraph")
            else:
                self.emit(ctx.prefix + text.strip(), ctx.kind, ctx.level)
            ctx.prefix = ""

    def container(self, root, kind: str) -> None:
        stack: list[_Context] = [_Context(kind)]
        list_depth = 0
        work: list[tuple[object, bool]] = [(root, True)]
        first = True
        while work:
            node, entering = work.pop()
            if not entering:  # closing a block element
                ctx = stack.pop()
                self.flush(ctx)
                if ctx.kind == "list":
                    list_depth -= 1
                    self.prev_kind = "list_item"
                continue
            tag = node.tag
            if first:
                first = False
                self._push_children(work, node)
                continue
            ctx = stack[-1]
            if tag == "-text":
                raw = node.text_content or ""
                ctx.buf.append(raw if ctx.pre else _WS.sub(" ", raw))
                continue
            if tag == "script" and (node.attributes.get("type") or "").strip().lower() == "application/ld+json":
                self.flush(ctx)
                self.json_ld(node.text(deep=True) or "")
                continue
            if tag == "select" and not _hidden(node):
                self.flush(ctx)
                self.select(node)
                continue
            if tag == "img":
                alt = _img_alt(node)
                if alt:
                    ctx.buf.append(("\n" if "".join(ctx.buf).strip() else "") + alt)
                continue
            if _dropped(node):
                continue
            if _region_kind(node) and not _region_kept(node, self.region_budget):
                continue
            if tag == "br":
                ctx.buf.append("\n")
                continue
            if tag in _INLINE:
                self._push_children(work, node)
                continue
            if tag == "table":
                self.flush(ctx)
                self.table(node)
                continue
            if tag == "dl" and self.dl_depth < _MAX_DL_DEPTH:
                self.flush(ctx)
                self.dl(node)
                continue
            # a block element: flush the enclosing text, open a context
            self.flush(ctx)
            if tag in _HEADINGS:
                new = _Context("heading", _HEADINGS[tag])
            elif tag in ("ul", "ol", "menu", "dir"):
                list_depth += 1
                new = _Context("list", list_depth)
                new.ordered = tag == "ol"
                if new.ordered:
                    start = (node.attributes.get("start") or "").strip()
                    new.counter = int(start) - 1 if start.lstrip("-").isdigit() and len(start) < 10 else 0
                    new.reverse = "reversed" in node.attributes
            elif tag == "li":
                parent = stack[-1]
                prefix = ""
                if parent.kind == "list" and parent.ordered:
                    value = (node.attributes.get("value") or "").strip()
                    if value.lstrip("-").isdigit() and len(value) < 10:
                        parent.counter = int(value)
                    else:
                        parent.counter += -1 if parent.reverse else 1
                    prefix = f"{parent.counter}. "
                new = _Context("list_item", max(list_depth, 1), prefix)
            elif tag in ("figcaption", "caption"):
                new = _Context("caption")
            elif tag == "pre":
                new = _Context("paragraph", pre=True)
            else:
                new = _Context("paragraph", pre=ctx.pre)
            stack.append(new)
            work.append((node, False))
            self._push_children(work, node)
        while stack:
            self.flush(stack.pop())

    def dl(self, node) -> None:
        """A definition list: each description with its term(s), "term: description", as a list item.

        Consecutive ``<dt>`` form one group ("a / b"); each ``<dd>`` after them is a block of its own. A
        description holding lists, tables or definition lists gives its term as a list item and is read
        after it. ``<div>`` wrappers around groups (HTML 5) are looked through."""
        self.dl_depth += 1
        items = []
        for child in _children(node):
            if child.tag == "div" and not _dropped(child):
                items.extend(_children(child))
            else:
                items.append(child)
        terms: list[str] = []
        described = True
        for child in items:
            tag = child.tag
            if tag not in ("dt", "dd") or _dropped(child):
                continue
            if tag == "dt":
                if described:
                    terms = []
                described = False
                term = _WS.sub(" ", _inline_text(child)).strip() or _cell_alt(child)
                if term:
                    terms.append(term)
                continue
            described = True
            term = " / ".join(terms)
            if _has_structure(child):
                if term:
                    self.emit(term, "list_item", 1)
                self.container(child, "paragraph")
                continue
            text = "\n".join(x for x in (_WS.sub(" ", ln).strip() for ln in _inline_text(child, "\n").split("\n")) if x)
            text = text or _cell_alt(child)
            if term and text:
                text = f"{term} {text}" if term.endswith((":", "：", "—", "-", "–")) else f"{term}: {text}"
            if text or term:
                self.emit(text or term, "list_item", 1)
        if not described:
            for term in terms:
                self.emit(term, "list_item", 1)
        self.prev_kind = "list_item"
        self.dl_depth -= 1

    def select(self, node) -> None:
        """A ``<select>``: its options as list items, each ``<optgroup label=…>`` a heading over its own."""
        emitted = 0
        for child in _children(node):
            if emitted >= _MAX_OPTIONS:
                break
            if child.tag == "optgroup" and not _hidden(child):
                label = _WS.sub(" ", child.attributes.get("label") or "").strip()
                options = [o for o in _children(child) if o.tag == "option"]
                if label and any(_option_text(o) for o in options):
                    self.emit(label, "heading", 6)
                for o in options:
                    text = _option_text(o)
                    if text:
                        self.emit(text, "list_item", 1)
                        emitted += 1
            elif child.tag == "option":
                text = _option_text(child)
                if text:
                    self.emit(text, "list_item", 1)
                    emitted += 1
        self.prev_kind = "list_item" if emitted else self.prev_kind

    def json_ld(self, raw: str) -> None:
        """A JSON-LD block: the ``ItemList``s in it as a heading and list items; anything else is skipped."""
        if len(raw) > _MAX_JSON_LD:
            return
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return
        for lst in _item_lists(data):
            name = lst.get("name")
            lines = [t for t in (_ld_item_text(e) for e in (lst.get("itemListElement") or [])[:_MAX_OPTIONS]) if t]
            if not lines:
                continue
            if isinstance(name, str) and name.strip():
                self.emit(_WS.sub(" ", name).strip()[:300], "heading", 6)
            for t in lines:
                self.emit(t, "list_item", 1)
            self.prev_kind = "list_item"

    @staticmethod
    def _push_children(work: list, node) -> None:
        children = list(_children(node))
        for child in reversed(children):
            work.append((child, True))

    def table(self, node) -> None:
        rows = []
        for section in [node] + [c for c in _children(node) if c.tag in ("thead", "tbody", "tfoot")]:
            rows += [c for c in _children(section) if c.tag == "tr"]
        first = True
        down: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text) of a cell with rowspan
        for r, tr in enumerate(rows, start=1):
            col = 0
            row_first = True
            cells: list[tuple[int, str]] = []
            for cell in _children(tr):
                if cell.tag not in ("td", "th") or _dropped(cell):
                    continue
                col += 1
                while col in down:  # a column held by a cell merged down from a row above
                    cells.append((col, down[col][1]))
                    col += 1
                this_col = col
                span = cell.attributes.get("colspan") or "1"
                width = int(span) if span.isdigit() and 0 < int(span) < 1000 else 1
                col += width - 1
                # lines of a cell (<br>, paragraphs) stay lines: "美國 爾灣市<br>美國 長堤市" are two entries
                text = "\n".join(x for x in (_WS.sub(" ", ln).strip() for ln in _inline_text(cell, "\n").split("\n")) if x)
                text = text or _cell_alt(cell)  # a cell holding only a logo: its alt text
                rs = cell.attributes.get("rowspan") or "1"
                if rs.isdigit() and 1 < int(rs) < 1000:
                    for k in range(this_col, this_col + width):
                        down[k] = (int(rs), text)
                cells.append((this_col, text))
            for k in sorted(down):
                if k > col:
                    cells.append((k, down[k][1]))
            # a cell merged down over rows is repeated in each row it covers, at its own column
            for k in list(down):
                left, text = down[k]
                if left <= 1:
                    del down[k]
                else:
                    down[k] = (left - 1, text)
            for this_col, text in cells:
                if not text:
                    continue
                sep = "\n\n" if first else ("\n" if row_first else "\t")
                self.emit(text, "table_cell", sep=sep, row=r, col=this_col)
                first = row_first = False
        caption = next((c for c in _children(node) if c.tag == "caption"), None)
        if caption is not None:
            text = _inline_text(caption).strip()
            if text:
                self.emit(_WS.sub(" ", text), "caption")
        self.prev_kind = "table_cell"


_MAX_OPTIONS = 2000
_MAX_JSON_LD = 1_000_000


def _option_text(node) -> str:
    if node.tag != "option" or _hidden(node) or "disabled" in (node.attributes or {}):
        return ""
    if (node.attributes.get("value") if "value" in node.attributes else "x") is not None and \
            not (node.attributes.get("value") if "value" in node.attributes else "x").strip():
        return ""  # a placeholder ("— choose —")
    return _WS.sub(" ", node.text(deep=True) or "").strip()


def _item_lists(data, depth: int = 0):
    """schema.org ``ItemList`` objects in parsed JSON-LD (top level, a list, or ``@graph``), iteratively bounded."""
    work = [(data, 0)]
    seen = 0
    while work and seen < 10_000:
        obj, d = work.pop()
        seen += 1
        if d > 8:
            continue
        if isinstance(obj, list):
            work.extend((o, d + 1) for o in reversed(obj))
        elif isinstance(obj, dict):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if "ItemList" in types and isinstance(obj.get("itemListElement"), list):
                yield obj
            elif isinstance(obj.get("@graph"), list):
                work.append((obj["@graph"], d + 1))


def _camel_words(value) -> str:
    if not isinstance(value, str):
        return ""
    value = value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value).strip()


def _ld_item_text(element) -> str:
    """One element of an ItemList: "Name (CC) — Sister City"; a bare string is its own text."""
    if isinstance(element, str):
        return _WS.sub(" ", element).strip()[:300]
    if not isinstance(element, dict):
        return ""
    item = element.get("item") if isinstance(element.get("item"), dict) else element
    name = item.get("name") if isinstance(item.get("name"), str) else element.get("name")
    if not isinstance(name, str) or not name.strip():
        return ""
    text = _WS.sub(" ", name).strip()[:300]
    address = item.get("address")
    country = address.get("addressCountry") if isinstance(address, dict) else None
    if isinstance(country, dict):
        country = country.get("name")
    if isinstance(country, str) and country.strip():
        text += f" ({_WS.sub(' ', country).strip()[:60]})"
    kind = _camel_words(item.get("additionalType")) or _camel_words(element.get("additionalType"))
    if kind:
        text += f" — {kind}"
    return text


def _has_structure(node) -> bool:
    """Whether lists, tables or definition lists lie under ``node`` (bounded)."""
    work = list(_children(node))
    visited = 0
    while work and visited < 5000:
        n = work.pop()
        visited += 1
        if n.tag in ("ul", "ol", "table", "dl", "menu", "dir", "select"):
            return True
        if n.tag and n.tag != "-text":
            work.extend(_children(n))
    return False


def _cell_alt(node) -> str:
    """The alt texts of the images under ``node`` (one a line): what a cell or term holding only logos says."""
    alts = []
    work = list(reversed(list(_children(node))))
    visited = 0
    while work and visited < 5000:
        n = work.pop()
        visited += 1
        if n.tag == "img":
            attrs = n.attributes
            alt = _WS.sub(" ", (attrs.get("alt") or "") if attrs else "").strip()
            if len(alt) >= 2 and not _FILE_NAME.match(alt) and not _hidden(n):
                alts.append(alt[:300])
        elif n.tag and n.tag != "-text" and not _dropped(n):
            work.extend(reversed(list(_children(n))))
    return "\n".join(alts)


def _inline_text(node, br: str = " ") -> str:
    """All text under ``node`` (iteratively), ``<br>`` as a space (or ``br``: then block elements
    inside start a line too), dropped elements skipped."""
    parts: list[str] = []
    work = list(reversed(list(_children(node))))
    while work:
        n = work.pop()
        tag = n.tag
        if tag == "-text":
            parts.append(n.text_content or "")
        elif tag == "br":
            parts.append(br)
        elif not _dropped(n):
            if br != " " and tag in ("p", "div", "li"):
                parts.append(br)
            work.extend(reversed(list(_children(n))))
    return "".join(parts)


def _children(node):
    child = node.child
    while child is not None:
        yield child
        child = child.next
