"""Reading twin-town CSVs and Wikidata exports, resolving them into undirected pairs, batches."""

from __future__ import annotations

import csv
import io
import json

import pytest

from intercity.core.places.network import (
    REPORT_COLUMNS,
    NetworkFileError,
    import_twin_towns,
    import_wikidata,
    read_twin_towns,
    read_wikidata_p190,
    resolve_batch,
    resolve_network,
    write_report,
)
from tests.core.places.conftest import TWIN_CITIES, need


def _write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


TWIN = """city1,country1,city2,country2
Busan,South Korea,Barcelona,Spain
Barcelona,Spain,Busan,South Korea
Busan,South Korea,Victoria (state),Australia
Haeundae (Busan),South Korea,Xyzzyville,Nowhere
Kaohsiung,Taiwan,Busan,South Korea
"""


def test_twin_town_pairs_are_undirected_and_deduplicated(gaz, tmp_path):
    path = _write(tmp_path, "twins.csv", TWIN)
    seen = []
    result = import_twin_towns(gaz, path, progress=lambda done, total: seen.append((done, total)))
    keys = {p.key for p in result.pairs}
    busan = "gn:1838524"
    barcelona = gaz.resolve("Barcelona", "ES").best.key
    assert tuple(sorted((busan, barcelona))) in keys
    assert len(result.pairs) == 3  # Busan–Barcelona counted once; the Xyzzyville row is unresolved
    pair = next(p for p in result.pairs if {p.a.key, p.b.key} == {busan, barcelona})
    assert pair.occurrences == 2 and pair.a.key < pair.b.key
    assert any(p.b.key == "iso:AU-VIC" or p.a.key == "iso:AU-VIC" for p in result.pairs)
    assert [r.name2 for r in result.unresolved] == ["Xyzzyville"]
    assert seen and seen[-1] == (len(result.rows), len(result.rows))
    # one report row per distinct (name, country), in the report's columns
    assert len(result.rows) == len({(r["name"], r["country"]) for r in result.rows}) == 6
    by_name = {r["name"]: r for r in result.rows}
    assert by_name["Haeundae (Busan)"]["kind"] == "district"
    assert by_name["Xyzzyville"]["status"] == "not_found"
    assert by_name["Victoria (state)"]["geonameid_or_iso"] == "AU-VIC"
    assert by_name["Busan"]["geonameid_or_iso"] == "1838524" and by_name["Busan"]["lat"].startswith("35.1")
    out = io.StringIO()
    assert write_report(result.rows, out) == 6
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(header) == REPORT_COLUMNS
    assert result.stats()["pairs"] == 3


def test_columns_in_any_order_and_case(gaz, tmp_path):
    path = _write(tmp_path, "t.csv", "Country2;City2;Country1;City1\nSpain;Barcelona;South Korea;Busan\n")
    records = read_twin_towns(path)
    assert [(r.name1, r.country1, r.name2, r.country2) for r in records] == [("Busan", "South Korea", "Barcelona", "Spain")]


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file (0 bytes)"),
    (b"   \n\n", "only white space"),
    ("city1,country1,city2\nBusan,South Korea,Barcelona\n", "missing column(s) country2"),
    ("name,place\nBusan,x\n", "missing column(s) city1, country1, city2, country2"),
    ("city1,country1,city2,country2\nK\xf6ln,Germany,Busan,South Korea\n".encode("latin-1"), "not UTF-8"),
])
def test_bad_twin_town_files_are_named_with_the_problem(tmp_path, content, problem):
    path = _write(tmp_path, "bad.csv", content)
    with pytest.raises(NetworkFileError) as err:
        read_twin_towns(path)
    assert err.value.path == str(path)
    assert problem in err.value.problem
    assert str(path) in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(NetworkFileError, match="no such file"):
        read_twin_towns(tmp_path / "absent.csv")


def test_utf8_bom_and_utf16_are_read(tmp_path):
    text = "city1,country1,city2,country2\nKöln,Germany,Busan,South Korea\n"
    for enc in ("utf-8-sig", "utf-16"):
        path = _write(tmp_path, f"{enc}.csv", text, enc)
        assert read_twin_towns(path)[0].name1 == "Köln"


def _sparql(vars_, rows):
    return json.dumps({"head": {"vars": vars_}, "results": {"bindings": [
        {k: {"type": "uri" if not k.endswith("Label") else "literal", "value": v} for k, v in r.items()} for r in rows]}})


def test_wikidata_export(gaz, tmp_path):
    doc = _sparql(["item", "itemLabel", "partner", "partnerLabel", "itemCountryLabel", "partnerCountryLabel"], [
        {"item": "http://www.wikidata.org/entity/Q16520", "itemLabel": "Busan", "itemCountryLabel": "South Korea",
         "partner": "http://www.wikidata.org/entity/Q1492", "partnerLabel": "Barcelona", "partnerCountryLabel": "Spain"},
        {"item": "http://www.wikidata.org/entity/Q1492", "itemLabel": "Barcelona", "itemCountryLabel": "Spain",
         "partner": "http://www.wikidata.org/entity/Q16520", "partnerLabel": "Busan", "partnerCountryLabel": "South Korea"},
        {"item": "http://www.wikidata.org/entity/Q999", "itemLabel": "Q999", "partner": "x", "partnerLabel": "Busan"},
    ])
    path = _write(tmp_path, "p190.json", doc)
    records = read_wikidata_p190(path)
    assert len(records) == 2 and records[0].id1 == "Q16520"
    result = import_wikidata(gaz, path)
    assert len(result.pairs) == 1 and result.pairs[0].occurrences == 2


