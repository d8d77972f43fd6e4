"""Lessons of the sixteenth batch, in our own words and layouts (eighth session):

1. a news list: a headline closed by the day it was posted ("… visits Houston 2026-11-07", "… 방문2026-10-22") over the
   item's text — the text's days are the visit's, their year the one nearest the posting date, and the headline's date
   is no visit of its own;
2. lines that each give an entry, then its kind ("Lyon (France) · Jumelage · 1980"): the kind closing a line is that
   line's entry's, not the next line's;
3. a name said to be listed by mistake ("figura por error", "appears … by mistake") is no partner;
4. dates: two slashed day/months with no year, each perhaps after its weekday, are one range ("lun 9/3 al jue 12/3",
   "22/06 – 26/06", "Mo 3/11 bis Mi 5/11"); a capitalised month word opening a name ("Mar del Plata") is no month;
5. a small town named by several words ("Isla Mujeres") holds no shorter place inside it ("Isla");
6. a newsletter's issue date in its running header (kept by the PDF reader as ``running_lines``) is the document's
   date; an era year with its Western year in brackets ("令和7年（2025年）11月1日") is one date;
7. a calendar's row with a deadline ("12月5日（金）締切 | … ホストファミリー募集") is a call to apply, no visit;
8. a line of Japanese, Chinese or Korean cut mid-sentence by a column ("…訪問団が8月18日（月）～24日" / "（日）、…を訪問しました。")
   goes on in the next;
9. a table cell giving the town on its first line and its country and region under it ("インターラーケン市 / スイス連邦
   ベルン州", "Lyon / France, Auvergne-Rhône-Alpes") is the town, read in that country;
10. a state's or city's mark followed by 立 / 립 ("ミシガン州立大学", "미시간주립대학") names an institution, not the place;
11. a trip to two towns or more, each followed by its own days in brackets ("出访德国莱比锡市（22日至24日）和法国里昂市（24日至
    26日）"): one outgoing engagement per town;
12. two lines that each open with a date are two items of a timeline, not one sentence wrapped ("Oct. 22–25   Trade mission
    … youth soccer exchange letter" / "Nov. 6   Courtesy call by the Consul General …");
13. a row of a table laid out in spaced columns is no wrapped sentence: a note under the table takes no kind from it.
"""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got
from tests.core.extraction.helpers import ties

HOUSTON, LEIPZIG, ANYANG, HIMEJI, HEFEI = "gn:4699066", "gn:2879139", "gn:1846898", "gn:1862627", "gn:1808722"


def _run(extract_text, home, text, name="doc.txt"):
    return _got(extract_text(text.encode(), home_key=home, name=name))


# 1. a news list: headline with its posting date, the item's text under it
def test_a_news_item_posted_after_the_visit_it_reports_en(extract_text):
    html = ("<html><body><h1>International news</h1><ul>"
            "<li>Leipzig delegation visits Houston 2026-11-07</li></ul>"
            "<p>A delegation from Leipzig led by its deputy mayor visited Houston from 3 to 5 November.</p>"
            "<p>The city signed an agreement in 1998 and 2012.</p>"
            "</body></html>")
    assert _run(extract_text, HOUSTON, html, name="news.html") == [
        ("incoming", ["Leipzig"], "Houston", "2026-11-03", "2026-11-05")]


def test_a_news_item_posted_after_the_visit_it_reports_ko(extract_text):
    html = ("<html><body><h2>국제교류 소식</h2><ul>"
            "<li>히메지시 대표단, 안양 방문2026-10-22</li></ul>"
            "<p>히메지시 부시장 등 대표단 6명이 10월 19일(월)부터 21일(수)까지 안양시를 방문했다.</p>"
            "<p>양 도시는 1995년과 2010년에 협약을 맺었다.</p>"
            "</body></html>")
    assert _run(extract_text, ANYANG, html, name="news.html") == [
        ("incoming", ["Himeji"], "Anyang-si", "2026-10-19", "2026-10-21")]


