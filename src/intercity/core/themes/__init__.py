"""The shared theme taxonomy (a data file) and a keyword classifier.

Public interface (see docs/themes.md)::

    load_taxonomy(path=None) -> list[Theme]          # taxonomy.json, cached per path
    get_theme(slug) -> Theme | None
    classify(text, limit=3, min_score=0.8) -> list[ThemeMatch]
    theme_slugs(text, limit=3) -> list[str]           # the slugs of classify()

Latin-script keywords match on word boundaries (a plural -s/-es is allowed), case-insensitively
unless the keyword contains capitals (acronyms: "IT", "CCTV", "MICE"); accents and hyphens are
ignored on both sides. Keywords containing Hangul, kana or CJK characters match as substrings
(Korean particles and compounds attach directly to nouns).
"""

from intercity.core.themes.classifier import (  # noqa: F401
    Theme,
    ThemeMatch,
    classify,
    get_theme,
    load_taxonomy,
    theme_slugs,
)

__all__ = ["Theme", "ThemeMatch", "classify", "get_theme", "load_taxonomy", "theme_slugs"]
