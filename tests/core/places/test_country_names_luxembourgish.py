"""Country names in Luxembourgish: the name of Luxembourg itself is the country, as "Luxembourg" is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("written, code", [("Lëtzebuerg", "LU"), ("Däitschland", "DE"), ("Frankräich", "FR"),
                                           ("Belsch", "BE"), ("Éisträich", "AT"), ("Schwäiz", "CH"), ("Spuenien", "ES")])
def test_luxembourgish_country_names(gaz, written, code):
    assert gaz.country_code(written) == code
    r = gaz.resolve(written)
    assert r.best is not None and r.best.kind == "country" and r.best.country_code == code


@pytest.mark.parametrize("written", ["САД", "САЩ"])
def test_the_united_states_in_serbian_macedonian_and_bulgarian(gaz, written):
    assert gaz.country_code(written) == "US"
