"""Date mentions and ranges in the forms city documents use."""

from __future__ import annotations

import pytest

from intercity.core.extraction.dates import find_dates, parse_date, with_year

CASES = [
    ("delegates from Barcelona visited Busan from 15. to 16.03.2017.", "2017-03-15", "2017-03-16"),
    ("15.-16.03.2017", "2017-03-15", "2017-03-16"),
    # the first day without its dot, tight against the dash
    ("12-14.05.2025: делегација", "2025-05-12", "2025-05-14"), ("2–4.10.2025", "2025-10-02", "2025-10-04"),
    ("30.05-02.06.2025", "2025-05-30", "2025-06-02"),
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


# ---------------------------------------------------------------- forms met on the dev documents 43-56 (new text)

@pytest.mark.parametrize("text,year,start,end", [
    ("視察は H30.6.12 に実施", None, "2018-06-12", "2018-06-12"),            # Japanese era initial
    ("R2.1.20～22 研修", None, "2020-01-20", "2020-01-22"),
    ("於110年4月6日至8日來訪", None, "2021-04-06", "2021-04-08"),             # ROC years
    ("民國109年11月2日", None, "2020-11-02", "2020-11-02"),
    ("114年6月率團出訪", None, "2025-06", "2025-06"),
    ("○ 기간: '23. 10. 4.(수) ~ 10. 6.(금)", None, "2023-10-04", "2023-10-06"),  # two-digit Korean year
    ("방문: 2025. 3. 11.(화) ~ 3. 13.(목)", None, "2025-03-11", "2025-03-13"),
    ("2025. 11월 중 (예정)", None, "2025-11", "2025-11"),
    ("del lunes 3 al miércoles 5 de junio", 2025, "2025-06-03", "2025-06-05"),  # weekdays, year from context
    ("from Monday, June 2 through Wednesday, June 4", 2025, "2025-06-02", "2025-06-04"),
    ("van 14 t/m 16 oktober 2025", None, "2025-10-14", "2025-10-16"),          # Dutch
    ("op 3 maart 2022", None, "2022-03-03", "2022-03-03"),
    ("entre 2 e 4 de dezembro de 2022", None, "2022-12-02", "2022-12-04"),     # Portuguese
    ("dal 12 al 15 giugno 2021", None, "2021-06-12", "2021-06-15"),            # Italian
    ("Em 14/2/2022, o", None, "2022-02-14", "2022-02-14"),                    # slashes, day first
    ("05/10/2021 - 07/10/2021", None, "2021-10-05", "2021-10-07"),
    ("on 11/23/2021", None, "2021-11-23", "2021-11-23"),                      # month first when it must be
    ("en noviembre está prevista", 2026, "2026-11", "2026-11"),               # a month after a preposition
    ("2021年6月下旬", None, "2021-06", "2021-06"),
])
def test_more_forms(text, year, start, end):
    d = parse_date(text, default_year=year)
    assert d is not None, text
    assert (d.start, d.end) == (start, end)
    assert text[d.s:d.e] == d.text


def test_a_month_without_a_year_needs_a_year_from_context():
    assert find_dates("en noviembre está prevista") == []
    assert find_dates("Version 3/4 of the plan") == []
    assert find_dates("結好100年を記念") == []


MORE_57_66 = [
    ("von Dienstag, 4., bis Donnerstag, 6. Juli", 2023, "2023-07-04", "2023-07-06"),
    ("dall'8 all'11 maggio 2022", None, "2022-05-08", "2022-05-11"),
    ("• 10/21–10/23 訪問", 2022, "2022-10-21", "2022-10-23"),
    ("（６月１０日〜１２日）", 2022, "2022-06-10", "2022-06-12"),
    ("en la segunda quincena de octubre", 2022, "2022-10", "2022-10"),
    ("early March 2021", None, "2021-03", "2021-03"),
    ("Anfang Mai", 2022, "2022-05", "2022-05"),
    ("W dniach 3–5 października 2022 r.", None, "2022-10-03", "2022-10-05"),
    ("12. května 2021", None, "2021-05-12", "2021-05-12"),
]


@pytest.mark.parametrize("text,year,start,end", MORE_57_66)
def test_forms_of_57_66(text, year, start, end):
    d = find_dates(text, year)[0]
    assert (d.start, d.end) == (start, end)


def test_ambiguous_slashes_and_month_parts_without_a_year_are_not_dates():
    assert find_dates("3/4-5/6") == []
    assert find_dates("Anfang Mai") == []


def test_solar_hijri_dates_become_gregorian():
    """Iran's and Afghanistan's calendar: 25-27 Ordibehesht 1404 is 15-17 May 2025; 1 Farvardin 1404 is 21 March 2025."""
    from intercity.core.extraction.dates import jalali_to_gregorian

    assert jalali_to_gregorian(1404, 1, 1) == (2025, 3, 21)
    assert jalali_to_gregorian(1403, 12, 30) == (2025, 3, 20)  # a leap year's last day
    assert jalali_to_gregorian(1399, 10, 11) == (2020, 12, 31)
    got = [(d.start, d.end) for d in find_dates("میزبانی هیئت، ۲۵ تا ۲۷ اردیبهشت ۱۴۰۴، با بازدید")]
    assert got == [("2025-05-15", "2025-05-17")]
    assert [(d.start, d.end) for d in find_dates("1404/06/18")] == [("2025-09-09", "2025-09-09")]
    assert find_dates("شماره: ۱۴۰۴/ب‌م/۳۱۲۷") == []  # a letter's number, not a date

