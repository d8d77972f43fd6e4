"""The seventh session's ranking rules (docs/places.md, "The seventh session: ranking and junk aliases"):
everyday words that only some place's alternate names record are not that place; a city only also called by a
spelling of its own name competes with the name's small bearers by prominence; a bare name in Hangul or Japanese
with its administrative word prefers its own country."""

from __future__ import annotations

import pytest

from intercity.core.places import ResolveContext
from intercity.core.places.resolver import _everyday_words


# 1. junk aliases ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Stop", "Rest", "Soul", "Pain", "Turn", "Merci", "Klar"])
def test_everyday_word_that_is_only_an_alias_is_not_that_place(gaz, word):
    r = gaz.resolve(word)
    assert r.best is None or r.best.population < 50_000 or r.best.name.casefold() == word.casefold(), r


def test_the_class_is_told_by_word_frequency():
    words = _everyday_words()
    assert "rest" in words and "merci" in words
    assert "wenen" not in words and "lowen" not in words and "kyiv" not in words


@pytest.mark.parametrize("name, cc", [("Bonn", "DE"), ("Nice", "FR"), ("Split", "HR"), ("Ulm", "DE"),
                                      ("Graz", "AT"), ("Baku", "AZ"), ("Rome", "IT"), ("Oslo", "NO"),
                                      ("Wenen", "AT"), ("Fiume", "HR"), ("Chine", "CN")])
def test_real_short_names_and_exonyms_are_kept(gaz, name, cc):
    r = gaz.resolve(name)
    assert r.best is not None and r.best.country_code == cc, r


def test_an_abbreviation_written_in_capitals_is_deliberate(gaz):
    r = gaz.resolve("NYC")
    assert r.best is not None and r.best.country_code == "US"


def test_an_alias_in_the_country_given_is_still_a_fair_answer(gaz):
    r = gaz.resolve("Rest", "Iran")
    assert r.best is not None and r.best.country_code == "IR", r


# 2. a respelt name of a far bigger city ----------------------------------------------------------------------

def test_a_far_bigger_city_called_by_a_spelling_of_its_name_wins_alone(gaz):
    r = gaz.resolve("Frankfort")
    assert r.best is not None and r.best.country_code == "DE", r


def test_the_country_given_still_decides(gaz):
    r = gaz.resolve("Frankfort", "United States")
    assert r.best is not None and r.best.country_code == "US", r


def test_in_one_country_the_respelt_name_is_the_local_namesakes(gaz):
    r = gaz.resolve("Pittsburg")
    assert r.best is not None and r.best.name == "Pittsburg", r


def test_an_alias_that_is_no_spelling_keeps_the_old_rule(gaz):
    r = gaz.resolve("Victoria")
    assert r.best is not None and r.best.country_code == "AU", r


# 3. the home country of a name in its own script -------------------------------------------------------------

def test_hangul_with_si_prefers_korea(gaz):
    r = gaz.resolve("안양시")
    assert r.best is not None and r.best.country_code == "KR", r


def test_hangul_without_the_suffix_is_unchanged(gaz):
    r = gaz.resolve("안양")
    assert r.best is not None and r.best.country_code == "CN", r


def test_the_document_country_overrides_the_script(gaz):
    r = gaz.resolve("안양시", context=ResolveContext(countries=["CN"]))
    assert r.best is not None and r.best.country_code == "CN", r


def test_chinese_characters_with_shi_alone_are_not_japanese(gaz):
    r = gaz.resolve("安阳市")
    assert r.best is not None and r.best.country_code == "CN", r
