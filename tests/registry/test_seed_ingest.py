"""Acceptance: the two seed documents into an empty registry whose home city is Busan
(PRODUCT.md, "Worked expectations")."""

from __future__ import annotations

import pytest

from intercity.cooperation.models import CooperationItem
from intercity.documents.models import Proposal
from intercity.engagements.models import Engagement
from intercity.partnerships.models import Partnership
from intercity.people.models import Person
from tests.registry.helpers import run_cli, run_json, snapshot

pytestmark = [pytest.mark.django_db, pytest.mark.seeds]

RESOLVED = {
    # name as written -> (place key prefix or exact key, country)
    "Victoria": ("iso:AU-VIC", "AU"),
    "St. Petersburg": ("gn:", "RU"),
    "Cebu Province": ("iso:PH-CEB", "PH"),
    "Western Cape": ("iso:ZA-WC", "ZA"),
    "Ho chi minh": ("gn:", "VN"),
    "Los Angeles": ("gn:", "US"),
    "Barcelona": ("gn:", "ES"),
    "Thessaloniki": ("gn:", "GR"),
    "Ulaanbaatar": ("gn:", "MN"),
    "Panama City": ("gn:", "PA"),
}


@pytest.fixture
def ingested(seeds, capsys):
    data = run_json(capsys, "ingest", *map(str, seeds), "--home", "Busan", "--accept", "--json")
    return data


def _partnership(name):
    return Partnership.objects.get(name_as_written__iexact=name) if Partnership.objects.filter(name_as_written__iexact=name).exists() \
        else Partnership.objects.get(place_b__name__iexact=name)


def test_ingest_json_follows_the_contract(ingested):
    docs = ingested["documents"]
    assert len(docs) == 2
    deck, visit = docs
    for doc in docs:
        assert {"source", "format", "language", "subject", "partnerships", "engagements", "cooperation",
                "people", "claims", "themes", "warnings"} <= doc.keys()
        assert doc["subject"]["name"] == "Busan" and doc["subject"]["country_code"] == "KR"
    assert len(deck["partnerships"]) == 37
    bandar = next(p for p in deck["partnerships"] if p["name_as_written"] == "Bandar")
    assert bandar["place"] is None
    alt_names = {a["name"] for a in bandar["alternatives"]}
    assert {"Bandar Seri Begawan", "Bandar Abbas", "Bandar Lampung"} <= alt_names
    claims = {c["text"]: c for c in deck["claims"]}
    headline = next(c for t, c in claims.items() if "37 cities from 27 countries" in t)
    assert headline["check"] == "unverified" and "Bandar" in headline["reason"]
    assert len(visit["engagements"]) == 1
    engagement = visit["engagements"][0]
    assert (engagement["start"], engagement["end"]) == ("2017-03-15", "2017-03-16")
    assert engagement["kind"] == "incoming"
    assert [p["name"] for p in engagement["visiting"]] == ["Barcelona"]
    assert engagement["host"]["name"] == "Busan"
    assert len(engagement["sites"]) == 6
    assert len(visit["cooperation"]) == 6


def test_registry_after_seed_ingest(ingested, capsys):
    partnerships = Partnership.objects.all()
    assert partnerships.count() == 37
    assert partnerships.filter(kind="sister").count() == 26
    assert partnerships.filter(kind="friendship").count() == 11
    assert sorted(partnerships.filter(kind="sister").values_list("sequence", flat=True)) == list(range(1, 27))
    assert sorted(partnerships.filter(kind="friendship").values_list("sequence", flat=True)) == list(range(1, 12))
    assert partnerships.filter(place_b__isnull=False).count() == 36
    for name, (key, country) in RESOLVED.items():
        p = _partnership(name)
        assert p.place_b is not None, name
        assert p.place_b.key.startswith(key) and p.place_b.country_code == country, (name, p.place_b.key)
    assert _partnership("Ho chi minh").place_b.name == "Ho Chi Minh City"
    assert _partnership("Victoria").place_b.kind == "region"
    assert _partnership("Bandar").place_b is None

    # people
    people = {p.name: p for p in Person.objects.all()}
    assert len(people) == 3, people
    assert "Deputy Director" in people["LEE Su-jeong"].role
    assert "Official" in people["KIM Yun-jae"].role
    assert "Interpreter" in people["PARK Mee-sol"].role

    # areas of future cooperation, each with its own description
    areas = {a.title: a.description.lower() for a in CooperationItem.objects.filter(is_area=True)}
    assert len(areas) == 4, areas
    expected = {"energy": "renewable energy", "mobility": "urban mobility", "healthcare": "health management", "park": "urban forests"}
    for word, phrase in expected.items():
        title = next(t for t in areas if word in t.lower())
        assert phrase in areas[title], (title, areas[title])

    # the visit, linked to the existing sister-city partnership
    engagement = Engagement.objects.get()
    assert engagement.host.name == "Busan"
    assert [p.name for p in engagement.visiting.all()] == ["Barcelona"]
    assert str(engagement.start) == "2017-03-15" and str(engagement.end) == "2017-03-16"
    assert engagement.tracks.count() == 4
    assert sum(t.sites.count() for t in engagement.tracks.all()) == 6
    barcelona = _partnership("Barcelona")
    assert engagement.partnership == barcelona and barcelona.kind == "sister"
    assert Partnership.objects.filter(place_b__name="Barcelona").count() == 1

    items = CooperationItem.objects.filter(is_area=False)
    assert items.count() == 6
    for item in items:
        assert {p.name for p in item.parties.all()} == {"Busan", "Barcelona"}
        assert item.themes.exists(), item.title
        assert item.status in {"idea", "proposed", "agreed", "in_progress", "completed", "stalled", "dropped"}
        assert item.partnership == barcelona
    # every fact keeps its passage
    from intercity.documents.models import Evidence

    assert Evidence.objects.filter(object_id=barcelona.pk, content_type__model="partnership").exists()
    ev = Evidence.objects.filter(content_type__model="engagement").first()
    assert "15. to 16.03.2017" in ev.document.text[ev.start:ev.end] or "Barcelona" in ev.quote


