"""Accumulate blocks into one text with exact offsets (shared by every reader)."""

from __future__ import annotations

import hashlib
import re

from intercity.core.documents.types import Block, ParsedDocument

_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def tidy(text: str) -> str:
    """Collapse runs of horizontal whitespace, drop control characters, strip the ends.

    Used for text that comes from structured formats (DOCX/PPTX/PDF/HTML) where the
    document text is ours to compose. Line breaks inside a paragraph are kept.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or not _is_control(ch))
    lines = [_SPACE_RUN.sub(" ", ln).strip() for ln in text.split("\n")]
    # collapse blank lines inside one block
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()


def _is_control(ch: str) -> bool:
    o = ord(ch)
    return o < 32 or 0x7F <= o < 0xA0 or ch == "\ufffd" or 0xD800 <= o < 0xE000


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class DocBuilder:
    """Compose ``ParsedDocument.text`` from blocks, keeping ``text[b.start:b.end] == b.text``.

    ``sep`` is what goes between the previous block and this one ("\\n\\n" between
    paragraphs, "\\n" between list items or table rows, "\\t" between cells of a row).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: str = "paragraph", sep: str = "\n\n", *, raw: bool = False, **where) -> Block | None:
        if not raw:
            text = tidy(text)
        if not text:
            return None
        if self._pos:
            self._parts.append(sep)
            self._pos += len(sep)
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        block = Block(index=len(self.blocks), text=text, start=start, end=self._pos, kind=kind, **where)
        self.blocks.append(block)
        return block

    def splice(self, text: str, blocks: list[Block], sep: str = "\n\n", **where) -> None:
        """Append ``text`` verbatim and its ``blocks`` (offsets relative to ``text``)."""
        if not text:
            return
        if self._pos:
            self._parts.append(sep)
            self._pos += len(sep)
        base = self._pos
        self._parts.append(text)
        self._pos += len(text)
        for b in blocks:
            b.start += base
            b.end += base
            b.index = len(self.blocks)
            for key, value in where.items():
                setattr(b, key, value)
            self.blocks.append(b)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self, source: str, fmt: str, digest: str, **kw) -> ParsedDocument:
        from intercity.core.documents.language import guess_language

        text = self.text
        doc = ParsedDocument(source=source, format=fmt, text=text, blocks=self.blocks, sha256=digest, **kw)
        if "language" not in kw:
            doc.language = guess_language(text)
        if not doc.title:
            doc.title = default_title(self.blocks)
        return doc


def default_title(blocks: list[Block]) -> str:
    for kind in ("title", "heading"):
        for b in blocks:
            if b.kind == kind:
                return b.text.split("\n", 1)[0][:200]
    for b in blocks:
        if b.kind not in ("header", "notes"):
            return b.text.split("\n", 1)[0][:200]
    return ""
