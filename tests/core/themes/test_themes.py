"""The theme taxonomy (data file) and the keyword classifier, in English and Korean."""

from __future__ import annotations

import json

import pytest

from intercity.core.themes import classify, get_theme, load_taxonomy, theme_slugs
from intercity.core.themes.classifier import TAXONOMY_PATH, TaxonomyError

REQUIRED = {"smart-city", "energy", "mobility", "health", "parks-green-space", "urban-regeneration", "culture-tourism",
            "universities-research", "ports-logistics", "mice-expos", "water", "waste-circular-economy",
            "climate-environment", "economy-trade", "education-youth", "safety-resilience", "digital-ict"}


def test_taxonomy_is_complete_and_well_formed():
    themes = load_taxonomy()
    slugs = [t.slug for t in themes]
    assert len(slugs) == len(set(slugs))
    assert REQUIRED <= set(slugs)
    for t in themes:
        assert t.label_en and t.label_ko and t.description_en and t.description_ko, t.slug
        assert any("\uac00" <= ch <= "\ud7a3" for ch in t.label_ko + t.description_ko), t.slug
        assert t.sdgs and all(1 <= n <= 17 for n in t.sdgs), t.slug
        assert t.keywords_en and t.keywords_ko, t.slug
    assert get_theme("energy").sdgs[0] == 7 and get_theme("nope") is None
    raw = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    assert len(raw["themes"]) == len(themes)


@pytest.mark.parametrize("text,first", [
    ("Smart-Energy", "energy"),
    ("Sustainable energy-reliant city which produces 100% of consumed urban energy using renewable energy sources.", "energy"),
    ("A city which enables real-time health management of its citizens and offers state-of-the-art medical experiences",
     "health"),
    ("A city with the fastest, most efficient and eco-friendly urban mobility", "mobility"),
    ("Building a carbon neutral city with smart parks and urban forests", "parks-green-space"),
    ("Cultural Regeneration of Idle Spaces", "urban-regeneration"),
    ("Visit to hydrogen fuel cell power plant", "energy"),
    ("Adopting Automatic Fare Box System on buses", "mobility"),
    ("Establishment of Smart City Platform", "smart-city"),
    ("Universities and research centres", "universities-research"),
    ("Culture and tourism", "culture-tourism"),
    ("the largest container handling port in the country", "ports-logistics"),
    ("2030 Busan World Expo", "mice-expos"),
    ("wastewater treatment and drinking water supply", "water"),
    ("recycling and landfill management", "waste-circular-economy"),
    ("youth exchange programme for high-school students", "education-youth"),
    ("earthquake and typhoon preparedness", "safety-resilience"),
    ("trade and investment promotion for start-ups", "economy-trade"),
    # Korean: substrings (particles attach to nouns)
    ("수소연료전지 발전소를 방문했다", "energy"),
    ("스마트 시티 시범사업을 교환하는 방안", "smart-city"),
    ("버스 요금 결제 시스템", "mobility"),
    ("도시재생 현장을 둘러보았다", "urban-regeneration"),
    ("청소년 교류 사업", "education-youth"),
    ("항만 물류 협력", "ports-logistics"),
])
def test_classify(text, first):
    matches = classify(text)
    assert matches and matches[0].slug == first, (text, matches)
    assert matches[0].matched_words and matches[0].score > 0


def test_word_boundaries_in_english():
    # "port" is not in "report", "transportation" or "support"; "bus" is not in "business"
    assert "ports-logistics" not in theme_slugs("a report on transportation support", limit=5)
    assert "mobility" not in theme_slugs("business plan", limit=5)
    assert theme_slugs("Ports and harbours") == ["ports-logistics"]
    # plurals and hyphens
    assert theme_slugs("smart-city pilots") == ["smart-city"]
    assert "parks-green-space" in theme_slugs("two new parks")
    # acronyms are case-sensitive: "it" the pronoun is not IT
    assert "digital-ict" not in theme_slugs("it is a city of music and film", limit=5)
    assert "digital-ict" in theme_slugs("Busan IT Industry Promotion Agency")


def test_limit_order_and_weak_words():
    m = classify("renewable energy for public transport buses and smart parks", limit=2)
    assert len(m) == 2 and m[0].score >= m[1].score
    assert classify("", limit=3) == [] and classify("nothing to see here") == []
    # a single weak word ("smart") is not enough
    assert classify("a smart idea") == []
    assert classify("Smart-Energy", limit=0) == []


def test_a_broken_taxonomy_is_reported(tmp_path):
    bad = tmp_path / "t.json"
    bad.write_text('{"themes": [{"slug": "x"}]}', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="lacks"):
        load_taxonomy(bad)
