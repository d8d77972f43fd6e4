"""Engagements of the eighth session, in our own words and several languages (written before the rules):

1. dates: a day range tight against a slashed date ("15-16/03/2026"), a CJK range with a long dash ("3月15日—16日"), a CJK
   month before a table's column break ("6月 | …"), slashed dates month first in a document or a country that writes
   them so (4/2/2026 in Houston is April 2);
2. a trip told as a French noun ("Déplacement à Brno du 3 au 5 mai", "Déplacement du maire à Elche");
3. a table of visits known by its header ("Date | Delegation | Purpose", "일자 | 방문단 | 목적"): its dated rows need no visit
   word, and the heading over it gives the side;
4. a visit told by its programme day by day under a heading naming it: one engagement over the days;
5. another city's official received here, told in the passive ("The Mayor of Leipzig was received at City Hall");
6. German "Gäste aus X"; Spanish "se canceló";
7. a report whose title names the trip and whose numbered field gives its period ("1. 방문 기간: …", "１　期間　…");
8. the days of arriving and of leaving in one sentence: one visit over both.
"""

from __future__ import annotations

import pytest

from tests.core.extraction.helpers import eml
from tests.core.extraction.helpers import engagements as _got

HOUSTON, LEIPZIG, RENNES, MADRID = "gn:4699066", "gn:2879139", "gn:2983990", "gn:3117735"
ANYANG, HIMEJI, HEFEI, MANILA = "gn:1846898", "gn:1862627", "gn:1808722", "gn:1701668"


def _run(extract_text, home, text, name="doc.txt"):
    return _got(extract_text(text.encode(), home_key=home, name=name))


# 1. dates
def test_a_day_range_tight_against_a_slashed_date():
    from intercity.core.extraction.dates import find_dates

    assert [(d.start, d.end) for d in find_dates("15-16/03/2026")] == [("2026-03-15", "2026-03-16")]
    assert [(d.start, d.end) for d in find_dates("20–22/10/2026")] == [("2026-10-20", "2026-10-22")]
    # a dash with spaces alone joins no days ("Article 5 - 12/3/2025": the date is the slashed one)
    assert [(d.start, d.end) for d in find_dates("Article 5 - 12/3/2025")] == [("2025-03-12", "2025-03-12")]


def test_a_cjk_range_with_a_long_dash_and_a_month_before_a_column_break():
    from intercity.core.extraction.dates import find_dates

    assert [(d.start, d.end) for d in find_dates("3月15日—16日", 2026)] == [("2026-03-15", "2026-03-16")]
    assert [(d.start, d.end) for d in find_dates("2026年3月15日－16日")] == [("2026-03-15", "2026-03-16")]
    assert [(d.start, d.end) for d in find_dates("3월 15일―16일", 2026)] == [("2026-03-15", "2026-03-16")]
    assert [d.start for d in find_dates("6月 | 日本久留米市议会 | 友好交流", 2026)] == ["2026-06"]
    assert [d.start for d in find_dates("6월\t중국 웨이팡시", 2026)] == ["2026-06"]
    assert find_dates("10月", 2023) == []  # a bare month is still no date


def test_slashed_dates_month_first_where_the_document_or_its_country_writes_them_so():
    from intercity.core.extraction.dates import find_dates, month_first, writes_month_first

    assert writes_month_first("Visit: 3/15/2026", None)  # a date that can only be month first
    assert not writes_month_first("Visit: 15/3/2026", "US")  # the document's own day-first date wins
    assert writes_month_first("Visit: 4/2/2026", "US") and writes_month_first("4/2/2026", "PH")
    assert not writes_month_first("Visit: 4/2/2026", "FR")
    with month_first(True):
        assert [(d.start, d.end) for d in find_dates("4/2/2026–4/4/2026")] == [("2026-04-02", "2026-04-04")]
        assert [d.start for d in find_dates("15/3/2026")] == ["2026-03-15"]  # cannot be month first: day first
    assert [(d.start, d.end) for d in find_dates("4/2/2026–4/4/2026")] == [("2026-02-04", "2026-04-04")]


