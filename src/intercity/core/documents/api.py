"""Entry points: ``read_document(path)`` and ``read_bytes(data, name)``."""

from __future__ import annotations

import os
from pathlib import Path

from intercity.core.documents.builder import sha256
from intercity.core.documents.detect import sniff_binary, sniff_text
from intercity.core.documents.types import DocumentError, ParsedDocument

DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # 100 MB
MAX_ATTACHMENT_DEPTH = 3


def read_document(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedDocument:
    """Read the file at ``path``; the format is detected from its content, not its name.

    Raises ``DocumentError`` (whose ``str()`` names the file and the problem) for anything
    that cannot be read: a missing file, a directory, an empty, binary, damaged, encrypted,
    oversized or malicious file.
    """
    source = os.fspath(path)
    p = Path(source)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise DocumentError(source, "no such file") from None
    except PermissionError:
        raise DocumentError(source, "permission denied") from None
    except OSError as exc:
        raise DocumentError(source, f"cannot be opened ({exc.strerror or exc})") from None
    if p.is_dir():
        raise DocumentError(source, "is a directory, not a file")
    if not p.is_file():
        raise DocumentError(source, "is not a regular file")
    _check_size(st.st_size, source, max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise DocumentError(source, "permission denied") from None
    except OSError as exc:
        raise DocumentError(source, f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, source, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, _depth: int = 0) -> ParsedDocument:
    """Read a document held in memory (an upload); ``name`` is used in messages and as source."""
    source = name or "<upload>"
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DocumentError(source, f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    _check_size(len(data), source, max_bytes)
    if not data.strip():
        raise DocumentError(source, "is empty (0 bytes)" if not data else "contains only whitespace")
    try:
        return _dispatch(data, source, max_bytes, _depth)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(source, "is too deeply nested to read") from None
    except MemoryError:
        raise DocumentError(source, "needs too much memory to read") from None
    except Exception as exc:  # a library choked on a damaged file: report, never crash
        if type(exc).__name__ == "XMLSyntaxError":
            raise DocumentError(source, f"is damaged: invalid XML inside the file ({exc})"[:500]) from exc
        raise DocumentError(source, f"could not be read ({type(exc).__name__}: {exc})"[:500]) from exc


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise DocumentError(source, f"is too large ({_mb(size)}; the limit is {_mb(max_bytes)})")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _dispatch(data: bytes, source: str, max_bytes: int, depth: int) -> ParsedDocument:
    kind = sniff_binary(data, source)
    digest = sha256(data)
    if kind == "pdf":
        from intercity.core.documents.pdf import read_pdf

        return read_pdf(data, source, digest)
    if kind == "docx":
        from intercity.core.documents.docx_reader import read_docx

        return read_docx(data, source, digest)
    if kind == "pptx":
        from intercity.core.documents.pptx_reader import read_pptx

        return read_pptx(data, source, digest)
    from intercity.core.documents.charsets import declared_charset
    from intercity.core.documents.textfile import decode, decode_declared, normalise_newlines, read_text

    # a charset the bytes declare (XML declaration; <meta> of an HTML page) is honoured when they are valid in it
    head = sniff_text(data[:65536].decode("latin-1"))
    label = declared_charset(data, html=head == "html") if head != "eml" else None
    warnings: list[str] = []
    if label:
        text, encoding, warnings = decode_declared(data, source, label)
    else:
        text, encoding = decode(data, source)
    sub = sniff_text(text)
    if sub == "html":
        from intercity.core.documents.html import read_html

        if not label and encoding.endswith("(BOM)"):
            label = declared_charset(text.encode("utf-8", "replace"), html=True)
            if label:
                _, _, warnings = decode_declared(data, source, label)
        doc = read_html(text, source, digest)
        doc.metadata.setdefault("encoding", encoding)
        if label:
            doc.metadata["declared_encoding"] = label
        doc.warnings.extend(warnings)
        return doc
    if sub == "eml":
        from intercity.core.documents.eml import read_eml

        def read_attachment(blob: bytes, att_name: str) -> ParsedDocument:
            if depth + 1 > MAX_ATTACHMENT_DEPTH:
                raise DocumentError(att_name, "attachments nested too deeply")
            return read_bytes(blob, att_name, max_bytes=max_bytes, _depth=depth + 1)

        return read_eml(data, source, digest, read_attachment)
    doc = read_text(normalise_newlines(text), source, digest, encoding)
    if label:
        doc.metadata["declared_encoding"] = label
    doc.warnings.extend(warnings)
    return doc
