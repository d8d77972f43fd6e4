"""Count claims, seventh session, on text of our own: number words (Arabic words and duals, Chinese and Japanese
numerals, Korean native numerals), the kind of a count in its own clause, counts per region in a box without names,
and a check that lets the document's own list decide when the extractor read a tie too many."""

from __future__ import annotations

import pytest

from intercity.core.extraction.claims import box_region_counts, find_claims, number
from intercity.core.extraction.extract import _tolerant_check
from intercity.core.extraction.types import PartnershipFact
from intercity.core.places.types import Resolution


def _found(text):
    return [(c.cities, c.countries, c.scope) for c in find_claims(text)]


# ---------------------------------------------------------------- number words

@pytest.mark.parametrize("word,value", [
    ("خمس", 5), ("ثماني", 8), ("أربعة", 4), ("اثنتي عشرة", 12), ("مدينتين", 2), ("دولتين", 2),
    ("九", 9), ("十二", 12), ("二十五", 25), ("两", 2),
    ("다섯", 5), ("두", 2), ("열두", 12), ("스물", 20),
])
def test_number_words(word, value):
    assert number(word) == value


@pytest.mark.parametrize("text,expected", [
    # Arabic: words, a proclitic glued to the number, the dual, digits before the singular
    ("للمدينة سبع مدن شقيقة في ست دول", [(7, 6, "sister")]),
    ("ترتبط المدينة بخمس مدن شقيقة من خمس دول", [(5, 5, "sister")]),
    ("ترتبط المدينة بمدينتين شقيقتين في دولتين", [(2, 2, "sister")]),
    ("ترتبط المدينة باتفاقيات توأمة مع 12 مدينة في 9 دول", [(12, 9, "sister")]),
    # Chinese and Japanese numerals
    ("本市已与九个国家的九个城市建立友好城市关系", [(9, 9, "sister")]),
    ("其中友好城市五个", [(5, None, "sister")]),
    ("海外の姉妹都市は五か国六都市", [(6, 5, "sister")]),
    ("五つの姉妹都市", [(5, None, "sister")]),
    # Korean native numerals
    ("우리 시는 네 개국 다섯 개 도시와 자매결연을 맺고 있다", [(5, 4, "sister")]),
    ("자매도시 다섯 곳, 우호도시 세 곳", [(5, None, "sister"), (3, None, "friendship")]),
    ("다섯 개 자매도시", [(5, None, "sister")]),
])
def test_counts_in_words(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["第一个城市是上海", "这是一个友好城市的故事", "ست مدن", "한 도시의 이야기"])
def test_no_count_where_a_number_word_is_something_else(text):
    assert _found(text) == []


def test_each_arabic_count_takes_the_kind_of_its_own_clause():
    text = "ترتبط الأمانة باتفاقيات توأمة مع خمس مدن، وبمذكرتي تفاهم للتعاون مع مدينتين، وذلك على النحو الآتي:"
    assert _found(text) == [(5, None, "sister"), (2, None, "partner")]


# ---------------------------------------------------------------- counts per region in a box

@pytest.mark.parametrize("lines,expected", [
    (["대륙별 현황", "아시아 4", "미주 3", "※ 유럽·아프리카·오세아니아 없음"], [("asia", 4), ("americas", 3)]),
    (["Partners by continent", "Asia 4 · Americas 3 · Europe: 2 cities"], [("asia", 4), ("americas", 3), ("europe", 2)]),
    (["大陆分布", "亚洲 4个", "欧洲 3个"], [("asia", 4), ("europe", 3)]),
    (["地域別", "アジア 4都市", "ヨーロッパ 2都市"], [("asia", 4), ("europe", 2)]),
    (["Europa: 3 ciudades / América: 2"], [("europe", 3), ("americas", 2)]),
    (["Europe : 3 villes", "Afrique : 1"], [("europe", 3), ("africa", 1)]),
    (["Europa 3 Städte | Asien 2"], [("europe", 3), ("asia", 2)]),
    (["آسيا 4", "أوروبا 3"], [("asia", 4), ("europe", 3)]),
])
def test_region_counts_in_a_box(lines, expected):
    assert [(slug, n) for _, slug, n, _, _ in box_region_counts(lines)] == expected


