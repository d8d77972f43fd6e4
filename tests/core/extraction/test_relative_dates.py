"""Dates relative to the document's own date, in our own wording."""

from __future__ import annotations

import datetime as dt

from intercity.core.extraction.relative_dates import reference_date, relative_dates
from tests.core.extraction.helpers import engagements as _got

WED = dt.date(2031, 3, 12)  # a Wednesday


def spans(text, ref=WED):
    return [(d.start, d.end) for d in relative_dates(text, ref)]


def test_yesterday_and_tomorrow():
    assert spans("Yesterday the consul called on the mayor.") == [("2031-03-11", "2031-03-11")]
    assert spans("Gestern war der Botschafter bei uns.") == [("2031-03-11", "2031-03-11")]
    assert spans("Ieri il console è venuto in municipio.") == [("2031-03-11", "2031-03-11")]


def test_next_and_last_weekday():
    assert spans("The mayor of Lyon is here next Tuesday.") == [("2031-03-18", "2031-03-18")]
    assert spans("Am kommenden Freitag kommt die Delegation.") == [("2031-03-14", "2031-03-14")]
    assert spans("La délégation arrive lundi prochain.") == [("2031-03-17", "2031-03-17")]
    assert spans("They left last Monday.") == [("2031-03-10", "2031-03-10")]


def test_a_weekday_range_of_last_or_next_week():
    assert spans("From Tuesday to Thursday last week we were in Lyon.") == [("2031-03-04", "2031-03-06")]
    assert spans("Von Montag bis Freitag nächster Woche sind wir in Porto.") == [("2031-03-17", "2031-03-21")]


def test_weekdays_with_ordinal_days_and_no_month_take_the_month_around_the_documents_date():
    text = "We were in Lyon from Monday the 3rd to Wednesday the 5th, and in Porto on Thursday the 6th and Friday the 7th."
    assert spans(text) == [("2031-03-03", "2031-03-05"), ("2031-03-06", "2031-03-07")]
    # a weekday that does not fit the day in the weeks around the date: nothing
    assert spans("on Sunday the 3rd") == []


def test_no_reference_date_no_relative_dates():
    assert relative_dates("yesterday", None) == []


def test_the_reference_date_is_the_dateline_of_the_first_lines(read):
    doc = read("Weekly notes\n\nThursday 6 March 2031, 9am · Town Hall\n\nText follows.\n".encode(), "notes.txt")
    assert reference_date(doc) == dt.date(2031, 3, 6)
    doc = read("Weekly notes\n\nText follows with no date.\n".encode(), "notes.txt")
    assert reference_date(doc) is None


def test_a_visit_dated_last_week_in_a_blog_post(extract_text):
    text = ("Notizen aus dem Rathaus\n\n"
            "Mittwoch, 12. März 2031 · Kategorie: Rathaus\n\n"
            "Von Dienstag bis Donnerstag vergangener Woche war ich mit einer Delegation in Lyon.\n")
    x = extract_text(text.encode(), home_key="gn:2643123", name="blog.txt")
    assert [(v, h, s, e) for _k, v, h, s, e in _got(x)] == [(["Manchester"], "Lyon", "2031-03-04", "2031-03-06")]
