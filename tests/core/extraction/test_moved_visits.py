"""A visit moved to another date keeps only its new date; Kyrgyz months in their cases after a year in the genitive.
New text of our own."""

from __future__ import annotations

from intercity.core.extraction.cancellations import superseded
from intercity.core.extraction.dates import find_dates


def test_kyrgyz_year_and_month_in_their_cases():
    got = [(d.start, d.end) for d in find_dates("сапар 2024-жылдын апрелинен 2024-жылдын июнуна жылдырылды")]
    assert got == [("2024-04", "2024-04"), ("2024-06", "2024-06")]


def test_the_former_date_of_a_moved_visit_gives_way():
    t = "Die Reise nach Lyon wurde vom 4. Mai 2024 auf den 9. Juni 2024 verschoben; Details folgen."
    t2 = "Мэрдин Лион шаарына (Франция) сапары 2024-жылдын апрелинен 2024-жылдын июнуна жылдырылды."
    for text in (t, t2):
        kept = superseded(text, find_dates(text))
        assert [d.start[:7] for d in kept] == ["2024-06"], text
    plain = "Delegations came on 4 May 2024 and on 9 June 2024."
    assert len(superseded(plain, find_dates(plain))) == 2


def test_a_kyrgyz_trip_with_the_country_in_brackets(extract_text):
    text = ("Бишкектин бир тууган шаарлары: Лион (Франция).\n\n"
            "Мэриянын делегациясынын Лион шаарына (Франция) сапары 2024-жылдын апрелинен 2024-жылдын июнуна жылдырылды.\n")
    x = extract_text(text, home_key="gn:1528675", name="ky.txt")
    assert [(e.host.name, e.start) for e in x.engagements] == [("Lyon", "2024-06")]


def test_one_day_of_a_visit_told_again_is_part_of_it(extract_text):
    text = ("Our sister cities: Lyon.\n\n"
            "A delegation from Lyon visited Busan from 3 to 5 June 2024.\n\n"
            "On 5 June 2024 the mayor hosted a dinner for the delegation from Lyon.\n")
    x = extract_text(text, name="t.txt")
    assert [(e.start, e.end) for e in x.engagements if e.kind == "incoming"] == [("2024-06-03", "2024-06-05")]
