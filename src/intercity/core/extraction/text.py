"""Text helpers shared by the extractors: clean-up of conversion noise, list markers,
sentences with offsets, evidence built from offsets into ``ParsedDocument.text``."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.types import Evidence

# PDF-to-text / Markdown leftovers: \mathbb{Y}, <u>port</u>, **bold**, __bold__, `code`
_MARKUP = re.compile(r"\\[A-Za-z]+\{[^{}]*\}|</?[A-Za-z][^<>]{0,40}>|\*\*|__|`")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` without markup leftovers, whitespace collapsed."""
    if not text:
        return ""
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip()


def strip_markdown_heading(text: str) -> str:
    return re.sub(r"^\s*#{1,6}\s+", "", text)


# ---------------------------------------------------------------- list markers

_BULLETS = "-–—•◦▪▫●○■□◆◇◼▶►→✓✔※・*+·»›★☆♦◊▲△✦✧❖◎◉"
_MARKER = re.compile(
    r"^(?P<lead>\s*(?:[" + re.escape(_BULLETS) + r"]+\s*)?)"
    # (also the full-width forms of East Asian text, "１．", "２）", "（３）", the enumeration comma "1、", and the
    # negative circled digits "❶")
    r"(?:(?P<num>\d{1,3})(?:\s*[.)．）、]\s*|\s+)(?=\S)|[(（](?P<pnum>\d{1,3})[)）]\s*|(?P<cnum>[①-⑳❶-❿])\s*"
    r"|\(?(?P<let>[a-z])\)\s+(?=\S)"  # a lettered list: "a) Kassel", "(b) Reims" (a bullet, no number)
    r"|(?P<ocr>[lI|]|[1-9lI][0O])\s*[.)]\s*(?=[A-Z\u00c0-\u024f]))?")  # OCR: "l." = 1., "1O." = 10.


@dataclass
class Marker:
    length: int  # characters of the marker (bullet, number, spaces) at the start of the text
    number: int | None
    bullet: bool

    @property
    def any(self) -> bool:
        return self.bullet or self.number is not None


# an outline number ("1.8 Dijon", "2.10. Lyon"): the number is its last part. Not a time ("10.30 Arrival": a first
# part above 6 with a two-digit second part) nor a decimal before a word in lower case ("1.5 million")
_OUTLINE = re.compile(r"^(?P<lead>\s*(?:[" + re.escape(_BULLETS) + r"]+\s*)?)(?P<first>\d{1,2})(?:\.(?P<rest>\d{1,2})){1,3}\.?\s+"
                      r"(?=[^\W\d_])")


def split_marker(text: str) -> Marker:
    """The list marker at the start of ``text``: "- 2 .Los Angeles" -> number 2, "1) 닝보" -> 1,
    "• Clean Energy City" -> a bullet, "2030 Busan World Expo" -> none (a year, not a number), "1.8 Dijon" -> 8."""
    o = _OUTLINE.match(text)
    if o and (int(o.group("first")) <= 6 or len(o.group("rest")) == 1) and (
            text[o.end()].isupper() or not text[o.end()].islower()):
        return Marker(o.end(), int(o.group("rest")), bool(o.group("lead").strip()))
    m = _MARKER.match(text)
    if not m:
        return Marker(0, None, False)
    bullet = bool(m.group("lead").strip()) or bool(m.group("let"))
    num = m.group("num") or m.group("pnum")
    number = int(num) if num else None
    if m.group("cnum"):
        c = m.group("cnum")
        number = ord(c) - (ord("❶") if c >= "❶" else ord("①")) + 1
    if m.group("ocr"):
        number = int(m.group("ocr").translate(str.maketrans("lI|O", "1110")))
    if number is not None and m.group("num"):
        after = text[m.end():m.end() + 1]
        sep = text[m.end("num"):m.end()]
        if after.isdigit() and not re.search(r"[.)]", sep):
            return Marker(len(m.group("lead")), None, bullet)  # "1 2 May": not a list number
    return Marker(m.end() if (number is not None or bullet) else 0, number, bullet)


# ---------------------------------------------------------------- sentences

_ABBREV = {"st", "mr", "ms", "mrs", "dr", "no", "nos", "vs", "etc", "e.g", "i.e", "ca", "approx", "dept", "prof",
           "jr", "sr", "co", "inc", "ltd", "mt", "ft", "sta", "ste", "gen", "gov", "sen", "rep", "fig", "p", "pp"}
# (also the Urdu full stop, the Devanagari danda, the Arabic question mark, the Khmer and Burmese full stops and the
# Ethiopic full stop and question mark, all written before a space)
# an abbreviation in a script without capitals: a Devanagari word of one letter and its sign, "क्र", "श्री", or one or two
# Ethiopic syllables (that script ends its sentences with "።")
_SHORT_WORD = re.compile(r"(?:(?<![\u0900-\u097f])(?:[\u0900-\u097f]{1,2}|क्र|श्री)|(?<![\u1200-\u137f])[\u1200-\u137f]{1,2})$")
_SENT_END = re.compile(r"[.!?](?=[\"'”’)\]]*\s+)|[。！？]|[۔।॥؟។။።፧](?=\s|$)")


