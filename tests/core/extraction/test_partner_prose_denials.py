"""Ties in running text that the sentence denies, a letter's addressee, and a place before a kind word that names its
own partner after it (text of our own)."""

from __future__ import annotations

from tests.core.extraction.helpers import ties


def test_a_negated_kind_word_gives_no_tie(extract_text):
    x = extract_text("Note: Bergen and Stavanger are neighbours and not sister cities of ours, though they join the fair.\n"
                     "Our sister cities are Lyon and Turin.\n", name="en.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin")}
    x = extract_text("Merknad: Molde og Sula er nabokommunar og ikkje vennskapsbyar.\nVennskapsbyane våre er Lyon og Turin.\n",
                     name="nn.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin")}
    x = extract_text("Bremen und Kassel sind keine Partnerstädte, aber gute Nachbarn. Partnerstädte sind Lyon und Turin.\n",
                     name="de.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin")}


def test_a_denial_in_brackets_over_a_wrapped_line(extract_text):
    text = ("Confirmo: são oito cidades-irmãs, não nove (Joinville e Natal entraram na lista\n"
            "por engano: não são cidades-irmãs nossas). As cidades-irmãs são Lyon e Turim.\n")
    x = extract_text(text, name="pt.txt")
    assert ("sister", "Joinville") not in ties(x) and ("sister", "Natal") not in ties(x)


def test_the_addressee_of_a_letter_is_no_place(extract_text):
    x = extract_text("Prezada Marina, seguem as cidades-irmãs: Lyon e Turim.\n", name="pt.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin")}
    x = extract_text("Dear Victoria, our sister cities are Lyon and Turin.\n", name="en.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin")}


def test_a_place_before_a_kind_word_that_names_its_partner(extract_text):
    x = extract_text("In May the mayor met the French consul in Marseille to plan the anniversary of the friendship "
                     "agreement with Nagoya.\n", name="en.txt")
    assert ties(x) == {("friendship", "Nagoya")}
    # a place after the kind word's own partner continues it
    x = extract_text("The city signed a cooperation agreement with Lyon and with Turin.\n", name="en.txt")
    assert ties(x) == {("partner", "Lyon"), ("partner", "Turin")}


def test_not_only_denies_nothing(extract_text):
    x = extract_text("Lyon and Turin are not only sister cities but also close trading partners.\n", name="en.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin")}


def test_the_closing_of_a_letter_is_no_place():
    from intercity.core.extraction.partner_model import _denied_everywhere
    from intercity.core.extraction.partners import CLOSING

    assert CLOSING.match("Best,") and CLOSING.match("Best regards,") and CLOSING.match("Abraços,")
    assert not CLOSING.match("Best is our sister city since 1990.")

    class _Doc:
        text = "Thanks for the visit to our sister cities.\n\nBest,\nAnna\n\nÜdvözlettel / Best regards,\nPéter"
        attachments = []

    class _M:
        def __init__(self, start):
            self.part, self.start, self.end = None, start, start + 4

    starts = [i for i in range(len(_Doc.text)) if _Doc.text.startswith("Best", i)]
    assert _denied_everywhere(_Doc, [_M(s) for s in starts])
    assert not _denied_everywhere(_Doc, [_M(_Doc.text.find("sister"))])


def test_a_sea_is_no_partner(extract_text):
    x = extract_text("La ciudad tiene 3 ciudades hermanas (Lyon, Turín y Oporto) y coopera con puertos del Pacífico y "
                     "del Atlántico.\n", name="es.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Turin"), ("sister", "Porto")}
