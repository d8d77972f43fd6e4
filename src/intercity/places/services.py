"""Places in the registry: created from gazetteer references, never typed by hand."""

from __future__ import annotations

import functools

import pycountry

from intercity.core.places.types import PlaceRef
from intercity.places.models import Place


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_2=code) if code else None
    return getattr(c, "common_name", None) or getattr(c, "name", code or "")


def ref_from_json(data: dict) -> PlaceRef:
    """Inverse of ``PlaceRef.to_json`` (used when a stored proposal is accepted)."""
    return PlaceRef(
        name=data["name"], kind=data["kind"], country_code=data.get("country_code") or "",
        geonameid=data.get("geonameid"), iso_3166_2=data.get("iso_3166_2"),
        lat=data.get("lat"), lon=data.get("lon"), population=data.get("population") or 0,
        name_ko=data.get("name_ko", ""), name_local=data.get("name_local", ""), parent_key=data.get("parent", ""),
        area_id=data.get("area_id", ""),
    )


def place_for(ref: PlaceRef | dict) -> Place:
    """The registry row for a gazetteer reference, created on first use (idempotent)."""
    if isinstance(ref, dict):
        ref = ref_from_json(ref)
    existing = Place.objects.filter(key=ref.key).first()
    if existing:
        return existing
    parent = None
    if ref.kind == "district" and ref.parent_key:
        parent = Place.objects.filter(key=ref.parent_key).first()
        if parent is None:
            from intercity.core.places import load_gazetteer

            parent_ref = load_gazetteer().get(ref.parent_key)
            parent = place_for(parent_ref) if parent_ref else None
    return Place.objects.create(
        key=ref.key, kind=ref.kind, name=ref.name, name_ko=ref.name_ko, name_local=ref.name_local,
        country_code=ref.country_code, geonameid=ref.geonameid, iso_3166_2=ref.iso_3166_2 or "",
        lat=ref.lat, lon=ref.lon, population=ref.population or 0, parent=parent,
    )


class PlaceNotResolved(ValueError):
    """A place name given by a user (e.g. ``--home``) did not resolve to one gazetteer entry."""


def resolve_place_text(text: str) -> Place:
    """``"Busan"`` or ``"Busan, South Korea"`` -> the registry row (created on first use)."""
    from intercity.core.places import load_gazetteer

    name, _, country = text.partition(",")
    gazetteer = load_gazetteer()
    country_code = gazetteer.country_code(country.strip()) if country.strip() else None
    if country.strip() and not country_code:
        raise PlaceNotResolved(f"Unknown country {country.strip()!r} in {text!r}")
    result = gazetteer.resolve(name.strip(), country=country_code)
    if result.ambiguous:
        options = "; ".join(f"{a.name}, {a.country_code}" for a in result.alternatives[:5])
        raise PlaceNotResolved(f"{text!r} is ambiguous ({options}); add the country, e.g. \"{name.strip()}, <country>\"")
    if result.best is None:
        raise PlaceNotResolved(f"No place called {text!r} in the gazetteer")
    return place_for(result.best)
