"""`intercity demo` (the README's first command) builds Busan's workspace from the example documents
and, when given one, imports a twin-town network; nothing is served with --no-serve."""

from __future__ import annotations

import pytest

from tests.network.test_network_import import SMALL
from tests.registry.helpers import run_cli

pytestmark = pytest.mark.django_db


def test_demo_builds_the_workspace_and_imports_the_network(tmp_path, capsys, monkeypatch, django_user_model):
    monkeypatch.setattr("intercity.partnerships.network.default_report_path",
                        lambda dataset: tmp_path / f"network-report-{dataset}.csv")
    path = tmp_path / "twins.csv"
    path.write_text(SMALL, encoding="utf-8")
    code, out, err = run_cli(capsys, "demo", "--no-serve", "--network", str(path))
    assert code == 0, err
    assert "ingested busan-iurc-kickoff-2021.pptx" in out
    assert "importing the twin-town network" in out and "pairs" in out
    assert "Busan: 37 partners" in out
    assert django_user_model.objects.get(username="demo").is_staff
    from intercity.partnerships.models import Partnership

    assert any("network:twins" in p.sources for p in Partnership.objects.all())


def test_demo_says_so_when_the_network_file_is_bad_and_still_builds(tmp_path, capsys):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    code, out, err = run_cli(capsys, "demo", "--no-serve", "--network", str(bad))
    assert code == 0
    assert "nothing was imported" in err and "Busan:" in out


def test_demo_finds_the_shared_dataset_beside_a_checkout():
    from intercity.demo import SHARED_TWIN_TOWNS, default_network

    assert SHARED_TWIN_TOWNS.name == "twin_cities_raw.csv"
    assert default_network() in (None, SHARED_TWIN_TOWNS)
