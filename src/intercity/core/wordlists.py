"""wordfreq's word lists, read straight from the installed package's data directory.

wordfreq's own lookup tokenizes (its Chinese, Japanese and Korean tokenizers need packages we do not ship) and importing
it costs about 0.2 s; all we need are its "small" lists (Apache-2.0 code, CC-BY-SA 4.0 data, not redistributed). Used by
the false-friend check of extraction (``core/extraction/false_friends.py``) and the resolver's junk aliases
(``core/places/resolver.py``). Without wordfreq installed there are no lists and every caller treats words as rare.
"""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

try:
    import msgpack  # wordfreq's own dependency
except ImportError:  # pragma: no cover - wordfreq not installed
    msgpack = None

_available: dict[str, Path] | None = None


def data_dir() -> Path | None:
    """wordfreq's data directory, found without importing the package (its import pulls in langcodes, regex and ftfy:
    about 0.2 s we need not spend; the word lists are all we read)."""
    try:
        spec = importlib.util.find_spec("wordfreq")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    d = Path(list(spec.submodule_search_locations)[0]) / "data"
    return d if d.is_dir() else None


def available_lists() -> dict[str, Path]:
    global _available
    if _available is None:
        d = data_dir()
        _available = {p.name[len("small_"):-len(".msgpack.gz")]: p for p in d.glob("small_*.msgpack.gz")} if d else {}
    return _available


def read_cbpack(path: Path) -> list[list[str]]:
    """A wordfreq "cBpack": a header, then one list of words per centibel of frequency (as wordfreq.read_cBpack)."""
    with gzip.open(path, "rb") as f:
        data = msgpack.load(f, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"unexpected word list format in {path}")
    return data[1:]
