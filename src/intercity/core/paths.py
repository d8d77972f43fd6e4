"""Where Intercity keeps its files (database, gazetteer index, uploads)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """``$INTERCITY_DATA_DIR``, else ``$XDG_DATA_HOME/intercity``, else ``~/.local/share/intercity``."""
    env = os.environ.get("INTERCITY_DATA_DIR")
    if env:
        path = Path(env).expanduser()
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / "intercity"
    path.mkdir(parents=True, exist_ok=True)
    return path


def package_dir(module: str) -> Path | None:
    """The folder of an installed package, found without running its code (data-only packages such
    as geoBoundaries' ``gazetteer`` or OpenCC's dictionaries), or None when it is not installed."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None
