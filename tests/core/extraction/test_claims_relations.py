"""Headlines that count relationships, elided compounds, Luxembourgish and Nynorsk numbers, and the scope of a count
named with two kinds before it or broken down after a colon (text of our own)."""

from __future__ import annotations

from intercity.core.extraction.claims import find_claims
from intercity.core.extraction.kinds import kind_spans


def _found(text):
    return [(c.cities, c.countries, c.scope) for c in find_claims(text)]


def test_relationships_and_partnerships_are_counted_like_cities():
    assert _found("Our borough keeps eight twinning relationships across seven countries.") == [(8, 7, "sister")]
    assert _found("The council holds four partner-city relationships in three countries.") == [(4, 3, "all")]
    assert _found("Wir pflegen neun Partnerschaften in acht Ländern.") == [(9, 8, "all")]


def test_an_elided_german_compound_names_both_kinds():
    assert _found("Die Gemeinde hat 4 Partner- und Freundschaftsstädte in 3 Ländern.") == [(4, 3, "all")]
    assert _found("Es gibt sieben Freundschafts- und Partnerstädte in fünf Ländern.") == [(7, 5, "all")]
    assert _found("Es gibt sieben Freundschaftsstädte in fünf Ländern.") == [(7, 5, "friendship")]


def test_luxembourgish_and_nynorsk_number_words():
    assert _found("D'Gemeng ass mat zwielef Stied an néng Länner verbonnen.") == [(12, 9, "all")]
    assert _found("Kommunen har fire vennskapsbyar i tre land.") == [(4, 3, "sister")]
    assert _found("Byen har sjau vennskapsbyar i sjau land.") == [(7, 7, "sister")]


def test_a_number_word_is_not_a_filler_word():
    assert _found("The town is linked to nine cities in six countries.") == [(9, 6, "all")]


def test_a_kind_word_in_another_sentence_does_not_scope_a_count():
    text = "The town keeps nine cities in six countries. Most twin towns joined in the 1970s."
    assert _found(text) == [(9, 6, "all")]


def test_two_kinds_named_together_right_before_the_count():
    assert _found("友好都市・姉妹都市（4か国6都市）") == [(6, 4, "all")]
    assert _found("Twin towns and friendship cities: 6 cities in 4 countries") == [(6, 4, "all")]


def test_kinds_of_the_breakdown_after_a_colon():
    text = ("Our city keeps nine relationships in seven countries: seven twin towns, the first from 1951, "
            "and two friendship agreements signed later.")
    assert _found(text)[0] == (9, 7, "all")


def test_luxembourgish_friendship_agreement_is_a_kind_word():
    assert [k for _, _, k in kind_spans("Frëndschaftsofkommes")] == ["friendship"]
    assert [k for _, _, k in kind_spans("e Kooperatiounsaccord")] == ["partner"]


WARD_CARDS = ("# 姉妹都市・友好都市（3か国3都市）\n\nパンコウ区（ベルリン）\n\nドイツ\n\n姉妹都市・1995年\n\n"
              "ブルックリン区（ニューヨーク）\n\nアメリカ合衆国\n\n姉妹都市・2001年\n\n杭州市\n\n中国\n\n友好都市・1985年\n")


def test_a_ward_with_its_city_in_brackets_is_the_ward(extract_text):
    x = extract_text(WARD_CARDS, home_key="gn:1863641", name="cards.md")  # Gifu
    assert {(p.kind, p.place.key if p.place else None) for p in x.partnerships} == {
        ("sister", "gn:2855598"), ("sister", "gn:5110302"), ("friendship", "gn:1808926")}  # Pankow, Brooklyn, Hangzhou
    assert [(c.cities, c.countries, c.scope, c.check) for c in x.claims] == [(3, 3, "all", "consistent")]
