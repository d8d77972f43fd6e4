"""Regions written with their word in Korean (the eighth session): a Japanese prefecture by 현 with no country given,
a prefecture whose name the index holds only for its seat city, and a Chinese province by 성 that is not its seat."""

from __future__ import annotations

import pytest

PREFECTURES = {"미에현": "JP-24", "나가노현": "JP-20", "아이치현": "JP-23", "사이타마현": "JP-11", "가나가와현": "JP-14",
               "후쿠오카현": "JP-40", "가고시마현": "JP-46", "돗토리현": "JP-31", "나라현": "JP-29", "구마모토현": "JP-43",
               "이시카와현": "JP-17", "효고현": "JP-28", "오키나와현": "JP-47", "미야기현": "JP-04", "에히메현": "JP-38"}


@pytest.mark.parametrize("country", [None, "JP"])
def test_a_japanese_prefecture_written_in_korean(gaz, country):
    misses = []
    for name, code in PREFECTURES.items():
        res = gaz.resolve(name, country)
        if res.status != "resolved" or res.best.key != f"iso:{code}":
            misses.append((name, code, res.status, res.best and res.best.key))
    assert not misses


def test_the_seat_city_stays_the_city_without_the_region_word(gaz):
    for name in ("후쿠오카", "후쿠오카시", "Fukuoka", "나가사키"):
        assert gaz.resolve(name).best.kind == "city", name
    assert gaz.resolve("福岡県").best.key == "iso:JP-40"


def test_a_chinese_province_by_its_korean_word(gaz):
    for name, code in (("지린성", "CN-JL"), ("산둥성", "CN-SD"), ("헤이룽장성", "CN-HL")):
        res = gaz.resolve(name)
        assert res.status == "resolved" and res.best.key == f"iso:{code}", (name, res.reason)
    assert gaz.resolve("지린").best.kind == "city"  # the city of Jilin
    assert gaz.resolve("화성").best.kind == "city"  # two syllables ending in 성: Hwaseong, no province


def test_a_foreign_county_word_alone_finds_no_prefecture(gaz):
    # 현 after a name that is no Japanese prefecture (a Chinese county, a made-up word): nothing, not a guess
    assert gaz.resolve("테스트현").status == "not_found"


def test_an_old_latin_alias_of_a_city_does_not_bring_its_province(gaz):
    # "Odessos" is an ancient name of Varna: "Odessos District (Varna)" is not Varna Province
    res = gaz.resolve("Odessos District (Varna)", "BG")
    assert res.best is None or res.best.kind != "region", res.reason


def test_a_chinese_county_in_korean_is_its_seat_town(gaz):
    """현 after a Chinese name in China is a county (GeoNames has its seat town), not a province; pinyin q is said
    as Korean ㅊ (왕칭 is Wangqing), x as ㅅ, zh as ㅈ."""
    for name, key in (("왕칭현", "gn:2034221"), ("왕칭", "gn:2034221"), ("안투현", "gn:2035754"), ("허룽현", "gn:2036933")):
        res = gaz.resolve(name, "CN")
        assert res.status == "resolved" and res.best.key == key, (name, res.best and res.best.name, res.reason)
    # the prefecture reading of 현 is for Japan
    assert gaz.resolve("미에현", "JP").best.key == "iso:JP-24"


def test_pinyin_sound():
    from intercity.core.places.phonetic import pinyin_sound

    assert pinyin_sound("Wangqing") == "Wangching"
    assert pinyin_sound("Xiamen").lower() == "shiamen"
    assert pinyin_sound("Zhuhai").lower() == "juhai" and pinyin_sound("Cangzhou").lower() == "changjou"
