"""Recognise a document's format from its content (magic bytes, zip members, markup)."""

from __future__ import annotations

import io
import re
import zipfile

from intercity.core.documents.types import DocumentError

# formats we can read
READABLE = ("txt", "markdown", "pdf", "docx", "pptx", "html", "eml")

# binary formats we recognise only to refuse them with a useful message
_MAGIC_REFUSED: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an executable program (ELF), not a document"),
    (b"MZ", "a Windows executable (MZ), not a document"),
    (b"\xca\xfe\xba\xbe", "a compiled program (Mach-O/Java class), not a document"),
    (b"\xcf\xfa\xed\xfe", "an executable program (Mach-O), not a document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image; images are not read (no OCR) — export the text or a PDF with a text layer"),
    (b"\xff\xd8\xff", "a JPEG image; images are not read (no OCR) — export the text or a PDF with a text layer"),
    (b"GIF87a", "a GIF image, not a document"),
    (b"GIF89a", "a GIF image, not a document"),
    (b"II*\x00", "a TIFF image; images are not read (no OCR)"),
    (b"MM\x00*", "a TIFF image; images are not read (no OCR)"),
    (b"\x1f\x8b", "a gzip archive; unpack it and add the documents inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it and add the documents inside"),
    (b"Rar!\x1a\x07", "a RAR archive; unpack it and add the documents inside"),
    (b"BZh", None),  # checked below (bzip2 needs a digit after BZh)
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc/.ppt/.xls); save it as .docx or .pptx and try again"),
    (b"{\\rtf", "an RTF file; save it as .docx and try again"),
    (b"SQLite format 3\x00", "an SQLite database, not a document"),
    (b"%!PS", "a PostScript file; convert it to PDF and try again"),
    (b"OggS", "an audio/video file, not a document"),
    (b"ID3", "an MP3 audio file, not a document"),
    (b"\x00\x00\x01\x00", "an icon image, not a document"),
)

# A password-protected .docx/.pptx/.xlsx is an OLE compound file holding the encrypted package:
# its directory names the stream "EncryptedPackage" (UTF-16LE).
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")

_EML_HEADER = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]?(.*)$")
_EML_KNOWN = {
    "from", "to", "cc", "subject", "date", "message-id", "mime-version", "received", "return-path",
    "content-type", "reply-to", "delivered-to", "x-mailer", "user-agent", "sender", "in-reply-to",
    "references", "thread-topic", "thread-index", "dkim-signature", "authentication-results",
}
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|table|tr|td|h[1-6]|ul|ol|li|a|br|section|article)[\s>/]", re.IGNORECASE)


def sniff_binary(data: bytes, source: str) -> str | None:
    """Return ``pdf``/``docx``/``pptx`` for those, None for (possibly) text; raise for refused."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(data, source)
    for magic, problem in _MAGIC_REFUSED:
        if data.startswith(magic):
            if magic == b"BZh":
                if len(data) > 3 and data[3:4].isdigit():
                    raise DocumentError(source, "is a bzip2 archive; unpack it and add the documents inside")
                continue
            if magic == b"MZ" and not _looks_pe(data):
                continue
            if magic.startswith(b"\xd0\xcf\x11\xe0") and _ENCRYPTED_OOXML in data:
                raise DocumentError(source, "is a password-protected Office document; remove the password "
                                            "(File › Info › Protect) and try again")
            raise DocumentError(source, f"is {problem}")
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypqt  ", b"ftypM4A ", b"ftypheic"):
        raise DocumentError(source, "is an audio/video/HEIC file, not a document")
    return None


def _looks_pe(data: bytes) -> bool:
    # "MZ" also starts plain text ("MZ Gallery ..."); a real PE has a DOS stub with NULs.
    return b"\x00" in data[2:64]


def _zip_kind(data: bytes, source: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError(source, f"is a damaged or truncated zip/Office file ({exc})") from None
    if "word/document.xml" in names or any(n.startswith("word/") and n.endswith("document.xml") for n in names):
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "xl/workbook.xml" in names:
        raise DocumentError(source, "is an Excel workbook (.xlsx); spreadsheets are not read as documents — import partner lists through the CSV import")
    if "content.xml" in names and "mimetype" in names:
        raise DocumentError(source, "is an OpenDocument file; save it as .docx or .pptx and try again")
    if "[Content_Types].xml" in names:
        raise DocumentError(source, "is an Office zip package without a Word document or a presentation inside")
    raise DocumentError(source, "is a zip archive, not a document; unpack it and add the documents inside")


def sniff_text(text: str) -> str:
    """``html``, ``eml`` or ``text`` for decoded text."""
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    if _looks_eml(head):
        return "eml"
    if head.lstrip().startswith("<") and len(_HTML_TAGS.findall(text[:20000])) >= 3:
        return "html"
    return "text"


def _looks_eml(head: str) -> bool:
    lines = head.replace("\r\n", "\n").split("\n")
    if lines and lines[0].startswith("From ") and not lines[0].startswith("From: "):
        lines = lines[1:]  # mbox "From " line
    known = total = 0
    seen: set[str] = set()
    for line in lines[:60]:
        if not line.strip():
            break
        if line[0] in " \t":
            continue  # folded header
        m = _EML_HEADER.match(line)
        if not m:
            return False
        total += 1
        name = m.group(1).lower()
        if name in _EML_KNOWN:
            known += 1
            seen.add(name)
    else:
        if total and len(lines) <= 60:
            pass
    return known >= 2 and ({"from", "mime-version", "received", "message-id"} & seen) != set() and known * 2 >= total
