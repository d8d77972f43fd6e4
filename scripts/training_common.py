"""What the two training scripts (train_partner_model.py, train_engagement_model.py) share: the
evaluation harness loaded as a module, the dev documents they may read (never the test split), the
command line, and the logistic-regression fit (scikit-learn, training only; the models run with
``intercity.core.extraction.logistic``)."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_bench():
    """``bench/eval_extraction.py`` as the module ``eval_extraction`` (gold loading and matching)."""
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "bench" / "eval_extraction.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_extraction"] = mod
    spec.loader.exec_module(mod)
    return mod


def file_number(entry: dict) -> int:
    return int(entry["file"].split("_", 1)[0])


def parse_range(text: str) -> set[int]:
    """"85-94" -> {85, …, 94}; "7" -> {7}."""
    a, _, b = text.partition("-")
    return set(range(int(a), int(b or a) + 1))


def dev_entries(gold: dict, exclude: str | None = None) -> list[dict]:
    """The dev documents of the gold file (the test split is never read), without ``exclude``."""
    skip = parse_range(exclude) if exclude else set()
    return [d for d in gold["documents"] if d["split"] == "dev" and file_number(d) not in skip]


def argument_parser(doc: str, model_path: Path) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write {model_path.relative_to(ROOT)}")
    ap.add_argument("--fresh", help="documents (e.g. 85-94) held out: train without them, score them")
    ap.add_argument("--exclude", help="dev documents (e.g. 99-106) never read: a batch kept as an untouched check")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap


def fit_logistic(X, y, C: float) -> tuple[float, list[float]]:
    """(intercept, coefficients) of an L2 logistic regression, deterministic (lbfgs, tight tolerance)."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=C, solver="lbfgs", max_iter=5000, tol=1e-8)
    lr.fit(X, y)
    return float(lr.intercept_[0]), [float(c) for c in lr.coef_[0]]
