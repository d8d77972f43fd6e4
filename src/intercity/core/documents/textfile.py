"""Plain text and Markdown: decode any encoding, then one block per line or paragraph.

The document text is the decoded file with line endings normalised to ``\\n`` and a BOM
removed; nothing else is changed, so noise such as ``\\mathbb{Y}`` or ``**<u>port</u>**``
stays and every block's offsets point into the original wording.
"""

from __future__ import annotations

import codecs
import re

from intercity.core.documents.builder import default_title
from intercity.core.documents.charsets import best_single_byte, codec_for_label, decode_bytes, reading_score
from intercity.core.documents.language import guess_language
from intercity.core.documents.types import Block, DocumentError, ParsedDocument

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# ``# Heading`` (ATX)
_HEADING = re.compile(r"#{1,6}(?=\s|$)")
# list markers: "- x", "* x", "+ x", "• x", "1. x", "1) x", "(a) x", "a) x"; kept in the text
_BULLET = re.compile(r"[-*+•·▪■□●○◦◆◇‣∙–—※➢➤►▶✓✔](?=\s)")
_NUMBERED = re.compile(r"(?:\d{1,3} ?[.)۔]|\(\d{1,3}\)|[a-zA-Z][.)]|\([a-zA-Z]\)|[ivxIVX]{1,4}[.)]|[가-하][.)])(?=\s)")  # "1 ." (OCR) too
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# (Urdu full stop, Devanagari danda, Arabic question mark, Khmer and Burmese full stops; a quote only after a stop:
# "ta'" is Maltese elision)
_SENTENCE_END = re.compile(r"(?:[.!?:;。！？…)\]۔।؟។။]|[.!?…]['\"’”]+)$")
# a line that opens an entry of a log rather than going on with prose: "2025-03-04 …", "12.03.2025 …", "2025: …",
# "4 March 2025 – …"
_DATED_ENTRY = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?!\d)|\d{4}\s*[:–—|-]|\d{1,2}\.?\s+\w+\.?\s+\d{4}\s*[:–—|-]")
# a Markdown footnote definition: "[^1]: text" (read as a note, without its marker)
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,16}\]:\s*")
WRAPPED_LINE = 50  # characters: a line this long that ends mid-sentence was wrapped


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding). Raise DocumentError when the bytes are not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + " (BOM)"
            except UnicodeDecodeError as exc:
                raise DocumentError(source, f"starts with a {enc} byte-order mark but is not valid {enc}: {exc.reason} at byte {exc.start}") from None
    enc = _utf16_without_bom(data)
    if enc:
        try:
            text = data.decode(enc)
            _check_texty(text, source)
            return text, enc
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise DocumentError(source, "looks binary (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
        _check_texty(text, source)
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a file cut mid-character, one stray byte) stays UTF-8:
    # many valid multibyte sequences and few invalid ones. Latin-1 text has no valid ones.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if good >= 3 and bad <= 0.2 * good:
        _check_texty(text, source)
        return text, f"utf-8 ({bad} invalid byte sequence(s) replaced)"
    text, enc = _guess(data, source)
    _check_texty(text, source)
    return text, enc


