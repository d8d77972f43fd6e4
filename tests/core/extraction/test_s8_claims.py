"""Count claims, eighth session: more ways of stating how many ties a city has, on text of our own.

- the kind word, a short topic or label, then the count with its counter (Japanese 市 / か所 / つ, Chinese 座 / 对,
  Korean 곳), or a label and a bare count closing the line ("Sister city relationships: 14", "姉妹都市数：8");
- the count, the ordinary noun for cities, then the kind word ("12 городов-побратимов", "12 thành phố kết nghĩa");
- "the number of <kind> rose to N" in several languages;
- a total after counts per kind ("…, 14 in total");
- a Korean count of cities joined by 와/과 to the kind in its verb phrase;
- counts of other things (members, visits, visitors, staff) stay no claims.
"""

from __future__ import annotations

import pytest

from intercity.core.extraction.claims import find_claims


def _found(text):
    return [(c.cities, c.countries, c.scope) for c in find_claims(text)]


# ---------------------------------------------------------------- the kind, a topic or label, then the count

@pytest.mark.parametrize("text,expected", [
    ("姉妹都市5市、友好都市3市", [(5, None, "sister"), (3, None, "friendship")]),
    ("姉妹都市は5か所、友好都市は2か所です。", [(5, None, "sister"), (2, None, "friendship")]),
    ("姉妹都市は現在7つです。", [(7, None, "sister")]),
    ("姉妹都市は十二都市です。", [(12, None, "sister")]),
    ("本市的友好城市已达15个。", [(15, None, "sister")]),
    ("截至目前，本市共有国际友好城市18对。", [(18, None, "sister")]),
    ("我市已缔结友好城市12座。", [(12, None, "sister")]),
    ("시의 우호도시는 현재 일곱 곳이다.", [(7, None, "friendship")]),
    # an object particle: a count written down (and corrected) "姉妹都市を4市と記載", "자매도시를 5곳으로"
    ("前回の資料では姉妹都市を4市と記載しておりました。", [(4, None, "sister")]),
    ("자매도시를 5곳으로 늘렸다.", [(5, None, "sister")]),
])
def test_a_count_after_the_kind_word_and_a_topic(text, expected):
    assert _found(text) == expected


def test_two_kinds_joined_before_a_total_count_every_tie():
    assert _found("我市现有国际友好城市和友好交流城市共计25个。") == [(25, None, "all")]
    assert _found("姉妹都市・友好都市は合わせて9都市。") == [(9, None, "all")]


@pytest.mark.parametrize("text,expected", [
    ("Sister city relationships: 14", [(14, None, "sister")]),
    ("Sister cities: twelve.", [(12, None, "sister")]),
    ("Sister cities — 8", [(8, None, "sister")]),
    ("Villes jumelées (douze)", [(12, None, "sister")]),
    ("姉妹都市数：8", [(8, None, "sister")]),
    ("友好城市数量：12个", [(12, None, "sister")]),
    ("자매결연 도시 수: 8", [(8, None, "sister")]),
])
def test_a_label_and_a_bare_count(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "友好城市（4个）：日本岐阜市、日本福井市、菲律宾碧瑶市、马来西亚亚庇市。",  # a group's heading over its names
    "Sister cities: 2024 report",
    "Sister city visits: 14",
    "Partnerstädte-Jubiläum: 50 Jahre",
])
def test_a_label_over_a_list_or_other_things_is_no_new_claim(text):
    assert _found(text) == []


# ---------------------------------------------------------------- the count, the city noun, then the kind

@pytest.mark.parametrize("text,expected", [
    ("Город имеет 12 городов-побратимов.", [(12, None, "sister")]),
    ("Місто має 11 міст-побратимів.", [(11, None, "sister")]),
    ("Thành phố có 12 thành phố kết nghĩa.", [(12, None, "sister")]),
])
def test_the_kind_after_the_city_noun(text, expected):
    assert _found(text) == expected


# ---------------------------------------------------------------- "the number of … rose to N"

@pytest.mark.parametrize("text,expected", [
    ("The number of sister cities rose to 15 in 2024.", [(15, None, "sister")]),
    ("With the signing, the number of our friendship cities rises to 4.", [(4, None, "friendship")]),
    ("Le nombre de villes jumelées est passé à 12.", [(12, None, "sister")]),
    ("Damit steigt die Zahl der Partnerstädte auf 13.", [(13, None, "sister")]),
    ("El número de ciudades hermanas asciende a once.", [(11, None, "sister")]),
])
def test_the_number_of_a_kind_rises_to(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Number of sister city visits rose to 20.",
    "The number of staff in the sister city office rose to 5.",
    "Die Zahl der Besucher aus den Partnerstädten stieg auf 5000.",
    "Le nombre de visiteurs des villes jumelées est passé à 300.",
])
def test_the_number_of_other_things_is_no_claim(text):
    assert _found(text) == []


# ---------------------------------------------------------------- a total after counts per kind

