"""Partner lists and cooperation items in layouts of the seventh batch's kind: delimited lines (CSV pasted into a
page) read as tables, rows of a register whose tie has ended or is no tie, a code column beside the item's title,
an enumeration holding a name the gazetteer does not know, status words in more languages. New text of our own."""

from __future__ import annotations

from tests.core.extraction.helpers import ties as _ties

OPEN_DATA = """<html><body><h1>Open data: the city's agreements</h1>
<p>The register below is published as open data.</p>
<pre>code;city;country;type;signed;state
K-01;Lyon;France;sister city;1981;in force
K-02;Porto;Portugal;friendship city;2002;in force
K-03;Turin;Italy;cooperation agreement;2015;in force
K-04;Metrolinks;;network membership;1999;in force
K-05;Nagoya;Japan;sister city;1990;terminated (2005)
</pre>
<h2>Projects with partner cities</h2>
<pre>project;partner;status
Harbour data exchange;Lyon;ongoing
Youth choir tour;Porto;completed
Tram depot workshop;Turin;proposed by Turin
</pre></body></html>"""


def test_delimited_lines_are_a_table_with_kinds_years_and_states(extract_text):
    x = extract_text(OPEN_DATA, name="open.html")
    assert _ties(x) == {("sister", "Lyon"), ("friendship", "Porto"), ("partner", "Turin")}  # no network, no ended tie
    assert {p.name_as_written: p.since for p in x.partnerships} == {"Lyon": "1981", "Porto": "2002", "Turin": "2015"}
    lyon = next(p for p in x.partnerships if p.name_as_written == "Lyon")
    assert lyon.evidence.quote == "Lyon"  # the cell, not the whole block
    assert {(c.title, c.status) for c in x.cooperation} == {
        ("Harbour data exchange", "in_progress"), ("Youth choir tour", "completed"), ("Tram depot workshop", "proposed")}


def test_delimited_cells_need_a_constant_width_of_three_fields():
    from intercity.core.documents.types import Block
    from intercity.core.extraction.tables import delimited_cells

    text = "a|b|c\n1|2|3\n4|5|6"
    cells = delimited_cells(Block(index=7, text=text, start=100, end=100 + len(text)))
    assert [(c.row, c.col, c.text, c.start - 100) for c in cells[3:6]] == [(2, 1, "1", 6), (2, 2, "2", 8), (2, 3, "3", 10)]
    assert all(c.index == 7 and c.kind == "table_cell" for c in cells)
    uneven = "Lyon, France\nTurin, Italy, 1958\nPorto, Portugal"
    assert delimited_cells(Block(index=1, text=uneven, start=0, end=len(uneven))) == []
    prose = "We met in Lyon, Turin and Porto, then left.\nIt rained, it poured, it stopped.\nAll good, all fine, all done."
    assert delimited_cells(Block(index=1, text=prose, start=0, end=len(prose))) == []  # a comma needs a header of names


ACTIVITIES = """# Activities 2026

| Code | Actividad | Estado |
|---|---|---|
| C-1 | Taller de azulejo y fachadas | en curso |
| C-2 | Red de huertos urbanos | propuesta |
| C-3 | Festival de cine compartido | completada |
"""


def test_a_code_column_is_not_the_item_title(extract_text):
    x = extract_text(ACTIVITIES, name="plan.md")
    assert {(c.title, c.status) for c in x.cooperation} == {
        ("Taller de azulejo y fachadas", "in_progress"), ("Red de huertos urbanos", "proposed"),
        ("Festival de cine compartido", "completed")}


def test_an_unknown_name_does_not_break_an_enumeration_of_one_kind(extract_text):
    # the kind word after the enumeration governs the places after it, not the end of the enumeration before it
    x = extract_text("Our city is twinned with Lyon, Qwzetown, Turin and Porto, and keeps a cooperation agreement with "
                     "Nagoya.\n", name="en.txt")
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Turin"), ("sister", "Porto"), ("partner", "Nagoya")}
    x = extract_text("Qyteti ka marrëdhënie binjakëzimi me Lyon, Qwzetown, Torino dhe Porto, si dhe marrëveshje "
                     "bashkëpunimi me Nagoya.\n", name="al.txt")
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Turin"), ("sister", "Porto"), ("partner", "Nagoya")}


