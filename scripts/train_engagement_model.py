#!/usr/bin/env python3
"""Train the learned engagement model (``intercity.core.extraction.engagement_model``) on the corpus's
DEV split, measure it by leave-one-document-out cross-validation, and write its coefficients.

    .venv/bin/python scripts/train_engagement_model.py                  # CV report on dev
    .venv/bin/python scripts/train_engagement_model.py --fresh 85-94    # CV without 85-94, then train without / score them
    .venv/bin/python scripts/train_engagement_model.py --fresh 85-94 --write   # ... and write the model JSON (all dev;
                                                              # threshold_add chosen on 85-94, see choose_on_fresh)

Only documents whose gold entry says ``split == "dev"`` are read (the test split is never opened).
A (date, place) pair is positive when a gold engagement of the document has the same start and end and the
place matches its host or one of its visiting parties as the harness matches them
(``eval_extraction.party_matches``); its direction label is whether the place is the host. Two logistic
regressions (scikit-learn, L2, lbfgs: deterministic): pair → engagement, positive pair → host. Engagements
are scored as the harness scores them (``eval_extraction.assign`` with ``engagement_score``). Thresholds
are chosen on out-of-fold probabilities of the training documents only.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import training_common as TC  # noqa: E402

from intercity.core.extraction import engagement_model as EM  # noqa: E402
from intercity.core.extraction.engagement_model import FEATURES  # noqa: E402

MODEL_PATH = ROOT / "src" / "intercity" / "core" / "extraction" / "data" / "engagement_model.json"
C = 1.0
INNER_FOLDS = 5
T_GRID = tuple(x / 100 for x in range(10, 100, 5))
ADD_GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01)  # 1.01: never add
TOLERANCE = 0.0  # F1 of the full rules on dev, out of fold, that the integration may cost


EV = TC.load_bench()


@dataclass
class Doc:
    file: str
    number: int
    gold: dict
    home: object
    sets: dict = field(default_factory=dict)  # "rules" / "ablated": (rows, labels, host labels, rule facts)



def _labels(rows, gold: dict) -> tuple[list[int], list[int]]:
    labels, hosts = [], []
    home_key = gold.get("home_key")
    for pair, _, _ in rows:
        place = pair.place.to_json()
        lab = host = 0
        for g in gold["engagements"]:
            if g["start"] != pair.start or (g["end"] or g["start"]) != pair.end:
                continue
            if g["host_key"] != home_key and EV.party_matches(g["host_key"], place):
                lab, host = 1, 1
                break
            if any(k != home_key and EV.party_matches(k, place) for k in g["visiting_keys"]):
                lab = 1
                break
        labels.append(lab)
        hosts.append(host)
    return labels, hosts


@contextlib.contextmanager
def _readers_off():
    """The structured visit reader disabled: what the rules find on a layout nobody wrote a rule for,
    approximately — the layout-independent fallback alone."""
    ex = importlib.import_module("intercity.core.extraction.extract")
    saved = ex.extract_engagements
    ex.extract_engagements = lambda *a, **k: []
    try:
        yield
    finally:
        ex.extract_engagements = saved


def collect(entries: list[dict]) -> list[Doc]:
    from intercity.core.documents import read_document
    from intercity.core.extraction import extract
    from intercity.core.places import load_gazetteer

    g = load_gazetteer()
    docs = []
    for entry in entries:
        if entry.get("expected_error"):
            continue
        doc = read_document(ROOT / "corpus" / "docs" / entry["file"])
        home = EV._home(g, entry)
        d = Doc(entry["file"], int(entry["file"].split("_", 1)[0]), entry, home)
        saved = EM.ENABLED
        EM.ENABLED = False
        try:
            for which in ("rules", "ablated"):
                EM.CAPTURE = []
                with _readers_off() if which == "ablated" else contextlib.nullcontext():
                    extract(doc, g, home)
                rows, rules = EM.CAPTURE[0] if EM.CAPTURE else ([], [])
                labels, hosts = _labels(rows, entry)
                d.sets[which] = (rows, labels, hosts, rules)
        finally:
            EM.CAPTURE = None
            EM.ENABLED = saved
        docs.append(d)
    return docs


# ----------------------------------------------------------------------------- model


def fit(docs: list[Doc]) -> dict:
    import numpy as np

    rows = [(f, lab, h) for d in docs for (_, f, _), lab, h in zip(*d.sets["rules"][:3])]
    X = np.array([[f[n] for n in FEATURES] for f, _, _ in rows], dtype=float)
    y = np.array([lab for _, lab, _ in rows], dtype=int)
    b, w = TC.fit_logistic(X, y, C)
    pos = [(f, h) for f, lab, h in rows if lab]
    Xd = np.array([[f[n] for n in FEATURES] for f, _ in pos], dtype=float)
    yd = np.array([h for _, h in pos], dtype=int)
    if len(set(yd.tolist())) == 2:
        db, dw = TC.fit_logistic(Xd, yd, C)
    else:
        db, dw = (-5.0 if not yd.any() else 5.0), [0.0] * len(FEATURES)
    return {"features": list(FEATURES), "intercept": b, "coef": w, "dir_intercept": db, "dir_coef": dw}


def _probs(model: dict, d: Doc, which: str = "rules"):
    rows = d.sets[which][0]
    return ([EM.probability(model, f) for _, f, _ in rows], [EM.host_probability(model, f) for _, f, _ in rows])


def _score(d: Doc, facts) -> "EV.Counts":
    pred = [e.to_json() for e in facts]
    return EV.assign(d.gold["engagements"], pred, EV.engagement_score)[0]


def alone(d: Doc, pr, t: float) -> list:
    rows = d.sets["rules"][0]
    return [e for e, _, _ in EM.engagements(rows, pr[0], pr[1], d.home, t)]


def integrated(d: Doc, pr, t_add: float, which: str = "rules") -> list:
    rows, _, _, rules = d.sets[which]
    return EM.integrate(rules, EM.engagements(rows, pr[0], pr[1], d.home, min(t_add, 1.0)), t_add)


def _inner_oof(docs: list[Doc]) -> dict:
    """Out-of-fold probabilities (both rule sets) for ``docs`` (grouped folds by document, deterministic)."""
    out = {}
    for k in range(INNER_FOLDS):
        test = [d for i, d in enumerate(docs) if i % INNER_FOLDS == k]
        m = fit([d for i, d in enumerate(docs) if i % INNER_FOLDS != k])
        for d in test:
            out[d.file] = {w: _probs(m, d, w) for w in ("rules", "ablated")}
    return out


def _total(docs, fn) -> "EV.Counts":
    tot = EV.Counts()
    for d in docs:
        tot.add(fn(d))
    return tot


def choose(docs: list[Doc], oof: dict, insample: dict, guard: set[str] | None = None) -> tuple[float, float]:
    """(threshold of the model alone, threshold_add). The add threshold maximises engagement F1 of the fallback
    alone plus the model (the rules on a layout nobody wrote a rule for behave like the fallback) on out-of-fold
    probabilities, among the values that cost the full rules nothing out of fold and in-sample on the ``guard``
    documents (the harness's dev figure must not drop). Ties: the more conservative value."""
    t = max(T_GRID, key=lambda x: (round(_total(docs, lambda d: _score(d, alone(d, oof[d.file]["rules"], x))).f1, 6), x))
    gdocs = [d for d in docs if guard is None or d.file in guard]
    base = _total(gdocs, lambda d: _score(d, d.sets["rules"][3])).f1
    best = None
    for ta in ADD_GRID:
        if _total(gdocs, lambda d: _score(d, integrated(d, oof[d.file]["rules"], ta))).f1 < base - TOLERANCE - 1e-9:
            continue
        if _total(gdocs, lambda d: _score(d, integrated(d, insample[d.file]["rules"], ta))).f1 < base - 1e-9:
            continue
        f1 = round(_total(docs, lambda d: _score(d, integrated(d, oof[d.file]["ablated"], ta, "ablated"))).f1, 6)
        if best is None or (f1, ta) > best:
            best = (f1, ta)
    return t, best[1] if best else 1.01


SYSTEMS = (("alone", "model alone"), ("rules", "rules alone"), ("integrated", "rules+model"),
           ("ablated", "fallback alone"), ("ablated+model", "fallback+model"))


def _evaluate(d: Doc, pr_rules, pr_abl, t: float, ta: float) -> dict:
    return {"alone": _score(d, alone(d, pr_rules, t)),
            "rules": _score(d, d.sets["rules"][3]),
            "integrated": _score(d, integrated(d, pr_rules, ta)),
            "ablated": _score(d, d.sets["ablated"][3]),
            "ablated+model": _score(d, integrated(d, pr_abl, ta, "ablated"))}


def _fmt(c) -> str:
    return f"P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} ({c.tp}/{c.fp}/{c.fn})"


def report(name: str, per_doc: list[dict], chosen) -> None:
    print(f"\n{name}")
    for k, label in SYSTEMS:
        tot = EV.Counts()
        for r in per_doc:
            tot.add(r[k])
        print(f"  {label:<16} {_fmt(tot)}")
    print(f"  thresholds (model alone, add): {sorted(set(chosen))}")


def cross_validate(docs: list[Doc], verbose: bool = False):
    per_doc, chosen = [], []
    for i, d in enumerate(docs):
        train = docs[:i] + docs[i + 1:]
        oof = _inner_oof(train)
        m = fit(train)
        ins = {x.file: {w: _probs(m, x, w) for w in ("rules", "ablated")} for x in train}
        t, ta = choose(train, oof, ins)
        r = _evaluate(d, _probs(m, d), _probs(m, d, "ablated"), t, ta)
        per_doc.append(r)
        chosen.append((t, ta))
        if verbose:
            print(f"  {d.file[:44]:<44} t={t:.2f} add={ta:.2f}  " +
                  "  ".join(f"{k} {r[k].tp}/{r[k].fp}/{r[k].fn}" for k, _ in SYSTEMS), flush=True)
    return per_doc, chosen


def choose_on_fresh(base: list[Doc], held: list[Doc], model: dict) -> float:
    """threshold_add chosen on documents the rules were not written for: the value that maximises engagement F1 of
    the rules plus the model (trained without them) on ``held``, among the values that cost the rules nothing on
    ``base`` (in-sample). Ties: the more conservative value."""
    def f1(docs: list[Doc], ta: float) -> float:
        return round(_total(docs, lambda d: _score(d, integrated(d, _probs(model, d), ta))).f1, 6)

    floor = round(_total(base, lambda d: _score(d, d.sets["rules"][3])).f1, 6)
    allowed = [ta for ta in ADD_GRID if f1(base, ta) >= floor]
    return max(allowed, key=lambda ta: (f1(held, ta), ta)) if allowed else 1.01


def final_model(docs: list[Doc], guard: set[str] | None = None) -> dict:
    model = fit(docs)
    oof = _inner_oof(docs)
    ins = {x.file: {w: _probs(model, x, w) for w in ("rules", "ablated")} for x in docs}
    t, ta = choose(docs, oof, ins, guard)
    model.update({
        "version": 1,
        "description": "Learned engagement model: logistic regressions over engagement_model.FEATURES of (date, place) "
                       "pairs (coef: the pair is an engagement's; dir_coef: its place is the host), trained by "
                       "scripts/train_engagement_model.py on the corpus's dev split",
        "trained_on": len(docs),
        "rows": sum(len(d.sets["rules"][0]) for d in docs),
        "positives": sum(sum(d.sets["rules"][1]) for d in docs),
        "threshold": t, "threshold_add": ta,
    })
    for k in ("intercept", "dir_intercept"):
        model[k] = round(model[k], 6)
    for k in ("coef", "dir_coef"):
        model[k] = [round(c, 6) for c in model[k]]
    return model



def main(argv=None) -> int:
    args = TC.argument_parser(__doc__, MODEL_PATH).parse_args(argv)
    gold = EV.load_gold()
    entries = TC.dev_entries(gold, args.exclude)  # the test split is never read
    fresh = TC.parse_range(args.fresh) if args.fresh else set()
    t0 = time.perf_counter()
    docs = collect(entries)
    n_rows = sum(len(d.sets["rules"][0]) for d in docs)
    n_pos = sum(sum(d.sets["rules"][1]) for d in docs)
    covered = sum(len({(g["start"], g["end"]) for g in d.gold["engagements"]}) for d in docs)
    print(f"{len(docs)} dev documents, {n_rows} (date, place) pairs, {n_pos} positive; gold engagements "
          f"{sum(len(d.gold['engagements']) for d in docs)} ({time.perf_counter() - t0:.1f} s)")
    reach = EV.Counts()
    for d in docs:
        rows, labels, hosts = d.sets["rules"][:3]
        oracle = EM.engagements(rows, [float(x) for x in labels], [float(h) for h in hosts], d.home, 0.5)
        reach.add(_score(d, [e for e, _, _ in oracle]))
    print(f"  candidate reach (oracle labels): {_fmt(reach)}")
    base = [d for d in docs if d.number not in fresh]
    held = [d for d in docs if d.number in fresh]
    if not args.no_cv:
        per_doc, chosen = cross_validate(base, args.verbose)
        report(f"dev without {args.fresh}, leave-one-document-out" if fresh else "dev, leave-one-document-out", per_doc, chosen)
    if held:
        model = final_model(base)
        per_doc = []
        for d in held:
            r = _evaluate(d, _probs(model, d), _probs(model, d, "ablated"), model["threshold"], model["threshold_add"])
            per_doc.append(r)
            if args.verbose:
                print(f"  {d.file[:44]:<44} " + "  ".join(f"{k} {r[k].tp}/{r[k].fp}/{r[k].fn}" for k, _ in SYSTEMS))
        report(f"fresh documents {args.fresh} ({len(held)}), model trained on the other {len(base)}", per_doc,
               [(model["threshold"], model["threshold_add"])])
    fresh_add = None
    if held:
        fresh_add = choose_on_fresh(base, held, model)
        tot = _total(held, lambda d: _score(d, integrated(d, _probs(model, d), fresh_add)))
        print(f"  threshold_add chosen on {args.fresh}: {fresh_add} (rules+model there: {_fmt(tot)}, the threshold tuned on them)")
    if args.write:
        model = final_model(docs, {d.file for d in base} if held else None)
        if fresh_add is not None:  # the rules on dev tuned documents find nearly everything: adding seldom pays there
            model["threshold_add"] = fresh_add
            model["threshold_add_chosen_on"] = args.fresh
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)} (threshold {model['threshold']}, add {model['threshold_add']})")
        top = sorted(zip(model["features"], model["coef"]), key=lambda x: -abs(x[1]))[:12]
        print("  strongest:", ", ".join(f"{n} {c:+.2f}" for n, c in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
