"""Extraction rules on small documents written for the test (English, Korean, Japanese, French,
German), read with the real readers and resolved with the real gazetteer."""

from __future__ import annotations

import io

import pytest

INTERLEAVED = """Gwangju Metropolitan City
Sister Cities (8 cities from 7 countries)

- 1 San Antonio
- 3 Guangzhou
- 5 Medan.
- 7 Changzhi

- 2 .Tainan
- 4 sendai
- 6 Nghe An Province
INTERNATIONAL  EXCHANGE  DIVISION
"""


def test_two_column_list_keeps_printed_numbers_and_strips_noise(extract_text):
    x = extract_text(INTERLEAVED, home_key="gn:1841811")
    got = {p.sequence: (p.name_as_written, p.place.country_code if p.place else None) for p in x.partnerships}
    assert got == {1: ("San Antonio", "US"), 2: ("Tainan", "TW"), 3: ("Guangzhou", "CN"), 4: ("sendai", "JP"),
                   5: ("Medan", "ID"), 6: ("Nghe An Province", "VN"), 7: ("Changzhi", "CN")}
    assert all(p.kind == "sister" for p in x.partnerships)
    claim = x.claims[0]
    assert (claim.cities, claim.countries, claim.check) == (8, 7, "inconsistent")
    assert any("has 7 entries; its heading says 8" in w for w in x.warnings)


KOREAN = """대구광역시 국제교류 도시 현황
■ 자매도시 (3개 도시, 3개국)
1. 애틀랜타, 미국
2. 칭다오, 중국
3) 알마티, 카자흐스탄.
■ 우호협력도시 (2개 도시, 2개국)
1) 닝보, 중국
2) 다낭, 베트남
※ 알마티시 대표단 방문: 2019. 9. 24. ~ 9. 26. (경제·의료 분야 협의)
"""


def test_korean_lists_kinds_countries_and_a_visit(extract_text):
    x = extract_text(KOREAN, home_key="gn:1835329")  # Daegu
    sisters = {p.sequence: (p.place.name, p.country_as_written) for p in x.partnerships if p.kind == "sister"}
    friends = {p.sequence: (p.place.name, p.country_as_written) for p in x.partnerships if p.kind == "friendship"}
    assert sisters == {1: ("Atlanta", "US"), 2: ("Qingdao", "CN"), 3: ("Almaty", "KZ")}
    assert friends == {1: ("Ningbo", "CN"), 2: ("Da Nang", "VN")}
    assert {(c.scope, c.check) for c in x.claims} == {("sister", "consistent"), ("friendship", "consistent")}
    (e,) = x.engagements
    assert (e.kind, [v.name for v in e.visiting], e.host.name, e.start, e.end) == \
        ("incoming", ["Almaty"], "Daegu", "2019-09-24", "2019-09-26")


JAPANESE = """福岡市の姉妹都市・友好都市
姉妹都市（3都市・2か国）
・オークランド（アメリカ合衆国）　1962年
・ボルドー（フランス）　1982年
・オークランド（ニュージーランド）　1986年
友好都市
・広州（中国）　1979年
平成27年5月　市長がボルドー市を訪問し、ワイン・観光分野の協力について協議した。
"""


def test_japanese_list_with_countries_years_and_a_mission(extract_text):
    x = extract_text(JAPANESE.encode("shift_jis"), home_key="gn:1863967", name="fukuoka.txt")
    got = [(p.kind, p.place.name, p.place.country_code, p.since) for p in x.partnerships]
    assert got == [("sister", "Oakland", "US", "1962"), ("sister", "Bordeaux", "FR", "1982"),
                   ("sister", "Auckland", "NZ", "1986"), ("friendship", "Guangzhou", "CN", "1979")]
    assert [(c.cities, c.countries, c.check) for c in x.claims] == [(3, 2, "inconsistent")]
    (e,) = x.engagements
    assert (e.kind, [v.name for v in e.visiting], e.host.name, e.start) == ("outgoing", ["Fukuoka"], "Bordeaux", "2015-05")