def test_more_kind_and_status_words():
    from intercity.core.extraction.kinds import kinds_in
    from intercity.core.extraction.status import status_of

    assert kinds_in("vriendschapsovereenkomst met Porto") == ["friendship"]
    assert status_of("layihə tamamlanıb")[0] == "completed"
    assert status_of("上个月签了备忘录")[0] == "agreed"
    assert status_of("还没签了", default="")[0] != "agreed"


def test_south_slavic_case_forms_of_partners(extract_text):
    from intercity.core.places import inflection

    text = "Ljubljana je pobratena z Lyonom, Torinom in Leverkusnom, od leta 2001 pa tudi z Gradcem.\n"
    langs = frozenset(inflection.languages(text))
    assert "sl" in langs and "sl" not in inflection.languages("The mayor met them in Lyon and in Turin in 2001.")
    assert "gradec" in inflection.base_forms("Gradcem", langs)  # the fleeting e
    assert "sarajevo" in inflection.base_forms("Sarajevom", langs) and "chengdu" in inflection.base_forms("Chengdujem", langs)
    x = extract_text(text, home_key="gn:3196359", name="sl.txt")  # Ljubljana
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Turin"), ("sister", "Leverkusen"), ("sister", "Graz")}
    x = extract_text("Zagreb je pobratimljen s Lyonom i Sarajevom, a sporazum o suradnji ima s Gradcem od godine 2004.\n",
                     home_key="gn:3186886", name="hr.txt")  # Zagreb
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Sarajevo"), ("partner", "Graz")}


TABLE_TAIL = """<html><body><h1>Chapter 4 International relations</h1>
<p>1 Sister cities</p>
<table>
<tr><td>City</td><td>Country</td><td>Signed</td><td>Kind</td></tr>
<tr><td>Lyon</td><td>France</td><td>1981</td><td>sister city</td></tr>
<tr><td>Porto</td><td>Portugal</td><td>2002</td><td>friendship city</td></tr>
<tr><td>2 Residents from abroad</td><td>5,120 people from 80 countries</td></tr>
</table>
<h2>3 Exchange projects</h2>
<table>
<tr><td>Project</td><td>Partner</td><td>Status</td></tr>
<tr><td>Joint crafts fair</td><td>Lyon</td><td>continuing</td></tr>
<tr><td>Youth football camp</td><td>Porto</td><td>suspended</td></tr>
<tr><td>Chapter 5 Tourism</td></tr>
</table></body></html>"""


def test_a_section_laid_into_a_tables_last_rows_is_no_entry_and_no_item(extract_text):
    x = extract_text(TABLE_TAIL, name="yearbook.html")
    assert _ties(x) == {("sister", "Lyon"), ("friendship", "Porto")}
    assert {(c.title, c.status) for c in x.cooperation} == {("Joint crafts fair", "in_progress"),
                                                          ("Youth football camp", "stalled")}


def test_a_full_stop_inside_a_short_bracket_ends_no_sentence(extract_text):
    from intercity.core.extraction.text import sentences

    text = "Sister cities: Lyon (Fr. Rep.), Turin (Italy). Cooperation agreements: Nagoya (Japan)."
    assert [s.text for s in sentences(text)] == ["Sister cities: Lyon (Fr. Rep.), Turin (Italy).",
                                                 "Cooperation agreements: Nagoya (Japan)."]
    x = extract_text("Our city has four sister cities: Porto (Portugal), Omaha (U. S.), Turin (Italy), Lyon (France); and "
                     "cooperation agreements with Nagoya (Japan).\n", name="prose.txt")
    assert _ties(x) == {("sister", "Porto"), ("sister", "Omaha"), ("sister", "Turin"), ("sister", "Lyon"),
                        ("partner", "Nagoya")}


RECORDS = """ANNEX B - PROJECT STATUS

Project: Library exchange

Partner: Lyon

Status: completed in May

Project: Shared urban gardens

Partner: Porto

Status: in progress

Project: Film festival

Partner: Turin

Status: suspended
"""