@dataclass
class Span:
    text: str
    start: int  # offset in the text the span was taken from
    end: int


# a footnote's number right after a sentence's full stop ("… in principle.2 On 4 February …") belongs to that sentence
_FOOTNOTE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?:[¹²³⁴-⁹]|\d{1,2}(?=\s+[^\W\d_]))(?=[\"'”’)\]]*\s+)")


def _cased_script(c: str) -> bool:
    """Latin, Greek and Cyrillic letters: a lower-case one does not start a sentence ("Од 4. до 6. јуна"); in a script
    that writes no capitals (Georgian's lower-case letters) it may."""
    return "\u00c0" <= c <= "\u024f" or "\u0370" <= c <= "\u052f" or "\u1e00" <= c <= "\u1fff"


def _sentence_ends(text: str):
    """(position of the stop, end of the sentence) of each candidate end: ``_SENT_END``, and a full stop followed by a
    footnote's number (the number stays with its sentence)."""
    ends = [(m.start(), m.end()) for m in _SENT_END.finditer(text)]
    ends += [(m.start() - 1, m.end()) for m in _FOOTNOTE_END.finditer(text)]
    return sorted(ends)


def sentences(text: str, base: int = 0) -> list[Span]:
    """Sentences of ``text`` with offsets (plus ``base``). A full stop ends a sentence when a
    capital, digit, quote or non-Latin letter follows and the word before is no abbreviation."""
    out: list[Span] = []
    start = 0
    n = len(text)
    for stop, end in _sentence_ends(text):
        if stop < start:
            continue
        ch = text[stop]
        if ch == ".":
            # (the whole word: the "a" ending "continúa" is no one-letter abbreviation)
            word = re.search(r"(?<![^\W\d_])([A-Za-z][A-Za-z.]*)$", text[start:stop])
            if word and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
                continue
            if _SHORT_WORD.search(text[start:stop]):
                continue  # Devanagari "दि." (dated), "क्र." (number), Ethiopic "ዓ.ም." (year of the era)
            if re.search(r"\d$", text[:stop]) and re.match(r"\s*\d", text[end:]):
                continue  # 15. 3. 2017
            if re.search(r"[(（][^()（）.!?。\n]{0,30}$", text[start:stop]) and re.match(r"[^()（）\n]{0,30}[)）]", text[end:]):
                continue  # inside a short bracket: "Oklahoma City (EE. UU.), León"
            nxt = re.match(r"[\"'”’)\]]*\s+(\S)", text[end:])
            if nxt:
                c = nxt.group(1)
                if c.islower() and (c.isascii() or _cased_script(c)) or not (c.isalnum() or c in "\"'“‘(["):
                    continue  # "15. to 16.03.2017", "2019. 9. 24. ~ 9. 26."
        _push(out, text, start, end, base)
        start = end
    if start < n:
        _push(out, text, start, n, base)
    return out


def _push(out: list[Span], text: str, s: int, e: int, base: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Span(text[s:e], base + s, base + e))


# ---------------------------------------------------------------- evidence

class DocIndex:
    """Offsets -> blocks for one document."""

    def __init__(self, doc: ParsedDocument, attachment: int | None = None):
        self.doc = doc
        self.attachment = attachment
        # by offset: a reader may give blocks in reading order, not text order (columns side by side)
        self.blocks = sorted(doc.blocks, key=lambda b: (b.start, b.index))
        self.starts = [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        b = self.blocks[i]
        return b if offset <= b.end else None

    def evidence(self, start: int, end: int, block: Block | None = None) -> Evidence:
        text = self.doc.text
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        # no leading/trailing white space in quotes
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        blk = block if block is not None else self.block_at(start)
        return Evidence(start=start, end=end, quote=text[start:end], block=blk.index if blk else None,
                        page=blk.page if blk else None, slide=blk.slide if blk else None, attachment=self.attachment)

    def block_evidence(self, block: Block) -> Evidence:
        return self.evidence(block.start, block.end, block)


def fold_text(text: str) -> str:
    """Lower case, accents removed (Hangul recomposed), for keyword matching."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    return text.casefold()


def is_cjk(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def word_count(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------- OCR repairs (length-preserving)

_OCR_ZERO = re.compile(r"(?<=[^\W\d_])0(?=[^\W\d_])")
_OCR_CAPS_L = re.compile(r"\b(?=[A-Zl]*l)(?=[A-Zl]*[A-Z][A-Zl]*[A-Z])[A-Zl]{3,}\b")


def deocr(text: str) -> str:
    """Common OCR misreadings repaired without changing the text's length (offsets stay valid):
    a zero between letters is an o ("fr0m"), a lower-case l inside a word of capitals is an I
    ("INTERNATlONAL", "RlO DE JANElRO")."""
    if not text:
        return text
    text = _OCR_ZERO.sub(lambda m: "O" if text[m.start() - 1].isupper() else "o", text)
    return _OCR_CAPS_L.sub(lambda m: m.group(0).replace("l", "I"), text)
