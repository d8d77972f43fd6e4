"""The layout-independent fallback visit detector (fallback_visits.py) on small documents of our own, in
odd layouts and several languages. Called alone (the structured visit reader has taken no block) unless
a test says otherwise, so these tests measure the fallback, not visits.py."""

from __future__ import annotations

import pytest

BUSAN = "gn:1838524"
FRANKFURT = "gn:2925533"


@pytest.fixture(scope="session")
def fallback(gaz, read):
    from intercity.core.extraction.fallback_visits import fallback_engagements
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.extraction.text import DocIndex

    def _run(text: str, home_key: str = BUSAN, name: str = "doc.txt", found=()):
        doc = read(text, name)
        home = gaz.get(home_key)
        return fallback_engagements(doc, DocIndex(doc), PlaceFinder(gaz, home), home, list(found))

    return _run


def _facts(facts):
    return {(f.kind, tuple(v.name for v in f.visiting), f.host.name if f.host else None, f.start, f.end) for f in facts}


def test_guests_from_a_place_on_a_ledger_line_are_incoming(fallback):
    text = "Guest book ~~ guests from Osaka were received at City Hall ~~ 14.05.2024\n"
    assert _facts(fallback(text)) == {("incoming", ("Osaka",), "Busan", "2024-05-14", "2024-05-14")}


def test_a_german_trip_to_a_place_is_outgoing(fallback):
    text = "Termine 2024\n\nReise nach Lyon | 3. bis 5. Juni 2024 | Oberbürgermeisterin und Stadtverordnete\n"
    facts = fallback(text, home_key=FRANKFURT)
    assert _facts(facts) == {("outgoing", ("Frankfurt am Main",), "Lyon", "2024-06-03", "2024-06-05")}
    assert facts[0].confidence < 0.6 and "fallback" in facts[0].title


def test_a_spanish_trip_and_a_korean_visit_line(fallback):
    es = "Agenda internacional\n\nViaje a Lyon — del 3 al 5 de junio de 2024.\n"
    assert _facts(fallback(es)) == {("outgoing", ("Busan",), "Lyon", "2024-06-03", "2024-06-05")}
    ko = "○ 오사카 교류단 부산 방문 (2024. 5. 14. ~ 5. 16.)\n"
    assert _facts(fallback(ko)) == {("incoming", ("Osaka",), "Busan", "2024-05-14", "2024-05-16")}


def test_no_cue_takes_the_documents_majority_direction_else_incoming(fallback):
    from intercity.core.extraction.types import EngagementFact

    text = "Youth exchange · Osaka · 14 May 2024\n"
    assert {f.kind for f in fallback(text)} == {"incoming"}
    outgoing = [EngagementFact(kind="outgoing", title="x", visiting=[], host=None, start="2023-01-01", end="2023-01-01")] * 2
    facts = fallback(text, found=outgoing)
    assert _facts(facts) == {("outgoing", ("Busan",), "Osaka", "2024-05-14", "2024-05-14")}


def test_a_consul_received_is_a_meeting_with_the_country(fallback):
    text = "Protocol log\n\nOn 7 September 2023 the mayor received the Consul General of Morocco.\n"
    facts = fallback(text)
    assert [(f.kind, f.visiting[0].key, f.start) for f in facts] == [("meeting", "cc:MA", "2023-09-07")]


@pytest.mark.parametrize("text", [
    "Posted 3 May 2024: news about the Osaka delegation\n",  # publication date
    "Please confirm the visit of the Osaka delegation by 12 April 2024.\n",  # deadline
    "The MoU with Osaka was signed on 5 May 2024 during the visit.\n",  # signing date
    "Osaka, our sister city since 12 May 1985, sends a youth delegation every year.\n",  # partnership year
    "Delegations from Osaka and Lyon visited on 5 May 2024.\n",  # two other places
    "The Osaka delegation visited on 5 May 2024 and again on 9 June 2024.\n",  # two dates in one clause
    "A delegation from Springfield visited on 5 May 2024.\n",  # ambiguous place
    "The mayor of Busan visited the port on 5 May 2024.\n",  # only the home city
    "A delegation of Gyeongsangnam-do visited on 5 May 2024.\n",  # the home city's region
    "Osaka budget line, 14 May 2024\n",  # no visit word
    "The design-week exchange with Osaka was agreed on 14 May 2024.\n",  # an item's status, not a visit
])
def test_negatives(fallback, text):
    assert fallback(text) == []


