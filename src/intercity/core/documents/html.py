"""HTML via selectolax (lexbor): the main content as headings, paragraphs, list items and
table cells, in document order.

Dropped: script, style, template, noscript, svg, iframe, form controls, nav, header, footer,
aside, anything ``hidden``/``aria-hidden`` or with a navigation/banner/contentinfo role. When
the page has a ``<main>`` (or exactly one ``<article>``), only that is read.
"""

from __future__ import annotations

import re

from intercity.core.documents.builder import DocBuilder
from intercity.core.documents.types import ParsedDocument

_DROP = {
    "script", "style", "template", "noscript", "svg", "iframe", "object", "embed", "canvas", "nav",
    "header", "footer", "aside", "form", "button", "select", "input", "textarea", "head", "title",
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
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if (attrs.get("role") or "").lower() in _DROP_ROLES:
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class _Walker:
    def __init__(self, builder: DocBuilder):
        self.b = builder
        self.prev_kind = ""
        self.list_depth = 0
        self.table_rows = 0

    def emit(self, text: str, kind: str, level: int = 0, sep: str | None = None, **where) -> None:
        if sep is None:
            sep = "\n" if kind == "list_item" and self.prev_kind == "list_item" else "\n\n"
        block = self.b.add(text, kind, sep, level=level, paragraph=len(self.b.blocks) + 1, **where)
        if block is not None:
            self.prev_kind = kind

    def container(self, node, kind: str, level: int = 0, prefix: str = "", pre: bool = False) -> None:
        """Emit the inline text of ``node`` as one block of ``kind``; nested block elements
        interrupt it and are dispatched on their own."""
        buf: list[str] = []

        def flush() -> None:
            nonlocal prefix
            text = "".join(buf)
            buf.clear()
            if text.strip():
                self.emit(prefix + text.strip(), kind, level)
                prefix = ""

        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                raw = child.text_content or ""
                buf.append(raw if pre else _WS.sub(" ", raw))
            elif _dropped(child):
                pass
            elif tag == "br":
                buf.append("\n")
            elif tag in _INLINE:
                buf.append(self.inline(child, pre))
            else:
                flush()
                self.dispatch(child)
            child = child.next
        flush()

    def inline(self, node, pre: bool) -> str:
        parts = []
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                raw = child.text_content or ""
                parts.append(raw if pre else _WS.sub(" ", raw))
            elif tag == "br":
                parts.append("\n")
            elif not _dropped(child):
                parts.append(self.inline(child, pre))
            child = child.next
        return "".join(parts)

    def dispatch(self, node) -> None:
        tag = node.tag
        if tag in _HEADINGS:
            self.container(node, "heading", _HEADINGS[tag])
        elif tag in ("ul", "ol", "menu", "dir"):
            self.list(node, ordered=tag == "ol")
        elif tag == "li":  # stray list item
            self.list_depth += 1
            self.container(node, "list_item", self.list_depth)
            self.list_depth -= 1
        elif tag == "table":
            self.table(node)
        elif tag in ("figcaption", "caption"):
            self.container(node, "caption")
        elif tag == "pre":
            self.container(node, "paragraph", pre=True)
        else:
            self.container(node, "paragraph")

    def list(self, node, ordered: bool) -> None:
        self.list_depth += 1
        start = node.attributes.get("start") if ordered else None
        n = int(start) - 1 if start and start.strip().lstrip("-").isdigit() else 0
        reverse = ordered and "reversed" in node.attributes
        child = node.child
        while child is not None:
            if child.tag == "li" and not _dropped(child):
                value = child.attributes.get("value")
                if value and value.strip().lstrip("-").isdigit():
                    n = int(value)
                else:
                    n = n - 1 if reverse else n + 1
                self.container(child, "list_item", self.list_depth, prefix=f"{n}. " if ordered else "")
            elif child.tag not in ("-text", "-comment") and not _dropped(child):
                self.dispatch(child)
            child = child.next
        self.list_depth -= 1
        self.prev_kind = "list_item"

    def table(self, node) -> None:
        rows = []
        for section in [node] + [c for c in _children(node) if c.tag in ("thead", "tbody", "tfoot")]:
            rows += [c for c in _children(section) if c.tag == "tr"]
        first = True
        for r, tr in enumerate(rows, start=1):
            col = 0
            row_first = True
            for cell in _children(tr):
                if cell.tag not in ("td", "th") or _dropped(cell):
                    continue
                col += 1
                this_col = col
                span = cell.attributes.get("colspan") or "1"
                col += (int(span) - 1) if span.isdigit() and 0 < int(span) < 1000 else 0
                text = _WS.sub(" ", self.inline(cell, False)).strip()
                if not text:
                    continue
                sep = "\n\n" if first else ("\n" if row_first else "\t")
                self.emit(text, "table_cell", sep=sep, row=r, col=this_col)
                first = row_first = False
        caption = next((c for c in _children(node) if c.tag == "caption"), None)
        if caption is not None:
            self.container(caption, "caption")
        self.prev_kind = "table_cell"


def _children(node):
    child = node.child
    while child is not None:
        yield child
        child = child.next
