"""Ties in prose that are no current ties: a tie told as ended or suspended after its kind word ("the twinning with
X, suspended in 2022, was formally ended", "X시와의 자매결연은 … 종료되었습니다", "与X的友好城市关系已于2022年终止"), and a
consulate's seat ("德国驻上海总领事", "주부산 러시아 총영사", "the Consul General in Shanghai"). A suspended *project* with a
partner keeps the partner. New text of our own (partners7)."""

from __future__ import annotations

import pytest

HOME = "gn:1808722"  # a home city of our tests (its partners below are written in the texts)

DOCS = {
    "en": ("Report\n\nOur sister cities are Lyon (1990) and Porto (1995). The twinning with Rostov-on-Don, suspended in "
           "March 2022, was formally ended in 2023.\n\nThe Mayor met the German Consul General in Shanghai to discuss the "
           "friendship ties with Osnabrück.\n"),
    "zh": ("对外交流\n\n我市与里昂（1990年）、波尔图（1995年）结为友好城市。与顿河畔罗斯托夫的友好城市关系已于2022年终止。\n\n"
           "10月15日，副市长会见了德国驻上海总领事，双方就深化与奥斯纳布吕克的友城合作进行了交流。\n"),
    "fr": ("Rapport\n\nNos villes jumelles sont Lyon (1990) et Porto (1995). Le jumelage avec Rostov-sur-le-Don, suspendu en "
           "2022, a pris fin en 2023.\n\nLe maire a reçu le consul général d'Allemagne à Shanghai pour parler du jumelage "
           "avec Osnabrück.\n"),
    "de": ("Bericht\n\nUnsere Partnerstädte sind Lyon (1990) und Porto (1995). Die Städtepartnerschaft mit Rostow am Don "
           "wurde 2022 ausgesetzt und 2023 beendet.\n\nDer Bürgermeister empfing den Generalkonsul in Shanghai.\n"),
    "ja": ("国際交流\n\n本市はリヨン（1990年）、ポルト（1995年）と姉妹都市提携を結んでいます。ロストフ・ナ・ドヌとの姉妹都市提携は"
           "2022年に解消しました。\n\n10月15日、市長は在上海ドイツ総領事と会談し、友好交流について意見を交わしました。\n"),
}


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_ended_ties_and_consulates_are_no_partners(extract_text, lang):
    x = extract_text(DOCS[lang], home_key=HOME, name=f"{lang}.txt")
    names = {p.place.name for p in x.partnerships if p.place is not None}
    assert {"Lyon", "Porto"} <= names
    assert "Rostov-on-Don" not in names and "Shanghai" not in names


def test_korean_ended_tie_and_consul_general():
    from intercity.core.extraction.kinds import kind_spans
    from intercity.core.extraction.partners import _consular_seat, _ended

    s = "미국 리스버그시와의 자매결연은 2020년 양 시 합의로 종료되었습니다."
    assert _ended(s, kind_spans(s)) and _ended(s, kind_spans(s))[0][0] == 0
    t = "11월 5일 주부산 러시아 총영사가 시장을 예방하였습니다."
    at = t.index("부산")

    class M:
        start, end = at, at + 2
    assert _consular_seat(t, M)


def test_a_suspended_project_with_a_sister_city_keeps_the_city(extract_text):
    text = ("News\n\nBogotá\n\nThe bus rapid transit knowledge exchange with our sister city Bogotá is suspended while "
            "the transport agency reorganises.\n")
    x = extract_text(text, home_key=HOME, name="news.txt")
    assert {p.place.name for p in x.partnerships if p.place is not None} == {"Bogotá"}
    from intercity.core.extraction.kinds import kind_spans
    from intercity.core.extraction.partners import _ended
    s = "The twinning with Perm was suspended in 2022."
    assert _ended(s, kind_spans(s))
    s = "The youth programme with our twin town Perm was suspended in 2022."
    assert not _ended(s, kind_spans(s))


def test_a_total_with_its_subject_before_the_count_counts_every_tie():
    from intercity.core.extraction.claims import _scope

    text = ("The city holds a friendship agreement with A and a memorandum with B, so that in total the city has "
            "eight international city partnerships in eight countries.")
    s = text.index("eight international")
    assert _scope(text, s, len(text) - 1) == "all"
