"""``{{ theme|theme_reason:text }}``: why a theme was given to a fact — the words of its text that
the taxonomy's keywords matched — for the badge's tooltip."""

from __future__ import annotations

from functools import lru_cache

from django import template

register = template.Library()


@lru_cache(maxsize=2048)
def _matches(text: str) -> dict[str, tuple[str, ...]]:
    from intercity.core.themes import classify

    return {m.slug: m.matched_words for m in classify(text, limit=20, min_score=0.0)}


@register.filter
def theme_reason(theme, text) -> str:
    """'matched: solar thermal, 태양열' when the text names the theme, else the theme's description."""
    description = getattr(theme, "description", "") or ""
    if not text:
        return description
    words = _matches(str(text)[:50000]).get(getattr(theme, "slug", ""), ())
    if not words:
        return description
    reason = "matched: " + ", ".join(words)
    return f"{reason} — {description}" if description else reason
