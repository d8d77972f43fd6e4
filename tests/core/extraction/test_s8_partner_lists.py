"""The eighth session: partner lists — the kind a heading or an announcing sentence gives every item below it, numbered
lists in full-width and circled digits, an item's remark after a dash, year spans, lists of ties that have ended,
small Japanese towns written in Hangul after their prefecture, and everyday words that are no towns by their sound.
New text of our own (not from the corpus)."""

from __future__ import annotations

import pytest

from tests.core.extraction.helpers import ties

HOME = "gn:1838524"  # Busan: a home city none of the texts below names


def _facts(x) -> dict[str, tuple]:
    """{place name: (kind, since, sequence)} of each resolved partnership."""
    return {p.place.name: (p.kind, p.since, p.sequence) for p in x.partnerships if p.place is not None}


# ---------------------------------------------------------------- (a) a kind over its whole list

ANNOUNCED = {
    "en": ("# International exchange\n\nThe city has signed friendship city agreements with the following cities.\n\n"
           "1) Kyoto, Japan (1990)\n2) Hangzhou, China (1995)\n\nThe following are our sister cities.\n\n"
           "① Seattle, USA (1980)\n② Lyon, France (1985)\n"),
    "de": ("# Städtepartnerschaften\n\nSeit 1980 pflegt die Stadt Partnerschaften. Unsere Partnerstädte:\n\n"
           "1. Seattle, USA (1980)\n2. Lyon, Frankreich (1985)\n\nDaneben bestehen Freundschaften mit folgenden Städten:\n\n"
           "1. Kyoto, Japan (1990)\n2. Hangzhou, China (1995)\n"),
    "fr": ("# Relations internationales\n\nNos villes amies sont les suivantes :\n\n- Kyoto (Japon), 1990\n"
           "- Hangzhou (Chine), 1995\n\nLa ville est jumelée avec les villes suivantes :\n\n- Seattle (États-Unis), 1980\n"
           "- Lyon (France), 1985\n"),
    "ko": ("# 국제교류\n\n우리 시의 우호협력도시는 다음과 같습니다.\n\n1. 교토시, 일본 (1990)\n2. 항저우시, 중국 (1995)\n\n"
           "자매도시는 아래와 같습니다.\n\n1. 시애틀, 미국 (1980)\n2. 리옹, 프랑스 (1985)\n"),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_a_sentence_announcing_the_list_gives_its_kind_to_every_item(extract_text, lang):
    got = _facts(extract_text(ANNOUNCED[lang], home_key=HOME, name=f"{lang}.md"))
    assert got["Kyoto"][:2] == ("friendship", "1990") and got["Hangzhou"][:2] == ("friendship", "1995")
    assert got["Seattle"][:2] == ("sister", "1980") and got["Lyon"][:2] == ("sister", "1985")


def test_announcing_sentences_are_told_from_other_sentences():
    from intercity.core.extraction.lists import announces_list

    assert announces_list("The following are our sister cities.")
    assert announces_list("友好都市は以下のとおりです。")
    assert announces_list("我市的友好城市如下：")
    assert not announces_list("The following delegation visited Lyon.")  # no kind of tie
    assert not announces_list("Our sister cities are listed below. They were chosen in 1980.")  # two sentences
    assert not announces_list("Sister cities and friendship cities follow below.")  # two kinds: a heading's job


REMARKS = {
    "en": ("# International exchange\n\n## Friendship cities\n\n### Asia\n\n"
           "1. Kyoto, Japan — agreement signed in 1990; exchanges in culture and sport.\n"
           "2. Hangzhou, China — agreement signed in 1995; student exchanges.\n\n### Europe\n\n"
           "3. Lyon, France — agreement signed in 2005.\n\n## Sister cities\n\n1. Seattle, USA — since 1980.\n"),
    "ko": ("# 자매도시 협력사업\n\n## 자매도시\n\n1. 미국 시애틀 — 세미나, 2010년 협약\n2. 프랑스 리옹 — 센터 개관\n\n"
           "## 우호협력도시\n\n1. 일본 교토 — 마라톤 교류\n"),
}


def test_an_items_remark_after_a_dash_is_not_its_name(extract_text):
    got = _facts(extract_text(REMARKS["en"], home_key=HOME, name="en.md"))
    assert got["Kyoto"] == ("friendship", "1990", 1) and got["Lyon"] == ("friendship", "2005", 3)
    assert got["Seattle"] == ("sister", "1980", 1)
    x = extract_text(REMARKS["ko"], home_key=HOME, name="ko.md")
    assert ties(x) == {("sister", "Seattle"), ("sister", "Lyon"), ("friendship", "Kyoto")}
    assert _facts(x)["Seattle"][1] == "2010"


def test_remark_helper():
    from intercity.core.extraction.lists import parse_item_text
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    f = PlaceFinder(load_gazetteer())
    one = parse_item_text("Lyon (France) – jumelage depuis 1985, échanges scolaires", f)
    assert [(i.name, i.country, i.since, i.kind) for i in one] == [("Lyon", "FR", "1985", "sister")]
    assert parse_item_text("Student exchange with Harbin – completed", f) == []  # no place before the dash
    # the parts of one entry, not a remark
    assert [i.since for i in parse_item_text("Kyoto – Japan – 1990", f)] == ["1990"]


# ---------------------------------------------------------------- (b) numbered lists

NUMBERED = {
    "ja": "# 国際交流\n\n■友好都市\n１．杭州市（中国）　1995年\n２．ダナン市（ベトナム）　2003年\n■姉妹都市\n１．シアトル市（アメリカ）　1980年\n"
          "２．リヨン市（フランス）　1985年\n",
    "zh": "# 国际交流\n\n友好城市：\n（１）西雅图市（美国）1980年\n（２）里昂市（法国）1985年\n\n友好交流城市：\n1、京都市（日本）1990年\n"
          "2、岘港市（越南）2003年\n",
    "en": "# Sister cities\n\n❶ Seattle, USA (1980)\n❷ Lyon, France (1985)\n❸ Kyoto, Japan (1990)\n",
}


@pytest.mark.parametrize("lang", sorted(NUMBERED))
def test_full_width_and_circled_list_numbers(extract_text, lang):
    got = _facts(extract_text(NUMBERED[lang], home_key=HOME, name=f"{lang}.md"))
    assert got["Seattle"] == ("sister", "1980", 1) and got["Lyon"] == ("sister", "1985", 2)


def test_list_markers():
    from intercity.core.extraction.text import split_marker

    assert split_marker("１．杭州市").number == 1 and split_marker("２）リヨン").number == 2
    assert split_marker("（３）シアトル").number == 3 and split_marker("12、北京").number == 12
    assert split_marker("❷ Lyon").number == 2 and split_marker("⑤ Lyon").number == 5
    assert split_marker("2030 Busan World Expo").number is None


# ---------------------------------------------------------------- (e) kinds and ended ties in headings

FORMER = {
    "en": "# Twinning\n\nFormer twin towns:\n- Hangzhou, China (1995–2010)\n\nCurrent twin towns:\n- Seattle, USA (1980)\n",
    "de": ("# Städtepartnerschaften\n\nPartnerstädte:\n- Seattle (USA), seit 1980\n\nEhemalige Partnerstädte:\n"
           "- Hangzhou (China), 1995–2010\n"),
    "ko": "# 자매도시\n\n## 자매도시\n1. 시애틀 (미국) 1980\n\n## 과거 자매도시\n1. 항저우 (중국) 1995~2010\n",
    "ja": "# 姉妹都市\n\n姉妹都市\n・シアトル（アメリカ）1980年\n\n解消した姉妹都市\n・杭州（中国）1995年～2010年\n",
}


@pytest.mark.parametrize("lang", sorted(FORMER))
def test_a_list_of_former_ties_holds_no_partners(extract_text, lang):
    got = _facts(extract_text(FORMER[lang], home_key=HOME, name=f"{lang}.md"))
    assert got.get("Seattle", ("?",))[0] == "sister"
    assert "Hangzhou" not in got


def test_former_headings():
    from intercity.core.extraction.lists import former_ties

    for t in ("Former sister cities", "Anciennes villes jumelées", "Antiguas ciudades hermanas", "旧姉妹都市",
              "已终止的友好城市", "종료된 자매결연", "Sister cities (ended)"):
        assert former_ties(t), t
    for t in ("Sister cities", "目前友好城市", "Partnerstädte", "Exchanges with our sister cities"):
        assert not former_ties(t), t


def test_year_spans_give_the_first_year():
    from intercity.core.extraction.lists import parse_item_text
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    f = PlaceFinder(load_gazetteer())
    assert [i.since for i in parse_item_text("Lyon (France) 1985 – present", f)] == ["1985"]
    assert [i.since for i in parse_item_text("杭州市（中国）1995年～2010年", f)] == ["1995"]


KINDS = {
    "ko": ("# 교류도시 현황\n\n교류도시\n1. 항저우시 (중국) 1995\n2. 다낭시 (베트남) 2003\n", "partner"),
    "es": ("# Relaciones\n\nHermanamientos:\n- Hangzhou (China), 1995\n- Da Nang (Vietnam), 2003\n", "sister"),
    "fr": ("# Relations\n\nJumelages :\n- Hangzhou (Chine), 1995\n- Da Nang (Viêt Nam), 2003\n", "sister"),
    "ja": ("# 国際交流\n\n友好交流都市\n・杭州市（中国）1995年\n・ダナン市（ベトナム）2003年\n", "friendship"),
}


@pytest.mark.parametrize("lang", sorted(KINDS))
def test_kind_words_of_list_headings(extract_text, lang):
    text, kind = KINDS[lang]
    got = _facts(extract_text(text, home_key=HOME, name=f"{lang}.md"))
    assert got["Hangzhou"] == (kind, "1995", got["Hangzhou"][2]) and got["Da Nang"][0] == kind


def test_exchange_alone_is_no_kind_cell():
    from intercity.core.extraction.tables import cell_kind

    assert cell_kind("교류") is None and cell_kind("交流") is None
    assert cell_kind("교류도시") == "partner"


# ---------------------------------------------------------------- (d) a small town after its prefecture

TOWNS = {
    "ko": ("# 국제교류 현황\n\n일본은 홋카이도 아카비라시가 1991년 자매결연을 맺은 자매도시이며, 도야마현 구로베시(2004년)와 "
           "후쿠오카현 간다마치(2015년)는 우호교류도시입니다.\n"),
    "ko-list": "# 자매도시\n\n- 도야마현 구로베시 (2004)\n- 아오모리현 구로이시시 (2010)\n- 후쿠오카현 간다마치 (2015)\n",
    "zh": "# 友好城市\n\n日本北海道赤平市（1991年）、富山县黑部市（2004年）与我市缔结友好城市关系。\n",
}


def test_small_japanese_towns_after_their_prefecture(extract_text):
    got = _facts(extract_text(TOWNS["ko"], home_key=HOME, name="ko.txt"))
    assert got["Akabira"][:2] == ("sister", "1991")
    assert got["Kurobe-shi"][:2] == ("friendship", "2004") and got["Kanda"][:2] == ("friendship", "2015")
    assert "Fukuoka" not in got  # the prefecture (read by its seat city's name) only says where the town is
    got = _facts(extract_text(TOWNS["ko-list"], home_key=HOME, name="ko.md"))
    assert {"Kurobe-shi", "Kuroishi", "Kanda"} <= set(got)
    got = _facts(extract_text(TOWNS["zh"], home_key=HOME, name="zh.txt"))
    assert {"Akabira", "Kurobe-shi"} <= set(got) and "Hokkaido" not in got


def test_korean_transcriptions_of_japanese_town_words():
    from intercity.core.places.phonetic import readings

    assert readings("간다마치", "JP")[0] == readings("간다", "JP")[0]
    assert readings("구로무라", "JP")[0] == readings("구로", "JP")[0]
    assert readings("간다마치", "KR") != readings("간다", "KR")  # only for a name placed in Japan


# ---------------------------------------------------------------- (c) everyday words are no towns by their sound

def test_everyday_words_are_no_sound_alikes_in_the_countries_around_them():
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    f = PlaceFinder(load_gazetteer())
    for word, cc in (("센터", "IT"), ("시장", "RU"), ("セミナー", "US"), ("センター", "JP"), ("マラソン", "TR")):
        assert f.resolve(word, countries=(cc,)).best is None, word
    # real names keep their context, and a country written with the word itself still places it
    assert f.resolve("구로베시", countries=("JP",)).best.name == "Kurobe-shi"
    assert f.resolve("시애틀", countries=("US",)).best.name == "Seattle"
    assert f.resolve("센터", country="IT").best is not None


EVERYDAY = {
    "ko": ("# 자매도시\n\n- 볼로냐 (이탈리아)\n- 피렌체 (이탈리아)\n- 센터\n- 노보시비르스크 (러시아)\n- 시장\n"),
    "ja": ("# 姉妹都市\n\n・ボローニャ（イタリア）\n・フィレンツェ（イタリア）\n・センター\n・ボストン（アメリカ）\n・セミナー\n"),
}


@pytest.mark.parametrize("lang", sorted(EVERYDAY))
def test_everyday_words_in_a_list_are_no_partners(extract_text, lang):
    got = _facts(extract_text(EVERYDAY[lang], home_key=HOME, name=f"{lang}.md"))
    assert {"Bologna", "Florence"} <= set(got)
    assert not {"Cento", "Syzran", "Smyrna", "Sendai"} & set(got)


# ---------------------------------------------------------------- (a) cards under a kind heading

CARDS = {
    "en": ("# International relations\n\n## Friendship cities\n\n### Kyoto, Japan\n\nFriendship agreement signed in 1990. "
           "Cooperation in culture and tourism.\n\n### Hangzhou, China\n\nSigned in 1995. Student exchanges every year.\n\n"
           "## Sister cities\n\n### Seattle, USA\n\nThe first tie of the city, since 1980.\n"),
    "es": ("# Ciudades amigas\n\nKioto (Japón)\n\nAcuerdo firmado en 1990.\n\nHangzhou (China)\n\nAcuerdo firmado en 1995.\n\n"
           "# Ciudades hermanadas\n\nSeattle (Estados Unidos)\n\nLa ciudad está hermanada con ella desde 1980.\n"),
    "fr": ("# Villes amies\n\nKyoto, Japon : accord signé en 1990, échanges culturels.\n\nHangzhou, Chine : accord signé en "
           "1995.\n\n# Villes jumelées\n\nSeattle, États-Unis : jumelage depuis 1980.\n"),
    "ko": ("# 우호협력도시\n\n교토시(일본) - 1990년 체결, 문화·관광 교류\n\n항저우시(중국) - 1995년 체결, 청소년 교류\n\n# 자매도시\n\n"
           "시애틀시(미국) - 1980년 체결\n"),
}


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_cards_and_remarks_under_a_kind_heading(extract_text, lang):
    got = _facts(extract_text(CARDS[lang], home_key=HOME, name=f"{lang}.md"))
    assert got["Kyoto"][:2] == ("friendship", "1990") and got["Hangzhou"][:2] == ("friendship", "1995")
    assert got["Seattle"][:2] == ("sister", "1980")
    assert all(not p.name_as_written.startswith("#")
               for p in extract_text(CARDS[lang], home_key=HOME, name=f"{lang}.md").partnerships)


def test_a_card_of_a_name_and_its_kind_line_is_no_description(extract_text):
    text = ("# 姉妹・友好都市\n\nサンノゼ市（アメリカ合衆国）\n\n姉妹都市・1957年\n\nプロブディフ市（ブルガリア）\n\n姉妹都市・1972年\n\n"
            "洛陽市（中国）\n\n友好都市・1981年\n")
    got = _facts(extract_text(text, home_key=HOME, name="ja.md"))
    assert got["Plovdiv"][:2] == ("sister", "1972") and got["Luoyang"][:2] == ("friendship", "1981")


# ---------------------------------------------------------------- sections and provinces in Chinese and Korean lists

SECTIONS = {
    "zh": ("友好城市一览\n\n一、友好城市\n（１）美国亚利桑那州坦佩市　1983年\n（２）日本冈山县仓敷市　1994年\n\n二、友好交流城市\n"
           "1、日本三重县津市（2010年）\n2、日本新潟县新发田市（2006年）\n\n三、已终止的关系\n1、俄罗斯斯塔夫罗波尔市（1998年—2014年）\n"),
    "ko": ("국제교류 현황\n\n가. 자매도시\n① 미국 시애틀 (1980)\n② 프랑스 리옹 (1985)\n\n나. 지난 관계\n① 러시아 스타브로폴 (1998~2014)\n"),
}


def test_a_numbered_section_ends_the_list_above_it(extract_text):
    got = _facts(extract_text(SECTIONS["zh"], home_key=HOME, name="zh.txt"))
    assert got["Tempe"] == ("sister", "1983", 1) and got["Kurashiki"] == ("sister", "1994", 2)
    assert got["Tsu"][:2] == ("friendship", "2010") and got["Shibata"][:2] == ("friendship", "2006")
    assert "Stavropol" not in got
    got = _facts(extract_text(SECTIONS["ko"], home_key=HOME, name="ko.txt"))
    assert got["Seattle"] == ("sister", "1980", 1) and "Stavropol" not in got


def test_a_town_after_a_province_the_gazetteer_does_not_know():
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    f = PlaceFinder(load_gazetteer())
    assert f.town_after_region("全罗北道益山市", "KR").best.name == "Iksan"
    assert f.town_after_region("新潟县新发田市").best.name == "Shibata"  # the prefecture read as its seat, then 县
    assert f.town_after_region("益山市") is None  # no region before it
