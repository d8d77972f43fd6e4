"""Partner lists in the layouts of the third batch of dev documents: lists introduced by a sentence
ending with a colon and lettered a), b), c); cards whose detail line gives country, kind and year;
Japanese entries with an era year and a country written with its state. New text of our own, real
readers, the real gazetteer."""

from __future__ import annotations

from tests.core.extraction.helpers import ties as _ties


def test_lettered_lists_introduced_by_a_sentence_ending_with_a_colon(extract_text):
    text = ("IL CONSIGLIO COMUNALE\n\n"
            "PREMESSO CHE il Comune è gemellato con:\n\n"
            "a) Valencia (Spagna), dal 1980;\n"
            "b) Coventry (Regno Unito), dal 1984;\n\n"
            "che il Comune ha firmato patti di amicizia con:\n\n"
            "a) Sendai (Giappone), dal 1999;\n"
            "b) Saint Paul (Stati Uniti), dal 2001.\n")
    x = extract_text(text, home_key="gn:3181928")  # Bologna
    assert _ties(x) == {("sister", "Valencia"), ("sister", "Coventry"), ("friendship", "Sendai"),
                        ("friendship", "Saint Paul")}
    assert {p.since for p in x.partnerships} == {"1980", "1984", "1999", "2001"}


CARDS = """<html><body><main>
<h1>Miasta partnerskie Krakowa</h1>
<p>Kraków współpracuje z wieloma miastami.</p>
<dl>
<dt>Norymberga</dt><dd>Niemcy · miasto partnerskie od 1979 r.</dd>
<dt>Rennes</dt><dd>Francja · miasto partnerskie od 1993 r.</dd>
<dt>Saint Paul</dt><dd>Minnesota, USA · miasto partnerskie od 1990 r.</dd>
<dt>Lipsk</dt><dd>hrabstwo, Polska · partnerstwo od 1996 r.</dd>
<dt>Sendai</dt><dd>Japonia · porozumienie o współpracy z 2005 r.</dd>
</dl>
</main></body></html>"""


def test_cards_whose_detail_line_gives_country_state_kind_and_year(extract_text):
    x = extract_text(CARDS, home_key="gn:3094802", name="cards.html")  # Kraków
    assert _ties(x) == {("sister", "Nuremberg"), ("sister", "Rennes"), ("sister", "Saint Paul"), ("partner", "Sendai"),
                        ("sister", "Lipsk")}
    by_name = {p.name_as_written: p for p in x.partnerships}
    assert by_name["Rennes"].since == "1993" and by_name["Sendai"].since == "2005"
    assert by_name["Saint Paul"].place.country_code == "US"


def test_japanese_entries_with_era_year_and_country_with_its_state(extract_text):
    text = ("（１）姉妹都市\n"
            "ダラス市（アメリカ合衆国テキサス州）　昭和６０年提携\n"
            "ミンスク市（ベラルーシ共和国）　平成５年提携\n"
            "（２）パートナー都市\n"
            "リバーサイド市（アメリカ合衆国カリフォルニア州）　平成２０年提携\n")
    x = extract_text(text, home_key="gn:2111149")  # Sendai
    assert _ties(x) == {("sister", "Dallas"), ("sister", "Minsk"), ("partner", "Riverside")}
    by_name = {p.name_as_written: p for p in x.partnerships}
    assert by_name["ダラス市"].since == "1985" and by_name["ミンスク市"].since == "1993"
    assert by_name["リバーサイド市"].place.country_code == "US"


KIND_COLUMNS = """<html><body>
<h2>International network</h2>
<table>
<tr><th>Region</th><th>Sister cities</th><th>Friendship cities</th></tr>
<tr><td>Europe</td><td>France Lyon<br>Germany Cologne</td><td>Italy Turin</td></tr>
<tr><td>Asia</td><td>Japan Sendai</td><td>—</td></tr>
</table>
<table>
<tr><th>Region</th><th>Sister cities</th><th>Friendship cities</th></tr>
<tr><td>Europe</td><td>2</td><td>1</td></tr>
<tr><td>Asia</td><td>1</td><td>0</td></tr>
</table>
</body></html>"""


def test_a_table_whose_columns_are_kinds_with_several_country_city_lines_per_cell(extract_text):
    x = extract_text(KIND_COLUMNS, home_key="gn:3181928", name="network.html")  # Bologna
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Köln"), ("sister", "Sendai"), ("friendship", "Turin")}
    lyon = next(p for p in x.partnerships if p.name_as_written == "Lyon")
    assert lyon.country_as_written == "FR"


def test_inline_labelled_lists_with_the_country_before_each_city(extract_text):
    text = ("二、国际友城\n\n"
            "友好城市（3个）：日本仙台市、法国里昂市、意大利都灵市。友好交流城市（1个）：德国科隆市。\n")
    x = extract_text(text, home_key="gn:1808926")  # Hangzhou
    assert _ties(x) == {("sister", "Sendai"), ("sister", "Lyon"), ("sister", "Turin"), ("friendship", "Köln")}
    assert all(p.place is not None for p in x.partnerships)


