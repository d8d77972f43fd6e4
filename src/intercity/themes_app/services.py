from __future__ import annotations

from intercity.themes_app.models import Theme


def themes_for(slugs: list[str]) -> list[Theme]:
    """Theme rows for taxonomy slugs, creating rows from the taxonomy data file when missing."""
    slugs = [s for s in dict.fromkeys(slugs) if s]
    if not slugs:
        return []
    found = {t.slug: t for t in Theme.objects.filter(slug__in=slugs)}
    missing = [s for s in slugs if s not in found]
    if missing:
        sync_taxonomy()
        found = {t.slug: t for t in Theme.objects.filter(slug__in=slugs)}
    return [found[s] for s in slugs if s in found]


def sync_taxonomy() -> int:
    """Create or update Theme rows from core/themes/taxonomy.json. Returns the number of themes."""
    from intercity.core.themes import load_taxonomy

    count = 0
    for theme in load_taxonomy():
        defaults = {
            "label_en": theme.label_en, "label_ko": theme.label_ko,
            "description": theme.description_en, "sdgs": list(theme.sdgs),
        }
        obj, created = Theme.objects.get_or_create(slug=theme.slug, defaults=defaults)
        if not created and any(getattr(obj, k) != v for k, v in defaults.items()):
            for k, v in defaults.items():
                setattr(obj, k, v)
            obj.save()
        count += 1
    return count
