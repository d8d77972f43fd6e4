#!/usr/bin/env python3
"""Generate ``src/intercity/core/extraction/calendar_words.py``: month and weekday names from CLDR.

    .venv/bin/python scripts/gen_calendar_words.py          # rewrite the module
    .venv/bin/python scripts/gen_calendar_words.py --check  # exit 1 when the module is not current

Loading CLDR through Babel for some fifty languages takes most of a second, too slow for every import of
the extractor, so the names are written once into a small Python module (a dict literal imports in a few
milliseconds). ``tests/core/extraction/test_calendar_words.py`` fails when the module differs from what this
script writes with the installed Babel, so a Babel upgrade that changes CLDR shows up as a failing test:
run this script and commit the result.

For each language of ``LANGUAGES`` and each of its regional locales (es_MX, ar_MA, de_AT, sr_Latn …): every
month name CLDR has — wide and abbreviated, format and stand-alone (the format forms are the genitives of
the Slavic, Baltic, Greek and Finnish calendars) — case-folded, without a trailing dot, and also without
diacritics where people type them so (Latin and Greek scripts; Arabic without hamza seats; Hindi without
nukta). Names holding digits or CJK characters (1月, 3월, tháng 3 is kept: Vietnamese writes its digits
apart) are left to the numeric CJK patterns of dates.py. A name that stands for two months in two
languages (Croatian listopad = October, Polish and Czech listopad = November) goes to ``AMBIGUOUS`` with
each language's month.

``SHORT`` lists the names that are only abbreviations (in no locale a wide name): dates.py accepts them
in a full date only. ``WEEKDAYS``: wide weekday names (format and stand-alone); ``WEEKDAYS_SHORT`` the
abbreviated ones of three letters or more. Catalan and Romansh names lose their article ("de març" → "març",
"da zercladur" → "zercladur": the patterns read "de" and "d'"), Scottish Gaelic ones theirs ("dhen Ògmhios", "An
t-Ògmhios" → "ògmhios"), Hebrew ones are also listed with the preposition written on them
("במרץ", as in CLDR's "d בMMMM y").
"""

from __future__ import annotations

import argparse
import re
import textwrap
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale, localedata

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "intercity" / "core" / "extraction" / "calendar_words.py"

# the 24 official languages of the European Union, then the others city documents come in
EU = ["bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt", "pl",
      "pt", "ro", "sk", "sl", "es", "sv"]
OTHERS = ["ru", "uk", "be", "sr", "bs", "mk", "sq", "tr", "az", "kk", "uz", "ka", "hy", "vi", "id", "ms", "th", "fil",
          "ar", "he", "fa", "ur", "hi", "bn", "sw", "ja", "ko", "zh", "ca", "gl", "eu", "nb", "nn", "is",
          # regional and smaller languages of Europe, and Afrikaans
          "cy", "lb", "fy", "rm", "fo", "br", "gd", "af", "tg", "ky", "tk", "ne", "mr", "am"]
LANGUAGES = EU + OTHERS

# weekday names that are also a capital or a given name (Tajik Monday "Душанбе" is the city; Turkmen Friday "Anna"):
# left out, so "Душанбе, 5 июни" keeps its place
NOT_WEEKDAYS = {"душанбе", "anna", "ann"}

# letters without a decomposition that people type plainly (ł → l, ı → i)
_PLAIN = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss", "æ": "ae", "œ": "oe",
                        "þ": "th", "ð": "d"})
_ARABIC_SEATS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_NUKTA = "\u093c"


