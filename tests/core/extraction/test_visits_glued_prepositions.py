"""Hebrew and Arabic write "in", "to" and "from" onto the name (בדיסלדורף, לברלין, מברמן; بباريس): the
preposition tells the host from the visiting party as a separate word does in other languages."""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got

HAIFA = "gn:294801"


def test_the_mayor_visited_a_partner_written_with_the_preposition_in(extract_text):
    # "In June the mayor visited Düsseldorf, 3-5 June 2025": the home's mayor went (ב = in)
    x = extract_text("ערים תאומות: דיסלדורף, ברמן.\n\nבחודש יוני ביקר ראש העירייה בדיסלדורף, בין 3 ל-5 ביוני 2025.".encode(),
                     home_key=HAIFA, name="faq.txt")
    assert _got(x) == [("outgoing", ["Haifa"], "Düsseldorf", "2025-06-03", "2025-06-05")]


def test_a_delegation_from_a_partner_written_with_the_preposition_from(extract_text):
    # "A delegation from Bremen will visit Haifa, 9-11 November 2025" (מ = from, ב = in)
    x = extract_text("ערים תאומות: דיסלדורף, ברמן.\n\nמשלחת מברמן תבקר בחיפה בין 9 ל-11 בנובמבר 2025.".encode(),
                     home_key=HAIFA, name="faq.txt")
    assert _got(x) == [("incoming", ["Bremen"], "Haifa", "2025-11-09", "2025-11-11")]


def test_the_glued_preposition_is_read_from_the_name_as_written():
    from intercity.core.extraction.mentions import PlaceMention
    from intercity.core.extraction.visits import _glued_preposition
    from intercity.core.places.types import Resolution

    def m(text, base):
        return PlaceMention(text, 0, len(text), Resolution(base, None, 0.0, False, [], "not_found", ""))

    assert _glued_preposition(m("בדיסלדורף", "דיסלדורף")) == "in"
    assert _glued_preposition(m("מברמן", "ברמן")) == "from"
    assert _glued_preposition(m("وبباريس", "باريس")) == "in"
    assert _glued_preposition(m("الرياض", "الرياض")) == ""  # the article is part of the name
    assert _glued_preposition(m("Düsseldorf", "Düsseldorf")) == ""
