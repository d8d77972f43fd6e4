"""Irish: days with their ordinal ("14ú"), words with their initial mutations (thoscaireacht, chuairt), the kinds of
tie, "agus" between the places of a list; a place the gazetteer cannot place alone, placed by the bracket after it
("Cambridge (Massachusetts)"). Small documents of our own."""

from __future__ import annotations

from intercity.core.extraction.dates import find_dates

CORK, CAMBRIDGE_MA, COBURG, SAN_FRANCISCO = "gn:2965140", "gn:4931972", "gn:2939951", "gn:5391959"


def test_irish_and_portuguese_ordinal_days():
    assert [(d.start, d.end) for d in find_dates("ón 3ú go dtí an 6ú Meitheamh 2025")] == [
        ("2025-06-03", "2025-06-06")]
    assert [(d.start, d.end) for d in find_dates("de 1º a 4 de julho de 2025")] == [("2025-07-01", "2025-07-04")]


def test_an_irish_visit_written_with_mutations(extract_text):
    text = ("Cathracha nasctha Chorcaí: Coburg agus San Francisco.\n\n"
            "Chuir an Chomhairle fáilte roimh thoscaireacht ó Coburg ón 3ú go dtí an 6ú Meitheamh 2025.\n\n"
            "Thaistil an tArd-Mhéara go San Francisco ar an 12 Márta 2025.\n")
    x = extract_text(text, home_key=CORK, name="nuacht.txt")
    got = {(e.kind, tuple(v.key for v in e.visiting), e.host.key if e.host else None, e.start, e.end) for e in x.engagements}
    assert ("incoming", (COBURG,), CORK, "2025-06-03", "2025-06-06") in got
    assert ("outgoing", (CORK,), SAN_FRANCISCO, "2025-03-12", "2025-03-12") in got


def test_irish_kinds_and_agus_in_a_list(extract_text):
    text = ("Tá caidreamh cathrach deirfiúr ag Corcaigh le San Francisco (California) agus Cambridge (Massachusetts).\n\n"
            "Shínigh an Chomhairle comhaontú cairdis le Coburg in 2020.\n")
    x = extract_text(text, home_key=CORK, name="ceisteanna.txt")
    ties = {(p.place.key if p.place else None, p.kind) for p in x.partnerships}
    assert (CAMBRIDGE_MA, "sister") in ties and (SAN_FRANCISCO, "sister") in ties
    assert (COBURG, "friendship") in ties


def test_the_country_in_the_bracket_after_a_name_places_it_even_a_small_town_of_several_words(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    f = PlaceFinder(gaz, gaz.get("gn:5389489"))  # Sacramento
    text = ("Flags of our sister cities, left to right: Hamilton (New Zealand, 2014), Liestal (Switzerland, 1989) "
            "and San Juan de Oriente (Nicaragua, 1995).")
    assert [(m.text, m.place.country_code) for m in f.find(text)] == [
        ("Hamilton", "NZ"), ("Liestal", "CH"), ("San Juan de Oriente", "NI")]


def test_maltese_ranges_weekdays_and_elided_prepositions(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    assert [(d.start, d.end) for d in find_dates("mis-16 sat-18 ta' Mejju 2025")] == [("2025-05-16", "2025-05-18")]
    assert [(d.start, d.end) for d in find_dates("Bejn il-Ħamis 11 u l-Ħadd 14 ta' Settembru 2025")] == [
        ("2025-09-11", "2025-09-14")]
    assert [(d.start, d.end) for d in find_dates("Sat 14 June 2025")] == [("2025-06-14", "2025-06-14")]
    f = PlaceFinder(gaz, gaz.get("gn:2562750"))  # Marsaskala
    assert [m.place.key for m in f.find("Il-laqgħa saret f'Sigulda, fil-Latvja.")] == ["gn:455718"]


def test_a_maltese_line_ending_in_an_elided_word_goes_on():
    from intercity.core.documents import read_bytes

    body = ("Il-Viċi Sindku mexxa delegazzjoni uffiċjali tal-Kunsill flimkien ma' grupp ta'\n"
            "15-il żagħżugħ lejn il-kamp tas-sajf.\n")
    assert len(read_bytes(body.encode(), "minuti.txt").blocks) == 1
