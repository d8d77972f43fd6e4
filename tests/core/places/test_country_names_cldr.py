"""Country names from CLDR (Babel) beside iso-codes': the everyday names of some 85 languages, Maltese ones with their
article written on or off, and no short name that is a town ("Séc", Vietnamese for Czechia, is Seč)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("written,code", [
    ("l-Awstrija", "AT"), ("Awstrija", "AT"), ("is-Slovakkja", "SK"), ("l-Olanda", "NL"), ("l-Ingilterra", "GB"),
    ("an Danmhairg", "DK"), ("Uholanzi", "NL"),
])
def test_everyday_country_names(gaz, written, code):
    assert gaz.country_code(written) == code


def test_a_short_country_name_of_another_language_is_not_taken_for_a_town(gaz):
    r = gaz.resolve("Seč", "CZ")
    assert r.best is not None and r.best.kind == "city"