PROSE = """Frankfurt am Main and its twin cities

Frankfurt has been twinned with Lyon since 1960 and with Birmingham since 1966. Its partnership with Milan dates from 1970, and Tel Aviv-Yafo followed in 1980. More recently the city was twinned with Eskişehir in Turkey (2013).

A separate partnership agreement, signed in 2011, links Frankfurt with Yokohama.

A Frankfurt delegation visited Lyon from 15 to 16 March 2017 to compare riverbank developments.
"""


def test_ties_in_running_text_and_an_outgoing_visit(extract_text):
    x = extract_text(PROSE, home_key="gn:2925533")
    got = {(p.kind, p.place.name, p.since) for p in x.partnerships}
    assert got == {("sister", "Lyon", "1960"), ("sister", "Birmingham", "1966"), ("sister", "Milan", "1970"),
                   ("sister", "Tel Aviv", "1980"), ("sister", "Eskişehir", "2013"), ("partner", "Yokohama", None)}
    (e,) = x.engagements
    assert (e.kind, [v.name for v in e.visiting], e.host.name, e.start, e.end) == \
        ("outgoing", ["Frankfurt am Main"], "Lyon", "2017-03-15", "2017-03-16")


@pytest.mark.parametrize("text,home,visiting,host,start,end", [
    ("부산시의 자매도시인 스페인 바르셀로나시 대표단이 2017년 3월 15일부터 16일까지 부산을 방문했다.", "gn:1838524",
     ["Barcelona"], "Busan", "2017-03-15", "2017-03-16"),
    ("Pour célébrer ce 60e anniversaire, la Ville de Lyon accueillera une délégation de Yokohama du 8 au 10 décembre 2019.",
     "gn:2996944", ["Yokohama"], "Lyon", "2019-12-08", "2019-12-10"),
    ("Eine Delegation aus Shanghai war vom 15.-16.03.2017 zu Gast im Rathaus.", "gn:2911298",
     ["Shanghai"], "Hamburg", "2017-03-15", "2017-03-16"),
    ("Una delegación de la ciudad de Busan visitó Barcelona del 12 al 14 de noviembre de 2018.", "gn:3128760",
     ["Busan"], "Barcelona", "2018-11-12", "2018-11-14"),
    ("2016年10月12日〜14日、神戸市長が仁川広域市を訪問し、両市の経済交流について協議した。", "gn:1859171",
     ["Kobe"], "Incheon", "2016-10-12", "2016-10-14"),
    ("平成27年5月、バルセロナ市の副市長が来神し、港湾とデザインの分野での協力について意見を交換した。", "gn:1859171",
     ["Barcelona"], "Kobe", "2015-05", "2015-05"),
])
def test_visits_in_several_languages(extract_text, text, home, visiting, host, start, end):
    x = extract_text(text, home_key=home)
    assert len(x.engagements) == 1, x.engagements
    e = x.engagements[0]
    assert ([v.name for v in e.visiting], e.host.name, e.start, e.end) == (visiting, host, start, end)
    assert e.kind == ("incoming" if e.host.key == home else "outgoing")


def test_dates_that_are_not_visits(extract_text):
    text = ("Please send us the final list of participants by 5 May 2023.\n\n"
            "The plenary session of World Cities took place in Seoul on 14.03.2017.\n")
    assert extract_text(text).engagements == []


def test_meeting_with_a_consul(extract_text):
    x = extract_text("Ahead of the mission, the Deputy Mayor met the Consul General of Japan in Lyon on 2 September 2019.",
                     home_key="gn:2996944")
    (e,) = x.engagements
    assert (e.kind, [v.kind for v in e.visiting], e.visiting[0].country_code, e.host.name, e.start) == \
        ("meeting", ["country"], "JP", "Lyon", "2019-09-02")


AREAS = """Future Areas of Cooperation
Green-Port
Smart-Water
Safe-City
A port that cuts the emissions of its container terminals and ships.
A city that prepares for earthquakes and typhoons with early warning for every citizen.
Clean drinking water and wastewater treatment monitored in real time.
Thank you
"""


