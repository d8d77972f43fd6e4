"""A visit log kept as a spreadsheet: start and end dates in columns of their own, the direction in a column
("incoming" / "outgoing", in the table's language), the partner in another. Each row is one visit from its
first to its last day, its side read from the direction word."""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got

TARTU = "gn:588335"

LOG = """<html><body><h2>Visits 2025</h2><table>
<tr><th>Start</th><th>End</th><th>Direction</th><th>City</th><th>Note</th></tr>
<tr><td>14.03.2025</td><td>16.03.2025</td><td>incoming</td><td>Lüneburg</td><td>mayor and two councillors</td></tr>
<tr><td>22.09.2025</td><td>25.09.2025</td><td>outgoing</td><td>Deventer</td><td>book fair, culture department</td></tr>
<tr><td>01.02.2025</td><td>30.06.2025</td><td>outgoing</td><td>Riga</td><td>exhibition on loan</td></tr>
</table></body></html>"""


def test_a_visit_log_row_runs_from_its_start_to_its_end_column_on_the_side_its_direction_names(extract_text):
    x = extract_text(LOG.encode(), home_key=TARTU, name="visits.html")
    got = _got(x)
    assert ("incoming", ["Lüneburg"], "Tartu", "2025-03-14", "2025-03-16") in got
    assert ("outgoing", ["Tartu"], "Deventer", "2025-09-22", "2025-09-25") in got
    # five months apart: not one visit's first and last day
    assert not any(h == "Riga" and s == "2025-02-01" and e == "2025-06-30" for _k, _v, h, s, e in got)


def test_row_range_joins_two_single_days_at_most_a_month_apart():
    from intercity.core.extraction.dates import DateMention, row_range

    a = DateMention("2025-03-14", "2025-03-14", 0, 10, "14.03.2025")
    b = DateMention("2025-03-16", "2025-03-16", 12, 22, "16.03.2025")
    [r] = row_range([b, a])
    assert (r.start, r.end, r.s, r.e) == ("2025-03-14", "2025-03-16", 0, 22)
    far = DateMention("2025-06-30", "2025-06-30", 12, 22, "30.06.2025")
    assert row_range([a, far]) == [a, far]
    month = DateMention("2025-03", "2025-03", 12, 19, "03.2025", precision="month")
    assert row_range([a, month]) == [a, month]


def test_the_direction_word_of_a_row_names_one_side():
    from intercity.core.extraction.fallback_visits import _row_side

    assert _row_side("14.03.2025 16.03.2025 sissetulev Lüneburg") == "incoming"
    assert _row_side("05.06.2025 väljaminev Riia") == "outgoing"
    assert _row_side("2025-05-02 국외출장 Vladivostok") == "outgoing"
    assert _row_side("16 October 2025 Youth hockey clinic; departure") is None  # a programme's logistics
    assert _row_side("incoming and outgoing") is None
