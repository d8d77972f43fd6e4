"""Cooperation items: ideas, proposals and projects between places, with status and journal."""

from __future__ import annotations

import re

from intercity.cooperation.models import CooperationItem
from intercity.partnerships.services import find_partnership
from intercity.places.services import place_for
from intercity.themes_app.services import themes_for


def _norm(title: str) -> str:
    return re.sub(r"\W+", " ", title.casefold()).strip()


def fingerprint(parties, title: str, is_area: bool) -> str:
    keys = ",".join(sorted(p.key for p in parties))
    return f"{'area' if is_area else 'item'}|{keys}|{_norm(title)}"[:300]


def upsert_item(fact: dict, *, is_area: bool = False, engagement=None) -> CooperationItem:
    parties = [place_for(p) for p in fact.get("parties") or []]
    fp = fingerprint(parties, fact["title"], is_area)
    partnership = find_partnership(parties[0], parties[1]) if len(parties) == 2 else None
    item, created = CooperationItem.objects.get_or_create(
        fingerprint=fp,
        defaults={
            "title": fact["title"][:300], "description": fact.get("description") or "",
            "status": fact.get("status") or "idea", "status_reason": (fact.get("status_reason") or "")[:500],
            "is_area": is_area, "sequence": fact.get("sequence"), "partnership": partnership, "engagement": engagement,
        },
    )
    if created:
        item.parties.set(parties)
        item.themes.set(themes_for(fact.get("themes") or []))
    else:
        changed = False
        if engagement is not None and item.engagement_id is None:
            item.engagement, changed = engagement, True
        if partnership is not None and item.partnership_id is None:
            item.partnership, changed = partnership, True
        if fact.get("description") and not item.description:
            item.description, changed = fact["description"], True
        if changed:
            item.save()
    return item


def add_journal_entry(item: CooperationItem, user=None, *, text: str = "", status: str | None = None):
    """Record what happened on an item, optionally changing its status (the change is written into
    the entry). Used by the web form; audited like every write."""
    from django.db import transaction

    from intercity.cooperation.models import CooperationStatus, JournalEntry

    text = (text or "").strip()
    lines = []
    with transaction.atomic():
        if status and status != item.status:
            if status not in CooperationStatus.values:
                raise ValueError(f"unknown status {status!r}")
            old = item.get_status_display()
            item.status = status
            item.save()
            lines.append(f"Status: {old} → {item.get_status_display()}")
        if text:
            lines.append(text)
        if not lines:
            return None
        return JournalEntry.objects.create(item=item, author=user if getattr(user, "pk", None) else None, text="\n".join(lines))


def interest_fingerprint(party, kind: str, subject: str) -> str:
    return f"{party.key}|{kind}|{' '.join(subject.casefold().split())}"[:400]


def upsert_interest(fact: dict, *, source: str = ""):
    """An accepted need or strength; the same one from another document gains the source only."""
    from intercity.cooperation.models import Interest

    party = place_for(fact["party"])
    counterpart = place_for(fact["counterpart"]) if fact.get("counterpart") else None
    obj, created = Interest.objects.get_or_create(
        fingerprint=interest_fingerprint(party, fact["kind"], fact["subject"]),
        defaults={"party": party, "kind": fact["kind"], "subject": fact["subject"][:300], "counterpart": counterpart,
                  "sources": [source] if source else []},
    )
    if created:
        obj.themes.set(themes_for(fact.get("themes") or []))
    else:
        changed = False
        if source and source not in obj.sources:
            obj.sources, changed = [*obj.sources, source], True
        if counterpart is not None and obj.counterpart_id is None:
            obj.counterpart, changed = counterpart, True
        if changed:
            obj.save()
    return obj
