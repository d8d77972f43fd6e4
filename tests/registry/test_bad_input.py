"""Bad input: a clear error naming the file, a non-zero exit, an untouched database."""

from __future__ import annotations

import os

import pytest

from tests.registry.helpers import run_cli, snapshot

pytestmark = pytest.mark.django_db


def _bad_files(tmp_path):
    corrupt = tmp_path / "report.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage \x00\x01\x02 not a pdf")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    missing = tmp_path / "no-such-file.docx"
    return [corrupt, empty, binary, missing]


@pytest.mark.parametrize("index", range(4), ids=["corrupt-pdf", "empty", "binary-as-txt", "missing"])
def test_bad_file_is_refused_and_nothing_written(tmp_path, capsys, index):
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    set_home(resolve_place_text("Busan"))
    good = tmp_path / "note.txt"
    good.write_text("Sister Cities (1 cities from 1 countries)\n- 1 Barcelona\n", encoding="utf-8")
    bad = _bad_files(tmp_path)[index]
    before = snapshot()
    code, out, err = run_cli(capsys, "ingest", str(good), str(bad), "--accept")
    assert code != 0
    assert bad.name in err, err
    assert "nothing was ingested" in err
    assert snapshot() == before


def test_unknown_home_is_a_usage_error(tmp_path, capsys):
    f = tmp_path / "n.txt"
    f.write_text("hello", encoding="utf-8")
    code, out, err = run_cli(capsys, "ingest", str(f), "--home", "Qwxzvbnmplk")
    assert code != 0 and "--home" in err


def test_skip_bad_ingests_the_readable_files_of_a_folder(tmp_path, capsys):
    from intercity.documents.models import Document
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    set_home(resolve_place_text("Busan"))
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_note.txt").write_text("Sister Cities (1 cities from 1 countries)\n- 1 Barcelona\n", encoding="utf-8")
    for bad in _bad_files(folder)[:3]:
        assert bad.exists()
    before = snapshot()
    code, out, err = run_cli(capsys, "ingest", str(folder), "--accept")
    assert code != 0 and snapshot() == before
    code, out, err = run_cli(capsys, "ingest", str(folder), "--accept", "--skip-bad", "--json")
    assert code == 0, err
    import json

    report = json.loads(out)
    assert [d["source"].rsplit("/", 1)[-1] for d in report["documents"]] == ["a_note.txt"]
    assert sorted(s["source"].rsplit("/", 1)[-1] for s in report["skipped"]) == ["empty.txt", "photo.txt", "report.pdf"]
    assert err.count("skipped ") == 3 and "report.pdf" in err
    assert Document.objects.count() == 1