def test_a_kind_carries_into_sentences_that_only_list_places_after_a_label(extract_text):
    text = ("Valencia mantiene hermanamientos con cinco ciudades de cinco países. En Europa: Brest (Francia), "
            "Coventry (Reino Unido) y Bolonia (Italia). En Asia: Sendai y Busan.\n")
    x = extract_text(text, home_key="gn:2509954")  # Valencia
    assert _ties(x) == {("sister", "Brest"), ("sister", "Coventry"), ("sister", "Bologna"), ("sister", "Sendai"),
                        ("sister", "Busan")}
    brest = next(p for p in x.partnerships if p.name_as_written == "Brest")
    assert brest.place.country_code == "FR"  # the country written beside it, not Brest in Belarus


def test_a_sentence_naming_places_without_a_kind_or_label_is_not_carried(extract_text):
    text = "Valencia mantiene hermanamientos con Bolonia. El alcalde viajó a Sendai y a Busan.\n"
    x = extract_text(text, home_key="gn:2509954")
    assert _ties(x) == {("sister", "Bologna")}


def test_elided_articles_before_a_name(extract_text):
    text = "Vu la délibération approuvant le jumelage avec la ville d'Innsbruck (Autriche) ;\n"
    x = extract_text(text, home_key="gn:3014728")  # Grenoble
    assert _ties(x) == {("sister", "Innsbruck")}


def test_numbered_sections_and_events_are_not_list_entries(extract_text):
    text = ("（１）姉妹都市\n"
            "ダラス市（アメリカ合衆国）　昭和６０年提携\n"
            "２　令和６年度の主な交流実績\n"
            "①ダラス市長の来訪（５月２０日〜２２日）\n")
    x = extract_text(text, home_key="gn:2111149")  # Sendai
    assert _ties(x) == {("sister", "Dallas")}


def test_a_run_after_a_label_and_a_sentence_that_is_not_a_run(extract_text):
    text = ("Unsere Partnerstädte\n\n"
            "Die Partnerstädte im Überblick (seit): Lyon (Frankreich) - 1960 Kraków (Polen) - 1979 "
            "Turin (Italien) - 1985\n\n"
            "Städtefreundschaften bestehen außerdem mit Sendai (Japan) und Busan (Südkorea).\n")
    x = extract_text(text, home_key="gn:2911298")  # Hamburg
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Kraków"), ("sister", "Turin"), ("friendship", "Sendai"),
                        ("friendship", "Busan")}


REMARKS = """<html><body>
<p>□ 자매도시 현황</p>
<table>
<tr><th>연번</th><th>구분</th><th>국가</th><th>도시명</th><th>비고</th></tr>
<tr><td>1</td><td>자매도시</td><td>미국</td><td>포틀랜드시</td><td>오리건주</td></tr>
<tr><td>2</td><td>우호도시</td><td>중국</td><td>산둥성 칭다오시</td><td></td></tr>
</table></body></html>"""


def test_a_remarks_column_naming_the_state_and_a_province_written_before_the_city(extract_text):
    x = extract_text(REMARKS, home_key="gn:1838524", name="table.html")  # Busan
    got = {(p.kind, p.place.key if p.place else p.name_as_written) for p in x.partnerships}
    portland = next(p for p in x.partnerships if p.name_as_written == "포틀랜드시")
    assert portland.place.name == "Portland" and portland.place.admin1 in ("OR", "Oregon", "US-OR")
    qingdao = next(p for p in x.partnerships if p.name_as_written == "칭다오시")
    assert qingdao.kind == "friendship" and qingdao.place.name == "Qingdao"
    assert len(got) == 2


def test_a_headline_naming_no_kind_is_checked_against_every_kind_listed(extract_text):
    text = ("La ville entretient des relations avec 3 villes de 3 pays.\n\n"
            "Villes jumelées\n\n- Turin (Italie)\n- Kraków (Pologne)\n\n"
            "Accords de coopération\n\n- Sendai (Japon)\n")
    x = extract_text(text, home_key="gn:2996944")  # Lyon
    claim = next(c for c in x.claims if c.cities == 3)
    assert claim.scope == "all" and claim.check == "consistent"


def test_a_headline_naming_two_kinds_counts_only_those(extract_text):
    text = ("本市は2か国2都市と姉妹・友好都市の関係にある。\n\n"
            "姉妹都市\n\n・トリノ（イタリア）\n\n友好都市\n\n・クラクフ（ポーランド）\n\n"
            "パートナー都市\n\n・リヨン（フランス）\n")
    x = extract_text(text, home_key="gn:2111149")  # Sendai
    claim = next(c for c in x.claims if c.cities == 2)
    assert claim.check == "consistent"
