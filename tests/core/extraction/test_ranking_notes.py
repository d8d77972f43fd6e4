"""A "Note:" label before a sentence about a suspended tie is not a cooperation item's title (it used to be kept out
only because the gazetteer took the English word "Note" for a place in the Central African Republic, a junk alias the
resolver now ignores: docs/places.md, "The seventh session: ranking and junk aliases")."""

from __future__ import annotations

import pytest

LEEDS = "gn:2644688"


@pytest.mark.parametrize("label", ["Note", "Remark", "N.B.", "Anmerkung"])
def test_an_annotation_label_is_no_cooperation_title(extract_text, label):
    text = ("Our partner cities\n\nLille (France), since 1967\nDortmund (Germany), since 1969\n\n"
            f"{label}: the partnership with Sioux Falls, United States (1994) was suspended by the council in May 2021 "
            "and is not listed above.\n")
    x = extract_text(text, home_key=LEEDS, name="partners.txt")
    assert not any(c.title.rstrip(".").casefold() in ("note", "remark", "n.b", "anmerkung") for c in x.cooperation)
