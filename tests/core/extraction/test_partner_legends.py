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
