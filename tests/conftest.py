"""Shared test set-up: a per-session data directory (gazetteer index cache), the shared seeds,
and Debian's Chromium for Playwright."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "seeds"
SEED_DECK = SEEDS / "000_685668094304ccd2.txt"
SEED_VISIT = SEEDS / "002_e21d026bcb10241a.txt"
TWIN_CITIES = SHARED / "data" / "twin-cities" / "twin_cities_raw.csv"

# One data directory for the whole run (the gazetteer index is built once into it), set before
# Django's settings are imported. A developer may point INTERCITY_TEST_DATA_DIR at a warm cache.
os.environ.setdefault("INTERCITY_DATA_DIR", os.environ.get("INTERCITY_TEST_DATA_DIR") or tempfile.mkdtemp(prefix="intercity-test-"))
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


def require_seeds():
    if not SEED_DECK.exists() or not SEED_VISIT.exists():
        pytest.skip(f"seed documents not found in {SEEDS} (../shared is not beside the repository)")


def require_twin_cities():
    if not TWIN_CITIES.exists():
        pytest.skip(f"twin-town data not found at {TWIN_CITIES} (../shared is not beside the repository)")


@pytest.fixture
def seeds():
    require_seeds()
    return SEED_DECK, SEED_VISIT


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    }
