"""Partner lists in layouts beyond numbered lines: cards with a kind badge, enumerations inside a
sentence, wrapped e-mail lines, kinds written after an entry, tables with a title row and a kind
column written once, fixed-width and side-by-side text. New text of our own, real readers, the real
gazetteer."""

from __future__ import annotations

import io

from tests.core.extraction.helpers import ties as _ties


CARDS = """<html><body><main>
<h1>Unsere Partnerstädte</h1>
<div class="card"><p>Städtepartnerschaft</p><h3>Tartu</h3><p>Estland</p><p>seit 1994</p><p>Mehr erfahren</p></div>
<div class="card"><p>Städtepartnerschaft</p><h3>Lahti</h3><p>Finnland</p><p>seit 1990</p><p>Mehr erfahren</p></div>
<div class="card"><p>Projektpartnerschaft</p><h3>Granada / Masaya</h3><p>Nicaragua</p><p>seit 2001</p><p>Mehr erfahren</p></div>
</main></body></html>"""


def test_cards_with_a_kind_badge_country_and_year_lines_and_two_cities_on_a_card(extract_text):
    x = extract_text(CARDS, home_key="gn:2911298", name="cards.html")  # Hamburg
    assert _ties(x) == {("sister", "Tartu"), ("sister", "Lahti"), ("partner", "Granada"), ("partner", "Masaya")}
    granada = next(p for p in x.partnerships if p.name_as_written == "Granada")
    assert granada.place.country_code == "NI"


def test_enumerations_in_a_sentence_take_the_kind_word_that_governs_them(extract_text):
    text = ("Nantes est jumelée avec Cardiff, Seattle et Tübingen, et conduit des accords de coopération avec "
            "Agadir et Qingdao.\n")
    x = extract_text(text, home_key="gn:2990969")  # Nantes
    assert _ties(x) == {("sister", "Cardiff"), ("sister", "Seattle"), ("sister", "Tübingen"),
                        ("partner", "Agadir"), ("partner", "Qingdao")}


def test_a_kind_word_after_the_enumeration_and_a_state_before_a_city(extract_text):
    text = "本市另與美國德州奧斯汀市、日本宮崎縣簽署友好交流協定（MOU）。\n"
    x = extract_text(text, home_key="gn:1668399")  # Taichung
    got = {(p.kind, p.place.key) for p in x.partnerships if p.place is not None}
    assert got == {("partner", "gn:4671654"), ("partner", "iso:JP-45")}  # Austin (not Texas), Miyazaki prefecture


def test_hard_wrapped_e_mail_lines_are_one_sentence(extract_text):
    text = ("Hello all,\n\nAs background for the visit: our city is twinned with five cities (Lahti, Tartu,\n"
            "Kaunas, Brno and Gyor) and has a cooperation agreement with Qingdao.\n")
    x = extract_text(text, home_key="gn:2911298")  # Hamburg
    assert _ties(x) == {("sister", "Lahti"), ("sister", "Tartu"), ("sister", "Kaunas"), ("sister", "Brno"),
                        ("sister", "Győr"), ("partner", "Qingdao")}


def test_kinds_written_after_entries_and_city_state_country(extract_text):
    text = ("Our city has three sister and friendship cities:\n\n"
            "1. Portland, Oregon, USA - sister city since 1990\n"
            "2. Kaohsiung, Taiwan - friendly city since 2001\n"
            "3. Perth (Western Australia), Australia - sister city since 1984\n")
    x = extract_text(text, home_key="gn:1850147")  # Tokyo
    assert _ties(x) == {("sister", "Portland"), ("friendship", "Kaohsiung"), ("sister", "Perth")}
    portland = next(p for p in x.partnerships if p.name_as_written == "Portland")
    assert portland.place.country_code == "US" and portland.sequence == 1


def test_a_kind_note_after_an_entry_is_the_entrys_kind(extract_text):
    text = ("（参考）本市の姉妹・友好都市\n"
            "ヘルシンキ市（フィンランド）\u30001990年\n"
            "天津市（中華人民共和国）\u30001995年\u3000※友好都市\n")
    x = extract_text(text, home_key="gn:1850147")  # Tokyo
    assert _ties(x) == {("sister", "Helsinki"), ("friendship", "Tianjin")}