def test_the_year_nearest_the_posting_date_and_a_visit_announced_for_later(extract_text):
    html = ("<html><body><ul><li>Leipzig choir in Houston 2027-01-05</li></ul>"
            "<p>A delegation from Leipzig visited Houston on 28 December.</p>"
            "<ul><li>Leipzig delegation to visit next year 2026-07-28</li></ul>"
            "<p>A delegation from Leipzig will visit Houston in March 2027.</p>"
            "</body></html>")
    assert _run(extract_text, HOUSTON, html, name="news.html") == [
        ("incoming", ["Leipzig"], "Houston", "2026-12-28", "2026-12-28"),
        ("incoming", ["Leipzig"], "Houston", "2027-03", "2027-03")]


# 2. entry, then its kind, line after line
def test_each_line_keeps_its_own_kind_es(extract_text):
    text = ("Red de ciudades vinculadas\n\n"
            "1 Lyon (Francia) · Hermanamiento · 1980\n\n"
            "2 Kioto (Japón) · Acuerdo de amistad · 1991\n\n"
            "3 Génova (Italia) · Ciudad hermana · 1999\n\n"
            "4 Valparaíso (Chile) · Acuerdo de cooperación · 2008\n")
    got = ties(extract_text(text.encode(), home_key="gn:3430863", name="red.txt"))
    assert {("sister", "Lyon"), ("friendship", "Kyoto"), ("sister", "Genoa"), ("partner", "Valparaíso")} <= got
    assert not {("friendship", "Genoa"), ("sister", "Kyoto"), ("sister", "Valparaíso")} & got


def test_each_line_keeps_its_own_kind_fr(extract_text):
    text = ("Nos villes partenaires\n\n"
            "Kyoto (Japon) · Pacte d'amitié · 1991\n\n"
            "Bologne (Italie) · Jumelage · 1981\n\n"
            "Puebla (Mexique) · Accord de coopération · 2004\n")
    got = ties(extract_text(text.encode(), home_key="gn:2972315", name="villes.txt"))
    assert {("friendship", "Kyoto"), ("sister", "Bologna"), ("partner", "Puebla")} <= got
    assert not {("friendship", "Bologna"), ("sister", "Puebla")} & got


# 3. listed by mistake
def test_a_name_listed_by_mistake_is_no_partner(extract_text):
    es = ("Nuestras ciudades hermanas son Lyon y Génova. Rosario figura en algunos listados viejos por error: "
          "el hermanamiento es con Génova.")
    got = ties(extract_text(es.encode(), home_key="gn:3430863", name="nota.txt"))
    assert ("sister", "Lyon") in got and not any(name == "Rosario" for _, name in got)
    en = ("Our sister cities are Lyon and Genoa. Bristol was listed as a sister city by mistake in older brochures; "
          "the tie is with Genoa.")
    got = ties(extract_text(en.encode(), home_key="gn:4699066", name="note.txt"))
    assert ("sister", "Lyon") in got and not any(name == "Bristol" for _, name in got)


# 4. dates
def test_a_range_of_two_slashed_days_without_a_year():
    from intercity.core.extraction.dates import find_dates

    def got(t):
        return [(d.start, d.end) for d in find_dates(t, 2026)]

    assert got("lun 9/3 al jue 12/3") == [("2026-03-09", "2026-03-12")]  # es, weekdays abbreviated
    assert got("22/06 – 26/06") == [("2026-06-22", "2026-06-26")]
    assert got("Mo 3/11 bis Mi 5/11") == [("2026-11-03", "2026-11-05")]  # de
    assert got("du 3/11 au 5/11") == [("2026-11-03", "2026-11-05")]  # fr
    assert got("Mon 30/6 to Wed 2/7") == [("2026-06-30", "2026-07-02")]  # over a month's end
    assert got("pages 3/4 - 5/6") == []  # two fractions, months apart: no visit's range
    assert got("12/5 - 10/5") == [] or all(s <= e for s, e in got("12/5 - 10/5"))  # days out of order: no range


