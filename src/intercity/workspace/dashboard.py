"""Read-side queries for the web pages (dashboard, profiles, detail pages). Views stay thin: they
call these functions and render the result. Nothing here writes."""

from __future__ import annotations

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse

from intercity.core.places.normalize import CITY_WORDS, REGION_WORDS, fold
from intercity.cooperation.models import OPEN_STATUSES, CooperationItem, CooperationStatus
from intercity.documents.models import Document, Evidence, Proposal, ProposalStatus
from intercity.engagements.models import Engagement
from intercity.partnerships.models import Partnership, PartnershipKind
from intercity.partnerships.services import partnerships_of
from intercity.people.models import Person
from intercity.places.models import Place

KIND_LABELS = dict(PartnershipKind.choices)
STATUS_LABELS = dict(CooperationStatus.choices)


def pending_count() -> int:
    return Proposal.objects.filter(status=ProposalStatus.PENDING).count()


def passage_url(document_id: int, start: int, end: int) -> str:
    return reverse("documents:passage", args=[document_id]) + f"?start={start}&end={end}"


# ---------------------------------------------------------------- evidence

def attach_evidence(objects) -> list:
    """Set ``obj.evidence_list`` (the passages each fact came from) on every object, in one query
    per model. Returns the objects as a list."""
    objects = list(objects)
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj)
    for model, objs in by_model.items():
        ct = ContentType.objects.get_for_model(model)
        found = defaultdict(list)
        for ev in Evidence.objects.filter(content_type=ct, object_id__in=[o.pk for o in objs]).select_related("document"):
            found[ev.object_id].append(ev)
        for obj in objs:
            obj.evidence_list = found.get(obj.pk, [])
    return objects


def source_documents(partnership: Partnership) -> list[dict]:
    """The partnership's ``sources`` (document:<id>, network:<dataset>, manual) as display rows."""
    ids = [int(s.split(":", 1)[1]) for s in partnership.sources if s.startswith("document:") and s.split(":", 1)[1].isdigit()]
    docs = Document.objects.in_bulk(ids)
    rows = []
    for source in partnership.sources:
        kind, _, ref = source.partition(":")
        if kind == "document" and ref.isdigit() and int(ref) in docs:
            rows.append({"label": str(docs[int(ref)]), "url": docs[int(ref)].get_absolute_url()})
        else:
            rows.append({"label": source, "url": ""})
    return rows


# ---------------------------------------------------------------- map

def _point(place: Place, home: Place | None = None) -> dict:
    return {"id": place.pk, "name": place.name, "name_ko": place.name_ko, "country": place.country_name,
            "country_code": place.country_code, "lat": place.lat, "lon": place.lon,
            "url": place.get_absolute_url(), "is_home": home is not None and place.pk == home.pk}


def map_data(home: Place, partnerships=None) -> dict:
    """Markers and lines for the partner map (embedded in the page with ``json_script``)."""
    partnerships = partnerships if partnerships is not None else partnerships_of(home)
    partners, seen, no_coordinates = [], set(), []
    for p in partnerships:
        other = p.partner_of(home)
        if other is None or other.pk in seen:
            continue
        if other.lat is None or other.lon is None:
            no_coordinates.append(other)
            continue
        seen.add(other.pk)
        partners.append({**_point(other), "kind": p.kind, "kind_label": KIND_LABELS.get(p.kind, p.kind),
                         "since": p.since, "sequence": p.sequence})
    return {"home": _point(home, home) if home.lat is not None else None, "partners": partners,
            "countries": sorted({p["country_code"] for p in partners} | {o.country_code for o in no_coordinates}),
            "no_coordinates": [{"name": o.name, "url": o.get_absolute_url()} for o in no_coordinates]}