def test_through_extract_no_duplicate_of_the_structured_reader(extract_text):
    text = ("International news\n\n"
            "A delegation from Osaka visited Busan from 14 to 16 May 2024.\n\n"
            "Tokyo ~ youth exchange ~ 2 July 2024\n")
    out = extract_text(text)
    got = _facts(out.engagements)
    assert ("incoming", ("Osaka",), "Busan", "2024-05-14", "2024-05-16") in got
    assert ("incoming", ("Tokyo",), "Busan", "2024-07-02", "2024-07-02") in got
    assert len(out.engagements) == 2


# --- several visits in one passage, several places, a heading and its date line, the document's own partners


def test_two_visits_in_one_sentence_are_read_clause_by_clause(fallback):
    text = ("Exchanges in 2024\n\nOn 3 May 2024 a delegation from Osaka came to City Hall; on 18 October 2024 a "
            "Busan delegation travelled to Lyon for the port forum.\n")
    assert _facts(fallback(text)) == {("incoming", ("Osaka",), "Busan", "2024-05-03", "2024-05-03"),
                                      ("outgoing", ("Busan",), "Lyon", "2024-10-18", "2024-10-18")}


def test_a_second_date_in_a_clause_without_a_visit_word_is_not_the_visits(fallback):
    text = "News\n\nA Busan mission visited Lyon on 20-22 November 2024 to review the tram project, which was completed in June.\n"
    assert _facts(fallback(text)) == {("outgoing", ("Busan",), "Lyon", "2024-11-20", "2024-11-22")}


def test_of_several_places_the_one_a_visit_cue_names(fallback):
    text = "Notes\n\n- Delegation from Osaka in Busan, 9 to 11 April 2024 (port authority and Kyoto University).\n"
    assert _facts(fallback(text)) == {("incoming", ("Osaka",), "Busan", "2024-04-09", "2024-04-11")}
    two = "Notes\n\n- Delegation from Osaka travelled to Lyon, 9 to 11 April 2024.\n"
    assert fallback(two) == []  # two parties named by cues, neither the home city: not the home city's visit


def test_a_heading_naming_the_visit_and_a_date_line_below(fallback):
    text = "□ 2024 교류 실적\n\n○ 오사카시 대표단 방문\n\n- 기간 : 2024. 4. 23.～4. 25.(2박 3일)\n\n- 방문단 : 부시장 등 6명\n"
    assert _facts(fallback(text)) == {("incoming", ("Osaka",), "Busan", "2024-04-23", "2024-04-25")}
    en = "Mayor's mission abroad\n\n• 23–25 September 2024 in Lyon: anniversary gala and port tour\n"
    assert {(f.kind, f.host.name, f.start, f.end) for f in fallback(en)} == {("outgoing", "Lyon", "2024-09-23", "2024-09-25")}


def test_a_line_that_does_not_start_with_its_date_is_no_headings_date(fallback):
    text = "Osaka delegation visit report\n\nPrepared by the International Relations Department, City of Busan, November 2024.\n"
    assert fallback(text) == []
    text = "Osaka delegation visit report\n\nRegistered 2024-11-03\n"
    assert fallback(text) == []


def test_an_inflected_partner_of_the_document_is_resolved_through_its_list(gaz, read):
    from intercity.core.extraction.fallback_visits import fallback_engagements
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.extraction.text import DocIndex

    home = gaz.get("gn:3088171")  # Poznań
    finder = PlaceFinder(gaz, home)
    finder.add_known_partners(["gn:2910831"])  # Hannover, as the document's partner list gives it
    doc = read("Kronika\n\nW dniach 6–8 maja 2024 r. Poznań gościł delegację Hanoweru z nadburmistrzem na czele.\n", "doc.txt")
    facts = fallback_engagements(doc, DocIndex(doc), finder, home, [])
    assert _facts(facts) == {("incoming", ("Hannover",), "Poznań", "2024-05-06", "2024-05-08")}


def test_a_date_cell_belongs_to_its_own_row_not_to_a_visit_in_the_row_above(extract_text):
    """An events calendar: the deadline row under a visit row is no second date of that visit."""
    text = ("# Events calendar 2026\n\n| Date | Event | Type |\n|---|---|---|\n"
            "| 3-5 Mar | Lyon delegation: schools and parks | Incoming |\n"
            "| Fri 13 Mar | Grant round closes | Deadline |\n")
    x = extract_text(text.encode(), home_key="gn:2925533", name="calendar.md")
    assert sorted((e.kind, e.start, e.end) for e in x.engagements) == [("incoming", "2026-03-03", "2026-03-05")]
