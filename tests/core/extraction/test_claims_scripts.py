"""Headlines in Cyrillic Serbian and Macedonian, Hebrew and Persian, a total row written in one table cell, and a count
naming no kind over ties of several kinds (text of our own)."""

from __future__ import annotations

from intercity.core.extraction.claims import find_claims


def _found(text):
    return [(c.cities, c.countries) for c in find_claims(text)]


def test_serbian_and_macedonian_cyrillic():
    assert _found("Крагујевац има седам братских градова у шест земаља.") == [(7, 6)]
    assert _found("Битола има 9 збратимени градови од 8 земји.") == [(9, 8)]


def test_hebrew_with_the_preposition_on_the_number():
    assert _found("לעירייה 8 ערים תאומות ב-6 מדינות.") == [(8, 6)]


def test_persian_digits_and_words():
    assert _found("شیراز با ۹ شهر از ۷ کشور پیوند دارد") == [(9, 7)]


def test_dutch_partner_town_compound():
    assert _found("Brugge heeft 7 partnersteden in 6 landen.") == [(7, 6)]


TABLE = ("<html><body><h2>Sõpruslinnad</h2><table>"
         "<tr><th>Linn</th><th>Riik</th><th>Staatus</th></tr>"
         "<tr><td>Lyon</td><td>Prantsusmaa</td><td>sõpruslinn</td></tr>"
         "<tr><td>Turin</td><td>Itaalia</td><td>sõpruslinn</td></tr>"
         "<tr><td>Porto</td><td>Portugal</td><td>partnerlinn</td></tr>"
         "<tr><td colspan='3'>Kokku: 3 linna 3 riigist</td></tr>"
         "</table></body></html>")


def test_a_total_row_in_one_cell_and_a_count_naming_no_kind(extract_text):
    x = extract_text(TABLE, home_key="gn:588335", name="t.html")  # Tartu
    assert {(p.kind, p.place.name) for p in x.partnerships} == {
        ("sister", "Lyon"), ("sister", "Turin"), ("partner", "Porto")}
    assert [(c.cities, c.countries, c.scope, c.check) for c in x.claims] == [(3, 3, "all", "consistent")]


REGIONS = ("Our sister cities in five countries:\n\n- Lyon, France - sister city since 1975\n- Turin, Italy - sister city since 1980\n"
           "- Osaka, Japan - sister city since 1990\n\nBy region:\n\n- Europe (2): Lyon, Turin\n- Asia (2): Osaka\n")


def test_counts_per_region_written_inline_are_claims(extract_text):
    x = extract_text(REGIONS, home_key="gn:2643743", name="r.md")  # London
    got = {(c.scope, c.cities, c.check) for c in x.claims if c.scope.startswith("region:")}
    assert got == {("region:europe", 2, "consistent"), ("region:asia", 2, "inconsistent")}