def test_areas_are_matched_to_their_descriptions_by_meaning(extract_text):
    x = extract_text(AREAS)
    got = {a.title: a.description.split()[1] for a in x.areas}
    assert got == {"Green-Port": "port", "Smart-Water": "drinking", "Safe-City": "city"}
    safe = next(a for a in x.areas if a.title == "Safe-City")
    assert "earthquakes" in safe.description and safe.themes[0] == "safety-resilience"
    assert all(a.status == "idea" and [p.name for p in a.parties] == ["Busan"] for a in x.areas)
    assert not x.cooperation


def test_team_people_and_no_duplicates(extract_text):
    text = ("Presenter: KIM Min-ji, Director of International Relations · 3 May 2022\n\n"
            "International Relations Division, Gwangju Metropolitan City\n\n"
            "Ms. KIM Min-ji, Director of International Relations\n\n"
            "Responsible for Europe and the Americas\n"
            "*Sister city programme\n\n"
            "Mr. John Smith, Translator\n\n"
            "Busan keeps 37 partnerships.\n")
    x = extract_text(text, home_key="gn:1841811")
    people = {p.name: p for p in x.people}
    assert set(people) == {"KIM Min-ji", "John Smith"}
    kim = people["KIM Min-ji"]
    assert (kim.role, kim.portfolio) == ("Director of International Relations", "Europe and the Americas; Sister city programme")
    assert kim.organisation == "International Relations Division, Gwangju Metropolitan City"
    assert people["John Smith"].role == "Translator"


