"""Names the gazetteer writes with a bracket ("Frankfurt (Oder)"), a "since" word inside the country's bracket, and a
remark after an entry's bracket (text of our own)."""

from __future__ import annotations

from tests.core.extraction.helpers import ties

LIST = ("## Our twin towns\n\n"
        "- Frankfurt (Oder) (Germany, since 1991)\n"
        "- Lyon (France, since 1975)\n"
        "- Minsk (Belarus, since 1994) – contacts suspended since 2022\n"
        "- Turin (Italy, since 1980)\n")


def test_since_words_brackets_in_names_and_remarks_in_a_list(extract_text):
    x = extract_text(LIST, home_key="gn:2643743", name="list.md")  # London
    assert {(p.kind, p.place.key if p.place else None) for p in x.partnerships} == {
        ("sister", "gn:2925535"), ("sister", "gn:2996944"), ("sister", "gn:625144"), ("sister", "gn:3165524")}
    assert {p.name_as_written: p.since for p in x.partnerships} == {
        "Frankfurt (Oder)": "1991", "Lyon": "1975", "Minsk": "1994", "Turin": "1980"}


def test_a_bracket_the_gazetteer_writes_is_part_of_the_name_in_prose(extract_text):
    x = extract_text("Our town is twinned with Frankfurt (Oder) and with Lyon.\n", home_key="gn:2643743", name="en.txt")
    assert {(p.kind, p.place.key if p.place else None) for p in x.partnerships} == {
        ("sister", "gn:2925535"), ("sister", "gn:2996944")}


def test_a_kind_after_the_bracket_is_no_remark(extract_text):
    x = extract_text("## Partners\n\n- Lyon (FR) — Sister City\n- Porto (PT) — Partner City\n- Turin (IT) — Sister City\n",
                     home_key="gn:2643743", name="list.md")
    assert ties(x) == {("sister", "Lyon"), ("partner", "Porto"), ("sister", "Turin")}


REGION_TABLE = """## Youth exchange 2026: participating towns and their twin towns

| Council | Twin town | Country | Relationship |
|---|---|---|---|
| Leeds | Dortmund | Germany | twin town |
| Bradford | Roubaix | France | twin town |
| Leeds | Lille | France | twin town |
| York | Münster | Germany | twin town |
"""


def test_rows_of_another_town_of_the_home_country_are_its_ties(extract_text):
    x = extract_text(REGION_TABLE, home_key="gn:2644688", name="youth.md")  # Leeds
    assert ties(x) == {("sister", "Dortmund"), ("sister", "Lille")}


CARDS = ("# Our partner cities — 3 partner cities in 3 countries\n\nLyon\n\nRuritanië\n\nsister city · 1990\n\n"
         "Turin\n\nItaly\n\nsister city · 1995\n\nPorto\n\nPortugal\n\nfriendship city · 2004\n")


def test_an_unknown_country_line_inside_a_card_keeps_the_card_whole(extract_text):
    x = extract_text(CARDS, home_key="gn:2643743", name="cards.md")  # London
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin"), ("friendship", "Porto")}
    assert {p.name_as_written: p.since for p in x.partnerships} == {"Lyon": "1990", "Turin": "1995", "Porto": "2004"}


def test_a_small_town_written_with_its_country_in_a_bracket(extract_text):
    x = extract_text("The council also keeps a cooperation agreement with Kuressaare town (Estonia), signed in 2015.\n",
                     home_key="gn:2643743", name="en.txt")
    assert {(p.kind, p.place.country_code) for p in x.partnerships if p.place is not None} == {("partner", "EE")}
    # not any capitalised word before a bracket
    x = extract_text("The council keeps a cooperation agreement with Lyon (France); Summary (Estonia) attached.\n",
                     home_key="gn:2643743", name="en.txt")
    assert ties(x) == {("partner", "Lyon")}


def test_outline_numbers_are_list_markers():
    from intercity.core.extraction.text import split_marker

    m = split_marker("1.8 Lyon (France, 1961)")
    assert (m.length, m.number) == (4, 8)
    m = split_marker("   2.10. Turin")
    assert m.number == 10 and "   2.10. Turin"[m.length:] == "Turin"
    assert split_marker("10.30 Arrival of the guests").number != 30  # a time
    assert split_marker("1.5 million visitors").number != 5  # a decimal


def test_serbian_and_macedonian_cyrillic_capitals_start_a_name(extract_text):
    x = extract_text("Братски градови: Љубљана (Словенија), Њујорк (САД) и Лион (Француска).\n", home_key="gn:792680",
                     name="sr.txt")  # Belgrade
    keys = {p.place.key for p in x.partnerships if p.place is not None}
    assert {"gn:3196359", "gn:5128581"} <= keys  # Ljubljana, New York City
