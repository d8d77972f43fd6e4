"""The pure core never imports Django (ENGINEERING.md)."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "src" / "intercity" / "core"


def test_core_does_not_import_django():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"django", "ninja", "django_htmx"} or name.startswith("intercity.") and not name.startswith("intercity.core"):
                    offenders.append(f"{path.relative_to(CORE)}: {name}")
    assert not offenders, offenders
