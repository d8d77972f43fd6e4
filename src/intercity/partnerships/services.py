"""Partnerships: one row per pair of places, whichever side's document or dataset named it."""

from __future__ import annotations

from django.db.models import Q

from intercity.partnerships.models import Partnership
from intercity.places.models import Place


def find_partnership(a: Place, b: Place) -> Partnership | None:
    return Partnership.objects.filter(Q(place_a=a, place_b=b) | Q(place_a=b, place_b=a)).first()


def partnerships_of(place: Place, *, registry_only: bool = True):
    """Partnerships in which ``place`` takes part, resolved or waiting for review. By default only
    the team's own record; ``registry_only=False`` adds ties known only from network datasets."""
    qs = Partnership.objects.filter(Q(place_a=place) | Q(place_b=place))
    if registry_only:
        qs = qs.filter(in_registry=True)
    return qs.select_related("place_a", "place_b")


def _merge_fields(obj: Partnership, *, kind: str, sequence, since, source: str) -> None:
    changed = False
    if sequence and obj.sequence != sequence and obj.sequence is None:
        obj.sequence, changed = sequence, True
    if since and not obj.since:
        obj.since, changed = since, True
    if kind and obj.kind == "other" and kind != "other":
        obj.kind, changed = kind, True
    if source and source not in obj.sources:
        obj.sources = [*obj.sources, source]
        changed = True
    if not obj.in_registry and not source.startswith("network:"):
        obj.in_registry, changed = True, True
    if changed:
        obj.save()


def upsert_partnership(home: Place, partner: Place | None, *, name_as_written: str, kind: str,
                       sequence: int | None = None, since: str | None = None, source: str = "") -> Partnership:
    """Create the partnership or merge into the existing one (A–B equals B–A; an unresolved
    row for the same written name is completed instead of duplicated)."""
    since = since or ""
    if partner is not None:
        existing = find_partnership(home, partner)
        if existing is None:
            existing = Partnership.objects.filter(place_a=home, place_b__isnull=True, name_as_written=name_as_written).first()
            if existing is not None:
                existing.place_b = partner
                existing.save()
        if existing is not None:
            _merge_fields(existing, kind=kind, sequence=sequence, since=since, source=source)
            return existing
        return Partnership.objects.create(place_a=home, place_b=partner, name_as_written=name_as_written, kind=kind,
                                          sequence=sequence, since=since, sources=[source] if source else [])
    obj, created = Partnership.objects.get_or_create(
        place_a=home, place_b=None, name_as_written=name_as_written,
        defaults={"kind": kind, "sequence": sequence, "since": since, "sources": [source] if source else []},
    )
    if not created:
        _merge_fields(obj, kind=kind, sequence=sequence, since=since, source=source)
    return obj


def resolve_partner(partnership: Partnership, place: Place) -> Partnership:
    """A reviewer decided which place an ambiguous name means. Merges into an existing pair if any."""
    home = partnership.place_a
    existing = find_partnership(home, place)
    if existing is not None and existing.pk != partnership.pk:
        _merge_fields(existing, kind=partnership.kind, sequence=partnership.sequence, since=partnership.since, source="")
        from intercity.documents.models import Evidence
        from django.contrib.contenttypes.models import ContentType

        ct = ContentType.objects.get_for_model(Partnership)
        for ev in Evidence.objects.filter(content_type=ct, object_id=partnership.pk):
            if not Evidence.objects.filter(document=ev.document, content_type=ct, object_id=existing.pk, start=ev.start, end=ev.end).exists():
                ev.object_id = existing.pk
                ev.save()
        partnership.delete()
        return existing
    partnership.place_b = place
    partnership.save()
    return partnership
