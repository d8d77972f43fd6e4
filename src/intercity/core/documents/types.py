"""Structured text of a document: the interface between readers and extractors."""

from __future__ import annotations

from dataclasses import dataclass, field

BLOCK_KINDS = ("title", "heading", "paragraph", "list_item", "table_cell", "notes", "caption", "header", "alt_text")


class DocumentError(Exception):
    """A document could not be read. ``str()`` names the file and the problem."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


@dataclass
class Block:
    """One unit of text (a line / paragraph / list item / table cell / slide text frame).

    ``start``/``end`` are character offsets into ``ParsedDocument.text`` such that
    ``doc.text[block.start:block.end] == block.text``.
    """

    index: int
    text: str
    start: int
    end: int
    kind: str = "paragraph"
    page: int | None = None  # 1-based PDF page
    slide: int | None = None  # 1-based PPTX slide
    paragraph: int | None = None  # 1-based paragraph number in the document / slide
    row: int | None = None  # table position, 1-based
    col: int | None = None
    level: int = 0  # heading level or list nesting
    line: int | None = None  # 1-based line in the original text file (TXT/Markdown/EML body)


@dataclass
class ParsedDocument:
    source: str  # path or name as given
    format: str  # txt | markdown | pdf | docx | pptx | html | eml
    text: str
    blocks: list[Block]
    sha256: str
    language: str = "en"  # ISO 639-1 guess: en, ko, ja, zh, es, fr, de ...
    title: str = ""
    warnings: list[str] = field(default_factory=list)
    attachments: list["ParsedDocument"] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)  # e.g. e-mail subject/sender/date