def test_stats_before_and_after_review(ingested, capsys):
    before = run_json(capsys, "stats", "--json")
    assert before["partners"] == 37
    assert before["countries"] == 26
    assert before["by_kind"] == {"friendship": 11, "sister": 26}
    assert before["unresolved"] == ["Bandar"]
    headline = next(c for c in before["claims"] if c["scope"] == "all")
    assert headline["check"] == "unverified" and "Bandar" in headline["reason"]
    sister = next(c for c in before["claims"] if c["scope"] == "sister")
    assert sister["check"] == "consistent"

    proposal = Proposal.objects.get(fact_type="partnership", payload__name_as_written="Bandar")
    assert proposal.status == "pending" and proposal.needs_person
    queue = run_json(capsys, "review", "list", "--json")
    row = next(r for r in queue if r["id"] == proposal.pk)
    choice = next(i for i, c in enumerate(row["choices"], start=1) if c.startswith("Bandar Seri Begawan"))
    code, out, err = run_cli(capsys, "review", "choose", str(proposal.pk), str(choice))
    assert code == 0, err

    after = run_json(capsys, "stats", "--json")
    assert after["partners"] == 37
    assert after["countries"] == 27
    assert after["unresolved"] == []
    assert all(c["check"] == "consistent" for c in after["claims"]), after["claims"]
    assert _partnership("Bandar").place_b.country_code == "BN"


def test_reingesting_changes_no_row(ingested, seeds, capsys):
    before = snapshot()
    run_json(capsys, "ingest", *map(str, seeds), "--home", "Busan", "--accept", "--json")
    assert snapshot() == before


def test_needs_and_strengths_from_the_visit_report(ingested, capsys, client, django_user_model):
    from intercity.cooperation.models import Interest
    from intercity.documents.models import Evidence

    rows = {(i.kind, i.party.name, i.subject) for i in Interest.objects.select_related("party")}
    assert ("need", "Busan", "solar energy") in rows and ("strength", "Barcelona", "solar energy") in rows
    solar = Interest.objects.get(kind="need", party__name="Busan", subject="solar energy")
    assert solar.counterpart.name == "Barcelona" and [t.slug for t in solar.themes.all()] == ["energy"]
    assert solar.sources and solar.sources[0].startswith("document:")
    (ev,) = Evidence.objects.filter(object_id=solar.pk, content_type__model="interest")
    assert ev.document.text[ev.start:ev.end] == ev.quote and "solar" in ev.quote
    stats = run_json(capsys, "stats", "--json")
    assert stats["interests"]["needs"] >= 1 and stats["interests"]["strengths"] >= 1
    client.force_login(django_user_model.objects.create_user("officer", password="pw-123456789"))
    page = client.get(solar.counterpart.get_absolute_url()).content.decode()
    assert 'id="interests"' in page and "solar energy" in page


def test_review_edit_before_accept(seeds, capsys, client, django_user_model):
    """A reviewer corrects a proposed fact in the review card and accepts the corrected fact."""
    from intercity.cooperation.models import CooperationItem
    from intercity.documents.models import Proposal

    run_json(capsys, "ingest", *map(str, seeds), "--home", "Busan", "--json")
    officer = django_user_model.objects.create_user("officer", password="pw-123456789")
    client.force_login(officer)
    item = Proposal.objects.filter(fact_type="cooperation").order_by("order").first()
    page = client.get(f"/documents/{item.document_id}/review/").content.decode()
    assert "Edit before accepting" in page and 'name="edit-status"' in page
    assert 'data-type="interest"' in page  # needs and strengths are proposed too
    response = client.post(f"/documents/proposals/{item.pk}/accept/", {
        "edit-title": "Smart-city pilot exchange", "edit-status": "agreed",
        "edit-description": item.payload.get("description") or ""})
    assert response.status_code in (200, 302)
    item.refresh_from_db()
    assert item.status == "accepted" and item.payload["status"] == "agreed"
    obj = CooperationItem.objects.get(title="Smart-city pilot exchange")
    assert obj.status == "agreed"
    # an invalid edit is refused with a message and nothing is written
    person = Proposal.objects.filter(fact_type="engagement").first()
    page = client.post(f"/documents/proposals/{person.pk}/accept/", {"edit-start": "15 March"}).content.decode()
    person.refresh_from_db()
    assert person.status == "pending"
    # accepting with the untouched form accepts the fact as proposed
    client.post(f"/documents/proposals/{person.pk}/accept/", {"edit-start": person.payload["start"], "edit-end": person.payload.get("end") or "",
                                                              "edit-title": person.payload.get("title") or ""})
    person.refresh_from_db()
    assert person.status == "accepted"
