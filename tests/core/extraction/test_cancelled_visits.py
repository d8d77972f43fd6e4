"""Visits that did not happen are no engagements, and a visit's former date is not its date (our own wording)."""

from __future__ import annotations

from intercity.core.extraction.cancellations import cancelled, superseded
from intercity.core.extraction.dates import find_dates
from tests.core.extraction.helpers import engagements as _got


def test_cancellation_words_across_languages():
    assert cancelled("The study trip to Porto planned for 3–5 May 2031 was cancelled for lack of funds.")
    assert cancelled("Die Fahrt nach Lyon mussten wir leider absagen.")
    assert cancelled("Posjeta Lyonu zakazana za 3. maj otkazana je.")
    assert cancelled("Поездка в Лион 3 мая отменена.")
    assert cancelled("ल्योन दौरा रद्द करण्यात आला.")
    assert not cancelled("The visit was not cancelled despite the strike.")
    assert not cancelled("A delegation from Lyon visited us from 3 to 5 May 2031.")


def test_a_former_date_gives_way_to_the_date_the_visit_has():
    text = "The visit, originally scheduled for 3-5 May, took place from 14 to 16 June 2031."
    ds = find_dates(text, 2031)
    kept = superseded(text, ds)
    assert [(d.start, d.end) for d in kept] == [("2031-06-14", "2031-06-16")]
    # one date alone is kept whatever the words around it
    one = find_dates("originally on 3 May 2031", 2031)
    assert superseded("originally on 3 May 2031", one) == one


def test_a_cancelled_trip_is_no_engagement_and_a_held_one_is(extract_text):
    text = ("The mayor's trip to Porto planned for 3-5 May 2031 was cancelled because of the budget session.\n\n"
            "A delegation from Lyon visited Manchester from 14 to 16 June 2031.\n")
    x = extract_text(text.encode(), home_key="gn:2643123", name="note.txt")
    assert [(v, s, e) for _k, v, _h, s, e in _got(x)] == [(["Lyon"], "2031-06-14", "2031-06-16")]


def test_a_rescheduled_visit_takes_its_new_dates(extract_text):
    text = "Die Delegation aus Lyon, deren Besuch ursprünglich für den 3. bis 5. Mai geplant war, war vom 14. bis 16. Juni 2031 in Manchester."
    x = extract_text(text.encode(), home_key="gn:2643123", name="note.txt")
    assert [(v, s, e) for _k, v, _h, s, e in _got(x)] == [(["Lyon"], "2031-06-14", "2031-06-16")]
