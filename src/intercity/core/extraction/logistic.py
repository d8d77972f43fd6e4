"""The learned models' shared run-time part: a logistic regression stored as JSON (``features``, and
per head ``<head>intercept`` / ``<head>coef``), read once and applied with plain Python. The models
(partner_model.py, engagement_model.py) and their training scripts decide what the features mean."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def load(path: str | Path, heads: tuple[str, ...] = ("",)) -> dict | None:
    """The model at ``path``, or None when it is missing, unreadable or its heads do not match its features."""
    try:
        model = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    n = len(model.get("features", ()))
    if not n or any(len(model.get(h + "coef", ())) != n or h + "intercept" not in model for h in heads):
        return None
    return model


def probability(model: dict, features: dict[str, float], head: str = "") -> float:
    """σ(intercept + Σ wᵢ·xᵢ) of one head; a feature the dict lacks counts 0."""
    z = model[head + "intercept"] + sum(w * features.get(name, 0.0)
                                        for w, name in zip(model[head + "coef"], model["features"]))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


#: how far a model's doubt lowers a rule's confidence: ``confidence × (1 − DOUBT + DOUBT · p)``. The
#: probability orders review (doubtful facts first); it does not on its own take a fact the rules are
#: sure of (≥ 0.75) under the auto-accept level (0.6): a model trained on a small corpus can be wrong
#: about a plain visit report (the Barcelona seed's visit scores p ≈ 0.05).
DOUBT = 0.2


def scaled(confidence: float, p: float) -> float:
    return confidence * (1.0 - DOUBT + DOUBT * p)
