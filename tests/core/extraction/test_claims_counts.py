"""Headline counts in more shapes (counts per kind, emphasis, Polish, numbers 13-20, scope), on text of our own."""

from __future__ import annotations

from intercity.core.extraction.claims import find_claims


def _found(text):
    return [(c.cities, c.countries, c.scope) for c in find_claims(text)]


def test_markdown_emphasis_does_not_hide_a_claim():
    assert _found("* **7 sister cities** in 6 countries") == [(7, 6, "sister")]
    assert _found("- __2 friendship cities__: Tromsø and Graz") == [(2, None, "friendship")]
    assert [c.text for c in find_claims("* **7 sister cities** in 6 countries")] == ["7 sister cities in 6 countries"]


def test_a_count_right_before_the_kind_noun():
    assert _found("La rete conta 4 gemellaggi e 3 patti di amicizia.") == [(4, None, "sister"), (3, None, "friendship")]
    assert _found("Dazu kommen drei Projektpartnerschaften.") == [(3, None, "partner")]
    # counts of other things, years and section numbers are not claims
    assert _found("We ran 3 sister city exchanges in 2024.") == []
    assert _found("Since 1988 sister city ties bind the two ports.") == []
    assert _found("２\u3000姉妹都市・友好都市の状況") == []


def test_a_bare_count_right_after_the_kind_word():
    assert _found("(자매도시 4, 우호도시 2)") == [(4, None, "sister"), (2, None, "friendship")]
    assert _found("Sister cities: 5; friendship cities: 1") == [(5, None, "sister"), (1, None, "friendship")]


def test_polish_and_numbers_thirteen_to_twenty():
    assert _found("Miasto utrzymuje kontakty z 9 miastami partnerskimi z 8 krajów.") == [(9, 8, "sister")]
    assert _found("Valencia está hermanada con catorce ciudades de trece países.") == [(14, 13, "sister")]
    assert _found("Nantes est jumelée avec dix-sept villes de seize pays.") == [(17, 16, "sister")]


def test_chinese_country_count_without_jia_and_a_relation_in_the_verb():
    assert _found("本市已與4國7個城市締結姊妹市，並與3個城市建立友好交流關係。") == [(7, 4, "sister"), (3, None, "friendship")]


def test_scope_of_every_kind():
    # the English umbrella word
    assert _found("Da Nang works with 8 partner cities in 6 countries.") == [(8, 6, "all")]
    # two kinds in the clause after the count, or in an "of which" clause
    assert _found("本市已与9个国家的12个城市建立友好城市或友好交流城市关系。")[0] == (12, 9, "all")
    assert _found("本市共与9个国家的12个城市建立友好关系，其中友好城市8个、友好交流城市4个。")[0] == (12, 9, "all")
    # a second kind in a new clause is not the count's
    assert _found("本市已与9个国家的12个城市建立友好城市关系，并与两个城市建立友好交流城市关系。")[0] == (12, 9, "sister")


def test_counts_per_region_written_inline_with_their_cities():
    from intercity.core.extraction.claims import check_claim, find_region_counts

    text = ("Our partners by region:\n"
            "- Europe (2): Lyon, Hamburg\n"
            "- Asia (3): Kobe, Da Nang\n"
            "- Latin America (1): Valparaíso\n")
    got = [(c.scope, c.cities, names) for c, names in find_region_counts(text)]
    assert got == [("region:europe", 2, ["Lyon", "Hamburg"]), ("region:asia", 3, ["Kobe", "Da Nang"]),
                   ("region:latin-america", 1, ["Valparaíso"])]
    checks = [check_claim(c.cities, None, [(n, None) for n in names])[0] for c, names in find_region_counts(text)]
    assert checks == ["consistent", "inconsistent", "consistent"]
    assert find_region_counts("Asia is our focus (3): see below") == []
