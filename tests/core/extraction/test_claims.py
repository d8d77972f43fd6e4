"""Headline claims: finding them, and the pure check against a list of (name, country) entries."""

from __future__ import annotations

import pytest

from intercity.core.extraction import check_claim
from intercity.core.extraction.claims import find_claims, number

BUSAN_ALL = [(f"city{i}", cc) for i, cc in enumerate(
    "TW US JP ES BR RU CN ID AU MX VN NZ CL ZA CA TR AE JP US RU KH IN GR MA PH MM CN CN CN JP TH CN JP MN PA CN".split())]


def test_consistent():
    entries = [("a", "KR"), ("b", "JP"), ("c", "JP")]
    assert check_claim(3, 2, entries)[0] == "consistent"
    assert check_claim((3, 2), entries)[0] == "consistent"  # the (numbers, entries) form
    assert check_claim(3, None, entries)[0] == "consistent"


def test_count_mismatch_is_inconsistent():
    check, reason = check_claim(8, 7, [(f"c{i}", f"C{i}") for i in range(7)])
    assert check == "inconsistent" and "7 listed" in reason and "8" in reason


def test_country_mismatch_is_inconsistent():
    assert check_claim(3, 3, [("a", "KR"), ("b", "JP"), ("c", "JP")])[0] == "inconsistent"
    assert check_claim(3, 1, [("a", "KR"), ("b", "JP"), ("c", None)])[0] == "inconsistent"  # already 2 > 1


def test_unresolved_entry_makes_the_country_count_unverified():
    entries = BUSAN_ALL + [("Bandar", None, "ambiguous")]
    assert len(entries) == 37 and len({c for _, c in BUSAN_ALL}) == 26
    check, reason = check_claim(37, 27, entries)
    assert check == "unverified"
    assert reason == "26 of 27 countries confirmed; 'Bandar' is ambiguous"
    # once a reviewer resolves Bandar (Brunei), the same claim is consistent
    resolved = BUSAN_ALL + [("Bandar", "BN")]
    assert check_claim(37, 27, resolved)[0] == "consistent"
    # an unresolved entry that could not close the gap: inconsistent, naming it
    check, reason = check_claim(37, 29, entries)
    assert check == "inconsistent" and "Bandar" in reason
    # two-item entries without a status are "not resolved"
    assert "'X' is not resolved" in check_claim(2, 2, [("a", "KR"), ("X", None)])[1]


def test_nothing_to_check_against():
    assert check_claim(12, 8, [])[0] == "unverified"


@pytest.mark.parametrize("text,cities,countries,scope", [
    ("Busan has Sister/Friendship City relations with 37 cities from 27 countries.", 37, 27, "all"),
    ("Sister Cities (26 cities from 23 countries)", 26, 23, "sister"),
    ("Friendship Cities (11 cities from 6 countries)", 11, 6, "friendship"),
    ("Sister Cities (26)", 26, None, "sister"),
    ("Incheon has 12 sister cities from 8 countries.", 12, 8, "sister"),
    ("that makes twelve twin cities in twelve countries.", 12, 12, "sister"),
    ("■ 자매도시 (6개 도시, 6개국)", 6, 6, "sister"),
    ("■ 우호협력도시 (2개 도시, 2개국)", 2, 2, "friendship"),
    ("부산시는 27개국 37개 도시와 자매·우호도시 관계를 맺고 있다.", 37, 27, "all"),
    ("姉妹都市（6都市・5か国）", 6, 5, "sister"),
    ("横浜市は7か国の7都市と姉妹都市提携を結んでいます。", 7, 7, "sister"),
    ("Hamburg pflegt Städtepartnerschaften mit 9 Städten in 9 Ländern.", 9, 9, "sister"),
    ("Lyon est jumelée avec 9 villes de 8 pays.", 9, 8, "sister"),
    ("Friendship cities (4 cities, 3 countries)", 4, 3, "friendship"),
    ("Nantes est jumelée avec 7 villes dans 7 pays.", 7, 7, "sister"),
    ("Our sister city network spans 14 countries and 18 cities.", 18, 14, "sister"),
    ("대전시는 5개국 4개 도시와 자매결연을 맺고 있다.", 4, 5, "sister"),
])
def test_find(text, cities, countries, scope):
    claims = find_claims(text)
    assert len(claims) == 1, claims
    c = claims[0]
    assert (c.cities, c.countries, c.scope) == (cities, countries, scope)
    assert text[c.start:c.end] == c.text


def test_several_claims_in_one_line_and_subsets():
    found = find_claims("Sister cities: 26 cities in 23 countries · Friendship cities: 11 cities in 6 countries")
    assert [(c.cities, c.countries, c.scope) for c in found] == [(26, 23, "sister"), (11, 6, "friendship")]
    found = find_claims("神戸市は6つの姉妹都市、1つの友好都市、1つの親善協力都市と交流を続けています。")
    assert [(c.cities, c.scope) for c in found] == [(6, "sister"), (1, "friendship"), (1, "partner")]
    # a subset is not a headline
    assert find_claims("*Five Continents (with a focus on 25 sister/friendship cities)") == []
    assert find_claims("Busan is testing 26 services") == []


def test_number_words():
    assert number("twelve") == 12 and number("thirty-seven") == 37 and number("37") == 37 and number("many") is None


def test_headlines_in_more_languages_and_number_words():
    from intercity.core.extraction.claims import find_claims

    got = {t: [(c.cities, c.countries) for c in find_claims(t)] for t in [
        "Trieste ha rapporti ufficiali con sette città di cinque paesi.",
        "Utrecht onderhoudt banden met 9 steden in 7 landen.",
        "Recife mantém relações com dez cidades de oito países.",
        "Valencia está hermanada con cuatro ciudades de tres países.",
        "本市已與5個國家、7個城市締結為姊妹市",
    ]}
    assert list(got.values()) == [[(7, 5)], [(9, 7)], [(10, 8)], [(4, 3)], [(7, 5)]]


def test_kinds_listed_after_a_headline_make_it_count_all_kinds():
    from intercity.core.extraction.claims import find_claims

    (c,) = find_claims("Utrecht onderhoudt banden met 9 steden in 7 landen: zustersteden, vriendschapsbanden en samenwerkingsovereenkomsten.")
    assert c.scope == "all"
