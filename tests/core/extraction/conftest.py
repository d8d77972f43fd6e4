"""Extraction tests: one gazetteer per session (its index cached in the session's data directory,
set by tests/conftest.py before anything imports the gazetteer), the seeds and the examples."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = (REPO / ".." / "shared").resolve()
SEED_DECK = SHARED / "seeds" / "000_685668094304ccd2.txt"
SEED_VISIT = SHARED / "seeds" / "002_e21d026bcb10241a.txt"
EXAMPLES = REPO / "src" / "intercity" / "examples"
EXAMPLE_DECK = EXAMPLES / "busan-iurc-kickoff-2021.pptx"
EXAMPLE_REPORT = EXAMPLES / "barcelona-delegation-busan-2017.docx"

# run alone (without tests/conftest.py) the data directory is still a per-session temporary one
os.environ.setdefault("INTERCITY_DATA_DIR", os.environ.get("INTERCITY_TEST_DATA_DIR") or tempfile.mkdtemp(prefix="intercity-test-"))


@pytest.fixture(scope="session")
def gaz():
    from intercity.core.places import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def busan(gaz):
    place = gaz.get("gn:1838524")
    assert place is not None and place.name == "Busan"
    return place


def need(path: Path):
    if not path.exists():
        pytest.skip(f"{path} not found (../shared is not beside the repository, or the example is not generated)")
    return path


@pytest.fixture(scope="session")
def read():
    from intercity.core.documents import read_bytes, read_document

    def _read(source, name: str = "doc.txt"):
        if isinstance(source, Path):
            return read_document(str(source))
        data = source.encode("utf-8") if isinstance(source, str) else source
        return read_bytes(data, name)

    return _read


@pytest.fixture(scope="session")
def extract_text(gaz, read):
    """Extraction of an in-memory text (or bytes with a file name) with an optional home city key."""
    from intercity.core.extraction import extract

    def _extract(text, home_key: str | None = "gn:1838524", name: str = "doc.txt"):
        home = gaz.get(home_key) if home_key else None
        return extract(read(text, name), gaz, home)

    return _extract
