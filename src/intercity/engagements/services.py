"""Engagements (delegations, missions, meetings, events) with their tracks and sites."""

from __future__ import annotations

import datetime as dt

from intercity.engagements.models import Engagement, Site, Track
from intercity.partnerships.services import find_partnership
from intercity.places.models import Place
from intercity.places.services import place_for
from intercity.themes_app.services import themes_for


def _date(value: str | None):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def fingerprint(host: Place | None, visiting: list[Place], start) -> str:
    keys = ",".join(sorted(p.key for p in visiting))
    return f"{host.key if host else '-'}|{keys}|{start or '-'}"[:300]


def upsert_engagement(fact: dict) -> Engagement:
    """Create or merge an engagement from a fact in the ``ingest --json`` shape."""
    host = place_for(fact["host"]) if fact.get("host") else None
    visiting = [place_for(p) for p in fact.get("visiting") or []]
    start, end = _date(fact.get("start")), _date(fact.get("end"))
    fp = fingerprint(host, visiting, start)
    partnership = None
    if host and visiting:
        partnership = find_partnership(host, visiting[0])
    engagement, created = Engagement.objects.get_or_create(
        fingerprint=fp,
        defaults={"kind": fact.get("kind") or "meeting", "title": (fact.get("title") or "Engagement")[:300],
                  "host": host, "start": start, "end": end, "partnership": partnership},
    )
    if created:
        engagement.visiting.set(visiting)
    else:
        changed = False
        if end and not engagement.end:
            engagement.end, changed = end, True
        if partnership and not engagement.partnership_id:
            engagement.partnership, changed = partnership, True
        if changed:
            engagement.save()
    for t_order, track_fact in enumerate(fact.get("tracks") or [], start=1):
        track, t_created = Track.objects.get_or_create(engagement=engagement, title=track_fact["title"][:300],
                                                       defaults={"order": t_order})
        if t_created:
            track.themes.set(themes_for(track_fact.get("themes") or []))
        for s_order, site_fact in enumerate(track_fact.get("sites") or [], start=1):
            site, s_created = Site.objects.get_or_create(track=track, name=site_fact["name"][:300], defaults={"order": s_order})
            if s_created:
                site.themes.set(themes_for(site_fact.get("themes") or []))
    return engagement


def link_partnership(engagement: Engagement) -> None:
    """Link an engagement to the partnership between its host and a visiting place, once known."""
    if engagement.partnership_id or not engagement.host_id:
        return
    for place in engagement.visiting.all():
        p = find_partnership(engagement.host, place)
        if p:
            engagement.partnership = p
            engagement.save()
            return
