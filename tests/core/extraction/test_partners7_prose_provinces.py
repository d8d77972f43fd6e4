"""Ties in prose written in East Asian scripts: a province written with one space before its city only says where the
city is ("산둥성 둥잉시", "山东省 东营市", "山東省 東営市"), and a year in brackets between the city and its
particle ("둥잉시(2007년)와 자매결연") does not cut the city from its kind word. New text of our own (partners7)."""

from __future__ import annotations

from tests.core.extraction.helpers import ties as _ties

SAMCHEOK = "gn:1838069"

KO = """국제교류 현황

우리 시는 헤이룽장성 지시시(1997년), 산둥성 둥잉시(2007년)와 자매결연을 맺고 있습니다.
"""

ZH = """对外交流

本市与黑龙江省 鸡西市（1997年）、山东省 东营市（2007年）缔结友好城市关系。
"""

JA = """国際交流

本市は中国の山東省 東営市（2007年）と姉妹都市提携を結んでいます。
"""


def test_korean_provinces_before_cities_and_years_before_the_particle(extract_text):
    x = extract_text(KO, home_key=SAMCHEOK, name="ko.txt")
    assert _ties(x) == {("sister", "Jixi"), ("sister", "Dongying")}
    assert {p.place.name: p.since for p in x.partnerships} == {"Jixi": "1997", "Dongying": "2007"}


def test_chinese_and_japanese_provinces_before_cities_are_no_partners(extract_text):
    x = extract_text(ZH, home_key=SAMCHEOK, name="zh.txt")
    assert {p.place.name for p in x.partnerships} == {"Jixi", "Dongying"}  # not Heilongjiang, not Shandong
    y = extract_text(JA, home_key=SAMCHEOK, name="ja.txt")
    assert _ties(y) == {("sister", "Dongying")}


def test_a_latin_region_and_city_keep_both():
    from types import SimpleNamespace as NS

    from intercity.core.extraction.partners import _without_qualifiers

    region, city = NS(kind="region"), NS(kind="city")
    text = "Texas Austin"
    ms = [NS(text="Texas", start=0, end=5, place=region), NS(text="Austin", start=6, end=12, place=city)]
    assert len(_without_qualifiers(ms, text)) == 2  # a space between Latin names is no qualifier by itself
    text = "산둥성 둥잉시"
    ms = [NS(text="산둥성", start=0, end=3, place=region), NS(text="둥잉", start=4, end=6, place=city)]
    assert [m.text for m in _without_qualifiers(ms, text)] == ["둥잉"]
