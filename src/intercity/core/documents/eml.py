"""E-mail messages (.eml, RFC 5322) via the standard library ``email`` package.

The document starts with one ``header`` block (From, To, Cc, Date, Subject); subject,
sender, recipients and date also go into ``metadata``. The body is the text/plain part
(else the text/html part, read like an HTML page), one block per line or paragraph as for
text files. Attachments are read recursively into ``attachments``; one that cannot be read
becomes a warning, not a failure.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from typing import Callable

from intercity.core.documents.builder import DocBuilder
from intercity.core.documents.textfile import finish_blocks, line_blocks, normalise_newlines
from intercity.core.documents.types import DocumentError, ParsedDocument

MAX_ATTACHMENTS = 50


def read_eml(data: bytes, source: str, digest: str, read_attachment: Callable[[bytes, str], ParsedDocument]) -> ParsedDocument:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    meta: dict = {}
    header_lines = []
    for name in ("From", "To", "Cc", "Date", "Subject"):
        try:
            value = msg.get(name)
        except Exception:  # malformed header
            value = None
        if value is None:
            continue
        value = " ".join(str(value).split())
        if not value:
            continue
        header_lines.append(f"{name}: {value}")
        key = {"From": "sender", "To": "to", "Cc": "cc", "Date": "date", "Subject": "subject"}[name]
        meta[key] = value
    if "date" in meta:
        try:
            meta["date_iso"] = email.utils.parsedate_to_datetime(meta["date"]).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    b = DocBuilder()
    if header_lines:
        b.add("\n".join(header_lines), "header")
    warnings: list[str] = []
    body_part = None
    warnings_body: list[str] = []
    try:
        body_part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        body_part = None
    if body_part is not None:
        text = _part_text(body_part, source, warnings_body)
        if body_part.get_content_subtype() == "html":
            from intercity.core.documents.html import read_html

            html_doc = read_html(text, source, digest)
            b.splice(html_doc.text, html_doc.blocks)
        else:
            text = normalise_newlines(text).strip("\n")
            blocks = finish_blocks(text, line_blocks(text))
            b.splice(text, blocks)
    elif not msg.is_multipart():
        text = normalise_newlines(_part_text(msg, source, warnings_body)).strip("\n")
        b.splice(text, finish_blocks(text, line_blocks(text)))
    for i, b_ in enumerate(b.blocks):
        b_.paragraph = i + 1
    warnings.extend(warnings_body)
    attachments: list[ParsedDocument] = []
    for n, part in enumerate(_attachments(msg), start=1):
        if n > MAX_ATTACHMENTS:
            warnings.append(f"{source}: more than {MAX_ATTACHMENTS} attachments; the rest were skipped")
            break
        name = part.get_filename() or f"attachment-{n}"
        label = f"{source} › {name}"
        try:
            if part.get_content_type() == "message/rfc822":
                inner = part.get_content()
                blob = inner.as_bytes() if hasattr(inner, "as_bytes") else bytes(inner)
            else:
                blob = part.get_payload(decode=True) or b""
            attachments.append(read_attachment(blob, label))
        except DocumentError as exc:
            warnings.append(f"attachment {exc}")
        except Exception as exc:
            warnings.append(f"attachment {label}: could not be read ({type(exc).__name__})")
    if not b.blocks:
        warnings.append(f"{source}: the message has no text")
    return b.build(
        source, "eml", digest, title=meta.get("subject", "")[:200], warnings=warnings, attachments=attachments, metadata=meta
    )


def _part_text(part, source: str, warnings: list[str]) -> str:
    """A text part's text: its Content-Type charset (or, for HTML without one, its ``<meta charset>``)
    honoured when the bytes are valid in it; otherwise, or with no charset, the encoding is guessed
    (a wrong or unknown charset adds a warning)."""
    from intercity.core.documents.charsets import declared_charset
    from intercity.core.documents.textfile import decode, decode_declared

    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        try:
            content = part.get_content()
            return content if isinstance(content, str) else ""
        except Exception:
            return ""
    try:
        label = part.get_content_charset()
    except Exception:
        label = None
    if not label and part.get_content_subtype() == "html":
        label = declared_charset(payload, html=True)
    try:
        if label:
            text, _, found_warnings = decode_declared(payload, source, label, where="has a text part in")
            warnings.extend(found_warnings)
            return text
        if payload.isascii():
            return payload.decode("ascii")
        return decode(payload, source)[0]
    except DocumentError as exc:
        warnings.append(f"{source}: a text part could not be decoded ({exc}); undecodable bytes were replaced")
        return payload.decode("utf-8", errors="replace")


def _attachments(msg):
    try:
        yield from msg.iter_attachments()
    except Exception:
        return