@pytest.mark.parametrize("lines", [["Asia 4"], ["Asia 2026", "Europe 2025"], ["Asia 4 and some more words", "Europe 3"],
                                   ["Asia (4): Kobe, Osaka, Seoul, Hanoi"]])
def test_no_box_where_one_region_or_a_sentence_is_written(lines):
    assert box_region_counts(lines) == []


def test_a_box_checked_against_the_partners_of_each_continent(extract_text):
    text = ("## Sister cities\n\n| City | Country |\n|---|---|\n| Seattle | United States |\n| Kobe | Japan |\n"
            "| Shanghai | China |\n| Barcelona | Spain |\n\nBy continent\n\nAsia 2\n\nAmericas 1\n\nEurope 2\n")
    got = {c.scope: c.check for c in extract_text(text, name="d.md").claims if c.scope.startswith("region:")}
    assert got == {"region:asia": "consistent", "region:americas": "consistent", "region:europe": "inconsistent"}


# ---------------------------------------------------------------- the check lets the document's list decide

def _tie(name, cc, kind="sister", title="Sister cities"):
    return PartnershipFact(name_as_written=name, resolution=Resolution(query=name, best=None, confidence=0.0, ambiguous=False,
                                                                       status="not_found"),
                           kind=kind, list_title=title, country_as_written=cc)


def test_a_tie_read_from_running_text_beside_a_complete_list_is_set_aside():
    listed = [_tie(n, cc) for n, cc in [("Exeter", "GB"), ("Erlangen", "DE"), ("Brno", "CZ")]]
    loose = [_tie("Paris", "FR", title="")]
    check, reason = _tolerant_check(3, None, listed + loose, None)
    assert check == "consistent" and "list" in reason
    # without a list to trust, nothing is decided here
    assert _tolerant_check(3, None, [_tie(n, cc, title="") for n, cc in [("A", "GB"), ("B", "DE"), ("C", "CZ"), ("D", "FR")]],
                           None) is None


def test_a_region_name_read_as_a_partner_is_set_aside():
    read = [_tie("Asia", "PH", title="Sister cities by region")]
    final = read + [_tie(n, cc, title="model: Sister cities") for n, cc in
                    [("Chiba", "JP"), ("Ulsan", "KR"), ("Leipzig", "DE"), ("Perth", "AU")]]
    check, reason = _tolerant_check(4, 4, read, final)
    assert check == "consistent"
    # a count the remaining ties contradict stays for the careful check to decide
    assert _tolerant_check(4, 2, read, final) is None


def test_a_heading_count_over_its_table_is_consistent(extract_text):
    text = ("## Villes jumelées\n\nRennes compte trois villes jumelées.\n\n| Ville | Pays |\n|---|---|\n| Exeter | Royaume-Uni |\n"
            "| Erlangen | Allemagne |\n| Brno | République tchèque |\n")
    claims = [c for c in extract_text(text, home_key=None, name="r.md").claims if c.cities == 3]
    assert claims and claims[0].check == "consistent"


# ---------------------------------------------------------------- number words of more languages before a kind noun

@pytest.mark.parametrize("text,expected", [
    ("Bærinn á sjö vinabæi: Ålesund í Noregi og Lahti í Finnlandi.", [(7, None, "sister")]),
    ("Göteborg har sju vänorter i Norden.", [(7, None, "sister")]),
    ("Kommunen har fire vennskapsbyer.", [(4, None, "sister")]),
    ("Il-Kunsill żamm kuntatt ma' tnax-il belt ġemellata minn tnax-il pajjiż.", [(12, 12, "sister")]),
])
def test_number_words_of_more_languages_before_a_kind(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["Köln hat Partnerstädte in ganz Europa.", "La ville présente ses jumelages.",
                                  "Kỷ niệm 20 năm kết nghĩa giữa hai thành phố."])
