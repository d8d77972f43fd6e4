"""Several partners' delegations at one home occasion are one `event` (the gold's convention), every city of
the list a visiting party ("delegations from Miskolc, Rzeszów and Ostrava"), also a Slavic name whose mobile e
is lost before its ending (Miškovca → Miškovec)."""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got


def test_delegations_from_three_partners_at_a_home_event(extract_text):
    x = extract_text("Partner cities: Cusco, Sagae, Xi'an.\n\nDelegations from Cusco (Peru, 5 persons), Sagae (Japan, 4 persons) "
                     "and Xi'an (China, 6 persons) visited Andong for the mask forum on 27-28 September 2025.".encode(),
                     home_key="gn:1846986", name="forum.txt")
    assert _got(x) == [("event", ["Cusco", "Sagae", "Xi’an"], "Andong", "2025-09-27", "2025-09-28")]


def test_one_partner_delegation_stays_an_incoming_visit(extract_text):
    x = extract_text("Partner cities: Cusco, Sagae.\n\nA delegation from Cusco visited Andong on 27-28 September 2025.".encode(),
                     home_key="gn:1846986", name="forum.txt")
    assert _got(x) == [("incoming", ["Cusco"], "Andong", "2025-09-27", "2025-09-28")]


def test_a_slavic_name_with_its_mobile_e_lost_before_the_ending():
    from intercity.core.extraction.visits import _base_forms

    assert "Miškovec" in _base_forms("Miškovca")
    assert "Chełmek" in _base_forms("Chełmka")
    assert _base_forms("Lubca") == ["Lubca", "Lubc"]  # too short a stem: no guess