def test_a_month_word_opening_a_name_is_no_month():
    from intercity.core.extraction.dates import find_dates

    assert find_dates("Reunión con el Cónsul de Italia en Mar del Plata", 2026) == []
    assert find_dates("Visita a Mar de Ajó", 2026) == []
    assert [d.start for d in find_dates("Mar 2026", 2026)] == ["2026-03"]
    assert [d.start for d in find_dates("Llegan en Mayo de 2026", 2026)] == ["2026-05"]


def test_a_visit_in_a_table_of_slashed_days_with_the_consul_row(extract_text):
    text = ("Agenda internacional 2026\n\n"
            "| Fecha | Actividad | Lugar |\n|---|---|---|\n"
            "| lun 9/3 al jue 12/3 | Visita de la delegación municipal de Valparaíso | Mar del Plata |\n"
            "| jueves 3 de septiembre | Reunión con el Cónsul de Italia en Mar del Plata | Palacio Municipal |\n")
    assert _run(extract_text, "gn:3430863", text, name="agenda.md") == [
        ("incoming", ["Valparaíso"], "Mar del Plata", "2026-03-09", "2026-03-12"),
        ("meeting", ["IT"], "Mar del Plata", "2026-09-03", "2026-09-03")]


# 5. a small town of several words
def test_a_small_town_of_several_words_holds_no_shorter_place():
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    gz = load_gazetteer()
    finder = PlaceFinder(gz, gz.get("gn:3430863"))
    assert [m.text for m in finder.find("el acuerdo es con Isla Mujeres.")] == []  # not "Isla" (Veracruz)
    finder.add_known_partners(["gn:3526756"])  # the document's own list names it: read
    assert [m.place.name for m in finder.find("la delegación de Isla Mujeres llegó")] == ["Isla Mujeres"]
    assert [m.text for m in finder.find("New York and Santa Cruz")] == ["New York", "Santa Cruz"]


# 6. the running header's issue date; an era year with its Western year
def _doc(paragraphs, running=(), name="paper.pdf"):
    from intercity.core.documents.types import Block, ParsedDocument

    blocks, pos = [], 0
    for i, t in enumerate(paragraphs):
        blocks.append(Block(index=i, text=t, start=pos, end=pos + len(t), kind="paragraph"))
        pos += len(t) + 2
    doc = ParsedDocument(source=name, format="pdf", text="\n\n".join(paragraphs), blocks=blocks, sha256="",
                         language="ja" if any(ord(c) > 0x3000 for c in paragraphs[0]) else "en")
    if running:
        doc.metadata["running_lines"] = list(running)
    return doc


def _engagements_of(doc, home):
    from intercity.core.extraction import extract
    from intercity.core.places import load_gazetteer

    gz = load_gazetteer()
    return _got(extract(doc, gz, gz.get(home)))


def test_an_era_year_with_its_western_year_in_brackets():
    from intercity.core.extraction.dates import find_dates

    assert [d.start for d in find_dates("広報ひめじ 令和7年（2025年）11月1日号")] == ["2025-11-01"]
    assert [d.start for d in find_dates("令和7年(2025)11月1日")] == ["2025-11-01"]


def test_the_issue_date_of_the_running_header_gives_the_year_ja():
    paras = ["フェニックス市長が来訪",
             "姉妹都市のフェニックス市から、市長ら一行5人が10月6日（月）から9日（木）まで本市を訪れました。",
             "来春は令和8年3月に青少年訪問団が来訪する予定です。"]
    assert _engagements_of(_doc(paras, ["広報ひめじ 令和7年（2025年）11月1日号"]), HIMEJI)[0] == \
        ("incoming", ["Phoenix"], "Himeji", "2025-10-06", "2025-10-09")


def test_the_issue_date_of_the_running_header_gives_the_year_en():
    paras = ["Leipzig mayor in Houston",
             "A delegation from Leipzig led by its mayor visited Houston from 6 to 9 October.",
             "Next spring, in March 2026, a youth group is expected."]
    assert _engagements_of(_doc(paras, ["City News · 1 November 2025 · Issue 44"]), HOUSTON)[0] == \
        ("incoming", ["Leipzig"], "Houston", "2025-10-06", "2025-10-09")