MONTH_FIRST = [
    (HOUSTON, "Houston, Texas — November 20, 2026\n\nThe Mayor will travel to Leipzig on 12/3/2026 for the Christmas market.",
     [("outgoing", ["Houston"], "Leipzig", "2026-12-03", "2026-12-03")]),
    (HOUSTON, "International Affairs — 2026 report\n\nThe Mayor's trade mission to Guayaquil, 4/2/2026–4/4/2026, opened the port office.",
     [("outgoing", ["Houston"], "Guayaquil", "2026-04-02", "2026-04-04")]),
    # a French home reading a US-style date the document itself proves month first
    (RENNES, "Rapport 2026\n\nLe 3/15/2026, une délégation d'Erlangen a visité Rennes. Le 4/2/2026, la maire s'est rendue à Brno.",
     [("incoming", ["Erlangen"], "Rennes", "2026-03-15", "2026-03-15"),
      ("outgoing", ["Rennes"], "Brno", "2026-04-02", "2026-04-02")]),
    # the same French home, its dates day first
    (RENNES, "Rapport 2026\n\nLe 4/2/2026, la maire s'est rendue à Brno.",
     [("outgoing", ["Rennes"], "Brno", "2026-02-04", "2026-02-04")]),
]


@pytest.mark.parametrize("home,text,expected", MONTH_FIRST, ids=[f"month-first-{i}" for i in range(len(MONTH_FIRST))])
def test_month_first_documents(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 2. a trip as a French noun
FRENCH_TRIPS = [
    (RENNES, "Rapport annuel 2026\n\nDéplacement à Brno du 3 au 5 mai 2026 : la maire a signé une déclaration commune.",
     [("outgoing", ["Rennes"], "Brno", "2026-05-03", "2026-05-05")]),
    (RENNES, "Rapport annuel 2026\n\nDéplacement du maire à Erlangen, 14 et 15 mai 2026 : rencontre avec le conseil municipal.",
     [("outgoing", ["Rennes"], "Erlangen", "2026-05-14", "2026-05-15")]),
    (RENNES, "Rapport annuel 2026\n\nVoyage officiel à Cork du 9 au 11 juin 2026.",
     [("outgoing", ["Rennes"], "Cork", "2026-06-09", "2026-06-11")]),
    # everyday travel is no trip of the city's
    (RENNES, "Rapport annuel 2026\n\nLes déplacements domicile-travail à Rennes ont baissé en mai 2026.", []),
]


@pytest.mark.parametrize("home,text,expected", FRENCH_TRIPS, ids=[f"fr-trip-{i}" for i in range(len(FRENCH_TRIPS))])
def test_a_trip_told_as_a_french_noun(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 3. a table of visits known by its header
VISIT_TABLES = [
    (HOUSTON, "Report, December 2026\n\nDelegations received in 2026\nDate | Delegation | Purpose\n"
              "March 15-16 | City council members of Stavanger | Offshore wind workshop\n"
              "June | Trade group of the Chamber of Commerce of Leipzig | Energy fair\n",
     [("incoming", ["Leipzig"], "Houston", "2026-06", "2026-06"),
      ("incoming", ["Stavanger"], "Houston", "2026-03-15", "2026-03-16")]),
    (LEIPZIG, "Jahresbericht 2026\n\nEmpfangene Delegationen\nDatum | Delegation | Anlass\n"
              "15.–16.03.2026 | Stadtverwaltung Krakau | Fachgespräche Fernwärme\n"
              "Juni 2026 | Mitarbeitende der Stadt Lyon | Hospitation im Digitalisierungsamt\n",
     [("incoming", ["Kraków"], "Leipzig", "2026-03-15", "2026-03-16"),
      ("incoming", ["Lyon"], "Leipzig", "2026-06", "2026-06")]),
    (RENNES, "Rapport annuel 2026\n\nDélégations accueillies\nDate | Délégation | Objet\n"
             "15-16/03/2026 | Élus d'Erlangen | Atelier mobilité\n"
             "20-22/10/2026 | Mission rennaise à Brno | Salon de l'innovation\n",
     [("incoming", ["Erlangen"], "Rennes", "2026-03-15", "2026-03-16"),
      ("outgoing", ["Rennes"], "Brno", "2026-10-20", "2026-10-22")]),
    (MADRID, "Memoria 2026\n\nFecha | Delegación | Objeto\n2026-03-15 | Ayuntamiento de Lisboa | Intercambio técnico de movilidad\n"
             "2026-05-03 – 2026-05-05 | Misión municipal a Buenos Aires | Feria de turismo\n",
     [("incoming", ["Lisbon"], "Madrid", "2026-03-15", "2026-03-15"),
      ("outgoing", ["Madrid"], "Buenos Aires", "2026-05-03", "2026-05-05")]),
    (ANYANG, "2026년 국제교류 실적\n\n일자 | 방문단 | 목적\n3. 15.~3. 16. | 일본 이바라키시 공무원 | 행정 연수\n6월 | 중국 웨이팡시 경제무역국 | 투자 설명회\n",
     [("incoming", ["Ibaraki"], "Anyang-si", "2026-03-15", "2026-03-16"),
      ("incoming", ["Weifang"], "Anyang-si", "2026-06", "2026-06")]),
    (HEFEI, "2026年外事工作总结\n\n日期 | 代表团 | 事由\n3月15日—16日 | 美国哥伦布市经济发展局 | 投资洽谈\n6月 | 日本久留米市议会 | 友好交流\n",
     [("incoming", ["Columbus"], "Hefei", "2026-03-15", "2026-03-16"),
      ("incoming", ["Kurume"], "Hefei", "2026-06", "2026-06")]),
    # the heading over the table says the rows are trips abroad
    (LEIPZIG, "Jahresbericht 2026\n\nAuslandsreisen\nDatum | Delegation | Programm\n3.–5. Mai 2026 | Oberbürgermeister, zwei Stadträte | Houston\n",
     [("outgoing", ["Leipzig"], "Houston", "2026-05-03", "2026-05-05")]),
]


@pytest.mark.parametrize("home,text,expected", VISIT_TABLES, ids=[f"table-{i}" for i in range(len(VISIT_TABLES))])
def test_a_table_of_visits_known_by_its_header(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


def test_a_table_of_visits_in_html_under_a_heading_of_visitors(extract_text):
    html = ("<html><body><h1>Jahresbericht 2026</h1><h2>Empfangene Delegationen</h2><table>"
            "<tr><th>Datum</th><th>Delegation</th><th>Anlass</th></tr>"
            "<tr><td>Juni 2026</td><td>Mitarbeitende der Stadtverwaltung Lyon</td><td>Hospitation im Digitalisierungsamt</td></tr>"
            "<tr><td>07.09.2026</td><td>Stadtverordnete aus Krakau</td><td>Frühjahrsmesse</td></tr>"
            "</table></body></html>")
    assert _run(extract_text, LEIPZIG, html, name="page.html") == [
        ("incoming", ["Kraków"], "Leipzig", "2026-09-07", "2026-09-07"),
        ("incoming", ["Lyon"], "Leipzig", "2026-06", "2026-06")]


def test_a_table_whose_header_names_no_visitors_gives_no_visits(extract_text):
    text = ("Partner cities\n\nCity | Mayor | Agreement signed\nLeipzig | Burkhard Jung | 3 May 1993\n"
            "Stavanger | Kari Nessa Nordtun | 12 June 1997\n")
    assert _run(extract_text, HOUSTON, text) == []


# 4. a visit told by its programme, day by day
PROGRAMMES = [
    (HOUSTON, "Annual report 2026\n\nItinerary: Delegation from Ulsan\nDay 1 (Monday, 14 September 2026): arrival, welcome dinner hosted by the Mayor\n"
              "Day 2 (Tuesday, 15 September 2026): tour of the Port of Houston\nDay 3 (Wednesday, 16 September 2026): departure\n",
     [("incoming", ["Ulsan"], "Houston", "2026-09-14", "2026-09-16")]),
    (HOUSTON, "Annual report 2026\n\nProgramme of the visit of the Ulsan delegation\n14 September 2026 – Arrival, welcome dinner hosted by the Mayor\n"
              "15 September 2026 – Tour of the Port of Houston\n16 September 2026 – Departure\n",
     [("incoming", ["Ulsan"], "Houston", "2026-09-14", "2026-09-16")]),
    (LEIPZIG, "Jahresbericht 2026\n\nProgramm: Besuch aus Krakau\nMontag, 14. September 2026: Ankunft, Empfang im Rathaus\n"
              "Dienstag, 15. September 2026: Besichtigung der Messe\nMittwoch, 16. September 2026: Abreise\n",
     [("incoming", ["Kraków"], "Leipzig", "2026-09-14", "2026-09-16")]),
    (ANYANG, "2026년 국제교류 실적\n\n일본 이바라키시 대표단 방문 일정\n9. 14.(월) 입국, 시장 환영 만찬\n9. 15.(화) 산업단지 시찰\n9. 16.(수) 출국\n",
     [("incoming", ["Ibaraki"], "Anyang-si", "2026-09-14", "2026-09-16")]),
    (HIMEJI, "令和8年度 国際交流報告\n\nフェニックス市訪問団 日程\n9月14日（月）　来姫、市長表敬\n9月15日（火）　姫路城見学\n9月16日（水）　離日\n",
     [("incoming", ["Phoenix"], "Himeji", "2026-09-14", "2026-09-16")]),
    # dated lines under a heading that names no visit: a calendar, no programme
    (HOUSTON, "Annual report 2026\n\nCouncil calendar\n14 September 2026 – Budget hearing\n15 September 2026 – Planning committee\n", []),
]


@pytest.mark.parametrize("home,text,expected", PROGRAMMES, ids=[f"programme-{i}" for i in range(len(PROGRAMMES))])
def test_a_visit_told_by_its_programme_day_by_day(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 5. another city's official received here, in the passive; 6. "Gäste aus", "se canceló"
PASSIVES_AND_WORDS = [
    (HOUSTON, "Annual report 2026\n\nThe Mayor of Leipzig was received at City Hall on 3 May 2026.",
     [("incoming", ["Leipzig"], "Houston", "2026-05-03", "2026-05-03")]),
    (MADRID, "Memoria 2026\n\nEl alcalde de Lisboa fue recibido en el Palacio de Cibeles el 9 de junio de 2026.",
     [("incoming", ["Lisbon"], "Madrid", "2026-06-09", "2026-06-09")]),
    (LEIPZIG, "Jahresbericht 2026\n\nDer Oberbürgermeister von Brno wurde am 12. Juni 2026 im Rathaus empfangen.",
     [("incoming", ["Brno"], "Leipzig", "2026-06-12", "2026-06-12")]),
    # the home official received abroad still goes there
    (HOUSTON, "Annual report 2026\n\nThe Mayor was received in Leipzig by the Lord Mayor of Leipzig on 3 May 2026.",
     [("outgoing", ["Houston"], "Leipzig", "2026-05-03", "2026-05-03")]),
    (LEIPZIG, "Jahresbericht 2026\n\nDer Oberbürgermeister wurde am 12. Juni 2026 in Brno vom Primator empfangen.",
     [("outgoing", ["Leipzig"], "Brno", "2026-06-12", "2026-06-12")]),
    (LEIPZIG, "Jahresbericht 2026\n\nAm 12. Juni 2026 waren Gäste aus Brno im Rathaus.",
     [("incoming", ["Brno"], "Leipzig", "2026-06-12", "2026-06-12")]),
    (MADRID, "Memoria 2026\n\nLa visita de la delegación de Lisboa prevista para el 3 de mayo de 2026 se canceló.", []),
    (MADRID, "Memoria 2026\n\nSe cancelaron las visitas a Lisboa del 3 de mayo de 2026 por la huelga.", []),
    (LEIPZIG, "Jahresbericht 2026\n\nDer für den 12. Juni 2026 geplante Besuch aus Brno wurde abgesagt.", []),
    (ANYANG, "2026년 국제교류 실적\n\n5월 3일 예정이었던 웨이팡시 대표단 방문은 취소되었다.", []),
]


@pytest.mark.parametrize("home,text,expected", PASSIVES_AND_WORDS, ids=[f"passive-words-{i}" for i in range(len(PASSIVES_AND_WORDS))])
def test_passives_guests_and_cancellations(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 7. a report whose title names the trip, its period in a numbered field
REPORTS = [
    (ANYANG, "가든그로브시 방문 결과 보고\n\n1. 방문 기간: 2026. 5. 3.(일) ~ 5. 5.(화)\n2. 방문단: 시장 외 4명\n",
     [("outgoing", ["Anyang-si"], "Garden Grove", "2026-05-03", "2026-05-05")]),
    (HIMEJI, "フェニックス市訪問報告書\n\n１　期間　令和8年5月3日（日）～5日（火）\n２　参加者　市長ほか4名\n",
     [("outgoing", ["Himeji"], "Phoenix", "2026-05-03", "2026-05-05")]),
    (HEFEI, "赴久留米市考察报告\n\n一、时间：2026年5月3日至5日\n二、人员：市长等5人\n",
     [("outgoing", ["Hefei"], "Kurume", "2026-05-03", "2026-05-05")]),
    (HOUSTON, "Report on the visit to Leipzig\n\n1. Dates: 3–5 May 2026\n2. Participants: the Mayor, four council members\n",
     [("outgoing", ["Houston"], "Leipzig", "2026-05-03", "2026-05-05")]),
]


@pytest.mark.parametrize("home,text,expected", REPORTS, ids=[f"report-{i}" for i in range(len(REPORTS))])
def test_a_trip_report_title_and_its_numbered_period_field(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 8. the days of arriving and of leaving
ARRIVALS = [
    (HOUSTON, "Dear all,\n\nThe delegation from Stavanger arrives on 3 December and leaves on 5 December. Please keep the dates free.\n",
     [("incoming", ["Stavanger"], "Houston", "2026-12-03", "2026-12-05")]),
    (LEIPZIG, "Liebe Kolleginnen und Kollegen,\n\ndie Delegation aus Brno reist am 3. Dezember an und am 5. Dezember wieder ab.\n",
     [("incoming", ["Brno"], "Leipzig", "2026-12-03", "2026-12-05")]),
    (MADRID, "Estimados:\n\nLa delegación de Lisboa llegará el 3 de diciembre y regresará el 5 de diciembre.\n",
     [("incoming", ["Lisbon"], "Madrid", "2026-12-03", "2026-12-05")]),
    (ANYANG, "안녕하세요.\n\n웨이팡시 대표단은 12월 3일 입국하여 12월 5일 출국할 예정입니다.\n",
     [("incoming", ["Weifang"], "Anyang-si", "2026-12-03", "2026-12-05")]),
    # a second day that is no departure: the visit keeps its day
    (HOUSTON, "Dear all,\n\nThe delegation from Stavanger visits on 3 December; the report is due on 5 December.\n",
     [("incoming", ["Stavanger"], "Houston", "2026-12-03", "2026-12-03")]),
]


@pytest.mark.parametrize("home,body,expected", ARRIVALS, ids=[f"arrival-{i}" for i in range(len(ARRIVALS))])
def test_the_days_of_arriving_and_leaving_make_one_visit(extract_text, home, body, expected):
    x = extract_text(eml("Visit", body, date="Tue, 10 Nov 2026 09:00:00 +0100"), home_key=home, name="m.eml")
    assert _got(x) == expected


# forms that already worked, kept as guards in every language the session covered
GUARDS = [
    (HOUSTON, "Annual report 2026\n\nA delegation from Stavanger led by Mayor Kari Nessa Nordtun visited our city on 15 to 16 March 2026.",
     [("incoming", ["Stavanger"], "Houston", "2026-03-15", "2026-03-16")]),
    (HOUSTON, "Annual report 2026\n\nVisit to Leipzig (3–5 May)\nThe Mayor and four council members met the Lord Mayor.",
     [("outgoing", ["Houston"], "Leipzig", "2026-05-03", "2026-05-05")]),
    (LEIPZIG, "Jahresbericht 2026\n\nBesuch einer Delegation aus Krakau vom 15.-16.03.2026 im Neuen Rathaus.",
     [("incoming", ["Kraków"], "Leipzig", "2026-03-15", "2026-03-16")]),
    (LEIPZIG, "Jahresbericht 2026\n\nReise nach Houston, 3. bis 5. Mai 2026: Oberbürgermeister Jung besuchte die Partnerstadt.",
     [("outgoing", ["Leipzig"], "Houston", "2026-05-03", "2026-05-05")]),
    (RENNES, "Rapport annuel 2026\n\nAccueil d'une délégation de Erlangen du 15 au 16 mars 2026 à l'Hôtel de Ville.",
     [("incoming", ["Erlangen"], "Rennes", "2026-03-15", "2026-03-16")]),
    (MADRID, "Memoria 2026\n\nEl 15 y 16 de marzo de 2026 recibimos a una delegación de Lisboa encabezada por su alcalde.",
     [("incoming", ["Lisbon"], "Madrid", "2026-03-15", "2026-03-16")]),
    (MADRID, "Memoria 2026\n\nViaje oficial a Buenos Aires del 3 al 5 de mayo de 2026 del alcalde.",
     [("outgoing", ["Madrid"], "Buenos Aires", "2026-05-03", "2026-05-05")]),
    (ANYANG, "2026년 국제교류 실적\n\n시장, 미국 가든그로브시 방문 (2026. 5. 3.~5. 5.)",
     [("outgoing", ["Anyang-si"], "Garden Grove", "2026-05-03", "2026-05-05")]),
    (HIMEJI, "令和8年度 国際交流報告\n\n令和8年5月12日から14日まで、市長がアデレード市を訪問した。",
     [("outgoing", ["Himeji"], "Adelaide", "2026-05-12", "2026-05-14")]),
    (HEFEI, "2026年外事工作总结\n\n3月15日至16日，美国哥伦布市代表团来访。",
     [("incoming", ["Columbus"], "Hefei", "2026-03-15", "2026-03-16")]),
    (HEFEI, "2026年外事工作总结\n\n原定于5月3日至5日来访的哥伦布市代表团因故取消。", []),
]


@pytest.mark.parametrize("home,text,expected", GUARDS, ids=[f"guard-{i}" for i in range(len(GUARDS))])
def test_forms_that_already_worked(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 9. more wording: a courtesy or goodwill call (表敬訪問, 친선 방문), a stay with host families, "hielt sich … auf"
MORE_WORDING = [
    (HIMEJI, "令和8年度 国際交流報告\n\n市長は令和8年5月3日、姉妹都市フェニックス市を表敬訪問した。",
     [("outgoing", ["Himeji"], "Phoenix", "2026-05-03", "2026-05-03")]),
    (HIMEJI, "令和8年度 国際交流報告\n\n5月3日、議長がアデレード市を親善訪問した。",
     [("outgoing", ["Himeji"], "Adelaide", "2026-05-03", "2026-05-03")]),
    (ANYANG, "2026년 국제교류 실적\n\n시장은 2026년 5월 3일 가든그로브시를 친선 방문하였다.",
     [("outgoing", ["Anyang-si"], "Garden Grove", "2026-05-03", "2026-05-03")]),
    (HOUSTON, "2026 Annual Report\n\nJune 2026: 15 students from Leipzig stayed with host families in Houston.",
     [("incoming", ["Leipzig"], "Houston", "2026-06", "2026-06")]),
    (LEIPZIG, "Jahresbericht 2026\n\nIm Juli 2026 wohnten zwölf Jugendliche aus Krakau in Gastfamilien in Leipzig.",
     [("incoming", ["Kraków"], "Leipzig", "2026-07", "2026-07")]),
    (HIMEJI, "令和8年度 国際交流報告\n\n7月下旬、フェニックス市の高校生10名が本市でホームステイを体験した。",
     [("incoming", ["Phoenix"], "Himeji", "2026-07", "2026-07")]),
    (ANYANG, "2026년 국제교류 실적\n\n2026년 7월 가든그로브시 청소년 10명이 우리 시에서 홈스테이를 하였다.",
     [("incoming", ["Garden Grove"], "Anyang-si", "2026-07", "2026-07")]),
    (LEIPZIG, "Jahresbericht 2026\n\nVom 3. bis 5. Mai 2026 hielt sich Oberbürgermeister Jung in Houston auf.",
     [("outgoing", ["Leipzig"], "Houston", "2026-05-03", "2026-05-05")]),
]


@pytest.mark.parametrize("home,text,expected", MORE_WORDING, ids=[f"wording-{i}" for i in range(len(MORE_WORDING))])
def test_courtesy_calls_home_stays_and_stays(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 10. a timeline: the next dated item is another visit, not the participants of a meeting with no party
TIMELINES = [
    (HOUSTON, "2026 highlights\n\nJan. 27 – Annual meeting of the Houston Sister Cities Council at the Houston Public Library.\n"
              "June 16–19 – A delegation from Leipzig, led by the Deputy Mayor, visited Houston.\n",
     [("incoming", ["Leipzig"], "Houston", "2026-06-16", "2026-06-19")]),
    (LEIPZIG, "Rückblick 2026\n\n27. Januar – Treffen des Partnerschaftsvereins im Neuen Rathaus Leipzig.\n"
              "16.–19. Juni – Eine Delegation aus Krakau besuchte Leipzig.\n",
     [("incoming", ["Kraków"], "Leipzig", "2026-06-16", "2026-06-19")]),
    (ANYANG, "2026년 주요 일정\n\n1. 27. 안양시 자매도시위원회 정기 회의\n6. 16.~6. 19. 웨이팡시 대표단 안양시 방문\n",
     [("incoming", ["Weifang"], "Anyang-si", "2026-06-16", "2026-06-19")]),
]


@pytest.mark.parametrize("home,text,expected", TIMELINES, ids=[f"timeline-{i}" for i in range(len(TIMELINES))])
def test_the_next_dated_item_of_a_timeline_is_not_a_meetings_participants(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 11. an East Asian slashed month/day with its weekday; "同月" (the same month); Chinese "在 X" (at X)
def test_an_east_asian_slashed_month_day_with_its_weekday_and_the_same_month():
    from intercity.core.extraction.dates import find_dates

    assert [(d.start, d.end) for d in find_dates("5/3（日）～5/5（火）", 2026)] == [("2026-05-03", "2026-05-05")]
    assert [(d.start, d.end) for d in find_dates("5/3(일)~5(화)", 2026)] == [("2026-05-03", "2026-05-05")]
    assert [(d.start, d.end) for d in find_dates("令和8年5月3日〜同月5日")] == [("2026-05-03", "2026-05-05")]
    assert find_dates("3/4-5/6") == []  # no weekday: nothing says which number is the month


EAST_ASIAN = [
    (HIMEJI, "令和8年度 国際交流報告\n\nフェニックス市長一行来姫　5/3（日）～5/5（火）",
     [("incoming", ["Phoenix"], "Himeji", "2026-05-03", "2026-05-05")]),
    (ANYANG, "2026년 국제교류 실적\n\n웨이팡시 대표단 내방 5/3(일)~5(화)",
     [("incoming", ["Weifang"], "Anyang-si", "2026-05-03", "2026-05-05")]),
    (HEFEI, "2026年外事工作总结\n\n5月3日，市长在哥伦布市会见了该市市长。",
     [("outgoing", ["Hefei"], "Columbus", "2026-05-03", "2026-05-03")]),
    (HEFEI, "2026年外事工作总结\n\n5月3日，市长会见了来访的哥伦布市市长。",
     [("incoming", ["Columbus"], "Hefei", "2026-05-03", "2026-05-03")]),
]


@pytest.mark.parametrize("home,text,expected", EAST_ASIAN, ids=[f"east-asian-{i}" for i in range(len(EAST_ASIAN))])
def test_east_asian_forms(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 12. a date alone on its line as the caption of the short lines under it (a timeline on a slide, a calendar)
CAPTIONS = [
    (HOUSTON, "2026 timeline\n\nMay 19–22\nMayor of Leipzig and a delegation of twelve visit Houston\n"
              "July 27 – August 3\nYouth exchange trip to Stavanger\n",
     [("incoming", ["Leipzig"], "Houston", "2026-05-19", "2026-05-22"),
      ("outgoing", ["Houston"], "Stavanger", "2026-07-27", "2026-08-03")]),
    (LEIPZIG, "Zeitleiste 2026\n\n19.–22. Mai\nDelegation aus Krakau zu Gast\n27. Juli – 3. August\nReise der Jugendgruppe nach Houston\n",
     [("incoming", ["Kraków"], "Leipzig", "2026-05-19", "2026-05-22"),
      ("outgoing", ["Leipzig"], "Houston", "2026-07-27", "2026-08-03")]),
    (HIMEJI, "令和8年度 国際交流事業の進捗\n\n5月19日（火）〜22日（金）\nフェニックス市長一行 来姫\n10月9日（金）\n駐日ネパール大使 市長表敬\n",
     [("incoming", ["Phoenix"], "Himeji", "2026-05-19", "2026-05-22"),
      ("meeting", ["NP"], "Himeji", "2026-10-09", "2026-10-09")]),
]


@pytest.mark.parametrize("home,text,expected", CAPTIONS, ids=[f"caption-{i}" for i in range(len(CAPTIONS))])
def test_a_date_alone_on_its_line_captions_the_lines_under_it(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected


# 13. the date of a visit word right next to it survives a signing in the same sentence; a span of days next to a kind
# word is no tie's date; French "se rendra … à X"
SIGNED_DURING = [
    (HOUSTON, "Newsletter — Spring 2026\n\nStavanger Mayor Kari Nessa Nordtun and Houston Mayor John Whitmire signed a renewal "
              "agreement during her April 12–14 visit.",
     [("incoming", ["Stavanger"], "Houston", "2026-04-12", "2026-04-14")]),
    (MADRID, "Boletín 2026\n\nDurante su visita del 12 al 14 de abril de 2026, los alcaldes de Lisboa y Madrid firmaron un convenio.",
     [("incoming", ["Lisbon"], "Madrid", "2026-04-12", "2026-04-14")]),
    (LEIPZIG, "Rundbrief 2026\n\nWährend ihres Besuchs vom 12. bis 14. April 2026 unterzeichneten die Delegation aus Krakau und "
              "die Stadt eine Absichtserklärung.",
     [("incoming", ["Kraków"], "Leipzig", "2026-04-12", "2026-04-14")]),
    (ANYANG, "보도자료 2026. 3. 2.\n\n안양시장, 4월 12일부터 16일까지 자매도시 가든그로브시 방문",
     [("outgoing", ["Anyang-si"], "Garden Grove", "2026-04-12", "2026-04-16")]),
    (RENNES, "Communiqué de presse, 2 mars 2026\n\nLa maire de Rennes se rendra du 12 au 16 avril 2026 à Erlangen, ville jumelle "
             "de Rennes depuis 1964.",
     [("outgoing", ["Rennes"], "Erlangen", "2026-04-12", "2026-04-16")]),
    # a signing date stays no visit's
    (HOUSTON, "Newsletter 2026\n\nThe sister city agreement with Leipzig was signed on 12 April 1993.", []),
]


@pytest.mark.parametrize("home,text,expected", SIGNED_DURING, ids=[f"signed-during-{i}" for i in range(len(SIGNED_DURING))])
def test_a_visits_own_date_beside_a_signing_and_a_span_beside_a_kind_word(extract_text, home, text, expected):
    assert _run(extract_text, home, text) == expected
