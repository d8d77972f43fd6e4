"""Readers: a file on disk -> ``ParsedDocument`` (text + blocks with offsets and positions).

Public interface::

    read_document(path, *, max_bytes=DEFAULT_MAX_BYTES) -> ParsedDocument
    read_bytes(data, name, *, max_bytes=DEFAULT_MAX_BYTES) -> ParsedDocument

Both raise ``DocumentError`` (``str()`` names the file and the problem). The format is
detected from the content: TXT/Markdown (any encoding), PDF, DOCX, PPTX, HTML, .eml.
See docs/documents.md.
"""

from intercity.core.documents.api import DEFAULT_MAX_BYTES, read_bytes, read_document  # noqa: F401
from intercity.core.documents.language import guess_language  # noqa: F401
from intercity.core.documents.types import BLOCK_KINDS, Block, DocumentError, ParsedDocument  # noqa: F401

__all__ = [
    "BLOCK_KINDS",
    "Block",
    "DEFAULT_MAX_BYTES",
    "DocumentError",
    "ParsedDocument",
    "guess_language",
    "read_bytes",
    "read_document",
]
