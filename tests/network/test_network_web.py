"""The network in the web pages: a place's partners worldwide with their sources, the home
dashboard's reconciliation and the audited, CSRF-protected "add to registry"."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.network.test_network_import import SMALL
from tests.registry.helpers import run_cli

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(tmp_path, capsys, monkeypatch):
    # reports go to this test's directory (by default they sit next to the database)
    monkeypatch.setattr("intercity.partnerships.network.default_report_path",
                        lambda dataset: tmp_path / f"network-report-{dataset}.csv")
    from intercity.partnerships.services import upsert_partnership
    from intercity.places.models import Place
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    busan = resolve_place_text("Busan")
    set_home(busan)
    # the registry: Barcelona (also in the network) and Fukuoka (not in the network)
    upsert_partnership(busan, resolve_place_text("Barcelona, Spain"), name_as_written="Barcelona", kind="sister",
                       sequence=29, source="document:1")
    upsert_partnership(busan, resolve_place_text("Fukuoka, Japan"), name_as_written="Fukuoka", kind="friendship",
                       sequence=3, source="document:1")
    path = tmp_path / "twins.csv"
    path.write_text(SMALL, encoding="utf-8")
    assert run_cli(capsys, "network", "import", str(path))[0] == 0
    return {"busan": busan, "victoria": Place.objects.get(key="iso:AU-VIC")}


@pytest.fixture
def officer(django_user_model):
    return django_user_model.objects.create_user("officer", password="a-long-password-1")


def test_place_page_lists_partners_worldwide_with_sources(imported, client, officer):
    client.force_login(officer)
    page = client.get(imported["busan"].get_absolute_url()).content.decode()
    assert "Partners worldwide" in page
    section = page[page.index('id="network"'):]
    for name in ("Barcelona", "Fukuoka", "Victoria"):
        assert name in section
    assert "network:twins" in section and "network only" in section
    assert "Haikou" not in section  # Haeundae's partner, not the city's
    district = imported["busan"].districts.get(name="Haeundae")
    assert "Haikou" in client.get(district.get_absolute_url()).content.decode()


def test_dashboard_reconciliation(imported, client, officer):
    client.force_login(officer)
    page = client.get("/").content.decode()
    section = page[page.index('id="reconcile"'):page.index('id="claims"')]
    network_only, registry_only = section.split("In your registry, not in the network")
    assert "Victoria" in network_only and "Barcelona" not in network_only
    assert "Fukuoka" in registry_only and "Barcelona" not in registry_only
    assert "1 ties are in both" in registry_only


def test_dashboard_without_a_network_does_not_list_every_partner_as_missing(client, officer):
    """Before any network import, "not in the network" would be every registry partner: the card only says
    that no dataset is imported and how many partners an import will be compared with."""
    from intercity.partnerships.services import upsert_partnership
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    busan = resolve_place_text("Busan")
    set_home(busan)
    upsert_partnership(busan, resolve_place_text("Fukuoka, Japan"), name_as_written="Fukuoka", kind="friendship",
                       sequence=3, source="document:1")
    client.force_login(officer)
    page = client.get("/").content.decode()
    section = page[page.index('id="reconcile"'):page.index('id="claims"')]
    assert "No network dataset is imported yet" in section and "your 1 registry partners" in section
    assert "In your registry, not in the network" not in section and "Fukuoka" not in section


def test_add_to_registry_needs_login_and_csrf_and_is_audited(imported, officer):
    from intercity.audit.models import AuditEntry
    from intercity.partnerships.network import reconcile

    (tie,) = reconcile(imported["busan"])["network_only"]
    url = f"/partnerships/{tie.pk}/add-to-registry/"
    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post(url).status_code in (302, 403)  # refused: no login (and no token)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(officer)
    assert browser.post(url).status_code == 403  # no CSRF token
    tie.refresh_from_db()
    assert not tie.in_registry
    browser.get("/")
    token = browser.cookies["csrftoken"].value
    response = browser.post(url, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    tie.refresh_from_db()
    assert tie.in_registry and "manual" in tie.sources
    entry = AuditEntry.objects.filter(model="partnerships.partnership", object_id=str(tie.pk), action="update").latest("at")
    assert entry.actor == officer and entry.via == "web"
    assert reconcile(imported["busan"])["network_only"] == []


def test_map_json_is_compact_and_cached(imported, client, officer):
    client.force_login(officer)
    response = client.get("/partnerships/network/map.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    places = data["places"]
    assert set(places) == {"id", "name", "cc", "lon", "lat", "n"}
    assert len(data["pairs"]) == 2 * len(data["registry"]) == 2 * len(data["kind"])
    names = places["name"]
    ties = {frozenset((names[data["pairs"][2 * i]], names[data["pairs"][2 * i + 1]])): data["registry"][i]
            for i in range(len(data["registry"]))}
    assert ties[frozenset(("Busan", "Barcelona"))] == 1 and ties[frozenset(("Haeundae", "Haikou"))] == 0
    assert names[data["home"]] == "Busan"
    assert data["without_coordinates"] >= 0
    again = client.get("/partnerships/network/map.json", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert client.get("/partnerships/network/").status_code == 200


def test_corrections_page_saves_a_decision(imported, client, officer, tmp_path, settings):
    from intercity.audit.models import AuditEntry
    from intercity.partnerships.models import PlaceCorrection

    client.force_login(officer)
    page = client.get("/partnerships/network/corrections/").content.decode()
    assert "Xyzzyville" in page  # not found in the small import
    response = client.post("/partnerships/network/corrections/", {"name": "Xyzzyville", "country": "Narnia", "choice": "skip"})
    assert response.status_code == 302
    c = PlaceCorrection.objects.get(name="Xyzzyville")
    assert c.place is None
    assert AuditEntry.objects.filter(model="partnerships.placecorrection", actor=officer).exists()
    assert 'value="Xyzzyville"' not in client.get("/partnerships/network/corrections/").content.decode()
    # another place by name
    client.post("/partnerships/network/corrections/", {"name": "Bandar", "country": "Iran", "other": "Bandar Abbas"})
    assert PlaceCorrection.objects.get(name="Bandar").place.name == "Bandar Abbas"
    # a name that does not resolve is refused with a message, nothing stored
    client.post("/partnerships/network/corrections/", {"name": "Foo", "country": "Spain", "other": "Qwertyuiop"})
    assert not PlaceCorrection.objects.filter(name="Foo").exists()


def test_api_network_and_interests(imported, client, officer):
    busan = imported["busan"]
    assert client.get(f"/api/v1/places/{busan.pk}/network").status_code == 401
    client.force_login(officer)
    rows = client.get(f"/api/v1/places/{busan.pk}/network").json()
    by_name = {r["partner"]["name"]: r for r in rows}
    assert by_name["Barcelona"]["in_registry"] and "network:twins" in by_name["Barcelona"]["sources"]
    assert not by_name["Victoria"]["in_registry"] and by_name["Victoria"]["partner"]["iso_3166_2"] == "AU-VIC"
    assert client.get(f"/api/v1/places/{busan.pk}/interests").json() == []
    assert "/api/v1/places/{place_id}/network" in client.get("/api/v1/openapi.json").json()["paths"]


def test_reconciliation_points_out_a_tie_written_another_way(tmp_path, capsys, monkeypatch, client, officer):
    """The registry's Cebu Province and the network's Cebu City: listed apart, with a hint that they
    are likely one tie written two ways (a person decides)."""
    monkeypatch.setattr("intercity.partnerships.network.default_report_path",
                        lambda dataset: tmp_path / f"network-report-{dataset}.csv")
    from intercity.partnerships.services import upsert_partnership
    from intercity.places.services import resolve_place_text
    from intercity.workspace.dashboard import core_name
    from intercity.workspace.services import set_home

    assert core_name("Cebu City") == core_name("Cebu Province") == core_name("City of Cebu") == "cebu"
    busan = resolve_place_text("Busan")
    set_home(busan)
    province = resolve_place_text("Cebu Province, Philippines")
    assert province.kind == "region"
    upsert_partnership(busan, province, name_as_written="Cebu Province", kind="sister", sequence=25, source="document:1")
    path = tmp_path / "twins.csv"
    path.write_text("city1,country1,city2,country2\nBusan,South Korea,Cebu City,Philippines\n", encoding="utf-8")
    assert run_cli(capsys, "network", "import", str(path))[0] == 0
    client.force_login(officer)
    page = client.get("/").content.decode()
    network_only = page[page.index('id="reconcile"'):page.index("In your registry, not in the network")]
    assert "Cebu City" in network_only
    assert "perhaps your" in network_only and province.get_absolute_url() in network_only