# 7. a calendar's row with a deadline
def test_a_calendar_row_with_a_deadline_is_no_visit(extract_text):
    ja = ("<html><body><h2>国際交流カレンダー 2026</h2><table>"
          "<tr><td>11月15日</td><td>国際理解講座／市民会館</td></tr>"
          "<tr><td>12月5日（金）締切</td><td>フェニックス市青少年訪問団 ホストファミリー募集</td></tr>"
          "</table></body></html>")
    assert _run(extract_text, HIMEJI, ja, name="cal.html") == []
    ko = ("<html><body><h2>2026 국제교류 일정</h2><table>"
          "<tr><td>12월 5일(금) 마감</td><td>히메지시 청소년 방문단 홈스테이 가정 모집</td></tr>"
          "</table></body></html>")
    assert _run(extract_text, ANYANG, ko, name="cal.html") == []
    # the visit's own row stays a visit
    ko2 = ("<html><body><h2>2026 국제교류 일정</h2><table>"
           "<tr><td>12월 5일(금)~7일(일)</td><td>히메지시 청소년 방문단 안양시 방문</td></tr>"
           "</table></body></html>")
    assert _run(extract_text, ANYANG, ko2, name="cal.html") == [
        ("incoming", ["Himeji"], "Anyang-si", "2026-12-05", "2026-12-07")]


# 8. a CJK line cut by a column
def test_a_cjk_line_cut_mid_sentence_goes_on_in_the_next():
    paras = ["姉妹都市交流のいま 2025",
             "姉妹都市提携30周年を記念して、公募の市民ら14人による親善訪問団が8月18日（月）～24日",
             "（日）、アメリカのフェニックス市を訪問しました。団員はホームステイをしながら交流を深めました。"]
    assert _engagements_of(_doc(paras), HIMEJI) == [("outgoing", ["Himeji"], "Phoenix", "2025-08-18", "2025-08-24")]
    paras = ["2025년 국제교류 소식",
             "자매결연 30주년을 맞아 시민 14명으로 구성된 친선 방문단이 2025년 8월 18일부터 24일",
             "까지 일본 히메지시를 방문하여 홈스테이를 하며 교류했다."]
    assert _engagements_of(_doc(paras), ANYANG) == [("outgoing", ["Anyang-si"], "Himeji", "2025-08-18", "2025-08-24")]


# 9. a cell: the town, then its country and region
def test_a_cell_with_the_town_over_its_country_and_region_ja(extract_text):
    html = ("<html><body><p>姫路市の姉妹都市・友好都市（3か国・3都市）</p><table>"
            "<tr><td>提携年</td><td>都市</td><td>区分</td></tr>"
            "<tr><td>昭和44年（1969年）</td><td>フェニックス市<br>アメリカ合衆国 アリゾナ州</td><td>姉妹都市</td></tr>"
            "<tr><td>昭和53年（1978年）</td><td>インターラーケン市<br>スイス連邦 ベルン州</td><td>姉妹都市</td></tr>"
            "<tr><td>平成24年（2012年）</td><td>亀尾市<br>大韓民国 慶尚北道</td><td>友好交流都市</td></tr>"
            "</table></body></html>")
    assert ties(extract_text(html.encode(), home_key=HIMEJI, name="t.html")) == {
        ("sister", "Phoenix"), ("sister", "Interlaken"), ("friendship", "Gumi")}


def test_a_cell_with_the_town_over_its_country_and_region_en(extract_text):
    html = ("<html><body><h2>Our sister cities</h2><table>"
            "<tr><th>Since</th><th>City</th><th>Tie</th></tr>"
            "<tr><td>1987</td><td>Interlaken<br>Switzerland, Canton of Bern</td><td>Sister city</td></tr>"
            "<tr><td>1995</td><td>Gumi<br>South Korea, North Gyeongsang</td><td>Sister city</td></tr>"
            "</table></body></html>")
    assert ties(extract_text(html.encode(), home_key=HOUSTON, name="t.html")) >= {
        ("sister", "Interlaken"), ("sister", "Gumi")}


