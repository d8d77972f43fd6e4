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