def _script(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            return name.split()[0]
    return ""


def _fold(word: str) -> str:
    """The key of a name: case-folded, NFC, one space between words, one apostrophe ("d’abril" → "d'abril")."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", word).casefold().replace("\u0307", ""))
    return " ".join(folded.replace("’", "'").split())


def variants(word: str, lang: str, month: bool = True) -> set[str]:
    """The name case-folded, and as typed without diacritics where that is common."""
    w = _fold(word).rstrip(".")
    if lang == "ca":  # "de març", "d'abril": the article is read by the date patterns
        w = re.sub(r"^(?:de\s+|d')", "", w)
    if lang == "rm":  # Romansh "da zercladur", "d'avrigl": the preposition as in Catalan
        w = re.sub(r"^(?:da\s+|d')", "", w)
    if lang == "gd":  # Scottish Gaelic "dhen Ògmhios" (of the), "An t-Ògmhios" (the): the name alone
        w = re.sub(r"^(?:dhen\s+|an\s+t-|an\s+|am\s+)", "", w)
    if lang == "he":  # "15 במרץ 2017": the preposition is written on the name
        return {w, w.replace("׳", "'"), "ב" + w, "ב" + w.replace("׳", "'")}
    if not w:
        return set()
    out = {w}
    script = _script(w)
    if script in ("LATIN", "GREEK"):
        plain = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
        out.add(unicodedata.normalize("NFC", plain.translate(_PLAIN)))
        if script == "GREEK":  # capitals drop the accent but keep the diaeresis: ΜΑΪΟΥ
            out.add(unicodedata.normalize("NFC", unicodedata.normalize("NFD", w).replace("\u0301", "")))
        if lang in ("de",) and any(c in w for c in "äöü"):
            out.add(w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
    elif script == "ARABIC":
        out.add(w.translate(_ARABIC_SEATS))
    elif script == "DEVANAGARI":
        out.add(w.replace(_NUKTA, ""))
    if month and lang == "vi" and w.split()[-1].isdigit():  # tháng 3 → tháng 03 (written so in Vietnamese letters)
        head, num = w.rsplit(" ", 1)
        out |= {f"{head} {int(num):02d}", f"{_fold(head)} {int(num):02d}"}
        out |= {v.rsplit(" ", 1)[0] + f" {int(num):02d}" for v in set(out) if v.split()[-1].isdigit()}
    return {v for v in out if v}


def _keep(word: str) -> bool:
    if any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in word):
        return False  # 3月, 3월, 三月: the CJK patterns of dates.py read these
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 or (letters and not word.isascii())


_SCRIPTS = {"Latn", "Cyrl", "Hans", "Hant"}


def locales(lang: str) -> list[str]:
    """The language and its regional locales in the scripts people write it in (not en_Dsrt, el_POLYTON, uz_Arab)."""
    ids = localedata.locale_identifiers()
    out = [lang]
    for ident in sorted(i for i in ids if i.startswith(lang + "_")):
        parts = ident.split("_")[1:]
        if all(p in _SCRIPTS or (len(p) == 2 and p.isupper()) or p.isdigit() for p in parts):
            out.append(ident)
    return out


def collect():
    months: dict[str, dict[str, int]] = defaultdict(dict)  # word -> {lang: month}
    wide_words: set[str] = set()
    abbr_words: set[str] = set()
    weekdays: set[str] = set()
    short_days: set[str] = set()
    for lang in LANGUAGES:
        for ident in locales(lang):
            loc = Locale.parse(ident)
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    names = loc.months.get(ctx, {}).get(width, {})
                    for month, name in names.items():
                        if not _keep(name):
                            continue
                        for v in variants(name, lang):
                            months[v].setdefault(lang, month)
                            (wide_words if width == "wide" else abbr_words).add(v)
                for width in ("wide", "abbreviated"):
                    for name in loc.days.get(ctx, {}).get(width, {}).values():
                        if not _keep(name):
                            continue
                        for v in variants(name, lang, month=False):
                            if v in NOT_WEEKDAYS:
                                continue
                            if width == "wide":
                                weekdays.add(v)
                            elif sum(c.isalpha() for c in v) >= 3:
                                short_days.add(v)
    plain: dict[str, int] = {}
    ambiguous: dict[str, dict[str, int]] = {}
    for word, by_lang in months.items():
        values = set(by_lang.values())
        if len(values) == 1:
            plain[word] = values.pop()
        else:
            ambiguous[word] = dict(sorted(by_lang.items()))
    short = sorted(w for w in abbr_words - wide_words if w in plain or w in ambiguous)
    order = lambda w: (-len(w), w)  # noqa: E731
    return plain, ambiguous, short, sorted(weekdays, key=order), sorted(short_days - weekdays, key=order)


def _wrapped(items) -> list[str]:
    """Source lines of at most 118 characters, indented by four, holding ``items`` in order."""
    lines, row = [], "   "
    for item in items:
        if len(row) + len(item) > 118:
            lines.append(row)
            row = "   "
        row += item
    lines.append(row)
    return lines


def render() -> str:
    plain, ambiguous, short, weekdays, short_days = collect()
    lines = [
        '"""Month and weekday names from CLDR (generated by scripts/gen_calendar_words.py: do not edit).',
        "",
        "CLDR through Babel; languages and their regional locales:",
        *textwrap.wrap(", ".join(LANGUAGES), 110),
        '"""',
        "",
        "# name (case-folded, no trailing dot) -> month",
        "MONTHS = {",
    ]
    for month in range(1, 13):
        words = sorted(w for w, m in plain.items() if m == month)
        lines.append(f"    # {month}")
        lines.extend(_wrapped(f" {w!r}: {month}," for w in words))
    lines.append("}")
    lines.append("# a name standing for different months in different languages: {name: {language: month}}")
    lines.append("AMBIGUOUS = {")
    for w in sorted(ambiguous):
        lines.append(f"    {w!r}: {ambiguous[w]!r},")
    lines.append("}")
    lines.append("# names that are only abbreviations in CLDR (no wide name anywhere)")
    lines.append("SHORT = frozenset({")
    lines.extend(_wrapped(f" {w!r}," for w in short))
    lines.append("})")
    for title, name, words in (("wide weekday names, longest first", "WEEKDAYS", weekdays),
                               ("abbreviated weekday names of three letters or more (not also wide names)", "WEEKDAYS_SHORT",
                                short_days)):
        lines.append(f"# {title}")
        lines.append(f"{name} = (")
        lines.extend(_wrapped(f" {w!r}," for w in words))
        lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the module is not current")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is not current: run scripts/gen_calendar_words.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
