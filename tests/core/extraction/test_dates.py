"""Date mentions and ranges in the forms city documents use."""

from __future__ import annotations

import pytest

from intercity.core.extraction.dates import find_dates, parse_date, with_year

CASES = [
    ("delegates from Barcelona visited Busan from 15. to 16.03.2017.", "2017-03-15", "2017-03-16"),
    ("15.-16.03.2017", "2017-03-15", "2017-03-16"),
    ("vom 20.-22.11.2019 zu Gast", "2019-11-20", "2019-11-22"),
    ("on 14.03.2017", "2017-03-14", "2017-03-14"),
    ("from 15 to 16 March 2017", "2017-03-15", "2017-03-16"),
    ("15–16 May 2023", "2023-05-15", "2023-05-16"),
    ("30 September to 2 October 2019", "2019-09-30", "2019-10-02"),
    ("March 15-16, 2017", "2017-03-15", "2017-03-16"),
    ("Date: September 30th, 2021", "2021-09-30", "2021-09-30"),
    ("2017-03-15", "2017-03-15", "2017-03-15"),
    ("2017-03-15 to 2017-03-16", "2017-03-15", "2017-03-16"),
    ("2017년 3월 15일", "2017-03-15", "2017-03-15"),
    ("2017년 3월 15일부터 16일까지 부산을 방문했다", "2017-03-15", "2017-03-16"),
    ("2019. 9. 24. ~ 9. 26.", "2019-09-24", "2019-09-26"),
    ("2016年10月12日〜14日", "2016-10-12", "2016-10-14"),
    ("平成27年5月", "2015-05", "2015-05"),
    ("令和元年10月1日", "2019-10-01", "2019-10-01"),
    ("2019年11月", "2019-11", "2019-11"),
    ("du 8 au 10 décembre 2019", "2019-12-08", "2019-12-10"),
    ("Les 14 et 15 mars 2018", "2018-03-14", "2018-03-15"),
    ("del 12 al 14 de noviembre de 2018", "2018-11-12", "2018-11-14"),
    ("completada en septiembre de 2018", "2018-09", "2018-09"),
    ("am 15. März 2017", "2017-03-15", "2017-03-15"),
    ("in May 2015", "2015-05", "2015-05"),
    ("2021년 6월 7일(월) ~ 9일(수)", "2021-06-07", "2021-06-09"),
    ("2022年4月11日（月）〜13日（水）", "2022-04-11", "2022-04-13"),
]


@pytest.mark.parametrize("text,start,end", CASES)
def test_forms(text, start, end):
    found = find_dates(text)
    assert found, text
    d = found[-1] if "visited" in text else found[0]
    assert (d.start, d.end) == (start, end)
    assert text[d.s:d.e] == d.text


def test_two_dates_in_one_sentence_keep_their_offsets():
    text = "After the plenary session in Seoul on 14.03.2017, delegates from Barcelona visited Busan from 15. to 16.03.2017."
    a, b = find_dates(text)
    assert (a.start, a.end, a.text) == ("2017-03-14", "2017-03-14", "14.03.2017")
    assert (b.start, b.end, b.text) == ("2017-03-15", "2017-03-16", "15. to 16.03.2017")


def test_year_from_context_or_left_open():
    assert parse_date("15 March").start == "--03-15"
    assert not parse_date("15 March").has_year
    assert parse_date("15 March", default_year=2019).start == "2019-03-15"
    assert parse_date("3월 15일", default_year=2017).start == "2017-03-15"
    assert parse_date("Please reply by 5 May.").text == "5 May"
    assert with_year("--03-15", 2017) == "2017-03-15" and with_year("2016-01-02", 2017) == "2016-01-02"


@pytest.mark.parametrize("text", ["2030 Busan World Expo", "Day 1: courtesy call", "it may 2019 be", "31.02.2019",
                                  "26 services", "令和元年度版"])
def test_not_dates(text):
    assert find_dates(text) == []


def test_month_only_precision():
    d = parse_date("2020. 1. 기준")
    assert (d.start, d.precision) == ("2020-01", "month")


def test_year_less_weekday_and_tilde_ranges():
    d = parse_date("- 일정: 6월 7일(월) ~ 9일(수)", default_year=2021)
    assert (d.start, d.end, d.has_year) == ("2021-06-07", "2021-06-09", False)
    d = parse_date("대표단 방문 (6.7~9)", default_year=2021)
    assert (d.start, d.end, d.text) == ("2021-06-07", "2021-06-09", "6.7~9")
    assert parse_date("視察団来訪（9.30~10.2）").start == "--09-30"
    assert parse_date("視察団来訪（9.30~10.2）").end == "--10-02"
    assert find_dates("release v2.1~3 and 3.5 ~ x") == []
    d = parse_date("방문 일정: 4. 29.(월) ~ 5. 1.(수)", default_year=2024)
    assert (d.start, d.end) == ("2024-04-29", "2024-05-01")
    assert find_dates("1. 2 ~ 3 items") == []  # list numbers, not a spaced month and day