def decode_declared(data: bytes, source: str, label: str, where: str = "declares") -> tuple[str, str, list[str]]:
    """Decode bytes that declare their charset ``label`` (HTML meta, XML declaration, e-mail part):
    (text, encoding, warnings). The declaration is honoured when the bytes are valid in it; a byte-order
    mark wins over it; valid UTF-8 stays UTF-8; a single-byte declaration whose reading is implausible
    while another code page reads well, bytes invalid in the declared charset, or an unknown label fall
    back to ``decode()`` with a warning."""
    codec = codec_for_label(label)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, found = decode(data, source)
            warnings = []
            if codec != "utf-8":  # (a UTF-16 label stands for UTF-8 and the other UTFs: no conflict)
                warnings.append(f"{source}: {where} charset {label} but starts with a {enc} byte-order mark; read as {enc}")
            return text, found, warnings
    if codec is None:
        text, found = decode(data, source)
        return text, found, [f"{source}: {where} an unknown charset {label!r}; the encoding was guessed ({found})"]
    if codec != "utf-8" and not data.isascii() and _valid_utf8(data):
        # multibyte UTF-8 sequences do not happen by chance: a template declaring the wrong charset
        text, found = decode(data, source)
        return text, found, [f"{source}: {where} charset {label} but is valid UTF-8; read as UTF-8"]
    try:
        text = decode_bytes(data, codec)
    except UnicodeDecodeError as exc:
        text, found = decode(data, source)
        return text, found, [f"{source}: {where} charset {label} but its bytes are not valid {label} "
                             f"(byte {exc.start}); the encoding was guessed ({found})"]
    score = reading_score(data, codec) if not data.isascii() else None
    if score is not None and score < 0.6:
        found = best_single_byte(data)
        if found and found[1] != codec and reading_score(data, found[1]) >= 0.9:
            return found[0], found[1], [f"{source}: {where} charset {label} but reads as {found[1]}; read as {found[1]}"]
    if codec == "cp1258":
        import unicodedata

        text = unicodedata.normalize("NFC", text)
    _check_texty(text, source)
    return text, f"{codec} (declared)", []


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes (from ASCII characters) almost all on one parity."""
    sample = data[:8192]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    zeros = even + odd
    if zeros < max(2, len(sample) // 50):
        return None
    if odd >= 0.8 * zeros:
        return "utf-16-le"
    if even >= 0.8 * zeros:
        return "utf-16-be"
    return None


_SAMPLE = 100_000  # characters judged for "reads like its script" (the whole text is decoded strictly)
_WESTERN_PUNCT = set("’‘“”„–—…•€£¥©®°±×÷§¶«»¡¿·ºª¹²³¼½¾µ\u00a0\u00ad™†‡‰‹›")


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """Legacy encodings. Each candidate must decode strictly *and* read like its script."""
    # cp932 (Windows Shift_JIS) before Shift_JIS: it adds ①–⑳ and NEC/IBM characters, and reads 0x8160
    # as "～" (fullwidth tilde) where plain Shift_JIS gives "〜" (wave dash)
    for enc, plausible in (("cp949", _korean), ("cp932", _japanese), ("shift_jis", _japanese), ("euc-jp", _japanese)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if plausible(text[:_SAMPLE]):
            return text, enc
    # single-byte code pages (Western, central European, Turkish, Cyrillic, Greek): the reading
    # whose letters belong to one language (charsets.py)
    found = best_single_byte(data)
    if found and _letters_in_words(found[0][:30_000]):
        return found
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000], steps=8, chunk_size=2048).best()
    if best is None:
        raise DocumentError(source, "is not text in any known encoding (looks like binary data)")
    enc = best.encoding
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        return data.decode(enc, errors="replace"), enc


def _non_ascii(text: str) -> list[str]:
    return [ch for ch in text if ord(ch) > 127]


def _korean(text: str) -> bool:
    chars = _non_ascii(text)
    if len(chars) < 2:
        return False
    good = 0
    for ch in chars:
        if 0xAC00 <= ord(ch) <= 0xD7A3 or 0x3131 <= ord(ch) <= 0x318E or 0x3000 <= ord(ch) <= 0x303F:
            try:
                # the 2,350 common syllables of KS X 1001 take two bytes; Python's codec
                # spells the rest as 8-byte jamo sequences
                good += len(ch.encode("euc-kr")) == 2
            except UnicodeEncodeError:
                pass
        elif ch in _WESTERN_PUNCT or 0xFF00 <= ord(ch) <= 0xFFEF:
            good += 1
    return good >= 0.9 * len(chars)


def _japanese(text: str) -> bool:
    chars = _non_ascii(text)
    if len(chars) < 2:
        return False
    kana = sum(1 for ch in chars if 0x3040 <= ord(ch) <= 0x30FF)
    good = sum(
        1 for ch in chars
        if 0x3040 <= ord(ch) <= 0x30FF or 0x4E00 <= ord(ch) <= 0x9FFF or 0x3000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFFEF
        or 0x2460 <= ord(ch) <= 0x24FF  # circled numbers ①–⑳ (cp932)
    )
    return kana >= 0.05 * len(chars) and good >= 0.95 * len(chars)


def _letters_in_words(text: str) -> bool:
    """Accented letters, and symbols that sit between letters: reject byte soup (symbols among symbols)."""
    chars = _non_ascii(text)
    return not chars or sum(1 for i, ch in enumerate(text) if ord(ch) > 127 and _between_letters(text, i)) >= 0.6 * len(chars)


def _between_letters(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _WESTERN_PUNCT or ch.isalpha():  # a letter is a word of its own ("à", "и") or in one
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalpha() or after.isalpha()


# control characters other than \t \n \v \f \r, C1 controls, U+FFFD, private use
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")


def _bad_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_BAD_CHARS.findall(text)) / len(text)


def _check_texty(text: str, source: str) -> None:
    ratio = _bad_ratio(text[:200_000])
    if ratio > 0.05:
        raise DocumentError(source, f"looks binary, not text ({ratio:.0%} control or undecodable characters)")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_markdown(text: str) -> bool:
    sample = text[:100_000]
    score = len(re.findall(r"(?m)^#{1,6} \S", sample)) * 3
    score += len(re.findall(r"\*\*[^*\n]+\*\*", sample))
    score += len(re.findall(r"\[[^\]\n]+\]\([^)\s]+\)", sample)) * 2
    score += len(re.findall(r"(?m)^\s{0,3}[-*+] \S", sample)) // 3
    score += len(re.findall(r"(?m)^\s*\|.*\|\s*$", sample)) // 2
    return score >= 3


def line_blocks(builder_text: str, *, start_line: int = 1, base: int = 0, markdown: bool = True) -> list[Block]:
    """Blocks for ``builder_text`` (already normalised); offsets shifted by ``base``.

    One block per line, except that a line continues the previous paragraph or list item
    when it is obviously a wrapped continuation (previous line does not end a sentence and
    this one starts in lower case, or it is indented under a list item).
    """
    blocks: list[Block] = []
    list_indents: list[int] = []
    prev: Block | None = None  # block the previous non-blank line belongs to
    prev_line = ""
    prev_blank = True
    in_table = False
    table_row = 0
    pos = 0
    lines = builder_text.split("\n")
    grid = fixed_width_tables(lines)
    split_at = side_by_side_columns(lines)
    pending: list[Block] = []  # the right-hand column of a two-column stretch, read after the left one
    for i, raw in enumerate(lines):
        line_start = pos
        pos += len(raw) + 1
        if pending and i not in split_at:
            blocks.extend(pending)
            pending = []
            prev = None
        if i in grid:
            row, fields = grid[i]
            for col, (fs, fe) in enumerate(fields, start=1):
                blocks.append(Block(index=0, text="", start=base + line_start + fs, end=base + line_start + fe,
                                    kind="table_cell", row=row, col=col, line=start_line + i))
            prev = None
            prev_blank = False
            continue
        if i in split_at:
            cut = split_at[i]
            right = raw[cut:]
            if right.strip():
                lead_r = len(right) - len(right.lstrip())
                rs = base + line_start + cut + lead_r
                kind_r = "list_item" if (_BULLET.match(right.strip()) or _NUMBERED.match(right.strip())) else "paragraph"
                if pending and kind_r == "paragraph" and pending[-1].kind in ("paragraph", "list_item") \
                        and right.strip()[:1].islower():
                    pending[-1].end = rs + len(right.strip())
                else:
                    pending.append(Block(index=0, text="", start=rs, end=rs + len(right.strip()), kind=kind_r,
                                         level=1 if kind_r == "list_item" else 0, line=start_line + i))
            raw = raw[:cut]
        stripped = raw.strip()
        if not stripped:
            prev_blank = True
            in_table = False
            prev = None
            continue
        lead = len(raw) - len(raw.lstrip())
        s = base + line_start + lead
        e = s + len(stripped)
        lineno = start_line + i
        kind, level = "paragraph", 0
        heading = _HEADING.match(stripped) if markdown else None
        note = _FOOTNOTE.match(stripped) if markdown else None
        if note and note.end() < len(stripped):
            kind = "notes"
            s += note.end()
        elif heading:
            kind, level = "heading", len(heading.group(0))
            list_indents = []
        elif _TABLE_ROW.match(raw):
            if _TABLE_RULE.match(raw):
                prev = None
                continue
            table_row = table_row + 1 if in_table else 1
            in_table = True
            blocks.extend(_table_cells(raw, base + line_start, table_row, lineno))
            prev = None
            prev_blank = False
            continue
        elif _BULLET.match(stripped) or _NUMBERED.match(stripped):
            kind = "list_item"
            while list_indents and lead < list_indents[-1]:
                list_indents.pop()
            if not list_indents or lead > list_indents[-1]:
                list_indents.append(lead)
            level = len(list_indents)
        elif prev is not None and _continues(prev, prev_line, stripped, lead, list_indents):
            prev.end = e
            prev_line = stripped
            prev_blank = False
            continue
        else:
            if prev_blank and lead == 0:
                list_indents = []
        in_table = False
        b = Block(index=0, text="", start=s, end=e, kind=kind, level=level, line=lineno)
        blocks.append(b)
        prev = b if kind in ("paragraph", "list_item", "notes") else None
        prev_line = stripped
        prev_blank = False
    blocks.extend(pending)
    return blocks


# fields of a fixed-width table: separated by tabs, ideographic spaces or at least two spaces
_FIELD_GAP = re.compile(r"\t+|[ \t]*\u3000[\u3000 \t]*| {2,}")


def _fields(line: str) -> list[tuple[int, int]]:
    out = []
    pos = len(line) - len(line.lstrip(" \t\u3000"))
    end = len(line.rstrip(" \t\u3000"))
    for m in _FIELD_GAP.finditer(line, pos, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def fixed_width_tables(lines: list[str]) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Lines of a table laid out with spaces, ideographic spaces or tabs ("編號　國家　　城市　　締結日期"):
    a run of at least three lines that split into the same number (3 or more) of fields, no field a
    sentence. Returns {line index: (row, [(start, end) of each field])}."""
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    run: list[tuple[int, list[tuple[int, int]]]] = []

    def close() -> None:
        if len(run) >= 3:
            for row, (i, f) in enumerate(run, start=1):
                out[i] = (row, f)
        run.clear()

    for i, line in enumerate(lines):
        if not line.strip() or _TABLE_ROW.match(line):
            close()
            continue
        f = _fields(line)
        ok = len(f) >= 3 and all(e - s <= 40 for s, e in f) and not re.search(r"[.!?。！？]\s*$", line.strip())
        if ok and run and len(f) != len(run[0][1]):
            close()
        if ok:
            run.append((i, f))
        else:
            close()
    close()
    return out


