"""Partner lists and claim scopes for the phenomena of dev 71–80 (second pass): a budget table with a
relationship column and the country in the city cell, three-line cards, a Chinese timeline table with a
类别 column and a state glued before the city, common nouns and the home city's province in a press
release, headlines whose scope is every kind. New text of our own, real readers, the real gazetteer."""

from __future__ import annotations

from tests.core.extraction.helpers import ties as _ties


BUDGET = """# Exchange budget 2027

| Partner | Relationship | Programme | 2027 budget (€) |
|---|---|---|---:|
| Dijon, Burgundy (FR) | Twin town | Wine students exchange | 9,000 |
| Portland, Oregon (US) | Friendship link | Bike planning visit | 4,500 |
| Spokane, Washington (US) | Sister city | Choir tour | 2,000 |
| **Total** | | | **15,500** |
"""


def test_a_budget_table_with_a_relationship_column_and_the_country_in_the_city_cell(extract_text):
    x = extract_text(BUDGET, home_key="gn:2962943", name="budget.md")  # Limerick
    assert _ties(x) == {("sister", "Dijon"), ("friendship", "Portland"), ("sister", "Spokane")}
    portland = next(p for p in x.partnerships if p.name_as_written == "Portland")
    assert portland.place.country_code == "US" and portland.place.kind == "city"
    spokane = next(p for p in x.partnerships if p.name_as_written == "Spokane")
    assert spokane.place.kind == "city"  # not a district of Washington, D.C.


CARDS = """<html><body><main>
<h1>Our partner cities</h1>
<p>The city keeps 3 partner cities in 3 countries.</p>
<details><summary>Bruges</summary><p>Flanders, Belgium</p><p>Relationship: Twinned city · since 1999</p></details>
<details><summary>Kyoto</summary><p>Japan</p><p>Relationship: Sister city · since 2004</p></details>
<details><summary>Cusco</summary><p>Cusco Region, Peru</p><p>Relationship: Memorandum of understanding · since 2015</p></details>
</main></body></html>"""


def test_three_line_cards_name_region_and_country_then_relationship(extract_text):
    x = extract_text(CARDS, home_key="gn:1580240", name="cards.html")  # Huế
    assert _ties(x) == {("sister", "Brugge"), ("sister", "Kyoto"), ("partner", "Cusco")}
    claim = next(c for c in x.claims if c.cities == 3)
    assert claim.scope == "all" and claim.check == "consistent"  # "partner cities" over ties of several kinds


PRESS = ("武汉市人民政府外事办公室 新闻稿\n\n"
         "武汉与法国波尔多缔结友好城市关系\n\n"
         "两市在武汉国际会展中心签署《湖北省武汉市与法国波尔多市建立友好城市关系协议书》。"
         "至此，武汉市已与3个国家的3个城市建立友好城市或友好交流城市关系。\n\n"
         "时间\t国家\t城市\t类别\n"
         "1998.04\t美国\t宾夕法尼亚州匹兹堡市\t友好城市\n"
         "2009.11\t日本\t大分市\t友好交流城市\n"
         "2025.09\t法国\t波尔多市\t友好城市\n")


def test_a_timeline_table_with_a_kind_column_and_a_state_glued_before_the_city(extract_text):
    x = extract_text(PRESS, home_key="gn:1791247", name="press.txt")  # Wuhan
    got = _ties(x)
    assert ("sister", "Pittsburgh") in got and (("friendship", "Ōita") in got or ("friendship", "Oita") in got)
    assert ("sister", "Bordeaux") in got
    names = {p.name_as_written for p in x.partnerships}
    assert "中心" not in names and "湖北省" not in names  # a common noun; the home city's own province
    claim = next(c for c in x.claims if c.cities == 3)
    assert claim.scope == "all"


def test_cjk_common_nouns_are_not_places(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz)
    assert not [m for m in finder.find("在国际会展中心举行") if m.text == "中心"]


def test_a_city_named_like_its_province_written_with_a_city_suffix(gaz):
    from intercity.core.extraction.lists import strip_qualifier
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz)
    assert strip_qualifier("宾夕法尼亚州匹兹堡市", finder) == ("匹兹堡市", "宾夕法尼亚州")


def test_country_headings_in_capitals_over_names_the_gazetteer_lacks(extract_text):
    text = ("KARDEŞ ŞEHİRLER BİLGİ NOTU (Mart 2026)\n\n"
            "ALMANYA\n    » Köln (1990)\n\n"
            "MISIR\n    » Zagazika (2004)\n\n"
            "JAPONYA\n    » Nagoya (1997)\n")
    x = extract_text(text, home_key="gn:745044", name="not.txt")  # Istanbul
    names = {p.name_as_written for p in x.partnerships}
    assert {"Köln", "Zagazika", "Nagoya"} <= names  # an unknown name under a country heading is still an entry
    assert "MISIR" not in names and "BİLGİ" not in names
    zag = next(p for p in x.partnerships if p.name_as_written == "Zagazika")
    assert zag.country_as_written == "EG"


def test_two_line_records_name_and_country_then_kind_and_act(extract_text):
    text = ("Cidades-irmãs\n\n"
            "A cidade mantém relações com 2 cidades de 2 países.\n\n"
            "ROSARIO · Argentina\n\nCidade-irmã · Lei Municipal nº 5.432/1993\n\n"
            "NANJING · China\n\nAcordo de cooperação · assinado em 2011\n")
    x = extract_text(text, home_key="gn:3448439", name="rec.txt")  # São Paulo
    assert _ties(x) == {("sister", "Rosario"), ("partner", "Nanjing")}
    assert {p.name_as_written: p.since for p in x.partnerships} == {"ROSARIO": "1993", "NANJING": "2011"}


def test_minutes_next_numbered_section_friendship_agreement_and_a_locating_region(extract_text):
    text = ("Minutes\n\n2. Partner network\n\n"
            "The group reviewed the twin towns Bergen and Turku and the friendship agreement with Harbin.\n\n"
            "3. Visits\n\nNo visits were reported.\n\n"
            "A delegation from Wonju, our sister city in Gangwon State, will visit in May.\n")
    x = extract_text(text, home_key="gn:2624652", name="min.txt")  # Aarhus
    got = _ties(x)
    assert ("friendship", "Harbin") in got and ("sister", "Bergen") in got and ("sister", "Wŏnju") in got
    names = {p.name_as_written for p in x.partnerships}
    assert "Visits" not in names and "Gangwon" not in names
