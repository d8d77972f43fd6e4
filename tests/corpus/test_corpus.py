"""The evaluation corpus is well-formed and the extraction benchmark runs end to end.

No thresholds on extraction scores here: the scores are reported by bench/eval_extraction.py.
What is asserted: the gold validates and matches the files; every document reads (or fails the
way the gold says it should); the generator reproduces the committed files byte for byte; the
scorer gives 1.0 to the gold itself and penalises each kind of mistake; the harness turns a
reader failure into misses and produces numbers in [0, 1] on the dev split.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold.json"

PARTNERSHIP_KINDS = {"sister", "friendship", "partner", "pairing", "other"}
ENGAGEMENT_KINDS = {"incoming", "outgoing", "meeting", "event"}
STATUSES = {"idea", "proposed", "agreed", "in_progress", "completed", "stalled", "dropped"}
CHECKS = {"consistent", "inconsistent", "unverified"}
FORMATS = {"pptx", "docx", "pdf", "html", "eml", "txt", "markdown"}
KEY = re.compile(r"^(gn:\d+|iso:[A-Z]{2}-[A-Z0-9]{1,3}|cc:[A-Z]{2})$")
DATE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|--\d{2}-\d{2})$")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _load("_corpus_bench_eval_extraction", ROOT / "bench" / "eval_extraction.py")


@pytest.fixture(scope="module")
def maker():
    return _load("_corpus_make_corpus", ROOT / "scripts" / "make_corpus.py")


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------- gold


def test_gold_validates(gold):
    assert gold["version"] == 1
    docs = gold["documents"]
    assert len(docs) >= 24
    assert len({d["file"] for d in docs}) == len(docs)
    for d in docs:
        where = d["file"]
        assert d["split"] in {"dev", "test"}, where
        assert d["format"] in FORMATS, where
        assert re.fullmatch(r"[a-z]{2}", d["language"]), where
        assert re.fullmatch(r".+, [A-Z]{2}", d["home"]) and KEY.match(d["home_key"]), where
        assert isinstance(d["features"], list) and d["features"], where
        for p in d["partnerships"]:
            assert p["name_as_written"].strip() and p["kind"] in PARTNERSHIP_KINDS, (where, p)
            assert p["sequence"] is None or p["sequence"] >= 1, (where, p)
            if p["place_key"] is None:
                assert p["country_code"] is None or re.fullmatch(r"[A-Z]{2}", p["country_code"]), (where, p)
            else:
                assert KEY.match(p["place_key"]) and re.fullmatch(r"[A-Z]{2}", p["country_code"]), (where, p)
                assert p["place_key"] != d["home_key"], (where, "a city is not its own partner")
        for e in d["engagements"]:
            assert e["kind"] in ENGAGEMENT_KINDS, (where, e)
            assert e["visiting"] and len(e["visiting"]) == len(e["visiting_keys"]), (where, e)
            assert all(KEY.match(k) for k in e["visiting_keys"] + [e["host_key"]]), (where, e)
            assert DATE.match(e["start"]) and DATE.match(e["end"]) and e["start"] <= e["end"], (where, e)
            assert d["home_key"] in e["visiting_keys"] + [e["host_key"]] or e["kind"] == "meeting", (where, e)
        for c in d["cooperation"]:
            assert c["title"].strip() and c["status"] in STATUSES and c["parties"], (where, c)
        for c in d["claims"]:
            assert c["check"] in CHECKS and (c["cities"] or c["countries"]), (where, c)
            assert c["scope"] in PARTNERSHIP_KINDS | {"all"} or c["scope"].startswith("region:"), (where, c)


def test_files_and_gold_match(gold):
    on_disk = {p.name for p in (CORPUS / "docs").iterdir()}
    labelled = {d["file"] for d in gold["documents"]}
    assert on_disk == labelled


def _number(file: str) -> int:
    """The document number: the leading digits of the file name (01_ … 98_, 99_, 100_ …)."""
    return int(re.match(r"\d+", file).group())


def test_splits_and_coverage(gold):
    docs = gold["documents"]
    test = [d for d in docs if d["split"] == "test"]
    # a quarter at least (50 of 182 with the fresh test batch 161-170 and the dev batches 171-176 and 177-182)
    assert 0.25 <= len(test) / len(docs) <= 0.45
    # the first test split (02, 05, 08, …) was exposed and moved to dev on 2026-11-30; the fresh one is 29-
    assert all(_number(d["file"]) >= 29 for d in test)
    formats = {d["format"] for d in docs}
    assert formats == FORMATS
    assert {d["format"] for d in test} >= {"pptx", "docx", "pdf", "html", "eml", "txt"}
    assert {d["language"] for d in docs} >= {"en", "ko", "ja", "zh", "es", "fr", "de"}
    assert {d["encoding"] for d in docs} >= {"cp949", "shift_jis", "utf-16", "euc-kr"}
    assert any(not (d["partnerships"] or d["engagements"] or d["cooperation"] or d["claims"])
               and not d["expected_error"] for d in docs), "a document with nothing to find"
    assert any(p["place_key"] is None for d in docs for p in d["partnerships"]), "a genuinely ambiguous place"
    checks = {c["check"] for d in docs for c in d["claims"]}
    assert checks == CHECKS
    statuses = {c["status"] for d in docs for c in d["cooperation"]}
    assert statuses >= STATUSES - {"idea"}


def test_gold_keys_exist_in_the_gazetteer(gold):
    places = pytest.importorskip("intercity.core.places")
    if not hasattr(places, "load_gazetteer"):
        pytest.skip("the gazetteer is not available yet")
    gazetteer = places.load_gazetteer()
    keys = {d["home_key"] for d in gold["documents"]}
    for d in gold["documents"]:
        keys |= {p["place_key"] for p in d["partnerships"] if p["place_key"]}
        for e in d["engagements"]:
            keys |= {k for k in e["visiting_keys"] + [e["host_key"]] if not k.startswith("cc:")}
    missing = sorted(k for k in keys if gazetteer.get(k) is None)
    assert not missing


# ----------------------------------------------------------------------------- documents


def test_every_document_reads(gold):
    from intercity.core.documents import DocumentError, read_document

    for d in gold["documents"]:
        path = CORPUS / "docs" / d["file"]
        if d["expected_error"]:
            with pytest.raises(DocumentError) as info:
                read_document(path)
            assert d["file"] in str(info.value)
            continue
        doc = read_document(path)
        assert doc.format == d["format"], d["file"]
        assert doc.text.strip() and doc.blocks, d["file"]
        if d["format"] == "eml" and "DOCX attachment" in d["features"]:
            assert doc.attachments and doc.attachments[0].format == "docx"


def test_the_generator_reproduces_the_committed_corpus(maker, tmp_path):
    """Everything but the Chromium-printed PDFs (their bytes depend on the Chromium version)."""
    maker.build(tmp_path, skip_pdf=True)
    assert (tmp_path / "gold.json").read_bytes() == GOLD.read_bytes(), "gold.json is stale: run scripts/make_corpus.py"
    for produced in sorted((tmp_path / "docs").iterdir()):
        assert produced.read_bytes() == (CORPUS / "docs" / produced.name).read_bytes(), produced.name
    printed = {p.name for p in (CORPUS / "docs").glob("*.pdf")} - {p.name for p in (tmp_path / "docs").iterdir()}
    assert printed and all(n.endswith(".pdf") for n in printed)


# ----------------------------------------------------------------------------- scoring


def _place(key: str, cc: str | None) -> dict:
    kind, _, value = key.partition(":")
    if kind == "gn":
        return {"name": "x", "kind": "city", "country_code": cc, "geonameid": int(value)}
    if kind == "iso":
        return {"name": "x", "kind": "region", "country_code": value[:2], "iso_3166_2": value}
    return {"name": value, "kind": "country", "country_code": value}


def gold_as_prediction(entry: dict) -> dict:
    """The gold facts written in the extraction JSON contract: an oracle extractor."""
    return {
        "partnerships": [{"name_as_written": p["name_as_written"], "kind": p["kind"], "sequence": p["sequence"],
                          "place": _place(p["place_key"], p["country_code"]) if p["place_key"] else None,
                          "ambiguous": p["place_key"] is None} for p in entry["partnerships"]],
        "engagements": [{"kind": e["kind"], "visiting": [_place(k, None) for k in e["visiting_keys"]],
                         "host": _place(e["host_key"], None), "start": e["start"], "end": e["end"]}
                        for e in entry["engagements"]],
        "cooperation": [{"title": c["title"], "status": c["status"], "parties": []} for c in entry["cooperation"]],
        "claims": [dict(c) for c in entry["claims"]],
        "interests": [{"party": {"name": n["party"]}, "kind": n["kind"], "subject": n["subject"],
                       "counterpart": {"name": n["from"]} if n.get("from") else None} for n in entry.get("needs") or []],
    }


def test_the_gold_itself_scores_one(bench, gold):
    for entry in gold["documents"]:
        scored = bench.score_document(entry, gold_as_prediction(entry))
        for category, counts in scored["counts"].items():
            assert (counts.fp, counts.fn) == (0, 0), (entry["file"], category)
            assert counts.f1 == 1.0


def _entry(gold, name: str) -> dict:
    return next(d for d in gold["documents"] if d["file"].startswith(name))


def test_each_kind_of_mistake_costs(bench, gold):
    entry = _entry(gold, "01_")
    pred = gold_as_prediction(entry)
    pred["partnerships"][0]["kind"] = "friendship"  # wrong kind
    pred["partnerships"][1]["place"]["geonameid"] = 1  # wrong place
    bandar = next(p for p in pred["partnerships"] if p["name_as_written"] == "Bandar")
    bandar.update(place=_place("gn:1", "IR"), ambiguous=False)  # a guess where gold says "flag it"
    pred["partnerships"].append({"name_as_written": "Busan", "kind": "sister", "place": _place("gn:1838524", "KR")})
    pred["claims"][0]["check"] = "consistent"
    counts = bench.score_document(entry, pred)["counts"]
    assert (counts["partners"].tp, counts["partners"].fp, counts["partners"].fn) == (34, 4, 3)
    assert counts["partners_place"].fn == 2  # the kind mistake is a place hit
    assert (counts["claims"].tp, counts["claims_numbers"].tp) == (2, 3)

    entry = _entry(gold, "04_")
    pred = gold_as_prediction(entry)
    pred["engagements"][0]["end"] = "2019-10-22"
    pred["engagements"][1]["visiting"] = [_place("cc:FR", None)]
    pred["cooperation"][0]["status"] = "proposed"
    pred["cooperation"][1]["title"] = "Something else entirely"
    counts = bench.score_document(entry, pred)["counts"]
    assert (counts["engagements"].tp, counts["engagements_parties"].tp) == (0, 1)
    assert (counts["cooperation"].tp, counts["cooperation_title"].tp) == (2, 3)


def test_title_matching_handles_cjk_and_wordy_predictions(bench):
    assert bench.title_similarity("청소년 교류 프로그램 재개", "청소년 교류 프로그램 재개에 합의") >= 0.5
    assert bench.title_similarity("職員相互派遣事業", "ブリスベン市との職員相互派遣事業") >= 0.5
    assert bench.title_similarity("Urban data platform", "Urban data platform: an MoU") == 1.0
    assert bench.title_similarity("Start-up exchange", "Tram-train interoperability study") == 0.0
    long_paragraph = " ".join(f"word{i}" for i in range(40)) + " start-up exchange"
    assert bench.title_similarity("Start-up exchange", long_paragraph) == 0.0


def test_norm_keeps_hangul_and_kana_whole(bench):
    assert bench.norm("부산") == "부산"
    assert bench.norm("オデーサ") == "オデーサ"
    assert bench.norm("St. Pétersbourg") == "saint petersbourg"
    assert bench.squash("Shang hai") == bench.squash("SHANGHAI")


# ----------------------------------------------------------------------------- harness end to end


@pytest.fixture(scope="module")
def dev_report(bench):
    return bench.evaluate("dev")


def test_harness_runs_on_the_dev_split(bench, gold, dev_report):
    dev = [d for d in gold["documents"] if d["split"] == "dev"]
    assert [r["file"] for r in dev_report["documents"]] == [d["file"] for d in dev]
    assert "reader" not in dev_report["setup_errors"]
    for row in dev_report["documents"]:
        assert not any(e.startswith("reader:") for e in row["errors"]), row
    assert set(dev_report["summary"]) == {"dev", "all"}
    for system in ("extract", "baseline"):
        for category, m in dev_report["summary"]["dev"][system].items():
            for name in ("precision", "recall", "f1"):
                assert 0.0 <= m[name] <= 1.0, (system, category, name)
            assert m["tp"] + m["fn"] == sum(len(d[bench_field(category)]) for d in dev)
    # the naive baseline does find some partners on its own (a sanity check of the reference)
    if "gazetteer" not in dev_report["setup_errors"]:
        assert dev_report["summary"]["dev"]["baseline"]["partners"]["tp"] > 0


def bench_field(category: str) -> str:
    return {"partners": "partnerships", "engagements": "engagements", "cooperation": "cooperation",
            "claims": "claims", "needs": "needs"}[category.split("_")[0]]


def test_report_renders_as_text_and_json(bench, dev_report, capsys):
    import io

    text = io.StringIO()
    bench.print_report(dev_report, details=True, out=text)
    out = text.getvalue()
    assert "goals" in out and "partners F1" in out and "baseline" in out
    data = json.loads(json.dumps(bench._json_ready(dev_report, show_test=False), default=str))
    assert data["summary"]["dev"]["extract"]["partners"]["f1"] == dev_report["summary"]["dev"]["extract"]["partners"]["f1"]


def test_reader_failure_counts_as_misses(bench, gold, tmp_path):
    """A document the reader cannot read is all misses with its error printed, and the run goes on."""
    (tmp_path / "docs").mkdir()
    good = copy.deepcopy(_entry(gold, "22_"))
    shutil.copy(CORPUS / "docs" / good["file"], tmp_path / "docs" / good["file"])
    broken = copy.deepcopy(_entry(gold, "23_"))
    broken["file"] = "broken.pptx"
    (tmp_path / "docs" / "broken.pptx").write_bytes(b"PK\x03\x04 not really a deck")
    (tmp_path / "gold.json").write_text(json.dumps({"version": 1, "documents": [broken, good]}), encoding="utf-8")
    report = bench.evaluate("all", corpus=tmp_path)
    bad = report["documents"][0]
    assert any(e.startswith("reader:") and "broken.pptx" in e for e in bad["errors"])
    assert bad["extract"]["counts"]["partners"].fn == len(broken["partnerships"])
    assert bad["extract"]["counts"]["partners"].tp == 0
    assert report["documents"][1]["file"] == good["file"] and not any(
        e.startswith("reader:") for e in report["documents"][1]["errors"])


def test_test_split_facts_stay_hidden_unless_asked(bench, gold):
    # a former test document (exposed, now dev) relabelled here, so the check reads no current test gold
    entry = copy.deepcopy(_entry(gold, "22_"))
    entry["split"] = "test"
    row = {"file": entry["file"], "split": "test", "errors": [],
           "extract": bench.score_document(entry, bench.empty_prediction()),
           "baseline": bench.score_document(entry, bench.empty_prediction())}
    report = {"documents": [row], "summary": {}, "goals": {}, "setup_errors": {}}
    hidden = bench._json_ready(report, show_test=False)["documents"][0]
    assert "missed" not in hidden and hidden["extract"]["partners"]["fn"] == len(entry["partnerships"])
    assert bench._json_ready(report, show_test=True)["documents"][0]["missed"]["partners"]
