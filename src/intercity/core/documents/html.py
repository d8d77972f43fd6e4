"""HTML via selectolax (lexbor): the main content as headings, paragraphs, list items and
table cells, in document order.

Dropped: script, style, template, noscript, svg, iframe, form controls, nav, header, footer,
aside, anything ``hidden``/``aria-hidden`` or with a navigation/banner/contentinfo role. When
the page has a ``<main>`` (or exactly one ``<article>``), only that is read.

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
    "header", "footer", "aside", "button", "select", "input", "textarea", "head", "title",
    "meta", "link", "img", "video", "audio", "picture", "map", "dialog",
}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
    "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    "wbr", "del", "ins", "label", "big", "tt", "strike", "nobr", "-text",
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
        _Walker(b).container(root, "paragraph")
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
            if _dropped(node):
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
