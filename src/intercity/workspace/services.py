"""The home city's figures: the `intercity stats` contract, shared by the CLI, the API and the dashboard."""

from __future__ import annotations

from collections import Counter

from django.db.models import Q

from intercity.cooperation.models import CooperationItem
from intercity.documents.models import Claim
from intercity.engagements.models import Engagement
from intercity.partnerships.services import partnerships_of
from intercity.places.models import Place
from intercity.workspace.models import Workspace


def home_place() -> Place | None:
    return Workspace.get().home


def set_home(place: Place) -> Workspace:
    ws = Workspace.get()
    if ws.home_id != place.pk:
        ws.home = place
        ws.save()
    return ws


def partner_entries(home: Place, kind: str | None = None) -> list[tuple[str, str | None]]:
    """(name, partner country or None while unresolved) for each partnership of ``home``."""
    out = []
    qs = partnerships_of(home)
    if kind and kind != "all":
        qs = qs.filter(kind=kind)
    for p in qs:
        other = p.partner_of(home)
        out.append((other.name if other else p.name_as_written, other.country_code if other else None))
    return out


def check_claims(home: Place) -> list[dict]:
    """Each headline claim about ``home`` checked against the registry as it is now."""
    from intercity.core.extraction.claims import check_claim

    results = []
    for claim in Claim.objects.filter(subject=home).select_related("document"):
        entries = partner_entries(home, claim.scope)
        check, reason = check_claim(claim.cities, claim.countries, entries)
        results.append({"text": claim.text, "cities": claim.cities, "countries": claim.countries, "scope": claim.scope,
                        "check": check, "reason": reason, "document": claim.document_id, "start": claim.start, "end": claim.end})
    return results


def stats(home: Place) -> dict:
    """The `intercity stats --json` contract."""
    entries = partnerships_of(home)
    by_kind = Counter(p.kind for p in entries)
    countries = {(p.partner_of(home).country_code) for p in entries if p.partner_of(home) is not None}
    unresolved = [p.name_as_written for p in entries if p.partner_of(home) is None]
    engagements = Engagement.objects.filter(Q(host=home) | Q(visiting=home)).distinct().count()
    items = CooperationItem.objects.filter(parties=home).distinct()
    by_status = Counter(items.values_list("status", flat=True))
    return {
        "home": home.to_json(),
        "partners": len(entries),
        "countries": len(countries),
        "unresolved": unresolved,
        "by_kind": dict(sorted(by_kind.items())),
        "engagements": engagements,
        "cooperation": {"total": items.count(), "by_status": dict(sorted(by_status.items()))},
        "claims": check_claims(home),
        "interests": _interest_counts(home),
    }


def _interest_counts(home) -> dict:
    from intercity.cooperation.models import Interest

    kinds = Counter(Interest.objects.filter(party=home).values_list("kind", flat=True))
    return {"needs": kinds.get("need", 0), "strengths": kinds.get("strength", 0)}