def place_map_data(place: Place, home: Place | None) -> dict:
    """The place, and the home city with a line to it only when the two are partners."""
    tied = home is not None and home.pk != place.pk and Partnership.objects.filter(
        Q(place_a=home, place_b=place) | Q(place_a=place, place_b=home)).exists()
    data = {"home": _point(home, home) if tied and home.lat is not None else None,
            "partners": [], "countries": [place.country_code]}
    if place.lat is not None:
        data["partners"].append({**_point(place), "kind": "place", "kind_label": ""})
    return data


# ---------------------------------------------------------------- dashboard

def engagements_of(place: Place):
    return (Engagement.objects.filter(Q(host=place) | Q(visiting=place)).distinct()
            .select_related("host").prefetch_related("visiting").annotate(track_count=Count("tracks", distinct=True)))


def open_items_of(place: Place):
    return (CooperationItem.objects.filter(parties=place, status__in=OPEN_STATUSES).distinct()
            .prefetch_related("parties", "themes").order_by("status", "sequence", "title"))


def dashboard(home: Place) -> dict:
    from intercity.workspace.services import stats

    figures = stats(home)
    claims = []
    for claim in figures["claims"]:
        claims.append({**claim, "url": passage_url(claim["document"], claim["start"], claim["end"]) if claim.get("document") else ""})
    by_kind = [{"kind": k, "label": KIND_LABELS.get(k, k), "count": figures["by_kind"][k]}
               for k in [*PartnershipKind.values, *sorted(set(figures["by_kind"]) - set(PartnershipKind.values))]
               if figures["by_kind"].get(k)]
    by_status = [{"status": s, "label": STATUS_LABELS.get(s, s), "count": figures["cooperation"]["by_status"].get(s, 0),
                  "open": s in OPEN_STATUSES}
                 for s in CooperationStatus.values if figures["cooperation"]["by_status"].get(s)]
    partnerships = list(partnerships_of(home))
    return {
        "stats": figures,
        "by_kind": by_kind,
        "by_status": by_status,
        "open_total": sum(row["count"] for row in by_status if row["open"]),
        "claims": claims,
        "map": map_data(home, partnerships),
        "unresolved": [p for p in partnerships if p.partner_of(home) is None],
        "recent_engagements": list(engagements_of(home)[:5]),
        "open_items": list(open_items_of(home)[:8]),
        "pending": pending_count(),
        "reconcile": _reconcile(home),
    }


def _reconcile(home: Place) -> dict:
    from intercity.partnerships.network import reconcile

    rec = reconcile(home)
    out = {k: [(p, p.partner_of(home)) for p in v] for k, v in rec.items()}
    # a network tie whose place bears the core name of a registry tie the network lacks is likely that
    # tie written another way (the network's Cebu City, the registry's Cebu Province): say so beside it
    unmatched = {}
    for _p, other in out["registry_only"]:
        if other is not None:
            unmatched.setdefault((other.country_code, core_name(other.name)), other)
    out["network_only"] = [(p, other, unmatched.get((other.country_code, core_name(other.name))))
                           for p, other in out["network_only"]]
    out["imported"] = bool(rec["network_only"] or rec["both"])
    return out


def core_name(name: str) -> str:
    """A place's name without the words that say what kind of place it is: "Cebu City", "Cebu
    Province" and "City of Cebu" are all "cebu"."""
    words = fold(name).split()
    core = [w for w in words if w not in _KIND_WORDS]
    return " ".join(core) or " ".join(words)


_KIND_WORDS = CITY_WORDS | set(REGION_WORDS) | {"of", "the", "metropolitan"}


# ---------------------------------------------------------------- profiles and details

