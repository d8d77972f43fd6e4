"""A report on a fiscal year spanning two calendar years, a table of trips abroad, and a visit retold by its month only:
small documents of our own."""

from __future__ import annotations

SACRAMENTO, JINAN, CHISINAU = "gn:5389489", "gn:1805753", "gn:618426"


def _got(x):
    return {(e.kind, e.host.key if e.host else None, tuple(v.key for v in e.visiting), e.start, e.end) for e in x.engagements}


def test_a_fiscal_year_report_dates_its_months_in_the_right_calendar_year(extract_text):
    text = ("# International Relations Report, Fiscal Year 2024/25\n\n"
            "This report covers July 1, 2024 through June 30, 2025.\n\n"
            "In April the Mayor led the City's delegation to Jinan for the anniversary of the relationship.\n\n"
            "In October the Council received a delegation from Chișinău.\n")
    got = _got(extract_text(text, home_key=SACRAMENTO, name="report.md"))
    assert ("outgoing", JINAN, (SACRAMENTO,), "2025-04", "2025-04") in got
    assert ("incoming", SACRAMENTO, (CHISINAU,), "2024-10", "2024-10") in got


def test_a_table_of_trips_abroad_gives_outgoing_visits_but_not_trips_at_home(extract_text):
    text = ("Official travel\n\n| Traveler | Destination | Purpose | Travel dates |\n|---|---|---|---|\n"
            "| Mayor | Jinan, China | 40th anniversary; MOU signing | Apr. 14 – Apr. 18, 2025 |\n"
            "| Chief of Protocol | Washington, DC | national conference | July 17–20, 2024 |\n")
    got = _got(extract_text(text, home_key=SACRAMENTO, name="travel.md"))
    assert ("outgoing", JINAN, (SACRAMENTO,), "2025-04-14", "2025-04-18") in got
    assert not any(h == "gn:4140963" for _, h, *_ in got)  # Washington, DC


def test_a_visit_retold_by_its_month_only_is_not_a_second_visit(extract_text):
    text = ("| Delegation | Date(s) | Program |\n|---|---|---|\n"
            "| Mayor of Hamilton and business delegation | Feb. 24–26, 2025 | Riverfront design charrette |\n\n"
            "The Mayor of Hamilton, who was hosted for three days in February 2025, opened the charrette.\n")
    x = extract_text(text, home_key=SACRAMENTO, name="hosted.md")
    hamilton = [(e.kind, e.start, e.end) for e in x.engagements if any(v.name == "Hamilton" for v in e.visiting)]
    assert hamilton == [("incoming", "2025-02-24", "2025-02-26")]
