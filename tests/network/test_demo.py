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


def test_demo_imports_the_shared_dataset_only_when_it_is_there(tmp_path, monkeypatch):
    from intercity import demo

    assert demo.SHARED_TWIN_TOWNS.parts[-4:] == ("shared", "data", "twin-cities", "twin_cities_raw.csv")
    present = tmp_path / "twin_cities_raw.csv"
    present.write_text(SMALL, encoding="utf-8")
    monkeypatch.setattr(demo, "SHARED_TWIN_TOWNS", present)
    assert demo.default_network() == present
    monkeypatch.setattr(demo, "SHARED_TWIN_TOWNS", tmp_path / "missing.csv")
    assert demo.default_network() is None


def test_demo_network_options_exclude_each_other(capsys):
    from intercity.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["demo", "--network", "x.csv", "--no-network"])


def test_python_dash_m_runs_the_command():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "intercity", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "usage: intercity" in out.stdout