def test_items_written_as_records_of_labelled_lines(extract_text):
    for text in (RECORDS, RECORDS.replace("\n\n", "\n")):
        x = extract_text(text, name="annex.txt")
        assert [(c.title, c.status) for c in x.cooperation] == [
            ("Library exchange", "completed"), ("Shared urban gardens", "in_progress"), ("Film festival", "stalled")]
    one = "Project: Library exchange\n\nPartner: Lyon\n\nStatus: completed\n"
    assert not extract_text(one, name="one.txt").cooperation  # one record alone is no layout


def test_a_plan_that_includes_items_each_with_its_state(extract_text):
    text = ("The mayors met in March. The joint work plan signed on Friday includes the restoration of the old harbour "
            "cranes, already agreed by both councils; a scholarship scheme for nursing students, under way since "
            "January; and a shared jazz festival, proposed by Lyon.\n")
    x = extract_text(text, name="press.txt")
    assert [(c.title, c.status) for c in x.cooperation] == [
        ("restoration of the old harbour cranes", "agreed"), ("scholarship scheme for nursing students", "in_progress"),
        ("shared jazz festival", "proposed")]
    assert not extract_text("The package includes a map, a guide; and a ticket.\n", name="x.txt").cooperation


def test_a_bracket_after_a_name_locates_it_and_a_namesake_abroad_is_a_partner(extract_text, gaz):
    perth = gaz.resolve("Perth", country="AU").best
    x = extract_text("Perth has five sister cities - Lyon (France), Perth (Perth and Kinross, Scotland), Kagoshima (Japan), "
                     "Houston (USA) and Taiyuan (China) - and a cooperation agreement with Seville.\n",
                     home_key=perth.key, name="perth.txt")
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Perth"), ("sister", "Kagoshima"), ("sister", "Houston"),
                        ("sister", "Taiyuan"), ("partner", "Sevilla")}
    scottish = next(p for p in x.partnerships if p.place.name == "Perth")
    assert scottish.place.country_code == "GB"


def test_a_large_city_in_a_line_of_capitals_and_more_kind_words(extract_text):
    x = extract_text("MPANGO WA ZIARA YA JIJI DADA LA MUNICH\n\nMaelezo ya ziara yatatolewa baadaye.\n", name="sw.txt",
                     home_key="gn:160263")  # Dar es Salaam
    assert ("sister", "Munich") in _ties(x)
    x = extract_text("The city has three sister cities - Lyon (France), Porto (Portugal) and Turin (Italy) - and a friendly "
                     "relationship with Sichuan Province (China).\n", name="en.txt")
    assert ("friendship", "Sichuan") in _ties(x)


def test_thai_items_space_name_province_and_country_and_write_a_city_word_first(gaz):
    from intercity.core.extraction.lists import looks_place, parse_item_text, unprefixed
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz, None)
    items = parse_item_text("นครเซี่ยงไฮ้ สาธารณรัฐประชาชนจีน", finder)  # Shanghai, China
    assert len(items) == 1 and items[0].name == "นครเซี่ยงไฮ้" and items[0].country == "CN"
    assert unprefixed("นครเซี่ยงไฮ้") == "เซี่ยงไฮ้" and looks_place("นครเซี่ยงไฮ้", finder)
    assert unprefixed("นคร") is None


def test_a_thai_list_of_city_words_names_and_countries(extract_text):
    text = ("รายงานความสัมพันธ์ระหว่างประเทศ\n\n๑. เมืองพี่เมืองน้อง ได้แก่\n\n(๑) นครเซี่ยงไฮ้ สาธารณรัฐประชาชนจีน\n\n"
            "(๒) นครลียง ประเทศฝรั่งเศส\n")
    x = extract_text(text, name="th.txt", home_key="gn:1153671")  # Chiang Mai
    assert _ties(x) == {("sister", "Shanghai"), ("sister", "Lyon")}


def test_the_wrapped_end_of_a_sentence_naming_a_kind_is_no_list_heading(extract_text):
    text = ("2. Visits\n\nA delegation travelled to Lyon on 22 October 2025 for the anniversary of the\n\nold twinning.\n\n"
            "3. Joint projects\n\nThe projects are listed in the annex.\n")
    assert ("sister", "Joint projects") not in _ties(extract_text(text, name="wrap.txt"))


