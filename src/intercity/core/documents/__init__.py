"""Readers: a file on disk -> ``ParsedDocument`` (text + blocks with offsets and positions).

Public interface: ``read_document(path) -> ParsedDocument`` (raises ``DocumentError``).
"""

from intercity.core.documents.types import Block, DocumentError, ParsedDocument  # noqa: F401
