"""The layout-independent fallback partner detector (fallback.py) on small documents of our own, in
layouts no structured reader was written for. The fallback is called alone (no reader has taken any
block), so these tests measure it, not the readers."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def fallback(gaz, read):
    from intercity.core.extraction.fallback import fallback_partnerships
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.extraction.text import DocIndex

    def _run(text: str, home_key: str | None = None, name: str = "doc.txt"):
        doc = read(text, name)
        home = gaz.get(home_key) if home_key else None
        finder = PlaceFinder(gaz, home)
        return fallback_partnerships(doc, DocIndex(doc), finder, home, set(), set())

    return _run


def _ties(facts) -> set[tuple[str, str]]:
    return {(f.kind, f.place.name) for f in facts}


def _names(facts) -> set[str]:
    return {f.name_as_written for f in facts}


SLASHES = ("Newsletter of the international office\n\n"
           "Our twin towns\n\n"
           "Lyon (France) / Turin (Italy) / Kraków (Poland) / Birmingham (United Kingdom)\n\n"
           "Contact: international@example.org\n")


def test_a_paragraph_of_names_separated_by_slashes(fallback):
    facts = fallback(SLASHES, home_key="gn:2925533")  # Frankfurt
    assert _names(facts) == {"Lyon", "Turin", "Kraków", "Birmingham"}
    assert {f.kind for f in facts} == {"sister"}
    assert {f.country_as_written for f in facts} == {"FR", "IT", "PL", "GB"}


TWO_ROWS = """<html><body><h2>Partner cities</h2>
<table><tr><td>Osaka</td><td>Melbourne</td><td>Chicago</td><td>Hamburg</td></tr>
<tr><td>1988</td><td>1992</td><td>2001</td><td>2010</td></tr></table></body></html>"""


def test_a_two_row_table_with_cities_as_columns(fallback):
    facts = fallback(TWO_ROWS, home_key="gn:1838524", name="t.html")  # Busan
    assert _names(facts) == {"Osaka", "Melbourne", "Chicago", "Hamburg"}
    assert {f.kind for f in facts} == {"partner"}


MAP = ("Städtepartnerschaften\n\n"
       "Tallinn\n\nSeattle\n\nAthens\n\nBarcelona\n\nDublin\n")


def test_a_map_of_labels_in_any_order(fallback):
    facts = fallback(MAP, home_key="gn:2643743")  # London
    assert {"Tallinn", "Seattle", "Barcelona", "Dublin"} <= _names(facts)
    assert {f.kind for f in facts} == {"sister"}


SWEDISH = ("Stadens vänorter\n\n"
           "Tampere, Finland\n\nTrondheim, Norway\n\nAarhus, Denmark\n\nReykjavik, Iceland\n")


def test_a_list_under_a_kind_word_in_another_language(fallback):
    facts = fallback(SWEDISH, home_key="gn:2673730")  # Stockholm
    assert _names(facts) == {"Tampere", "Trondheim", "Aarhus", "Reykjavik"}
    assert {f.kind for f in facts} == {"sister"}


JAPANESE = ("友好都市一覧\n\n上海、天津、大連、青島\n")


def test_an_enumeration_with_ideographic_commas(fallback):
    facts = fallback(JAPANESE, home_key="gn:1850147")  # Tokyo
    assert {f.place.country_code for f in facts} == {"CN"} and len(facts) == 4
    assert {f.kind for f in facts} == {"friendship"}


NUMBERED_YEARS = ("Hermanamientos vigentes\n\n"
                  "1) Bordeaux — Francia, 1984\n\n2) Porto — Portugal, 1991\n\n3) Napoli — Italia, 2003\n")


def test_numbers_and_years_are_kept(fallback):
    facts = fallback(NUMBERED_YEARS, home_key="gn:3128760")  # Barcelona
    by = {f.name_as_written: f for f in facts}
    assert set(by) == {"Bordeaux", "Porto", "Napoli"}
    assert (by["Porto"].sequence, by["Porto"].since) == (2, "1991")


def test_no_kind_word_no_partners(fallback):
    assert fallback("Offices\n\nLyon, France\n\nTurin, Italy\n\nKraków, Poland\n") == []


def test_two_places_are_not_a_run(fallback):
    assert fallback("Twin towns\n\nLyon, France\n\nTurin, Italy\n") == []


def test_a_section_about_visits_is_skipped(fallback):
    text = ("Sister cities\n\nWe value our ties.\n\nVisits in 2024:\n\n"
            "Lyon, France\n\nTurin, Italy\n\nKraków, Poland\n")
    assert fallback(text) == []


def test_the_home_city_and_its_country_are_not_partners(fallback):
    text = "Partner cities\n\nFrankfurt, Germany\n\nLyon, France\n\nTurin, Italy\n\nKraków, Poland\n"
    facts = fallback(text, home_key="gn:2925533")  # Frankfurt
    assert "Frankfurt" not in _names(facts) and _names(facts) == {"Lyon", "Turin", "Kraków"}


HEADED = ("International relations\n\n"
          "Our town is twinned with 4 cities and has cooperation agreements with other cities.\n\n"
          "Lyon (France)\n\nTurin (Italy)\n\nKraków (Poland)\n\nBirmingham (United Kingdom)\n")


def test_the_kind_of_a_sentence_naming_several_kinds_is_the_one_a_count_stands_next_to(fallback):
    facts = fallback(HEADED, home_key="gn:2925533")  # Frankfurt
    assert {k for k, _ in _ties(facts)} == {"sister"}
    assert {"Lyon", "Turin", "Kraków", "Birmingham"} <= _names(facts)


def test_the_heading_decides_between_the_kinds_of_the_sentence_under_it(fallback):
    text = ("Twin towns\n\nWe keep twin towns and cooperation agreements with cities abroad.\n\n"
            "Lyon (France)\n\nTurin (Italy)\n\nKraków (Poland)\n")
    assert {k for k, _ in _ties(fallback(text, home_key="gn:2925533"))} == {"sister"}


def test_items_separated_only_by_brackets_and_years(fallback):
    text = ("Twin towns\n\n"
            "Birmingham (United Kingdom), 1951 Lyon (France), 1960 Turin (Italy), 1966 Kraków (Poland)\n")
    facts = fallback(text, home_key="gn:2925533")
    assert {"Birmingham", "Lyon", "Turin", "Kraków"} <= _names(facts)
    assert {f.name_as_written: f.since for f in facts}.get("Birmingham") in (1951, "1951")


CARDS_KIND_AFTER = ("<html><body><h1>Our city abroad</h1>"
                    "<p>The city keeps ties with towns on four continents, as sister cities and as friendship cities.</p>"
                    "<div class='card'><p>Tampere</p><p>Finland · sister city since 1988</p></div>"
                    "<div class='card'><p>Trondheim</p><p>Norway · sister city since 1990</p></div>"
                    "<div class='card'><p>Aarhus</p><p>Denmark · friendship city since 2004</p></div>"
                    "<div class='card'><p>Gothenburg</p><p>Sweden · sister city since 2011</p></div></body></html>")


def test_cards_whose_kind_line_follows_the_name(fallback):
    facts = fallback(CARDS_KIND_AFTER, home_key="gn:2673730", name="c.html")  # Stockholm
    assert _ties(facts) == {("sister", "Tampere"), ("sister", "Trondheim"), ("friendship", "Århus"),
                            ("sister", "Gothenburg")}


LETTERED = ("Resolution of the council\n\n"
            "WHEREAS the city is twinned with:\n"
            "  a) Lyon (France), dal 1958;\n"
            "  b) Turin (Italy), dal 1960;\n"
            "  c) Kraków (Poland), dal 1972;\n"
            "whereas the city has signed friendship pacts with:\n"
            "  a) Tampere (Finland), dal 1980;\n"
            "  b) Aarhus (Denmark), dal 1985;\n"
            "  c) Trondheim (Norway), dal 1991;\n")


def test_lettered_items_with_a_year_after_a_comma(fallback):
    facts = fallback(LETTERED, home_key="gn:2925533")  # Frankfurt
    assert _ties(facts) == {("sister", "Lyon"), ("sister", "Turin"), ("sister", "Kraków"),
                            ("friendship", "Tampere"), ("friendship", "Århus"), ("friendship", "Trondheim")}
    assert {f.since for f in facts if f.name_as_written == "Lyon"} == {"1958"}


LIST_THEN_HEADING = ("Sister cities:\n\nLyon, France\n\nTurin, Italy\n\nKraków, Poland\n\n"
                     "■ Friendship cities (3 cities)\n\nTampere, Finland\n\nAarhus, Denmark\n\nTrondheim, Norway\n")


def test_a_kind_line_after_a_list_is_the_next_list_s_heading_not_a_card_label(fallback):
    facts = fallback(LIST_THEN_HEADING, home_key="gn:2925533")  # Frankfurt
    assert ("sister", "Kraków") in _ties(facts) and ("friendship", "Tampere") in _ties(facts)
    assert ("friendship", "Kraków") not in _ties(facts)


def test_the_region_that_holds_the_home_city_is_told_by_the_gazetteer(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    suwon = gaz.resolve("Suwon", "KR").best
    finder = PlaceFinder(gaz, suwon)
    gyeonggi, busan_region = gaz.get("iso:KR-41"), gaz.get("iso:KR-26")
    assert finder.holds(gyeonggi, suwon) is True and finder.holds(busan_region, suwon) is False
    assert finder.around_home(gyeonggi) and finder.around_home(gaz.get("cc:KR"))
    assert not finder.around_home(busan_region)  # another region of the country may be a partner
    assert finder.around_home(busan_region, any_region=True)  # but is only context in a visit
    assert not finder.around_home(gaz.get("iso:JP-13"), any_region=True)


DL_CARDS = ("<html><body><h1>Our city abroad</h1>"
            "<p>The city keeps ties with towns on four continents, as sister cities and as friendship cities.</p>"
            "<dl><dt>Tampere</dt><dd>Finland · sister city since 1988</dd>"
            "<dt>Aarhus</dt><dd>Denmark · friendship city since 2004</dd>"
            "<dt>Toledo</dt><dd>Ohio, USA · sister city since 1990</dd></dl></body></html>")


def test_definition_list_cards_are_read_term_with_description(gaz, read):
    """The HTML reader keeps a <dt> with its <dd> ("Toledo: Ohio, USA · sister city …"): the item's own kind
    word labels it, and the state after the colon only locates the city."""
    from intercity.core.extraction import extract

    doc = read(DL_CARDS, "dl.html")
    facts = extract(doc, gaz, gaz.get("gn:2673730")).partnerships  # Stockholm
    assert {(f.kind, f.place.name) for f in facts} == {("sister", "Tampere"), ("friendship", "Århus"), ("sister", "Toledo")}
