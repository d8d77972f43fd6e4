"""Headline claims in the wording of the dev documents 71-80, on text of our own."""

from __future__ import annotations

from intercity.core.extraction.claims import find_claims


def _found(text):
    return [(c.cities, c.countries) for c in find_claims(text)]


def test_russian_and_turkish_headlines():
    assert _found("Город поддерживает связи с 12 городами-побратимами в 10 странах.") == [(12, 10)]
    assert _found("Kentimizin 9 ülkeden 11 kardeş şehri vardır.") == [(11, 9)]


def test_a_count_after_the_kind_word_and_a_possessive_count():
    assert _found("其中友好交流城市5个。") == [(5, None)]
    assert _found("Our council values Tacoma's three sister cities — Kitakyushu, Cebu and Kiryat Motzkin.") == [(3, None)]
    assert _found("5か国・地域の7都市と提携") == [(7, 5)]
    assert _found("The city keeps nine twinning and friendship links in four countries.") == [(9, 4)]
    # a count of other things is not a claim
    assert _found("其中5个国家") == []