def test_slovak_instrumental_and_albanian_case_forms(extract_text):
    from intercity.core.places import inflection

    sq = frozenset(inflection.languages("Qyteti ka marrëdhënie binjakëzimi me Romën dhe është partner i Dohës."))
    assert "sq" in sq and "doha" in inflection.base_forms("Dohën", sq) and "sarajevo" in inflection.base_forms("Sarajevë", sq)
    assert "sq" not in inflection.languages("Me gusta la ciudad y te espero en el puerto.")
    x = extract_text("Mesto má od roku 2019 memorandum o spolupráci s Krakovom (Poľsko) a partnerské mestá Brno a Győr.\n",
                     home_key="gn:724443", name="sk.txt")  # Košice
    assert ("partner", "Kraków") in _ties(x)
    x = extract_text("Qyteti ka marrëdhënie binjakëzimi me Lyon, Sarajevë dhe Torino, si dhe marrëveshje bashkëpunimi "
                     "me Dohën (Katar).\n", name="sq.txt")
    assert _ties(x) == {("sister", "Lyon"), ("sister", "Sarajevo"), ("sister", "Turin"), ("partner", "Doha")}


def test_numbered_items_written_in_one_line(extract_text):
    x = extract_text("会谈要点：1）海洋科技联合实验室，上个月已经签了协议；2）邮轮航线合作，还在洽谈中；3）代表团名单\n", name="chat.txt")
    assert [(c.title, c.status, c.sequence) for c in x.cooperation] == [
        ("海洋科技联合实验室", "agreed", 1), ("邮轮航线合作", "in_progress", 2)]
    x = extract_text("Points raised: 1) a joint tram study, agreed in March; 2) the youth orchestra tour, on hold.\n", name="e.txt")
    assert [(c.title, c.status) for c in x.cooperation] == [("joint tram study", "agreed"),
                                                           ("youth orchestra tour", "stalled")]
    from intercity.core.extraction.kinds import kinds_in
    assert kinds_in("友好合作关系城市：南安普敦") == ["friendship"]


def test_a_hyphenated_vietnamese_country_and_a_city_named_like_a_proposed_province(extract_text):
    from types import SimpleNamespace

    from intercity.core.extraction.partner_model import covered

    text = "Biên bản ghi nhớ hợp tác:\n\n- tỉnh Siem Reap (Cam-pu-chia)\n\n- tỉnh Champasak (Lào)\n\n- tỉnh Kampot (Cam-pu-chia)\n"
    x = extract_text(text, home_key="gn:1583992", name="vn.md")  # Da Nang
    assert {(p.place.key, p.country_as_written) for p in x.partnerships} >= {("iso:KH-17", "KH"), ("iso:KH-7", "KH")}
    province = SimpleNamespace(place=SimpleNamespace(key="iso:KH-17", name="Siem Reap"), name_as_written="tỉnh Siem Reap",
                               evidence=None)
    city = SimpleNamespace(key="gn:1822214", name="Siem Reap")
    assert covered(city, [], [province])  # the model does not add the province's city of the same name


def test_the_home_citys_name_in_another_case_is_no_partner(extract_text, gaz):
    novi_sad = gaz.resolve("Novi Sad").best
    text = "Нови Сад: међународна сарадња\n\nПобратимски односи Новог Сада\n\nДелегација је посетила Лион.\n"
    assert not any(p.place is not None and p.place.country_code == "YE"
                   for p in extract_text(text, home_key=novi_sad.key, name="ns.txt").partnerships)  # Сада is no Sa'dah


def test_colon_items_of_a_section_lose_their_number_and_take_their_first_clauses_state(extract_text):
    text = ("二、重点合作项目\n\n（一）与里昂博物馆互借展品：已签署协议，明年实施。\n\n（二）与都灵青年交流：持续推进，新增学校两所。\n\n"
            "（三）与波尔图港口合作：对方提议，正在研究。\n")
    x = extract_text(text, name="plan.txt")
    assert [(c.title, c.status) for c in x.cooperation] == [
        ("与里昂博物馆互借展品", "agreed"), ("与都灵青年交流", "in_progress"), ("与波尔图港口合作", "proposed")]


