"""A visit's party is named as the document lists it among its partners: the county that bears the partner city's
name is that city, and a city visit to a partner province is a visit to the province."""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got


def test_a_county_named_after_its_city_is_the_listed_partner_city(extract_text):
    text = ("Sister cities\n\n- Nairobi, Kenya (1975)\n- Brest, France (1956)\n\n"
            "On 3 October 2024 the Governor of Nairobi City County visited Denver.\n")
    x = extract_text(text.encode(), home_key="gn:5419384", name="report.md")
    assert [(k, [v for v in vis], h) for k, vis, h, _s, _e in _got(x)] == [("incoming", ["Nairobi"], "Denver")]
    assert x.engagements[0].visiting[0].key == "gn:184745"  # the city, as listed, not the county


def test_as_listed_partner_needs_the_region_to_hold_the_city(gaz):
    from intercity.core.extraction.extract import _as_listed_partner
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz, gaz.get("gn:5419384"))
    county, city = gaz.get("iso:KE-30"), gaz.get("gn:184745")
    assert _as_listed_partner(county, [city], finder).key == "gn:184745"
    assert _as_listed_partner(city, [county], finder).key == "iso:KE-30"
    other = gaz.get("gn:2988507")  # Paris: nothing of its name among the partners
    assert _as_listed_partner(other, [city], finder) is other
