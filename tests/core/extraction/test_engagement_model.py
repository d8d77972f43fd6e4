"""The learned engagement model (engagement_model.py): the committed coefficients load and match the
features the code computes, (date, place) pairs are formed across a passage and with the line above a
date line, a visit pair scores above a signing date, and pairs group into engagements with a direction.
Training and its cross-validated figures: scripts/train_engagement_model.py (docs/extraction.md)."""

from __future__ import annotations

import json

REPORT = ("International relations report 2024\n\n"
          "Visits\n\n"
          "A delegation from Lyon visited our city from 12 to 14 May 2024 to discuss waste management.\n\n"
          "The memorandum with Turin was signed on 3 February 2024.\n")

HEADED = ("Annual programme\n\n"
          "Mayor's mission to Turin\n"
          "8-10 October 2024\n")


def test_the_committed_model_loads_and_matches_the_features():
    from intercity.core.extraction.engagement_model import FEATURES, MODEL_FILE, load_model

    model = load_model()
    assert model is not None, MODEL_FILE
    assert tuple(model["features"]) == FEATURES
    assert len(model["coef"]) == len(FEATURES) == len(model["dir_coef"])
    assert 0.0 < model["threshold"] < 1.0 and 0.0 < model["threshold_add"] <= 1.01
    assert model["trained_on"] > 0 and model["positives"] <= model["rows"]
    assert len(json.dumps(model)) < 10_000


def _rows(gaz, read, text):
    from intercity.core.extraction.engagement_model import document_pairs, pool
    from intercity.core.extraction.mentions import PlaceFinder

    doc = read(text, "report.txt")
    home = gaz.get("gn:2925533")  # Frankfurt
    return home, pool(document_pairs(doc, PlaceFinder(gaz, home), home))


def test_a_visit_scores_above_a_signing_date(gaz, read):
    from intercity.core.extraction.engagement_model import host_probability, load_model, probability

    model = load_model()
    home, rows = _rows(gaz, read, REPORT)
    p = {(r[0].place.name, r[0].start, r[0].end): (probability(model, r[1]), host_probability(model, r[1])) for r in rows}
    visit = p[("Lyon", "2024-05-12", "2024-05-14")]
    signing = p[("Turin", "2024-02-03", "2024-02-03")]
    assert all(0.0 <= x <= 1.0 for pair in p.values() for x in pair)
    assert visit[0] > 0.5 > signing[0], p
    assert visit[1] < 0.5  # a delegation from Lyon: Lyon visits, the home city hosts


def test_a_date_line_is_paired_with_the_heading_above(gaz, read):
    from intercity.core.extraction.engagement_model import engagements

    home, rows = _rows(gaz, read, HEADED)
    pairs = [(r[0].place.name, r[0].start, r[0].end, r[1]["place_above"]) for r in rows]
    assert ("Turin", "2024-10-08", "2024-10-10", 1.0) in pairs
    facts = [e for e, _, _ in engagements(rows, [1.0] * len(rows), [1.0] * len(rows), home, 0.5)]
    assert [(e.kind, e.host.name, [v.name for v in e.visiting]) for e in facts] == [("outgoing", "Turin", [home.name])]


def test_incoming_pairs_of_the_same_dates_are_one_engagement(gaz, read):
    from intercity.core.extraction.engagement_model import engagements

    home, rows = _rows(gaz, read, "Delegations from Lyon and Turin visited our city on 4-5 June 2024.\n")
    facts = [e for e, _, _ in engagements(rows, [1.0] * len(rows), [0.0] * len(rows), home, 0.5)]
    assert len(facts) == 1 and facts[0].host.key == home.key
    assert sorted(v.name for v in facts[0].visiting) == ["Lyon", "Turin"]


def test_a_plain_visit_after_an_earlier_dated_meeting_elsewhere_scores_as_a_visit(gaz, read):
    """Whether the place is one of the document's partners is no feature, and the nearest date weighs clause breaks:
    a visit report that lists no partners and names an earlier meeting elsewhere first is still a visit."""
    from intercity.core.extraction.engagement_model import load_model, probability

    text = ("After the forum held in Vienna on 2 April 2024, delegates from Lyon visited Frankfurt "
            "from 3 to 4 April 2024 to see the new tram depot.\n")
    home, rows = _rows(gaz, read, text)
    p = {(r[0].place.name, r[0].start): probability(load_model(), r[1]) for r in rows}
    assert p[("Lyon", "2024-04-03")] > 0.5, p
