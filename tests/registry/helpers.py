from __future__ import annotations

import json

from django.apps import apps
from django.core import serializers

APP_LABELS = ("places", "partnerships", "engagements", "cooperation", "people", "themes", "documents", "workspace", "audit")


def snapshot() -> dict[str, str]:
    """Every row of every Intercity table, serialised: equal snapshots mean no row changed."""
    out = {}
    for label in APP_LABELS:
        for model in apps.get_app_config(label).get_models():
            rows = model._default_manager.order_by("pk")
            out[model._meta.label] = serializers.serialize("json", rows)
    return out


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    from intercity.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *argv):
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    return json.loads(out)
