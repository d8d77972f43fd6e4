"""Visits in Marathi and Amharic: Marathi months and "ते" ranges, names of partner towns with the case endings or the
prepositions written on them ("ओसाकाला", "ከሚላን"), found as the partners the document lists. New text of our own."""

from __future__ import annotations

from intercity.core.extraction.dates import find_dates
from tests.core.extraction.helpers import engagements as _got


def test_marathi_months_and_ranges():
    assert [(d.start, d.end) for d in find_dates("दि. ४ ते ६ मार्च २०२४ रोजी")] == [("2024-03-04", "2024-03-06")]
    assert [(d.start, d.end) for d in find_dates("२८ जुलै ते २ ऑगस्ट २०२४")] == [("2024-07-28", "2024-08-02")]
    assert [(d.start, d.end) for d in find_dates("डिसेंबर २०२४ मध्ये")] == [("2024-12", "2024-12")]


def test_name_forms_with_glued_affixes():
    from intercity.core.extraction.visits import _base_forms

    assert "ओसाका" in _base_forms("ओसाकाला") and "ओसाका" in _base_forms("ओसाकाच्या")
    assert "ሚላን" in _base_forms("ከሚላን") and "ሚላን" in _base_forms("ሚላንን") and "ሚላን" in _base_forms("የሚላን")


AMHARIC = """የእህትማማች ከተሞች

1. ሚላን (ጣሊያን)

2. ቶሮንቶ (ካናዳ)

ከሚላን ከተማ የመጣ ልዑክ ከሚያዝያ 7 እስከ 9 ቀን 2016 ዓ.ም. ጉብኝት አድርጓል።
"""


def test_an_amharic_delegation_from_a_listed_partner(extract_text):
    x = extract_text(AMHARIC, home_key="gn:344979", name="am.txt")
    assert ("incoming", ["Milan"], "Addis Ababa", "2024-04-15", "2024-04-17") in _got(x)


def test_short_abbreviations_of_scripts_without_capitals_end_no_sentence():
    from intercity.core.extraction.text import sentences

    assert len(sentences("शिष्टमंडळ दि. ४ मार्च रोजी आले. नंतर परतले.")) == 2
    assert len(sentences("ልዑኩ በ2016 ዓ.ም. መጣ። ተመለሰ።")) == 2
    assert len(sentences("काम सुरू आहे. पुढील वर्षी पूर्ण होईल.")) == 2  # "आहे." ends its sentence


def test_hindi_and_marathi_gave_is_no_place(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    assert not [m for m in PlaceFinder(gaz).find("शिष्टमंडळाने ओसाकाला भेट दिली.") if m.text == "दिली"]


def test_an_amharic_delegation_to_a_listed_partner(extract_text):
    text = AMHARIC + "\nየአዲስ አበባ ልዑክ ከሰኔ 3 እስከ 5 ቀን 2016 ዓ.ም. ወደ ቶሮንቶ ጉብኝት አድርጓል።\n"
    x = extract_text(text, home_key="gn:344979", name="am.txt")
    assert ("outgoing", ["Addis Ababa"], "Toronto", "2024-06-10", "2024-06-12") in _got(x)


def test_marathi_case_endings_on_place_names(gaz):
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places.inflection import prefix_forms

    assert "जर्मनी" in prefix_forms("जर्मनीचे") and "मुंबई" in prefix_forms("मुंबईतील")
    found = {m.place.key for m in PlaceFinder(gaz).find("जर्मनीचे राजदूत लंडनला गेले.", include_countries=True)
             if m.place is not None}
    assert "cc:DE" in found