@pytest.mark.parametrize("text,total", [
    ("Auckland has 10 sister cities and 4 friendship cities, 14 in total.", 14),
    ("Die Stadt hat 7 Partnerstädte und 3 Freundschaftsstädte, insgesamt 10.", 10),
    ("La ville compte 9 villes jumelées et 2 villes amies, soit 11 au total.", 11),
])
def test_a_total_after_counts_per_kind(text, total):
    assert (total, None, "all") in _found(text)


def test_a_total_without_counts_per_kind_before_it_is_no_claim():
    assert _found("The sister city festival had 40 guests, 52 in total.") == []


# ---------------------------------------------------------------- Korean: cities joined to the kind in the verb

def test_korean_cities_joined_to_the_kind_in_the_verb():
    assert _found("우리 시는 열두 개 도시와 자매결연을 맺었다.") == [(12, None, "sister")]


# ---------------------------------------------------------------- counts of other things stay no claims

@pytest.mark.parametrize("text", [
    "The sister city committee has 12 members.",
    "12 sister city delegations visited the city last year.",
    "자매도시 교류 사업 12건을 추진하였다.",
    "姉妹都市交流事業5件を実施した。",
    "友好城市代表团12个来访。",
    "자매도시 방문단 25명이 방문했다.",
    "友好城市交流项目共计15个。",
    "姉妹都市からの訪問者は合計120人。",
    "El comité de hermanamiento tiene 25 socios.",
    "Le comité de jumelage compte 30 bénévoles.",
    "The city employs 4,500 staff and welcomed 12 million visitors.",
    "姉妹都市は3つの大陸にある。",
])
def test_counts_of_other_things_are_no_claims(text):
    assert _found(text) == []


# ---------------------------------------------------------------- counts of ties at home or abroad

@pytest.mark.parametrize("text,expected", [
    ("Busan has 3 international sister cities and 2 domestic sister cities.", ["abroad", "domestic"]),
    ("해외 자매도시 3개, 국내 자매도시 2개", ["abroad", "domestic"]),
    ("海外の姉妹都市は5都市、国内の姉妹都市は2都市。", ["abroad", "domestic"]),
    ("La ville compte 5 villes jumelées internationales.", ["abroad"]),
    ("Die Stadt hat 4 ausländische Partnerstädte und 2 innerdeutsche Partnerstädte.", ["abroad", "domestic"]),
    ("Busan has 26 sister cities.", [None]),
])
def test_where_a_counts_ties_lie(text, expected):
    from intercity.core.extraction.claims import where_of

    assert [where_of(text, c.start, c.end) for c in find_claims(text)] == expected


_AT_HOME_AND_ABROAD = {
    "ko": ("gn:1838524", "# 자매도시 현황\n\n해외 자매도시 3개, 국내 자매도시 2개\n\n## 해외 자매도시\n\n- 일본 후쿠오카시 (1989)\n"
           "- 미국 시애틀시 (1996)\n- 중국 상하이시 (1993)\n\n## 국내 자매도시\n\n- 전라남도 여수시 (2001)\n- 경상북도 경주시 (2005)\n"),
    "de": ("gn:2886242", "# Partnerstädte\n\nDie Stadt hat 3 ausländische Partnerstädte und 2 innerdeutsche Partnerstädte.\n\n"
           "## Partnerstädte im Ausland\n\n- Lyon, Frankreich\n- Kobe, Japan\n- Seattle, USA\n\n## Innerdeutsche Partnerstädte\n\n"
           "- Leipzig\n- Dresden\n"),
}


@pytest.mark.parametrize("lang", sorted(_AT_HOME_AND_ABROAD))
def test_counts_at_home_and_abroad_are_checked_against_those_ties(extract_text, lang):
    home, text = _AT_HOME_AND_ABROAD[lang]
    x = extract_text(text, home_key=home, name="ties.md")
    assert sorted((c.cities, c.check) for c in x.claims) == [(2, "consistent"), (3, "consistent")]


def test_where_after_the_noun_in_the_singular():
    from intercity.core.extraction.claims import where_of

    text = "7 ciudades hermanas internacionales y 1 ciudad hermana nacional"
    assert [where_of(text, c.start, c.end) for c in find_claims(text)] == ["abroad", "domestic"]


# ---------------------------------------------------------------- a summary table of ties per kind with its total

_SUMMARY = {
    "es": ("gn:3128760", "# Hermanamientos\n\n- Lyon (Francia)\n- Kobe (Japón)\n- Seattle (Estados Unidos)\n\n"
           "Acuerdo de cooperación con Busan (Corea).\n\n| Tipo de relación | Número |\n|---|---|\n"
           "| Hermanamientos | 3 |\n| Acuerdos de cooperación | 1 |\n| **Total** | **4** |\n"),
    "ko": ("gn:1838524", "# 자매도시 현황\n\n## 자매도시\n\n- 일본 후쿠오카시\n- 미국 시애틀시\n\n## 우호협력도시\n\n- 중국 상하이시\n\n"
           "| 구분 | 도시 수 |\n|---|---|\n| 자매도시 | 2 |\n| 우호협력도시 | 1 |\n| 합계 | 3 |\n"),
}


