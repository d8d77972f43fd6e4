"""The gazetteer is built once per test session into the session's data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO / ".." / "shared"
SEED_DECK = SHARED / "seeds" / "000_685668094304ccd2.txt"
TWIN_CITIES = SHARED / "data" / "twin-cities" / "twin_cities_raw.csv"


@pytest.fixture(scope="session")
def gaz():
    from intercity.core.places import load_gazetteer

    return load_gazetteer()


def need(path: Path):
    if not path.exists():
        pytest.skip(f"{path.resolve()} not found (../shared is not beside the repository)")