MARKDOWN_TABLE = """# Stedenbanden

| Soort band | Stad | Land | Sinds |
|---|---|---|---|
| Zusterstad | Lahti | Finland | 1990 |
|  | Tartu | Estland | 1994 |
| Vriendschapsband | Kaunas | Litouwen | 1999 |
|  | Brno | Tsjechië | 2003 |

## Lopende projecten

| Project | Partnerstad | Status |
|---|---|---|
| Havenuitwisseling | Gdynia | loopt |
"""


def test_a_kind_column_written_once_holds_for_the_rows_below_and_project_tables_are_not_ties(extract_text):
    x = extract_text(MARKDOWN_TABLE, home_key="gn:2747891", name="banden.md")  # Rotterdam
    assert _ties(x) == {("sister", "Lahti"), ("sister", "Tartu"), ("friendship", "Kaunas"), ("friendship", "Brno")}


def test_a_docx_table_with_a_title_row_and_merged_kind_cells(gaz, read):
    import docx

    from intercity.core.extraction import extract

    d = docx.Document()
    d.add_paragraph("Relatório anual")
    t = d.add_table(rows=5, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2))
    t.cell(0, 0).text = "Cidades-irmãs e acordos (2024)"
    for c, text in enumerate(["Cidade", "País", "Tipo"]):
        t.cell(1, c).text = text
    for r, (city, country) in enumerate([("Lahti", "Finlândia"), ("Tartu", "Estônia"), ("Kaunas", "Lituânia")], start=2):
        t.cell(r, 0).text = city
        t.cell(r, 1).text = country
    t.cell(2, 2).merge(t.cell(3, 2))
    t.cell(2, 2).text = "cidade-irmã"
    t.cell(4, 2).text = "protocolo de amizade"
    buf = io.BytesIO()
    d.save(buf)
    x = extract(read(buf.getvalue(), "relatorio.docx"), gaz, gaz.get("gn:3452925"))  # Porto Alegre
    assert _ties(x) == {("sister", "Lahti"), ("sister", "Tartu"), ("friendship", "Kaunas")}


def test_fixed_width_table_and_side_by_side_columns(extract_text):
    text = ("CITTÀ GEMELLATE                      PATTI D'AMICIZIA\n"
            "1. Tartu (Estonia) ...... 1994       1. Kaunas (Lituania) ... 1999\n"
            "2. Lahti (Finlandia) .... 199O\n")
    x = extract_text(text, home_key="gn:3176219")  # Genoa
    assert _ties(x) == {("sister", "Tartu"), ("sister", "Lahti"), ("friendship", "Kaunas")}
    table = ("附表：本市姊妹市一覽\n"
             "編號\u3000國家\u3000\u3000城市\u3000\u3000締結日期\n"
             "1\u3000芬蘭\u3000\u3000赫爾辛基\u30001990.5.1\n"
             "2\u3000日本\u3000\u3000大阪\u3000\u3000\u30001995.6.2\n")
    x = extract_text(table, home_key="gn:1668399")  # Taichung
    assert _ties(x) == {("sister", "Helsinki"), ("sister", "Osaka")}


def test_a_sentence_naming_places_with_countries_under_a_heading_is_prose_not_entries(extract_text):
    text = ("天津市国际友好城市一览\n\n"
            "截至2023年底，天津市已与2个国家的2个城市建立友好城市关系，并与釜山（韩国）、伊斯兰堡（巴基斯坦）建立友好合作交流城市关系。\n\n"
            "1. 神户市（日本）1973年\n2. 墨尔本市（澳大利亚）1980年\n")
    x = extract_text(text, home_key="gn:1792947")  # Tianjin
    assert _ties(x) == {("sister", "Kobe"), ("sister", "Melbourne"), ("friendship", "Busan"), ("friendship", "Islamabad")}