def test_wikidata_other_variable_names(tmp_path):
    doc = _sparql(["city", "cityLabel", "twin", "twinLabel"], [
        {"city": "Q1", "cityLabel": "Busan", "twin": "Q2", "twinLabel": "Shimonoseki"}])
    assert read_wikidata_p190(_write(tmp_path, "w.json", doc))[0].name2 == "Shimonoseki"


@pytest.mark.parametrize("content, problem", [
    ("{not json", "not JSON"),
    ('{"results": {}}', "no results.bindings"),
    (_sparql(["a", "b"], [{"a": "1", "b": "2"}]), "missing variables"),
])
def test_bad_wikidata_files(tmp_path, content, problem):
    with pytest.raises(NetworkFileError, match=problem):
        read_wikidata_p190(_write(tmp_path, "bad.json", content))


def test_resolve_batch_from_a_file_and_from_rows(gaz, tmp_path):
    path = _write(tmp_path, "batch.csv", "name,country\nBusan,\nVictoria,Canada\nBandar,\nLyon,Spain\n")
    out = list(resolve_batch(gaz, path))
    assert [o["status"] for o in out] == ["resolved", "resolved", "ambiguous", "country_mismatch"]
    assert out[1]["best"]["country_code"] == "CA"
    assert out[0]["row"]["geonameid_or_iso"] == "1838524"
    rows = list(resolve_batch(gaz, [{"name": "부산"}]))
    assert rows[0]["best"]["geonameid"] == 1838524
    with pytest.raises(NetworkFileError, match="missing column"):
        list(resolve_batch(gaz, _write(tmp_path, "nobatch.csv", "city,country\nBusan,KR\n")))


def test_the_real_twin_town_file(gaz):
    """The 26,114-row dataset: read without error; most mentions resolve in their stated country."""
    need(TWIN_CITIES)
    records = read_twin_towns(TWIN_CITIES)
    assert len(records) == 26114
    sample = records[::50]
    result = resolve_network(gaz, sample)
    ok = sum(1 for (n, c), r in result.resolutions.items()
             if r.status == "resolved" and r.best.country_code in {gaz.country_code(c), "HK", "MO", "PS", "XK"})
    assert ok / len(result.resolutions) >= 0.93
    assert len(result.pairs) > 0.85 * len(sample)


def test_places_listed_beside_an_ambiguous_name_decide_it(gaz):
    from intercity.core.places.network import NetworkRecord, resolve_network

    columbia = NetworkRecord("Columbia", "United States", "Kaiserslautern", "Germany", 2)
    alone = resolve_network(gaz, [columbia]).resolutions[("Columbia", "United States")]
    assert alone.status == "ambiguous"  # South Carolina's capital or Missouri's college town
    # listed, as Wikipedia lists a state's places, between two South Carolina towns
    records = [NetworkRecord("Spartanburg", "United States", "Wuzhen", "China", 1), columbia,
               NetworkRecord("Myrtle Beach", "United States", "Kinston", "Jamaica", 3)]
    res = resolve_network(gaz, records).resolutions[("Columbia", "United States")]
    assert res.status == "resolved" and "listed beside" in res.reason
    assert abs(res.best.lat - 34.0) < 0.3 and abs(res.best.lon + 81.03) < 0.3


def test_the_region_shared_by_places_listed_beside_a_name_decides_it(gaz):
    """A list ordered by state: of the Bloomingtons (Illinois, Indiana, Minnesota …), the one in the state of the
    section it sits in, even when the section's towns lie hundreds of kilometres from it."""
    from intercity.core.places.network import NetworkRecord

    def row(name, partner, line):
        return NetworkRecord(name, "United States", partner, "Germany", line)

    bloomington = row("Bloomington", "Izumi", 4)
    assert resolve_network(gaz, [bloomington]).resolutions[("Bloomington", "United States")].status == "ambiguous"
    records = [row("Natchitoches", "Arles", 1), row("Thibodaux", "Loudun", 2), row("Hammond", "Neuss", 3),
               bloomington, row("Elbow Lake", "Flekkefjord", 5), row("Fergus Falls", "Nordhordland", 6),
               row("Shoreview", "Einhausen", 7)]
    res = resolve_network(gaz, records).resolutions[("Bloomington", "United States")]
    assert res.status == "resolved" and res.best.admin1 == "MN", res.reason
    # one neighbour in a state is chance (a list ordered by name), not a section: still ambiguous
    chance = [row("Natchitoches", "Arles", 1), bloomington, row("Fergus Falls", "Nordhordland", 6)]
    lone = resolve_network(gaz, chance).resolutions[("Bloomington", "United States")]
    assert lone.status == "ambiguous"


@pytest.mark.parametrize("country, admin1", [("Brandenburg, Germany", "11"), ("Lower Saxony, Germany", "06"),
                                             ("Mecklenburg-Vorpommern, Germany", "12")])
def test_a_region_written_before_the_country_places_the_name(gaz, country, admin1):
    from intercity.core.places.network import NetworkRecord

    rec = NetworkRecord("Friedland", country, "Sulęczyno", "Poland", 1)
    res = resolve_network(gaz, [rec]).resolutions[("Friedland", country)]
    assert res.status == "resolved" and res.best.admin1 == admin1 and res.query == "Friedland", res.reason
    assert "placed in" in res.reason
