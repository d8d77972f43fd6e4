"""Docs are checked where they can be: every setting documented, every command the README shows exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented():
    from django.conf import settings  # noqa: F401 - importing the settings fills READ

    from intercity.config.env import READ

    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [name for name in READ if f"`{name}`" not in doc]
    assert READ and not missing, missing


def test_every_command_in_readme_and_cli_doc_exists():
    from intercity.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    known = set(sub.choices)
    for doc in ("README.md", "docs/cli.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        used = set(re.findall(r"\bintercity ([a-z]+)", text))
        assert used, doc
        assert used <= known, (doc, used - known)
    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert all(f"intercity {name}" in cli_doc for name in known), known


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in readme and "bash scripts/test.sh" in ci
