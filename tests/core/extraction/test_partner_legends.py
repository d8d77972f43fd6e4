"""Partner entries whose kind is only a symbol explained by a legend ("★ – sister city"), and an Ethiopic-script
list of partners placed by their country. New text of our own."""

from __future__ import annotations

from tests.core.extraction.helpers import ties as _ties


def test_a_legend_maps_symbols_to_kinds():
    from intercity.core.extraction.layouts import legend

    assert legend("★ – sister city  ◆ – friendship city  ● – cooperation agreement") == {
        "★": "sister", "◆": "friendship", "●": "partner"}
    assert legend("Key: ☆ = twin town") == {"☆": "sister"}
    assert legend("★ – partner cities of the region, listed by the year of their first contact with us, "
                  "and other notes") == {}  # a sentence, not a key
    assert legend("We signed ★ – a great day") == {}
    assert legend("Tampere ★ 1998") == {}


DECK = """# Our partner cities

☆ – twin town   ♦ – friendship city   ● – memorandum of understanding

## FRANCE
☆ Lyon
♦ Nantes

## ITALY
● Turin
☆ Bologna
"""


def test_entries_take_the_kind_of_their_symbol(extract_text):
    x = extract_text(DECK, name="deck.md")
    assert _ties(x) == {("sister", "Lyon"), ("friendship", "Nantes"), ("partner", "Turin"), ("sister", "Bologna")}


def test_without_a_legend_the_symbol_is_only_a_bullet(extract_text):
    x = extract_text(DECK.replace("☆ – twin town   ♦ – friendship city   ● – memorandum of understanding", ""),
                     name="deck.md")
    assert {k for k, _ in _ties(x)} == {"partner"}  # the heading's "partner cities"


FACT_SHEETS = """<html><body><h1>Sister and friendship cities: fact sheets</h1>
<h2>1. Tampere (Finland)</h2>
<table><tr><td>Type of tie</td><td>Friendship city</td></tr><tr><td>Since</td><td>1998</td></tr>
<tr><td>Current project and status</td><td>Harbour data exchange — ongoing</td></tr></table>
<h2>2. Lyon (France)</h2>
<table><tr><td>Type of tie</td><td>Sister city</td></tr><tr><td>Since</td><td>1981</td></tr></table>
<h2>3. Turin (Italy)</h2>
<table><tr><td>Type of tie</td><td>Memorandum of understanding</td></tr><tr><td>Since</td><td>2015</td></tr>
<tr><td>Project</td><td>Tram depot workshop</td></tr><tr><td>Status</td><td>completed</td></tr></table>
</body></html>"""


def test_one_fact_sheet_per_partner_gives_each_its_kind(extract_text):
    x = extract_text(FACT_SHEETS, name="sheets.html")
    assert _ties(x) == {("friendship", "Tampere"), ("sister", "Lyon"), ("partner", "Turin")}
    assert {(c.title, c.status) for c in x.cooperation} == {("Harbour data exchange", "in_progress"),
                                                             ("Tram depot workshop", "completed")}


def test_initials_after_a_name_are_not_romanised():
    from intercity.core.places.phonetic import romanise

    assert romanise("ዋሽንግተን ዲ.ሲ.") == romanise("ዋሽንግተን") == romanise("ዋሽንግተን ዲ.ሲ")


def test_counts_written_with_the_countries_first():
    from intercity.core.extraction.claims import find_claims

    def nums(t):
        return [(c.cities, c.countries) for c in find_claims(t)]

    assert nums("Жалпысынан: 4 өлкөдөгү 6 шаар") == [(6, 4)]
    assert nums("ከተማችን በ5 ሀገራት ከሚገኙ 7 ከተሞች ጋር ግንኙነት አላት።") == [(7, 5)]
    assert nums("शहराचे सध्या पाच देशांतील सात शहरांशी संबंध आहेत") == [(7, 5)]


def test_another_towns_ties_are_not_ours(extract_text):
    text = ("Our sister cities: Lyon, Turin.\n\n"
            "Naples's sister cities (Kyoto, Valencia) are not on this list; Naples keeps them itself.\n")
    x = extract_text(text, home_key="gn:3176959", name="t.txt")  # Florence
    assert {name for _, name in _ties(x)} >= {"Lyon", "Turin"}
    assert not {name for _, name in _ties(x)} & {"Kyoto", "Valencia"}


def test_numbered_sub_sections_around_a_list_are_no_entries(extract_text):
    from docx import Document
    import io

    d = Document()
    d.add_heading("Sister cities and exchanges", level=2)
    d.add_heading("2.1 Overview", level=3)
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("City", "Country", "Type"), ("Lyon", "France", "sister city"), ("Turin", "Italy", "sister city")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_heading("2.2 Recent exchanges", level=3)
    d.add_paragraph("Nothing to report.")
    buf = io.BytesIO()
    d.save(buf)
    x = extract_text(buf.getvalue(), name="s.docx")
    assert {name for _, name in _ties(x)} == {"Lyon", "Turin"}