# 10. an institution the state runs
def test_a_state_run_institution_is_no_place():
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    gz = load_gazetteer()
    finder = PlaceFinder(gz, gz.get(HIMEJI))
    assert finder.find("団員は州議会議事堂やミシガン州立大学を訪れました") == []
    assert finder.find("미시간주립대학교를 방문했다") == []
    assert [m.place.name for m in finder.find("ミシガン州の大学を訪れました")] == ["Michigan"]


# 11. a trip's stops, each with its days
def test_each_stop_of_a_trip_with_its_own_days_zh(extract_text):
    text = ("2025年外事工作总结\n\n"
            "9月22日至26日，市政府代表团出访德国莱比锡市（22日至24日）和法国里昂市（24日至26日），出席友好城市纪念活动。\n")
    assert _run(extract_text, HEFEI, text) == [
        ("outgoing", ["Hefei"], "Leipzig", "2025-09-22", "2025-09-24"),
        ("outgoing", ["Hefei"], "Lyon", "2025-09-24", "2025-09-26")]


def test_each_stop_of_a_trip_with_its_own_days_en(extract_text):
    text = ("Annual report 2025\n\n"
            "From 22 to 26 September 2025 the Mayor of Houston led a delegation to Leipzig (22–24 September) and "
            "Lyon (24–26 September).\n")
    assert _run(extract_text, HOUSTON, text) == [
        ("outgoing", ["Houston"], "Leipzig", "2025-09-22", "2025-09-24"),
        ("outgoing", ["Houston"], "Lyon", "2025-09-24", "2025-09-26")]


# 12. a timeline's items
def test_two_lines_opening_with_dates_are_two_items_en(extract_text):
    text = ("EXCHANGE ACTIVITY 2025\n\n"
            "Oct. 22–25   Trade mission continues to Leipzig: signing of a youth\n"
            "             soccer exchange letter with the partner city\n"
            "Nov. 6       Courtesy call by the Consul General of Mexico in Houston on the\n"
            "Mayor\n")
    assert _run(extract_text, HOUSTON, text) == [
        ("meeting", ["MX"], "Houston", "2025-11-06", "2025-11-06"),
        ("outgoing", ["Houston"], "Leipzig", "2025-10-22", "2025-10-25")]


def test_two_lines_opening_with_dates_are_two_items_de(extract_text):
    text = ("AUSTAUSCH 2025\n\n"
            "22.–25.10.2025   Reise des Oberbürgermeisters nach Houston: Unterzeichnung eines Briefes über einen\n"
            "                 Jugendaustausch im Fußball mit der Partnerstadt\n"
            "06.11.2025       Antrittsbesuch des Generalkonsuls von Mexiko in Leipzig beim\n"
            "Oberbürgermeister\n")
    got = _run(extract_text, LEIPZIG, text)
    assert ("outgoing", ["Leipzig"], "Houston", "2025-10-22", "2025-10-25") in got


# 13. a note under a table in spaced columns
def test_a_note_under_a_table_in_spaced_columns_takes_no_kind(extract_text):
    text = ("Friendship Cities\n"
            "  City            Country               Relationship        Since\n"
            "  ----------------------------------------------------------------\n"
            "  Lyon            France                Friendship City     1997\n"
            "  Pune            India                 Friendship City     2013\n\n"
            "Note: the 1990 date for Leipzig is the date of the Council resolution; the\n"
            "agreement was signed in Leipzig the following spring.\n")
    got = ties(extract_text(text.encode(), home_key=HOUSTON, name="list.txt"))
    assert {("friendship", "Lyon"), ("friendship", "Pune")} <= got and not any(n == "Leipzig" for _, n in got)
    text_de = ("Freundschaftsstädte\n"
               "  Stadt           Land                  Beziehung           Seit\n"
               "  Lyon            Frankreich            Freundschaft        1997\n"
               "  Pune            Indien                Freundschaft        2013\n\n"
               "Hinweis: das Datum 1990 für Houston ist das des Ratsbeschlusses; der\n"
               "Vertrag wurde im folgenden Frühjahr in Houston unterzeichnet.\n")
    got = ties(extract_text(text_de.encode(), home_key=LEIPZIG, name="liste.txt"))
    assert not any(n == "Houston" for _, n in got)