def _wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")


def side_by_side_columns(lines: list[str]) -> dict[int, int]:
    """Two columns printed side by side on the same lines (``pdftotext -layout``): a stretch of lines
    whose right-hand text starts at the same position after a wide gap (4 or more spaces). Returns
    {line index: position where the right column starts} for the lines of such stretches."""
    out: dict[int, int] = {}
    starts: list[tuple[int, int]] = []  # (line, start of the right-hand text)
    for i, line in enumerate(lines):
        m = None
        for g in re.finditer(r"\S( {4,})(?=\S)", line):
            m = g
            break
        # (the left text's width: a wide character — Hangul, kana, CJK — takes two cells, "자매도시" is 8 wide)
        if m and m.start(1) + sum(1 for ch in line[:m.start(1)] if ch >= "\u1100" and _wide(ch)) >= 8:
            starts.append((i, m.end(1)))
    # group lines whose right-hand text starts at the same column (within 2), on consecutive lines
    # (a line with only left-hand text, shorter than the column, may sit between them)
    k = 0
    while k < len(starts):
        i0, c0 = starts[k]
        group = [(i0, c0)]
        k2 = k + 1
        while k2 < len(starts):
            i, c = starts[k2]
            between = lines[group[-1][0] + 1:i]
            if abs(c - c0) <= 2 and all(len(b.rstrip()) < c0 - 2 for b in between) and len(between) <= 3 \
                    and all(b.strip() for b in between):
                group.append((i, c))
                k2 += 1
            else:
                break
        if len(group) >= 2:
            cut = min(c for _, c in group)
            first, last = group[0][0], group[-1][0]
            # the left column's lines below the last two-column line belong to the stretch too
            j = last + 1
            while j < len(lines) and lines[j].strip() and len(lines[j].rstrip()) < cut - 2:
                j += 1
            for i in range(first, j):
                if len(lines[i]) > cut and lines[i][cut - 1:cut] == " " or len(lines[i]) <= cut:
                    out[i] = min(cut, len(lines[i]))
        k = k2 if k2 > k else k + 1
    return out


