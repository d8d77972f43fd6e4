"""E-mail messages (.eml, RFC 5322) via the standard library ``email`` package.

The document starts with one ``header`` block (From, To, Cc, Date, Subject); subject,
sender, recipients and date also go into ``metadata``. The body is every inline text part in
order, walking the MIME tree: of a ``multipart/alternative`` the text/plain version, unless it is
a stub beside a richer HTML version ("this message is in HTML"; less than a quarter of the HTML's
text) or empty, then the HTML one (read like an HTML page); of a ``multipart/related`` its root;
of other multiparts every part (a body split around an inline picture reads whole). Plain text
sent ``format=flowed`` (RFC 3676) is unwrapped. Attachments — parts marked as such, parts with a
file name that are not inline text, forwarded messages (``message/rfc822``), calendar invitations
(``text/calendar``), however deeply nested — are read recursively into ``attachments``; one that
cannot be read becomes a warning, not a failure.
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
    warnings_body: list[str] = []
    body: list = []
    found: list = []
    _collect(msg, body, found, source, digest, warnings_body)
    for part, kind, text in body:
        if kind == "html":
            from intercity.core.documents.html import read_html

            html_doc = read_html(text, source, digest)
            b.splice(html_doc.text, html_doc.blocks)
        else:
            if kind == "flowed":
                text = _unflow(text, part.get_param("delsp") in ("yes", "Yes"))
            text = normalise_newlines(text).strip("\n")
            b.splice(text, finish_blocks(text, line_blocks(text)))
    for i, b_ in enumerate(b.blocks):
        b_.paragraph = i + 1
    warnings.extend(warnings_body)
    attachments: list[ParsedDocument] = []
    for n, part in enumerate(found, start=1):
        if n > MAX_ATTACHMENTS:
            warnings.append(f"{source}: more than {MAX_ATTACHMENTS} attachments; the rest were skipped")
            break
        name = part.get_filename() or (f"attachment-{n}.ics" if part.get_content_type() == "text/calendar" else f"attachment-{n}")
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


_MAX_DEPTH = 20
_MAX_PARTS = 500


def _collect(part, body: list, found: list, source: str, digest: str, warnings: list[str], depth: int = 0) -> None:
    """Walk the MIME tree: inline text parts into ``body`` as (part, "plain"|"flowed"|"html", text), everything
    else a reader would open separately into ``found`` (attachments)."""
    if depth > _MAX_DEPTH or len(body) + len(found) > _MAX_PARTS:
        return
    try:
        ctype = part.get_content_type()
        attached = part.is_attachment()
    except Exception:
        return
    maintype, _, subtype = ctype.partition("/")
    if maintype == "multipart":
        children = _parts(part)
        if attached and not children:
            found.append(part)
            return
        if subtype == "alternative":
            chosen = _alternative(children, source, warnings)
            for child in children:
                if child is not chosen and child.get_content_type() == "text/calendar":
                    found.append(child)  # an invitation offered beside the text
            if chosen is not None:
                _collect(chosen, body, found, source, digest, warnings, depth + 1)
            return
        if subtype == "related" and children:
            start = part.get_param("start")
            root = next((c for c in children if start and c.get("content-id") == start), children[0])
            _collect(root, body, found, source, digest, warnings, depth + 1)
            found.extend(c for c in children if c is not root and c.get_content_maintype() != "image")
            return
        for child in children:
            _collect(child, body, found, source, digest, warnings, depth + 1)
        return
    if maintype == "text" and subtype in ("plain", "html") and not attached and not part.get_filename():
        text = _part_text(part, source, warnings)
        if subtype == "html":
            body.append((part, "html", text))
        else:
            flowed = (part.get_param("format") or "").lower() == "flowed"
            body.append((part, "flowed" if flowed else "plain", text))
        return
    if depth == 0 and maintype == "text" and not attached:
        body.append((part, "plain", _part_text(part, source, warnings)))  # a single-part message of another text type
        return
    if maintype == "image" and not attached and not part.get_filename():
        return  # an inline picture of the body (a logo, a signature)
    found.append(part)


def _parts(part) -> list:
    try:
        payload = part.get_payload()
    except Exception:
        return []
    return [p for p in payload if hasattr(p, "get_content_type")] if isinstance(payload, list) else []


def _alternative(children: list, source: str, warnings: list[str]):
    """The version of a multipart/alternative to read: text/plain, unless empty or a stub beside a richer HTML
    version (then the HTML one, or the multipart holding it); else the last version we can read."""
    plain = next((c for c in children if c.get_content_type() == "text/plain"), None)
    rich = next((c for c in reversed(children) if c.get_content_type() == "text/html"
                 or c.get_content_maintype() == "multipart"), None)
    if plain is None or rich is None:
        return plain or rich or next((c for c in children if c.get_content_maintype() == "text"
                                      and c.get_content_type() != "text/calendar"), None)
    plain_len = len(" ".join(_part_text(plain, source, []).split()))
    rich_len = len(" ".join(_visible_html(rich, source).split()))
    return rich if rich_len >= 200 and plain_len < 0.25 * rich_len else plain


def _visible_html(part, source: str) -> str:
    """The readable text of an HTML part (or of the first HTML part inside a multipart)."""
    from intercity.core.documents.html import read_html

    if part.get_content_maintype() == "multipart":
        part = next((p for p in part.walk() if p.get_content_type() == "text/html"), None)
        if part is None:
            return ""
    try:
        return read_html(_part_text(part, source, []), source, "").text
    except Exception:
        return ""


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676 ``format=flowed``: a line ending in a space continues on the next line (of the same quote
    depth); a leading space of a line is stuffing. The signature separator "-- " stays a line."""
    out: list[str] = []
    joining = False
    prev_depth = 0
    for raw in normalise_newlines(text).split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]
        flowed = line.endswith(" ") and line != "-- "
        if delsp and flowed:
            line = line[:-1]
        if joining and depth == prev_depth and out:
            out[-1] += line
        else:
            out.append((">" * depth + " " if depth else "") + line)
        joining = flowed
        prev_depth = depth
    return "\n".join(out)