def place_profile(place: Place, home: Place | None) -> dict:
    """Everything the registry knows about ``place``, as seen from the home city."""
    if home is not None and home.pk != place.pk:
        partnerships = Partnership.objects.filter(Q(place_a=home, place_b=place) | Q(place_a=place, place_b=home))
    else:
        partnerships = Partnership.objects.none()
    partnerships = attach_evidence(partnerships.select_related("place_a", "place_b"))
    for p in partnerships:
        p.source_rows = source_documents(p)
    engagements = attach_evidence(engagements_of(place).prefetch_related("tracks__sites", "tracks__themes"))
    items = attach_evidence(CooperationItem.objects.filter(parties=place).distinct()
                            .prefetch_related("themes", "parties").order_by("is_area", "sequence", "title"))
    people = attach_evidence(Person.objects.filter(Q(organisation__place=place) | Q(engagements__in=[e.pk for e in engagements]))
                             .distinct().select_related("organisation"))
    others = []
    if place.pk == getattr(home, "pk", None):
        others = list(partnerships_of(place))
    from intercity.partnerships.network import network_partners

    worldwide = []
    for p in network_partners(place)[:1000]:
        other = p.partner_of(place)
        if other is not None:
            p.source_rows = source_documents(p)
            worldwide.append((p, other))
    from intercity.cooperation.models import Interest

    interests = attach_evidence(Interest.objects.filter(party=place).select_related("counterpart").prefetch_related("themes"))
    offered = list(Interest.objects.filter(counterpart=place).select_related("party"))
    return {
        "interests": interests,
        "interests_offered": offered,
        "partnerships": partnerships,
        "engagements": engagements,
        "items": [i for i in items if not i.is_area],
        "areas": [i for i in items if i.is_area],
        "people": people,
        "districts": list(place.districts.all()),
        "home_partnerships": others,
        "worldwide": sorted(worldwide, key=lambda t: (not t[0].in_registry, t[1].country_name, t[1].name)),
        "map": place_map_data(place, home),
    }


def engagement_detail(engagement: Engagement) -> dict:
    attach_evidence([engagement])
    tracks = list(engagement.tracks.prefetch_related("sites__themes", "themes"))
    items = attach_evidence(engagement.cooperation_items.prefetch_related("themes", "parties"))
    return {"tracks": tracks, "site_count": sum(len(t.sites.all()) for t in tracks), "items": items,
            "visiting": list(engagement.visiting.all()), "participants": list(engagement.participants.all())}


def partnership_detail(partnership: Partnership) -> dict:
    attach_evidence([partnership])
    return {
        "sources": source_documents(partnership),
        "engagements": list(partnership.engagements.all()),
        "items": attach_evidence(partnership.cooperation_items.prefetch_related("themes")),
        "proposal": review_proposal_for(partnership) if partnership.needs_review else None,
    }


def review_proposal_for(partnership: Partnership) -> Proposal | None:
    ct = ContentType.objects.get_for_model(Partnership)
    return Proposal.objects.filter(target_type=ct, target_id=partnership.pk, status=ProposalStatus.PENDING).first()


# ---------------------------------------------------------------- documents

def document_summary(document: Document) -> dict:
    run = document.runs.first()
    result = run.result if run else {}
    counts = [(label, len(result.get(key) or [])) for label, key in (
        ("partnerships", "partnerships"), ("engagements", "engagements"), ("cooperation items", "cooperation"),
        ("areas of cooperation", "areas"), ("people", "people"), ("claims", "claims"))]
    by_status = dict(document.proposals.values_list("status").annotate(n=Count("id")))
    return {"run": run, "counts": counts, "warnings": (run.warnings if run else []) or [],
            "proposals": {s: by_status.get(s, 0) for s in ProposalStatus.values},
            "themes": list(document.themes.all()), "claims": list(document.claims.all())}


def review_queue():
    """Pending proposals across documents, grouped by document; ambiguous places / needs_person first."""
    pending = (Proposal.objects.filter(status=ProposalStatus.PENDING).select_related("document")
               .order_by("document_id", "-needs_person", "order", "id"))
    groups: dict[int, dict] = {}
    for p in pending:
        group = groups.setdefault(p.document_id, {"document": p.document, "proposals": []})
        group["proposals"].append(p)
    return sorted(groups.values(), key=lambda g: (-sum(p.needs_person for p in g["proposals"]), -g["document"].pk))
