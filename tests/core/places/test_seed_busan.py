"""Acceptance on the seed deck: Busan's 26 sister cities and 11 friendship cities, read from the
document's own lists and resolved together with Busan as the subject."""

from __future__ import annotations

import re

import pytest

from intercity.core.places import ResolveContext
from tests.core.places.conftest import SEED_DECK, need

EXPECTED = {
    "Kaohsiung": "TW", "Shimonoseki": "JP", "Rio de Janeiro.": "BR", "Shanghai": "CN",
    "Victoria": ("AU", "iso:AU-VIC"), "Ho chi minh": ("VN", "gn:1566083"), "Valparaiso": "CL",
    "Montreal": "CA", "Dubai": "AE", "Chicago": "US", "Phnom Penh": "KH", "Thessaloniki.": "GR",
    "Cebu Province": ("PH", "iso:PH-CEB"), ".Los Angeles": "US", "Barcelona": "ES", "Vladivostok": "RU",
    "Surabaya": "ID", "Tijuana": "MX", "Auckland": "NZ", "Western Cape": ("ZA", "iso:ZA-WC"),
    "Istanbul": "TR", "Fukuoka": "JP", "St. Petersburg": ("RU", "gn:498817"), "Mumbai": "IN",
    "Casablanca": "MA", "Yangon": "MM", "Shenzhen": "CN", "Chongqing": "CN", "Bangkok": "TH",
    "Nagasaki": "JP", "Ulaanbaatar": "MN", "Guangzhou": "CN", "Tianjin": "CN", "Osaka": "JP",
    "Beijing": "CN", "Panama City": "PA",
}
REGIONS = {"Victoria", "Cebu Province", "Western Cape"}


def _seed_names() -> list[str]:
    text = SEED_DECK.read_text(encoding="utf-8")
    start = text.index("Sister Cities (26")
    end = text.index("Future Areas of Cooperation")
    return [m.group(1).strip() for m in re.finditer(r"^- \d+ (.+)$", text[start:end], re.M)]


@pytest.fixture(scope="module")
def resolved(gaz):
    need(SEED_DECK)
    names = _seed_names()
    busan = gaz.resolve("Busan").best
    results = gaz.resolve_many(names, context=ResolveContext(subject=busan))
    return dict(zip(names, results))


def test_the_lists_have_37_names(resolved):
    assert len(resolved) == 37


@pytest.mark.parametrize("written", sorted(EXPECTED))
def test_each_partner_resolves_to_its_place(resolved, written):
    r = resolved[written]
    want = EXPECTED[written]
    cc, key = want if isinstance(want, tuple) else (want, None)
    assert r.status == "resolved" and not r.ambiguous, (written, r.to_json())
    assert r.best.country_code == cc, (written, r.best)
    if key:
        assert r.best.key == key
    assert (r.best.kind == "region") == (written in REGIONS), r.best
    assert 0.5 <= r.confidence <= 1.0


def test_bandar_is_flagged_not_guessed(resolved):
    r = resolved["Bandar"]
    assert r.ambiguous and r.status == "ambiguous"
    assert r.best is None or r.confidence <= 0.5
    names = {(a.name, a.country_code) for a in r.alternatives}
    assert ("Bandar Seri Begawan", "BN") in names
    assert ("Bandar Abbas", "IR") in names
    assert ("Bandar Lampung", "ID") in names


def test_countries_match_the_documents_claims(resolved):
    """The deck says 26 cities from 23 countries and 11 from 6 (Bandar unresolved: 10 known)."""
    names = _seed_names()
    sister = {resolved[n].best.country_code for n in names[:26]}
    friendship = {resolved[n].best.country_code for n in names[26:] if n != "Bandar"}
    assert len(sister) == 23
    assert len(friendship) <= 6


@pytest.mark.parametrize("written", ["Busan", "부산", "釜山", "Pusan", "BUSAN", "Busan Metropolitan City", "부산광역시"])
def test_busan_in_every_script(gaz, written):
    r = gaz.resolve(written)
    assert r.status == "resolved" and r.best.key == "gn:1838524", r.to_json()
    assert r.best.name_ko == "부산"


def test_victoria_without_context_is_the_australian_state(gaz):
    r = gaz.resolve("Victoria")
    assert r.best.key == "iso:AU-VIC" and r.best.kind == "region" and not r.ambiguous, r.to_json()
    # the alternatives a person would weigh are offered
    assert {"CA", "HK"} & {a.country_code for a in r.alternatives}
