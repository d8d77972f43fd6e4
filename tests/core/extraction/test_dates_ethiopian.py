"""Dates of the Ethiopian calendar (Amharic, Tigrinya texts) converted to the Gregorian calendar."""

from __future__ import annotations

from intercity.core.extraction.dates import ethiopian_to_gregorian, find_dates


def _spans(text: str) -> list[tuple[str, str]]:
    return [(d.start, d.end) for d in find_dates(text)]


def test_new_year_falls_on_11_or_12_september():
    assert ethiopian_to_gregorian(2017, 1, 1) == (2024, 9, 11)
    assert ethiopian_to_gregorian(2016, 1, 1) == (2023, 9, 12)  # before the Gregorian leap year 2024
    assert ethiopian_to_gregorian(2015, 13, 6) == (2023, 9, 11)  # Pagume has six days before 2016
    assert ethiopian_to_gregorian(2017, 5, 1) == (2025, 1, 9)


def test_a_day_a_range_and_a_month():
    assert _spans("ስብሰባው የካቲት 3 ቀን 2017 ዓ.ም. ተካሄደ።") == [("2025-02-10", "2025-02-10")]
    assert _spans("ቡድኑ ከሚያዝያ 7 እስከ 9 ቀን 2016 ዓ.ም. ቆየ።") == [("2024-04-15", "2024-04-17")]
    assert _spans("በሰኔ 2017 ዓ.ም. ይጀመራል") == [("2025-06", "2025-06")]


def test_a_range_over_a_gregorian_month_and_over_two_ethiopian_months():
    assert _spans("ከታኅሣሥ 20 እስከ 25 ቀን 2017 ዓ.ም.") == [("2024-12-29", "2025-01-03")]
    assert _spans("ከታህሳስ 20 እስከ 25 ቀን 2017 ዓ.ም.") == [("2024-12-29", "2025-01-03")]  # the other spelling
    assert _spans("ከነሐሴ 29 እስከ ጳጉሜ 3 ቀን 2016") == [("2024-09-04", "2024-09-08")]


def test_impossible_days_are_no_dates():
    assert _spans("ጳጉሜ 9 ቀን 2016 ዓ.ም.") == []
    assert _spans("ጥር 31 ቀን 2016 ዓ.ም.") == []