def test_partner_table_in_a_generated_docx(gaz, read):
    from docx import Document

    from intercity.core.extraction import extract

    doc = Document()
    doc.add_heading("Incheon's sister cities", level=1)
    table = doc.add_table(rows=4, cols=3)
    for r, row in enumerate([("City", "Country", "Since"), ("Kitakyushu", "Japan", "1988"),
                             ("Anchorage", "USA", "1986"), ("Bandar", "–", "2008")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_heading("Cooperation items", level=1)
    for item in ("Port logistics: agreed in principle at the 2019 forum.", "Youth exchange: suspended since 2020."):
        doc.add_paragraph(item, style="List Number")
    buf = io.BytesIO()
    doc.save(buf)
    parsed = read(buf.getvalue(), "incheon.docx")
    x = extract(parsed, gaz, gaz.get("gn:1843564"))
    got = [(p.name_as_written, p.place.country_code if p.place else None, p.since, p.kind) for p in x.partnerships]
    assert got == [("Kitakyushu", "JP", "1988", "sister"), ("Anchorage", "US", "1986", "sister"), ("Bandar", None, "2008", "sister")]
    assert x.partnerships[2].resolution.ambiguous
    assert [(c.title, c.status) for c in x.cooperation + x.areas] == [("Port logistics", "agreed"), ("Youth exchange", "stalled")]


def test_nothing_to_find(extract_text):
    x = extract_text("MEMO\nTo: all team members\n1. Please file every translation request three days ahead.\n"
                     "2. The printer on the second floor is out of toner until Thursday.\n")
    assert not (x.partnerships or x.engagements or x.cooperation or x.areas or x.people or x.claims)


def test_subject_without_a_home_city(gaz, read):
    from intercity.core.extraction import extract

    doc = read("Busan Metropolitan City\n\nBusan is the second largest city in South Korea.\n\n"
               "Sister Cities (2 cities from 2 countries)\n- 1 Kaohsiung\n- 2 Los Angeles\n")
    x = extract(doc, gaz, None)
    assert x.subject.name == "Busan"
    assert [p.place.name for p in x.partnerships] == ["Kaohsiung", "Los Angeles"]


CHINESE = """广州市国际友好城市
广州市已与世界上25个国家的30个城市建立了友好城市（姐妹城市）关系。
二、友好合作交流城市
1. 釜山（韩国）
2. 曼谷（泰国）
2019年5月20日至22日，釜山市代表团访问广州，双方就港口物流合作进行了交流。
"""


def test_chinese_kinds_claim_and_visit(extract_text):
    x = extract_text(CHINESE, home_key="gn:1809858")  # Guangzhou
    assert [(p.kind, p.place.name) for p in x.partnerships] == [("friendship", "Busan"), ("friendship", "Bangkok")]
    (claim,) = x.claims
    assert (claim.cities, claim.countries, claim.scope, claim.check) == (30, 25, "sister", "unverified")
    (e,) = x.engagements
    assert ([v.name for v in e.visiting], e.host.name, e.start, e.end) == (["Busan"], "Guangzhou", "2019-05-20", "2019-05-22")


def test_ocr_digits_in_names_are_repaired(extract_text):
    x = extract_text("Sister Cities ( 3 cities from 3 countries )\n1 . Chicag0\n2 . Me1bourne\n3 . Sao Paul0\n",
                     home_key="gn:1853909")
    assert [(p.name_as_written, p.place.name, p.place.country_code) for p in x.partnerships] == \
        [("Chicag0", "Chicago", "US"), ("Me1bourne", "Melbourne", "AU"), ("Sao Paul0", "São Paulo", "BR")]
    assert all(p.confidence >= 0.9 for p in x.partnerships)
    assert x.claims[0].check == "consistent"


NEWS = """<html><head><title>Tel Aviv delegation visits Incheon</title></head><body>
<article><h1>Tel Aviv delegation visits Incheon</h1>
<p>Published 2 April 2019</p>
<p>A delegation from Tel Aviv-Yafo, led by the Deputy Mayor, visited Incheon on 28 March 2019 to discuss start-up
cooperation. Incheon and Tel Aviv have been sister cities since 2000.</p>
<p>The two cities agreed on a start-up exchange programme for 2020.</p></article></body></html>"""


def test_news_item_publication_date_is_not_the_visit(extract_text):
    x = extract_text(NEWS, home_key="gn:1843564", name="news.html")
    (e,) = x.engagements
    assert ([v.name for v in e.visiting], e.host.name, e.start) == (["Tel Aviv"], "Incheon", "2019-03-28")
    assert [(p.kind, p.place.name, p.since) for p in x.partnerships] == [("sister", "Tel Aviv", "2000")]
    (item,) = x.cooperation
    assert (item.title, item.status, [p.name for p in item.parties]) == \
        ("start-up exchange programme", "agreed", ["Incheon", "Tel Aviv"])


def test_korean_email_takes_the_year_from_its_date_header(extract_text):
    import base64

    subject = base64.b64encode("후쿠오카시 대표단 방문 일정".encode()).decode()
    head = (f'From: <intl@busan.example>\nTo: <x@fukuoka.example>\nDate: Tue, 14 May 2019 10:00:00 +0900\n'
            f'Subject: =?UTF-8?B?{subject}?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=euc-kr\n'
            'Content-Transfer-Encoding: 8bit\n\n').encode()
    body = ("후쿠오카시 대표단이 6월 3일부터 5일까지 부산을 방문할 예정입니다.\n"
            "부산시와 후쿠오카시는 2007년 행정교류도시 협정을 맺었습니다.\n"
            "청소년 교류 사업은 현재 협의 중입니다.\n").encode("euc-kr")
    x = extract_text(head + body, name="visit.eml")
    (e,) = x.engagements
    assert ([v.name for v in e.visiting], e.host.name, e.start, e.end) == (["Fukuoka"], "Busan", "2019-06-03", "2019-06-05")
    assert [(p.kind, p.place.name, p.since) for p in x.partnerships] == [("partner", "Fukuoka", "2007")]
    (item,) = x.cooperation
    assert (item.title, item.status, item.themes[0]) == ("청소년 교류 사업", "in_progress", "education-youth")


def test_status_table_without_a_section_heading(extract_text):
    text = ("# Seoul / Hanoi follow-up\n\nMeeting with the Hanoi delegation at Seoul City Hall on 15 March 2019.\n\n"
            "| # | Item | Where it stands |\n|---|---|---|\n| 1 | Urban railway training | Agreed in principle |\n"
            "| 2 | Smart traffic signals | Communications are ongoing |\n| 3 | River study tour | Suspended |\n")
    x = extract_text(text, home_key="gn:1835848", name="notes.md")
    assert [(c.sequence, c.title, c.status) for c in x.cooperation] == [
        (1, "Urban railway training", "agreed"), (2, "Smart traffic signals", "in_progress"), (3, "River study tour", "stalled")]
    assert all([p.name for p in c.parties] == ["Seoul", "Hanoi"] for c in x.cooperation)


def test_ocr_noise_in_headings_and_markers(extract_text):
    text = "S1ster Citles ( 3 cities from 3 countries )\nl. Ch1cago\n2 . 0saka\n3. Mani1a .\n"
    x = extract_text(text, home_key="gn:1835848")
    assert [(p.sequence, p.place.name) for p in x.partnerships] == [(1, "Chicago"), (2, "Osaka"), (3, "Manila")]
    assert x.claims[0].check == "consistent"


@pytest.mark.parametrize("text,home,kind,visiting,host,start", [
    ("In November 2022, a delegation from Incheon will travel to Vienna for the IURC kick-off.", "gn:1843564",
     "outgoing", ["Incheon"], "Vienna", "2022-11"),
    ("The kick-off meeting took place in Vienna on 8 November 2022 with a delegation from Incheon.", "gn:1843564",
     "outgoing", ["Incheon"], "Vienna", "2022-11-08"),
    ("The visit of the mayor of Lyon to Yokohama on 21 October 2019 opened the anniversary year.", "gn:1848354",
     "incoming", ["Lyon"], "Yokohama", "2019-10-21"),
    ("Mayor Phil Goff of Auckland visited the city on 3 June 2019.", "gn:1838524",
     "incoming", ["Auckland"], "Busan", "2019-06-03"),
])
def test_more_visit_phrasings(extract_text, text, home, kind, visiting, host, start):
    (e,) = extract_text(text, home_key=home).engagements
    assert (e.kind, [v.name for v in e.visiting], e.host.name, e.start) == (kind, visiting, host, start)


def test_random_text_never_breaks_extraction(gaz, busan):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from intercity.core.documents import read_bytes
    from intercity.core.documents.types import DocumentError
    from intercity.core.extraction import extract

    alphabet = st.sampled_from(list("abcXYZ 0123456789.,:;()-•\n\t") + list("자매도시우호姉妹都市友好（）・年月日")
                               + ["Busan", "Sister Cities (3)", " visited ", "2017", "15.03.2017", "- 1 ", "Bandar"])

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(alphabet, min_size=1, max_size=80).map("".join))
    def run(text):
        try:
            doc = read_bytes(text.encode("utf-8"), "random.txt")
        except DocumentError:
            return
        x = extract(doc, gaz, busan)
        for p in x.partnerships:
            assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.quote
        x.to_json()

    run()


OCR_LIST = """KOBE  C ITY  INTERNATlONAL  RELATlONS
Sister Cit ies ( 6 cities fr0m 6 countries )

1 . Seatt le , U S A ( sister city ) 1957
2 . Marse ille , France ( sister city ) 1961
3 . RlO DE JANElRO , Brazil ( sister city ) 1969
4. Riga , Latvia ( sister c ity ) 1974
5 . Brisbane , Austra lia ( sister city ) 1985
6 . Tianj in , China ( friendship city ) 1973
"""


def test_ocr_noise_split_words_spaced_punctuation_l_and_zero(extract_text):
    """A scanned list: words split by stray spaces, spaced punctuation, l for I and 0 for o, a kind
    written after each entry (which wins over the heading's)."""
    x = extract_text(OCR_LIST, home_key="gn:1859171")
    got = {p.sequence: (p.place.name if p.place else None, p.place.country_code if p.place else None, p.kind, p.since)
           for p in x.partnerships}
    assert got == {1: ("Seattle", "US", "sister", "1957"), 2: ("Marseille", "FR", "sister", "1961"),
                   3: ("Rio de Janeiro", "BR", "sister", "1969"), 4: ("Riga", "LV", "sister", "1974"),
                   5: ("Brisbane", "AU", "sister", "1985"), 6: ("Tianjin", "CN", "friendship", "1973")}
    assert [(c.cities, c.countries, c.check) for c in x.claims] == [(6, 6, "consistent")]  # the list's own 6 entries
    # evidence still quotes the document as written
    first = next(p for p in x.partnerships if p.sequence == 3)
    assert "RlO DE JANElRO" in first.evidence.quote
