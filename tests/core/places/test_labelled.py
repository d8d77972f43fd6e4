"""Accuracy on the hand-labelled names (tests/core/places/labelled_places.csv): >= 98 % right.

``expected_key`` is a place key, or one of ``ambiguous`` / ``not_found`` / ``country_mismatch``
when the careful answer is to not pick a place. Every miss is printed.
"""

from __future__ import annotations

import csv
from pathlib import Path

LABELLED = Path(__file__).resolve().parent / "labelled_places.csv"


def _rows():
    with LABELLED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _right(res, expected: str) -> bool:
    if expected in ("ambiguous", "not_found", "country_mismatch"):
        return res.status == expected
    return res.status == "resolved" and res.best is not None and res.best.key == expected


def test_the_labelled_set_is_large_and_well_formed():
    rows = _rows()
    assert len(rows) >= 300
    assert all(r["name"] and r["expected_key"] and r["note"] for r in rows)
    assert len({(r["name"], r["country"]) for r in rows}) == len(rows), "duplicate rows"


def test_labelled_accuracy_at_least_98_percent(gaz):
    rows = _rows()
    misses = []
    for r in rows:
        res = gaz.resolve(r["name"], r["country"] or None)
        if not _right(res, r["expected_key"]):
            got = f"{res.best.key} {res.best.name} ({res.best.country_code})" if res.best else "-"
            misses.append(f"{r['name']!r} [{r['country']}] expected {r['expected_key']}, got {res.status} {got}: "
                          f"{res.reason} ({r['note']})")
    for line in misses:
        print("MISS", line)
    accuracy = 1 - len(misses) / len(rows)
    print(f"labelled accuracy {accuracy:.2%} ({len(rows) - len(misses)}/{len(rows)})")
    assert accuracy >= 0.98, "\n".join(misses)