def test_a_common_word_before_a_kind_is_no_count(text):
    assert all(c.cities != 6 and c.cities != 5 for c in find_claims(text))


# ---------------------------------------------------------------- two kinds sharing one noun

@pytest.mark.parametrize("text,expected", [
    ("لاہور کے 10 ممالک میں 15 جڑواں اور دوست شہر ہیں۔", [(15, 10, "all")]),
    ("दिल्ली के 6 देशों में 8 भगिनी एवं मित्र शहर हैं।", [(8, 6, "all")]),
    ("للمدينة سبع مدن شقيقة وصديقة في ست دول", [(7, 6, "all")]),
    # one kind with its noun stays that kind
    ("لاہور کے 10 ممالک میں 15 جڑواں شہر ہیں۔", [(15, 10, "sister")]),
])
def test_two_kinds_sharing_one_noun_count_every_tie(text, expected):
    assert _found(text) == expected


def test_the_list_decides_against_a_wrong_count_of_countries():
    listed = [_tie(n, cc) for n, cc in [("Trondheim", "NO"), ("Pécs", "HU"), ("Coventry", "GB")]]
    for t in listed:
        t.resolution.status = "resolved"
    loose = [_tie("Norden", "DE", title="")]
    check, reason = _tolerant_check(3, 2, listed + loose, None)
    assert check == "inconsistent" and "list" in reason


# ---------------------------------------------------------------- "in total" makes a count every tie's

@pytest.mark.parametrize("text", [
    "In total, 12 cities in 9 countries, counting the friendship agreement with Perth.",
    "Insgesamt 12 Städte in 9 Ländern, die Freundschaftsvereinbarung mit Perth eingerechnet.",
    "Au total, 12 villes de 9 pays, en comptant le pacte d'amitié avec Perth.",
    "12 ciudades en 9 países en total, contando el acuerdo de amistad con Perth.",
    "Naoi gcathair i gcúig thír san iomlán, má chuirtear an comhaontú cairdis le Perth san áireamh.",
])
def test_in_total_counts_every_tie(text):
    assert _found(text) == [(12 if "Naoi" not in text else 9, 9 if "Naoi" not in text else 5, "all")]


def test_a_kind_named_in_the_count_still_decides():
    assert _found("12 sister cities in 9 countries") == [(12, 9, "sister")]


# ---------------------------------------------------------------- agreements counted, with cities of M countries

@pytest.mark.parametrize("text,expected", [
    ("Grad ima deset povelja o bratimljenju s gradovima iz sedam država.", (10, 7, "sister")),
    ("The city holds ten twinning charters with cities in seven countries.", (10, 7, "sister")),
    ("La ville a signé dix chartes de jumelage avec des villes de sept pays.", (10, 7, "sister")),
    ("Se firmaron diez acuerdos de hermanamiento con ciudades de siete países.", (10, 7, "sister")),
    ("Die Stadt hat zehn Partnerschaftsverträge mit Städten in sieben Ländern.", (10, 7, "all")),
])
def test_agreements_counted_with_cities_of_some_countries(text, expected):
    assert _found(text) == [expected]


def test_a_box_of_other_counts_per_region_is_no_claim():
    assert box_region_counts(["Visits by region", "Asia 4", "Europe 3"]) == []
    assert box_region_counts(["지역별 방문 실적", "아시아 4", "유럽 3"]) == []


@pytest.mark.parametrize("text", ["The Busan–Lima sister city agreement was renewed.", "Our pet sister city project."])
def test_a_name_before_a_kind_is_no_count(text):
    assert _found(text) == [] or all(c[0] not in (5, 10) for c in _found(text))


