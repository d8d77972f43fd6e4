from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.errors import HttpError

from intercity.partnerships.services import partnerships_of
from intercity.places.models import Place
from intercity.workspace.services import home_place

router = Router(tags=["places"])


@router.get("/resolve", summary="Resolve a place name (the `intercity resolve --json` contract)")
def resolve(request, name: str, country: str | None = None):
    from intercity.core.places import load_gazetteer

    gazetteer = load_gazetteer()
    code = None
    if country:
        code = gazetteer.country_code(country)
        if code is None:
            raise HttpError(400, f"unknown country {country!r}")
    return gazetteer.resolve(name, country=code).to_json()


def _partnership_json(p, home):
    other = p.partner_of(home)
    return {"id": p.pk, "kind": p.kind, "status": p.status, "sequence": p.sequence, "since": p.since or None,
            "name_as_written": p.name_as_written, "partner": other.to_json() if other else None,
            "partner_id": other.pk if other else None, "needs_review": other is None, "sources": p.sources}


@router.get("/partners", summary="The home city's partnerships")
def partners(request, kind: str | None = None, country: str | None = None):
    home = home_place()
    if home is None:
        raise HttpError(409, "no home city is set (intercity home NAME)")
    rows = []
    for p in partnerships_of(home):
        if kind and p.kind != kind:
            continue
        other = p.partner_of(home)
        if country and (other is None or other.country_code != country.upper()):
            continue
        rows.append(_partnership_json(p, home))
    return rows


@router.get("/{place_id}/network", summary="A place's partners worldwide: the registry's and imported network data")
def place_network(request, place_id: int):
    from intercity.partnerships.network import network_partners

    place = get_object_or_404(Place, pk=place_id)
    return [{**_partnership_json(p, place), "in_registry": p.in_registry} for p in network_partners(place)]


@router.get("/{place_id}/interests", summary="A place's needs and strengths")
def place_interests(request, place_id: int):
    from intercity.cooperation.models import Interest

    place = get_object_or_404(Place, pk=place_id)
    return [{"id": i.pk, "kind": i.kind, "subject": i.subject, "status": i.status, "sources": i.sources,
             "counterpart": i.counterpart.to_json() if i.counterpart_id else None,
             "themes": [t.slug for t in i.themes.all()]}
            for i in Interest.objects.filter(party=place).select_related("counterpart").prefetch_related("themes")]


@router.get("/{place_id}", summary="One place with its partnerships")
def place_detail(request, place_id: int):
    place = get_object_or_404(Place, pk=place_id)
    return {"id": place.pk, **place.to_json(), "population": place.population,
            "partnerships": [_partnership_json(p, place) for p in partnerships_of(place)]}
