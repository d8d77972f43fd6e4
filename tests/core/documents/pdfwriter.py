"""A minimal PDF writer for tests: text in Helvetica at given positions, optional RC4
encryption (standard security handler, revision 2). Enough to exercise the PDF reader
without a PDF-producing dependency; pypdfium2 only reads."""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

PAGE_W, PAGE_H = 595, 842  # A4 in points
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


@dataclass
class Text:
    x: float
    y: float  # baseline, from the bottom
    text: str
    size: float = 11


@dataclass
class Rule:
    """A ruled line from (x0, y0) to (x1, y1), from the bottom left; ``filled`` draws it as a thin filled rectangle
    (as Chromium draws table borders) instead of a stroked line."""
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5
    filled: bool = False


def grid_rules(xs: list[float], ys: list[float], *, skip_v: set[tuple[int, int]] = frozenset(), filled: bool = False) -> list[Rule]:
    """The rules of a table: vertical lines at ``xs``, horizontal ones at ``ys`` (top to bottom). ``skip_v`` leaves out
    the vertical rule at xs[j] in row i ((i, j): a cell spanning two columns)."""
    out = [Rule(xs[0], y, xs[-1], y, filled=filled) for y in ys]
    for i in range(len(ys) - 1):
        for j, x in enumerate(xs):
            if (i, j) not in skip_v:
                out.append(Rule(x, ys[i], x, ys[i + 1], filled=filled))
    return out


def _esc(s: str) -> bytes:
    raw = s.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def write_pdf_pages(pages: list[list[Text]], *, user_password: str | None = None, compress: bool = True) -> bytes:
    """Each page is a list of ``Text`` items. Returns the PDF bytes."""
    objects: list[bytes] = []  # object n is objects[n-1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    streams: list[tuple[int, bytes]] = []
    kids = []
    for items in pages:
        ops = []
        for t in items:
            if isinstance(t, Rule):
                if t.filled:
                    w = t.width
                    x0, x1 = min(t.x0, t.x1) - w / 2, max(t.x0, t.x1) + w / 2
                    y0, y1 = min(t.y0, t.y1) - w / 2, max(t.y0, t.y1) + w / 2
                    ops.append(b"%.2f %.2f %.2f %.2f re f" % (x0, y0, x1 - x0, y1 - y0))
                else:
                    ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (t.width, t.x0, t.y0, t.x1, t.y1))
                continue
            ops.append(b"BT /F1 %.1f Tf %.2f %.2f Td (" % (t.size, t.x, t.y) + _esc(t.text) + b") Tj ET")
        content = b"\n".join(ops)
        content_obj = add(b"")
        streams.append((content_obj, content))
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_obj, PAGE_W, PAGE_H, font, content_obj)
        )
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)

    file_id = hashlib.md5(repr([[vars(t) for t in p] for p in pages]).encode()).digest()
    key = None
    encrypt_obj = None
    if user_password is not None:
        perms = -44  # print/copy allowed bits irrelevant here
        owner_key = hashlib.md5((b"owner" + _PAD)[:32]).digest()[:5]
        upw = (user_password.encode("latin-1") + _PAD)[:32]
        o_value = _rc4(owner_key, upw)
        key = hashlib.md5(upw + o_value + perms.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
        u_value = _rc4(key, _PAD)
        encrypt_obj = add(
            b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <" + u_value.hex().encode()
            + b"> /P %d >>" % perms
        )
    for num, content in streams:
        data = zlib.compress(content) if compress else content
        if key is not None:
            obj_key = hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
            data = _rc4(obj_key, data)
        filt = b" /Filter /FlateDecode" if compress else b""
        objects[num - 1] = b"<< /Length %d%s >>\nstream\n" % (len(data), filt) + data + b"\nendstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R /ID [<%s> <%s>]" % (len(objects) + 1, catalog, file_id.hex().encode(), file_id.hex().encode())
    if encrypt_obj:
        trailer += b" /Encrypt %d 0 R" % encrypt_obj
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def layout_lines(lines: list[str], *, x: float = 72, top: float = 770, size: float = 11, leading: float = 14,
                 heading_size: float = 18) -> list[Text]:
    """One column of lines; "" leaves a paragraph gap; "# " marks a heading (bigger font)."""
    items = []
    y = top
    for line in lines:
        if not line:
            y -= leading
            continue
        if line.startswith("# "):
            y -= heading_size * 0.4
            items.append(Text(x, y, line[2:], heading_size))
            y -= heading_size * 1.4
            continue
        indent = 18 if line.startswith("  ") else 0
        items.append(Text(x + indent, y, line.strip(), size))
        y -= leading
    return items


def write_pdf(pages: list[list[str]], *, header: str | None = None, footer: bool = False,
              columns: list[list[list[str]]] | None = None, user_password: str | None = None) -> bytes:
    """Convenience: ``pages`` of lines (one column); optional running header, "Page n of m"
    footer; ``columns`` adds, per page, extra column texts laid out side by side under the
    page's lines."""
    out_pages = []
    for n, lines in enumerate(pages, start=1):
        items = layout_lines(lines)
        if columns and n - 1 < len(columns) and columns[n - 1]:
            bottom = min((t.y for t in items), default=790)
            col_w = (PAGE_W - 144) / len(columns[n - 1])
            for c, col_lines in enumerate(columns[n - 1]):
                items += layout_lines(col_lines, x=72 + c * col_w, top=bottom - 28)
        if header:
            items.append(Text(72, 810, header, 9))
        if footer:
            items.append(Text(270, 30, f"Page {n} of {len(pages)}", 9))
        out_pages.append(items)
    return write_pdf_pages(out_pages, user_password=user_password)
