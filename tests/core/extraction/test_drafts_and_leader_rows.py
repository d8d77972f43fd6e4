"""A working draft exported with its tracked changes visible ("[DELETED: …]", "[INSERTED: …]", "[COMMENT AB: …]"):
the facts are those of the final reading. Rows of a list printed with dotted leaders whose left column is the
country and whose right column names its cities. List items whose state opens the line and wraps onto the next.
Our own wording throughout."""

from __future__ import annotations

from intercity.core.extraction.revisions import final_text, has_tracked_changes
from tests.core.extraction.helpers import engagements as _got
from tests.core.extraction.helpers import ties


def test_final_text_keeps_length_drops_deletions_and_comments_keeps_insertions():
    text = "We have [DELETED: 5][INSERTED: 6] partners. [COMMENT JK: checked with the register.] End."
    out = final_text(text)
    assert len(out) == len(text)
    assert "5" not in out and "checked" not in out and "DELETED" not in out and "INSERTED" not in out
    assert "6" in out and out.endswith("End.")
    # line breaks inside a comment stay, so the lines of the text stay where they were
    t2 = "Line one [KOMMENTAR AB: first\nsecond] [GELÖSCHT: alt] [EINGEFÜGT: neu]\nLine two"
    assert final_text(t2).count("\n") == t2.count("\n")
    assert "neu" in final_text(t2) and "alt" not in final_text(t2)


def test_comments_alone_are_no_draft():
    assert not has_tracked_changes("Budget [COMMENT: see annex] and [COMMENT: see table].")
    assert has_tracked_changes("Budget [REMOVED: 10] [ADDED: 12] units.")
    assert not has_tracked_changes("a [deleted] word in prose")


def test_a_deleted_partner_is_no_partner_and_an_inserted_one_is(extract_text):
    text = ("Sister cities\n\n"
            "- Lyon (France)\n"
            "- [DELETED: Turin (Italy)] [COMMENT MK: Turin is a partner of the province, not of ours.]\n"
            "- [INSERTED: Porto (Portugal)]\n"
            "- Leipzig (Germany)\n")
    x = extract_text(text.encode(), home_key="gn:2643123", name="draft.txt")
    names = {n for _k, n in ties(x)}
    assert {"Lyon", "Porto", "Leipzig"} <= names
    assert "Turin" not in names


def test_a_corrected_start_day_is_the_final_one(extract_text):
    text = "From [DELETED: 3][INSERTED: 5] to 7 June 2031 a delegation from Lyon visited Manchester."
    x = extract_text(text.encode(), home_key="gn:2643123", name="draft.txt")
    assert [(v, s, e) for _k, v, _h, s, e in _got(x)] == [(["Lyon"], "2031-06-05", "2031-06-07")]


def test_leader_rows_with_the_country_on_the_left_and_its_cities_on_the_right(extract_text):
    text = ("Twinned towns\n\n"
            "     France ............... Lyon (1960)\n"
            "     Germany .............. Leipzig (1972), Dresden (1990)\n"
            "     Portugal ............. Porto (2001)\n")
    x = extract_text(text.encode(), home_key="gn:2643123", name="list.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Leipzig"), ("sister", "Dresden"), ("sister", "Porto")}


def test_leader_rows_with_the_city_on_the_left_still_read_the_city(extract_text):
    text = ("Twinned towns\n\n"
            "   Lyon (France) ........................ 1960\n"
            "   Leipzig (Germany) .................... 1972\n"
            "   Porto (Portugal) ..................... 2001\n")
    x = extract_text(text.encode(), home_key="gn:2643123", name="list.txt")
    assert ties(x) == {("sister", "Lyon"), ("sister", "Leipzig"), ("sister", "Porto")}


def test_lettered_items_whose_state_wraps_onto_the_next_line(extract_text):
    text = ("IV. WITH OUR PARTNERS - AS OF 3.3.2031\n\n"
            "a)  Tram depot modernisation (Lyon) - under way; two workshops were held, a third one is\n"
            "    planned for the spring.\n"
            "b)  Youth orchestra tour (Porto) - completed; the last concert was given in the cathedral\n"
            "    of the old town.\n")
    x = extract_text(text.encode(), home_key="gn:2643123", name="projects.txt")
    got = sorted((c.status, c.title.split(" (")[0]) for c in x.cooperation)
    assert got == [("completed", "Youth orchestra tour"), ("in_progress", "Tram depot modernisation")]
