"""Needs and strengths read from running text, in the seed's English and in other languages."""

from __future__ import annotations

from tests.core.extraction.conftest import SEED_VISIT, need


def _by(x):
    return {(i.kind, i.party.name if i.party else None): i for i in x.interests}


def test_seed_visit_needs_and_strengths(gaz, busan):
    need(SEED_VISIT)
    from intercity.core.documents import read_document
    from intercity.core.extraction import extract

    x = extract(read_document(str(SEED_VISIT)), gaz, busan)
    got = _by(x)
    solar = got[("need", "Busan")]
    assert solar.subject == "solar energy" and solar.counterpart.name == "Barcelona"
    assert solar.themes == ["energy"] and "solar energy" in solar.theme_words["energy"]
    assert "learning from Barcelona" in solar.evidence.quote
    assert got[("strength", "Barcelona")].subject == "solar energy"
    testing = got[("strength", "Busan")]
    assert testing.subject.startswith("testing 26 services") and "smart-city" in testing.themes
    assert x.to_json()["interests"][0]["evidence"]["quote"]


def test_other_wordings(extract_text):
    text = """Seoul city report

Seoul would like to learn from Copenhagen about district heating networks.
Hamburg is a world leader in port logistics and hinterland rail.
Incheon is seeking expertise in airport city planning.
Lyon souhaite s'inspirer de l'expérience de Montréal en matière de gestion des festivals.
부산시는 바르셀로나의 태양열 조례 경험을 배우고자 한다.
"""
    x = extract_text(text, home_key="gn:1835848")
    got = {(i.kind, i.party.name, i.subject) for i in x.interests}
    assert ("need", "Seoul", "district heating networks") in got
    assert ("strength", "Copenhagen", "district heating networks") in got
    assert ("strength", "Hamburg", "port logistics and hinterland rail") in got
    assert ("need", "Incheon", "airport city planning") in got
    assert ("need", "Lyon", "gestion des festivals") in got
    assert any(k == "need" and p == "Busan" and "태양열" in s for k, p, s in got)
    assert any(k == "strength" and p == "Barcelona" for k, p, _ in got)


def test_no_interest_in_plain_text(extract_text):
    x = extract_text("Meeting notes\n\nThe delegation had lunch and visited the museum.\n", home_key="gn:1838524")
    assert x.interests == []