def _continues(prev: Block, prev_line: str, stripped: str, lead: int, list_indents: list[int]) -> bool:
    """A wrapped line: indented under a list item, or lower-case after an unfinished line."""
    if prev.kind == "list_item" and list_indents and lead > list_indents[-1] + 1:
        return True
    if _SENTENCE_END.search(prev_line):
        return False
    # a wrapped prose line may also go on with a number: "… in Lahti 10.-12. juni" / "2025, together with …"
    # (only after a long line: a short unfinished line is a label or heading, "Partner cities" / "1985 Busan")
    if stripped[0].isdigit() and len(prev_line) >= WRAPPED_LINE and not _NUMBERED.match(stripped) \
            and not _DATED_ENTRY.match(stripped):
        return True
    if stripped[0].isalpha() and not stripped[0].isupper() and not stripped[0].islower():
        # a script without case (Arabic, Hebrew, Devanagari, Thai …): a long unfinished line goes on
        return len(prev_line) >= WRAPPED_LINE
    return stripped[0].islower()


def _table_cells(raw: str, line_offset: int, row: int, lineno: int) -> list[Block]:
    cells = []
    inner_start = raw.index("|") + 1
    inner_end = raw.rindex("|")
    col = 0
    pos = inner_start
    for part in raw[inner_start:inner_end].split("|"):
        col += 1
        lead = len(part) - len(part.lstrip())
        content = part.strip()
        if content:
            s = line_offset + pos + lead
            cells.append(Block(index=0, text="", start=s, end=s + len(content), kind="table_cell", row=row, col=col, line=lineno))
        pos += len(part) + 1
    return cells


def read_text(text: str, source: str, digest: str, encoding: str) -> ParsedDocument:
    """``text`` is decoded with newlines normalised; it becomes ``doc.text`` unchanged."""
    md = looks_markdown(text)
    blocks = finish_blocks(text, line_blocks(text, markdown=True))
    doc = ParsedDocument(
        source=source,
        format="markdown" if md else "txt",
        text=text,
        blocks=blocks,
        sha256=digest,
        language=guess_language(text),
        title=default_title(blocks),
        metadata={"encoding": encoding},
    )
    if not blocks:
        doc.warnings.append(f"{source}: contains no text")
    return doc


def finish_blocks(text: str, blocks: list[Block], base: int = 0) -> list[Block]:
    for i, b in enumerate(blocks):
        b.index = i
        b.text = text[b.start - base:b.end - base]
        b.paragraph = i + 1
    return blocks
