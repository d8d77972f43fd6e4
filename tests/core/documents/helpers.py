"""Shared assertions for reader tests."""

from __future__ import annotations

from intercity.core.documents import BLOCK_KINDS, ParsedDocument


def assert_consistent(doc: ParsedDocument) -> None:
    """Every block's offsets point at its text; indexes run 0..n-1; kinds are known; blocks do not
    overlap (they are in reading order, which is the text's order except where a text file prints
    two columns side by side)."""
    assert isinstance(doc, ParsedDocument)
    for i, b in enumerate(doc.blocks):
        assert b.index == i
        assert b.kind in BLOCK_KINDS, b.kind
        assert doc.text[b.start:b.end] == b.text, (b, doc.text[b.start:b.end])
        assert b.text == b.text.strip() and b.text, b
    last_end = -1
    for b in sorted(doc.blocks, key=lambda b: b.start):
        assert b.start > last_end or (b.start == 0 and last_end == -1)
        last_end = b.end
    for att in doc.attachments:
        assert_consistent(att)


def texts(doc: ParsedDocument, kind: str | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]
