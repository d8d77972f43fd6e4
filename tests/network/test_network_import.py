"""`intercity network import`: the twin-town CSV and Wikidata P190 exports into the registry —
idempotent, merged with the registry's own ties, districts kept apart, corrections kept, bad files
refused with nothing written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.registry.helpers import run_cli, run_json, snapshot

pytestmark = pytest.mark.django_db

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "twin-cities" / "twin_cities_raw.csv"

SMALL = """city1,country1,city2,country2
Busan,South Korea,Barcelona,Spain
Barcelona,Spain,Busan,South Korea
Busan,South Korea,Victoria (state),Australia
Haeundae (Busan),South Korea,Haikou,China
Busan,South Korea,Bandar,Iran
Busan,South Korea,Xyzzyville,Narnia
Busan,South Korea,Busan,South Korea
"""

WIKIDATA = {
    "head": {"vars": ["item", "itemLabel", "itemCountryLabel", "partner", "partnerLabel", "partnerCountryLabel"]},
    "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q16520"},
         "itemLabel": {"type": "literal", "value": "Busan", "xml:lang": "en"},
         "itemCountryLabel": {"type": "literal", "value": "South Korea", "xml:lang": "en"},
         "partner": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1492"},
         "partnerLabel": {"type": "literal", "value": "Barcelona", "xml:lang": "en"},
         "partnerCountryLabel": {"type": "literal", "value": "Spain", "xml:lang": "en"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q16520"},
         "itemLabel": {"type": "literal", "value": "Busan", "xml:lang": "en"},
         "itemCountryLabel": {"type": "literal", "value": "South Korea", "xml:lang": "en"},
         "partner": {"type": "uri", "value": "http://www.wikidata.org/entity/Q36091"},
         "partnerLabel": {"type": "literal", "value": "Vladivostok", "xml:lang": "en"},
         "partnerCountryLabel": {"type": "literal", "value": "Russia", "xml:lang": "en"}},
    ]},
}


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "twins.csv"
    path.write_text(SMALL, encoding="utf-8")
    return path


def _partners(key):
    from intercity.partnerships.network import network_partners
    from intercity.places.models import Place

    place = Place.objects.get(key=key)
    return {p.partner_of(place).key: p for p in network_partners(place)}


def test_small_import_pairs_districts_and_report(small, tmp_path, capsys):
    report = tmp_path / "report.csv"
    summary = run_json(capsys, "network", "import", str(small), "--report", str(report), "--json")
    assert summary["records"] == 7 and summary["self_pairs"] == 1
    assert summary["pairs"] == 3  # Busan–Barcelona once (both directions), Busan–Victoria, Haeundae–Haikou
    busan = _partners("gn:1838524")
    assert set(busan) == {"gn:3128760", "iso:AU-VIC"}
    assert busan["gn:3128760"].sources == ["network:twins"] and not busan["gn:3128760"].in_registry
    haeundae = _partners("district:gn:1838524/Haeundae")
    assert [k for k in haeundae] and haeundae[next(iter(haeundae))].partner_of is not None
    from intercity.places.models import Place

    district = Place.objects.get(key="district:gn:1838524/Haeundae")
    assert district.kind == "district" and district.parent.key == "gn:1838524"
    rows = {r["name"]: r for r in csv.DictReader(report.open(encoding="utf-8"))}
    assert list(next(csv.reader(report.open(encoding="utf-8")))) == [
        "name", "country", "status", "place_name", "kind", "country_code", "geonameid_or_iso", "lat", "lon", "alternatives"]
    assert rows["Victoria (state)"]["geonameid_or_iso"] == "AU-VIC"
    assert rows["Haeundae (Busan)"]["status"] == "resolved" and rows["Haeundae (Busan)"]["kind"] == "district"
    assert rows["Xyzzyville"]["status"] == "not_found"
    assert rows["Bandar"]["status"] in ("ambiguous", "resolved", "country_mismatch")


def test_reimport_changes_no_row(small, tmp_path, capsys):
    assert run_cli(capsys, "network", "import", str(small), "--report", str(tmp_path / "r.csv"))[0] == 0
    before = snapshot()
    code, out, err = run_cli(capsys, "network", "import", str(small), "--report", str(tmp_path / "r.csv"))
    assert code == 0, err
    after = snapshot()
    before.pop("audit.AuditEntry"), after.pop("audit.AuditEntry")  # one entry per import run
    assert after == before
    assert "0 partnerships added" in out


def test_registry_tie_gains_the_source_and_stays_in_the_registry(small, tmp_path, capsys):
    from intercity.partnerships.services import upsert_partnership
    from intercity.places.services import resolve_place_text

    busan, barcelona = resolve_place_text("Busan"), resolve_place_text("Barcelona, Spain")
    own = upsert_partnership(busan, barcelona, name_as_written="Barcelona", kind="sister", sequence=29, source="document:1")
    run_json(capsys, "network", "import", str(small), "--report", str(tmp_path / "r.csv"), "--json")
    own.refresh_from_db()
    assert own.in_registry and own.sequence == 29 and own.sources == ["document:1", "network:twins"]
    from intercity.partnerships.network import reconcile

    rec = reconcile(busan)
    assert [p.partner_of(busan).key for p in rec["both"]] == ["gn:3128760"]
    assert [p.partner_of(busan).key for p in rec["network_only"]] == ["iso:AU-VIC"]
    assert rec["registry_only"] == []


def test_import_is_audited_once(small, tmp_path, capsys):
    from intercity.audit.models import AuditEntry

    run_cli(capsys, "network", "import", str(small), "--report", str(tmp_path / "r.csv"))
    entries = AuditEntry.objects.filter(model="partnerships.network_import")
    assert entries.count() == 1 and entries[0].after["pairs"] == 3 and entries[0].via == "import"


def test_corrections_are_kept_across_reimports(small, tmp_path, capsys):
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("name,country,place\nBandar,Iran,gn:141681\nXyzzyville,Narnia,\n", encoding="utf-8")
    summary = run_json(capsys, "network", "import", str(small), "--corrections", str(corrections),
                       "--report", str(tmp_path / "r.csv"), "--json")
    assert summary["by_status"].get("skipped") == 1 and summary["corrections_applied"] == 2
    assert "gn:141681" in _partners("gn:1838524")  # Bandar Abbas, as the person decided
    rows = {r["name"]: r for r in csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8"))}
    assert rows["Bandar"]["status"] == "resolved" and rows["Xyzzyville"]["status"] == "skipped"
    # a second import without the file still applies the stored corrections
    run_json(capsys, "network", "import", str(small), "--report", str(tmp_path / "r2.csv"), "--json")
    rows = {r["name"]: r for r in csv.DictReader((tmp_path / "r2.csv").open(encoding="utf-8"))}
    assert rows["Bandar"]["place_name"] == "Bandar Abbas"
    code, out, err = run_cli(capsys, "network", "corrections", "export")
    assert "Bandar,Iran,gn:141681,Bandar Abbas" in out and "Xyzzyville,Narnia,,," in out


def test_bad_corrections_file_stores_nothing(tmp_path, capsys):
    from intercity.partnerships.models import PlaceCorrection

    bad = tmp_path / "c.csv"
    bad.write_text("name,country,place\nBandar,Iran,gn:141681\nFoo,Spain,gn:999999999999\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "network", "corrections", "import", str(bad))
    assert code != 0 and "c.csv" in err and "line 3" in err
    assert PlaceCorrection.objects.count() == 0


def test_wikidata_export(tmp_path, capsys):
    path = tmp_path / "p190.json"
    path.write_text(json.dumps(WIKIDATA), encoding="utf-8")
    summary = run_json(capsys, "network", "import", str(path), "--dataset", "wikidata", "--report", str(tmp_path / "r.csv"), "--json")
    assert summary["pairs"] == 2
    busan = _partners("gn:1838524")
    assert set(busan) == {"gn:3128760", "gn:2013348"} and busan["gn:2013348"].sources == ["network:wikidata"]


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"town,nation\nBusan,Korea\n", "column"),
    ("city1,country1,city2,country2\nBusan,Korea,Zürich,Schweiz\n".encode("latin-1"), "UTF-8"),
    (b'{"head": {}, "results": 5}', "SPARQL"),
], ids=["0-byte", "missing-columns", "wrong-encoding", "not-sparql"])
def test_malformed_file_imports_nothing(tmp_path, capsys, content, needle):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot()
    code, out, err = run_cli(capsys, "network", "import", str(path), "--report", str(tmp_path / "r.csv"))
    assert code != 0
    assert "bad.csv" in err and needle.lower() in err.lower(), err
    assert "nothing was imported" in err
    assert snapshot() == before
    assert not (tmp_path / "r.csv").exists()


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data/twin-cities is not beside the repository")
def test_the_wikipedia_network_twice(tmp_path, capsys):
    from intercity.partnerships.models import Partnership

    first = run_json(capsys, "network", "import", str(SHARED), "--report", str(tmp_path / "r.csv"), "--json")
    assert first["records"] == 26114 and first["partnerships_created"] > 20000
    count = Partnership.objects.count()
    second = run_json(capsys, "network", "import", str(SHARED), "--report", str(tmp_path / "r.csv"), "--json")
    assert second["partnerships_created"] == 0 and second["places_created"] == 0
    assert Partnership.objects.count() == count
    busan = _partners("gn:1838524")
    assert "iso:AU-VIC" in busan  # Victoria (state), the Australian state
    assert {"gn:3128760", "gn:2013348", "gn:1863967"} <= set(busan)  # Barcelona, Vladivostok, Fukuoka
    from intercity.places.models import Place

    haeundae = {Place.objects.get(key=k).name: k for k in _partners("district:gn:1838524/Haeundae")}
    assert "Haikou" in haeundae, "the Haeundae (Busan)–Haikou pair belongs to the district"
    assert haeundae["Haikou"] not in busan, "Haikou is not among the city of Busan's own partners"
    district = Place.objects.get(key="district:gn:1838524/Haeundae")
    assert district.kind == "district" and district.parent.key == "gn:1838524"


def test_the_network_informs_resolution_in_documents(tmp_path, capsys):
    """Among namesakes, a place the network already knows as the home city's partner is preferred."""
    from intercity.partnerships.models import Partnership
    from intercity.places.services import place_for, resolve_place_text
    from intercity.workspace.services import set_home
    from intercity.core.places import load_gazetteer

    busan = resolve_place_text("Busan")
    set_home(busan)
    doc = tmp_path / "list.txt"
    doc.write_text("Busan sister cities\n\n1. Victoria\n2. Barcelona\n", encoding="utf-8")
    first = run_json(capsys, "ingest", str(doc), "--json")["documents"][0]
    victoria = next(p for p in first["partnerships"] if p["name_as_written"] == "Victoria")
    assert victoria["place"]["iso_3166_2"] == "AU-VIC"  # no context: the Australian state
    canadian = place_for(load_gazetteer().get("gn:6174041"))  # Victoria, British Columbia
    Partnership.objects.create(place_a=busan, place_b=canadian, kind="sister", sources=["network:test"], in_registry=False)
    doc2 = tmp_path / "list2.txt"
    doc2.write_text("Busan sister cities (2025)\n\n1. Victoria\n2. Barcelona\n", encoding="utf-8")
    second = run_json(capsys, "ingest", str(doc2), "--json")["documents"][0]
    victoria = next(p for p in second["partnerships"] if p["name_as_written"] == "Victoria")
    assert victoria["place"]["geonameid"] == 6174041 and victoria["place"]["country_code"] == "CA"