def test_serbian_and_croatian_proposal_words():
    from intercity.core.extraction.status import status_of

    assert status_of("предлог Лиона, разматра се")[0] == "proposed"
    assert status_of("prijedlog Torina, još se razmatra se")[0] == "proposed"
    assert status_of("u razmatranju")[0] == "proposed"


def test_a_town_named_with_its_river(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz, None)
    found = {m.text: m.place.name for m in finder.find("Le conseil a approuvé le jumelage avec Francfort-sur-l'Oder et "
                                                       "Halle-sur-Saale. Later Frankfurt an der Oder wrote back.")
             if m.place is not None}
    assert found == {"Francfort-sur-l'Oder": "Frankfurt (Oder)", "Halle-sur-Saale": "Halle (Saale)",
                     "Frankfurt an der Oder": "Frankfurt (Oder)"}


def test_an_entry_named_like_a_region_and_its_city_is_the_city(gaz):
    from types import SimpleNamespace

    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.extraction.partners import _city_named_like_its_region
    from intercity.core.places.types import Resolution

    region, city = gaz.get("iso:PT-07"), gaz.get("gn:2268406")  # the district and the city of Évora
    r = Resolution("Évora", region, 0.9, False, [city], "resolved", "")
    got = _city_named_like_its_region(SimpleNamespace(name="Évora"), r, PlaceFinder(gaz, None))
    assert got.best.key == city.key and got.confidence == 0.9
    other = _city_named_like_its_region(SimpleNamespace(name="Distrito de Évora"), r, PlaceFinder(gaz, None))
    assert other.best.key == region.key  # written as the region: the region


def test_quoted_items_each_in_a_clause_with_its_state(extract_text):
    x = extract_text("兩市同意明年起推動「港口物流人才交流」；至於「綠能公車合作協議」之簽署，目前仍在洽談中。\n", name="news.txt")
    assert [(c.title, c.status) for c in x.cooperation] == [("港口物流人才交流", "agreed"), ("綠能公車合作協議", "in_progress")]


NO_HEADER = """<html><body><h2>3 Progress of the exchange projects</h2><table>
<tr><td>- Youth homestay (Lyon)</td><td>&#8594;</td><td>completed</td></tr>
<tr><td>- Ice sculpture show (Porto)</td><td>&#8594;</td><td>still under discussion</td></tr>
<tr><td>- Ferry route (Turin)</td><td>&#8594;</td><td>suspended for now</td></tr>
</table></body></html>"""


def test_an_item_table_without_a_header_row_keeps_its_first_row(extract_text):
    x = extract_text(NO_HEADER, name="progress.html")
    assert [c.status for c in x.cooperation] == ["completed", "in_progress", "stalled"]
    assert "Youth homestay" in x.cooperation[0].title


def test_a_numbered_section_after_a_skipped_numbered_line_ends_the_list(extract_text):
    text = ("Quarterly note\n\n1. Partner network\n\nThe city has one friendship city\n\nwith the town of Qwzetown in Norway.\n\n"
            "2. Visits and receptions of the quarter were many.\n\n3. Cooperation projects\n\nSee the annex.\n")
    assert ("friendship", "Cooperation projects") not in _ties(extract_text(text, name="q.txt"))


def test_a_list_item_with_its_name_again_in_another_script(extract_text):
    """"Sagae, Japan (사가에시)": the Korean name in brackets is a gloss; the country after the comma still counts."""
    text = ("Andong's partner cities / 안동시 자매·우호도시\n\nSister cities / 자매도시:\n\n- Sagae, Japan (사가에시)\n"
            "- Cusco, Peru (쿠스코)\n- Corinth, Greece (코린토스)\n\nFriendship cities / 우호도시:\n\n- Xi'an, China (시안)\n")
    x = extract_text(text.encode(), home_key="gn:1846986", name="partners.md")
    got = {(p.kind, p.place.key) for p in x.partnerships if p.place is not None}
    assert {("sister", "gn:2111248"), ("sister", "gn:3941584"), ("sister", "gn:259289"), ("friendship", "gn:1790630")} <= got