@pytest.mark.parametrize("lang", sorted(_SUMMARY))
def test_a_summary_table_of_ties_per_kind(extract_text, lang):
    home, text = _SUMMARY[lang]
    x = extract_text(text, home_key=home, name="summary.md")
    assert sorted((c.cities, c.scope, c.check) for c in x.claims) == sorted(
        [(3, "sister", "consistent"), (1, "partner", "consistent"), (4, "all", "consistent")] if lang == "es" else
        [(2, "sister", "consistent"), (1, "friendship", "consistent"), (3, "all", "consistent")])


def test_a_table_of_visits_per_kind_is_no_claim():
    from intercity.core.extraction.claims import table_kind_counts

    class Cell:
        def __init__(self, text):
            self.text = text

    rows = [{0: Cell("Besuche"), 1: Cell("Anzahl")}, {0: Cell("Partnerstädte"), 1: Cell("4")},
            {0: Cell("Freundschaftsstädte"), 1: Cell("2")}, {0: Cell("Gesamt"), 1: Cell("6")}]
    assert table_kind_counts(rows) == []
    rows[0] = {0: Cell("Art"), 1: Cell("Anzahl")}
    assert [(s, n) for s, n, _ in table_kind_counts(rows)] == [("sister", 4), ("friendship", 2), ("all", 6)]


# ---------------------------------------------------------------- a count the document's own confirmed count contradicts

def test_a_stale_count_beside_a_confirmed_one_is_inconsistent():
    from intercity.core.extraction.extract import _contradicted
    from intercity.core.extraction.types import ClaimFact

    claims = [ClaimFact("ocho hermanamientos", 8, None, "sister", "consistent", "8 listed"),
              ClaimFact("diez hermanamientos", 10, None, "sister", "unverified", "the list may not have been read"),
              ClaimFact("1 ciudad hermana nacional", 1, None, "sister", "unverified", "no list"),
              ClaimFact("12 Städte", 12, None, "all", "unverified", "no list")]
    _contradicted(claims, [None, None, "domestic", None])
    assert [c.check for c in claims] == ["consistent", "inconsistent", "unverified", "unverified"]


# ---------------------------------------------------------------- more shapes of a count beside its kind

@pytest.mark.parametrize("text,expected", [
    ("Our sister city family now numbers 12.", [(12, None, "sister")]),
    ("The city's network of friendship cities has grown to fourteen.", [(14, None, "friendship")]),
    ("Lisboa é geminada com 12 cidades.", [(12, None, "sister")]),
    ("De gemeente is verbonden met 6 zustersteden.", [(6, None, "sister")]),
    ("현재 자매결연 도시는 총 12개이다.", [(12, None, "sister")]),
    ("姉妹都市は全部で8都市あります。", [(8, None, "sister")]),
    ("横浜市は8都市と姉妹都市提携を結んでいる。", [(8, None, "sister")]),
    ("橫濱市共有8個姊妹市。", [(8, None, "sister")]),
    ("本市共有8个友好城市。", [(8, None, "sister")]),
])
def test_more_shapes_of_a_count_beside_its_kind(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "第8个友好城市是釜山。",                       # an ordinal
    "12个友好城市代表团来访。",                     # delegations
    "来自8个友好城市的青少年参加了夏令营。",          # young people from them
    "Our sister city programme now numbers 40 volunteers.",
    "Sister city visits have grown to 20.",
])
def test_more_counts_of_other_things(text):
    assert _found(text) == []


# ---------------------------------------------------------------- counts per region after a label or in a bracket

@pytest.mark.parametrize("line,expected", [
    ("Sister cities: 8 (Asia 3, Europe 3, Americas 2)", [("asia", 3), ("europe", 3), ("americas", 2)]),
    ("Partner cities by region: Asia 5, Europe 4, Americas 3", [("asia", 5), ("europe", 4), ("americas", 3)]),
    ("자매도시 현황(아시아 4, 유럽 2)", [("asia", 4), ("europe", 2)]),
    ("Villes jumelées par continent : Europe 6, Afrique 2", [("europe", 6), ("africa", 2)]),
    ("Visits by region: Asia 5, Europe 4", []),
    ("We visited Asia (3 trips) and Europe.", []),
])
def test_counts_per_region_after_a_label_or_in_a_bracket(line, expected):
    from intercity.core.extraction.claims import box_region_counts

    assert [(slug, n) for _, slug, n, _, _ in box_region_counts([line])] == expected


def test_a_label_count_before_its_breakdown():
    assert _found("Sister cities: 8 (Asia 3, Europe 3, Americas 2)") == [(8, None, "sister")]


def test_a_long_run_of_spaces_is_read_quickly():
    import time

    text = ("Grad Sarajevo ima potpisane akte o bratimljenju, prijateljstvu i saradnji sa\n" + " " * 60
            + "14  gradova iz 11 država.   " + " " * 60 + "Sister cities" + " " * 80 + "x")
    started = time.perf_counter()
    assert (14, 11, "all") in _found(text)
    assert time.perf_counter() - started < 2.0
