"""Render automatic list numbers ("1.", "a)", "iv.") for PPTX/DOCX list paragraphs."""

from __future__ import annotations


def roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = []
    n = max(1, min(n, 3999))
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def alpha(n: int) -> str:
    n = max(1, n)
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def format_number(n: int, fmt: str) -> str:
    """``fmt`` is a DOCX numFmt (decimal, lowerLetter, upperRoman ...) or a DrawingML
    buAutoNum scheme prefix (arabic, alphaLc, romanUc ...)."""
    f = fmt.lower()
    if "roman" in f:
        s = roman(n)
        return s.upper() if ("uc" in f or "upper" in f) else s
    if "alpha" in f or "letter" in f:
        s = alpha(n)
        return s.upper() if ("uc" in f or "upper" in f) else s
    return str(n)


def drawingml_label(n: int, scheme: str) -> str:
    """``arabicPeriod`` -> "1.", ``alphaLcParenR`` -> "a)", ``arabicParenBoth`` -> "(1)"."""
    body = format_number(n, scheme)
    if scheme.endswith("ParenBoth"):
        return f"({body})"
    if scheme.endswith("ParenR"):
        return f"{body})"
    if scheme.endswith("Period"):
        return f"{body}."
    if scheme.endswith("Plain"):
        return body
    return f"{body}."


class AutoNumber:
    """Counters per list level for DrawingML auto-numbered paragraphs."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}

    def next(self, level: int, scheme: str, start: int) -> str:
        for deeper in [lv for lv in self.counts if lv > level]:
            del self.counts[deeper]
        self.counts[level] = self.counts.get(level, start - 1) + 1
        return drawingml_label(self.counts[level], scheme)

    def reset(self, level: int) -> None:
        for lv in [lv for lv in self.counts if lv >= level]:
            del self.counts[lv]