@pytest.mark.parametrize("text,expected", [
    ("للمدينة ٧ مدن شقيقة في ٦ دول", [(7, 6, "sister")]),
    ("لعمّان سبع مدن شقيقة موزعة على خمس دول", [(7, 5, "sister")]),
])
def test_arabic_indic_digits_and_cities_spread_over_countries(text, expected):
    assert _found(text) == expected


# ---------------------------------------------------------------- "N …, of which K <kind>": N is every tie's

@pytest.mark.parametrize("text,expected", [
    ("La ville compte 9 villes partenaires dans 9 pays, dont 5 villes jumelées.", [(9, 9, "all"), (5, None, "sister")]),
    ("La ciudad tiene 9 ciudades socias en 9 países, de las cuales 5 ciudades hermanadas.", [(9, 9, "all"), (5, None, "sister")]),
    ("9개국 9개 도시와 교류하고 있으며, 이 중 자매도시는 5개이다.", [(9, 9, "all"), (5, None, "sister")]),
    ("9か国9都市と交流しており、うち姉妹都市は5都市である。", [(9, 9, "all"), (5, None, "sister")]),
    ("ترتبط المدينة بتسع مدن في تسع دول، منها خمس مدن شقيقة.", [(9, 9, "all"), (5, None, "sister")]),
    ("The city has 9 partners in 9 countries, of which 5 are sister cities.", [(9, 9, "all")]),
    ("合肥市已与九个国家的九个城市建立了友好关系，其中友好城市五个。", [(9, 9, "all"), (5, None, "sister")]),
    # a kind the count names itself still decides
    ("12 sister cities in 9 countries, of which 3 in Asia.", [(12, 9, "sister")]),
])
def test_a_count_before_of_which_counts_every_tie(text, expected):
    assert _found(text) == expected


def test_a_city_read_twice_and_a_word_placed_nowhere_are_set_aside():
    from intercity.core.places.types import PlaceRef
    def placed(name, cc, key, kind="sister", title=""):
        ref = PlaceRef(name=name, kind="city", country_code=cc, geonameid=int(key.split(":")[1]))
        return PartnershipFact(name_as_written=name, resolution=Resolution(query=name, best=ref, confidence=1.0, ambiguous=False),
                               kind=kind, list_title=title)
    ties = [placed("Seattle", "US", "gn:1"), placed("Seattle", "US", "gn:1", kind="friendship"), placed("Kobe", "JP", "gn:2"),
            placed("Lyon", "FR", "gn:3"), _tie("No.", None, title="Partner cities")]
    check, reason = _tolerant_check(3, 3, ties, None)
    assert check == "consistent" and "placed" in reason


@pytest.mark.parametrize("text,expected", [
    ("Lublin ma 22 miasta partnerskie i zaprzyjaźnione.", [(22, None, "all")]),
    ("Lyon compte 12 villes jumelées et amies.", [(12, None, "all")]),
    ("La ciudad tiene 9 ciudades hermanas y amigas.", [(9, None, "all")]),
    ("Lyon compte 12 villes jumelées et 3 villes amies.", [(12, None, "sister"), (3, None, "friendship")]),
    ("姉妹都市・友好都市 計6都市", [(6, None, "all")]),
])
def test_two_kinds_sharing_a_noun_written_after_it_and_a_bare_total(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ten cities. Ten countries. One Tacoma.", [(10, 10, "all")]),
    ("37 cities · 27 countries", [(37, 27, "all")]),
    ("Douze villes | neuf pays", [(12, 9, "all")]),
])
def test_a_headline_in_fragments(text, expected):
    assert _found(text) == expected


def test_sentences_that_merely_follow_each_other_are_no_headline():
    assert _found("We met 3 cities. 2 countries joined later.") == []


def test_a_state_read_as_a_name_is_set_aside():
    listed = [_tie(n, cc) for n, cc in [("Exeter", "GB"), ("Erlangen", "DE"), ("Brno", "CZ")]] + [_tie("Completed", "GH")]
    check, reason = _tolerant_check(3, None, listed, None)
    assert check == "consistent"
