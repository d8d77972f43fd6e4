"""Checks run on Office zip packages *before* python-docx / python-pptx open them.

- zip bombs: declared uncompressed sizes (total and per member), compression ratios and the
  number of members are bounded. Python's ``zipfile`` never inflates a member beyond its
  declared size, so checking the declarations bounds the real work.
- XML entity bombs / external entities: any ``<!DOCTYPE`` or ``<!ENTITY`` in an XML part is
  refused (Office never writes them).
"""

from __future__ import annotations

import io
import zipfile

from intercity.core.documents.types import DocumentError

MAX_MEMBERS = 20_000
MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024  # all parts together, as declared
MAX_XML_MEMBER = 128 * 1024 * 1024  # one XML part
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_FORBIDDEN = (b"<!doctype", b"<!entity")
_FORBIDDEN_16 = tuple(
    case(pat.decode()).encode(enc)
    for pat in _FORBIDDEN
    for case in (str.lower, str.upper)
    for enc in ("utf-16-le", "utf-16-be")
)


def check_office_zip(data: bytes, source: str) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError(source, f"is a damaged or truncated Office file ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise DocumentError(source, f"has {len(infos)} parts inside its zip package (limit {MAX_MEMBERS}); refusing a possible zip bomb")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentError(source, f"is encrypted (zip part {info.filename!r} is password-protected)")
            total += info.file_size
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise DocumentError(
                    source,
                    f"would expand to more than {MAX_TOTAL_UNCOMPRESSED // 2**20} MB when unzipped; refusing a possible zip bomb",
                )
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise DocumentError(
                    source,
                    f"zip part {info.filename!r} is compressed {info.file_size // max(info.compress_size, 1)}:1 "
                    f"({info.file_size // 2**20} MB); refusing a possible zip bomb",
                )
        for info in infos:
            if info.filename.lower().endswith(_XML_SUFFIXES) and not info.is_dir():
                if info.file_size > MAX_XML_MEMBER:
                    raise DocumentError(source, f"zip part {info.filename!r} is {info.file_size // 2**20} MB of XML (limit {MAX_XML_MEMBER // 2**20} MB)")
                _check_xml_member(zf, info, source)


def _check_xml_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> None:
    try:
        with zf.open(info) as fh:
            tail = b""
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                window = tail + chunk
                low = window.lower()
                if any(p in low for p in _FORBIDDEN) or any(p in window for p in _FORBIDDEN_16):
                    raise DocumentError(
                        source,
                        f"zip part {info.filename!r} declares a DOCTYPE or ENTITY (possible XML entity bomb); refusing to parse it",
                    )
                tail = window[-32:]
    except DocumentError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise DocumentError(source, f"is a damaged or truncated Office file (part {info.filename!r}: {exc})") from None
    except Exception as exc:  # zlib.error and friends
        raise DocumentError(source, f"is a damaged or truncated Office file (part {info.filename!r}: {type(exc).__name__}: {exc})") from None
