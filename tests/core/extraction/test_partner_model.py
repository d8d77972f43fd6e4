"""The learned partner model (candidates.py, partner_model.py): the committed coefficients load and
match the features the code computes, probabilities are probabilities, and on a small document of our
own a listed partner scores above a place named in a visit report. Training and its cross-validated
figures: scripts/train_partner_model.py (docs/extraction.md)."""

from __future__ import annotations

import json
import sys

import pytest

LIST_AND_VISIT = ("International relations report\n\n"
                  "Our sister cities\n\n"
                  "1. Lyon, France (1958)\n"
                  "2. Turin, Italy (1961)\n"
                  "3. Kraków, Poland (1972)\n\n"
                  "News\n\n"
                  "On 12 May 2024 the mayor received a delegation from Nairobi to discuss waste management.\n")


def test_the_committed_model_loads_and_matches_the_features():
    from intercity.core.extraction.candidates import FEATURES
    from intercity.core.extraction.partner_model import MODEL_FILE, load_model

    model = load_model()
    assert model is not None, MODEL_FILE
    assert tuple(model["features"]) == FEATURES
    assert len(model["coef"]) == len(FEATURES)
    assert 0.0 < model["threshold"] < 1.0 and 0.0 < model["threshold_add"] <= 1.01
    assert model["trained_on"] > 0 and model["positives"] <= model["rows"]
    # small and explainable: a JSON file of a few kilobytes
    assert len(json.dumps(model)) < 10_000


def test_probabilities_of_a_list_and_a_visit(gaz, read):
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.extraction.partner_model import score_places

    doc = read(LIST_AND_VISIT, "report.txt")
    home = gaz.get("gn:2925533")  # Frankfurt
    scored = {c.place.name: p for c, p in score_places(doc, PlaceFinder(gaz, home), home) if c.place is not None}
    assert all(0.0 <= p <= 1.0 for p in scored.values())
    for name in ("Lyon", "Turin", "Kraków"):
        assert scored[name] > 0.5, scored
    assert scored["Nairobi"] < min(scored[n] for n in ("Lyon", "Turin", "Kraków")), scored


def test_candidates_carry_the_nearest_kind_word(gaz, read):
    from intercity.core.extraction.candidates import document_candidates
    from intercity.core.extraction.mentions import PlaceFinder

    doc = read(LIST_AND_VISIT, "report.txt")
    home = gaz.get("gn:2925533")
    cands = {c.name: c for c in document_candidates(doc, PlaceFinder(gaz, home), home)}
    assert cands["Lyon"].kind == "sister" and cands["Lyon"].country == "FR"
    assert cands["Lyon"].features["followed_by_country"] == 1.0 and cands["Lyon"].features["list_marker"] == 1.0
    assert "France" not in cands  # countries are context, not candidates


def test_extract_keeps_working_without_the_model(gaz, read, monkeypatch):
    from intercity.core.extraction import extract, partner_model

    doc = read(LIST_AND_VISIT, "report.txt")
    home = gaz.get("gn:2925533")
    with_model = {(f.kind, f.place.key) for f in extract(doc, gaz, home).partnerships if f.place}
    monkeypatch.setattr(partner_model, "ENABLED", False)
    without = {(f.kind, f.place.key) for f in extract(doc, gaz, home).partnerships if f.place}
    assert without <= with_model


def test_training_is_deterministic_on_the_same_rows(monkeypatch):
    pytest.importorskip("sklearn")
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "scripts" / "train_partner_model.py"
    spec = importlib.util.spec_from_file_location("train_partner_model", path)
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_partner_model", mod)
    spec.loader.exec_module(mod)
    from intercity.core.extraction.candidates import FEATURES

    rows = [(None, {f: float((i * 7 + j) % 5 == 0) for j, f in enumerate(FEATURES)}, []) for i in range(40)]
    doc = mod.Doc("x", 1, {"partnerships": []}, rows, [i % 3 == 0 for i in range(40)])
    assert mod.fit([doc]) == mod.fit([doc])
