#!/usr/bin/env python3
"""Benchmark extraction: each seed (and each example document) end to end, warm, beside a
baseline measured in the same run.

    .venv/bin/python bench/bench_extraction.py [--repeat N] [--json]

For every document: ``read`` = ``read_document`` alone (the baseline), ``read+extract`` =
``read_document`` then ``extract(doc, gazetteer, home=Busan)``, both warm (the gazetteer loaded
and one untimed run first), median of N runs. Target: read+extract <= 0.2 s warm per seed.
Also printed: the gazetteer's cold load in this process and the first (cold-cache) extraction.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from intercity.core.documents import read_document  # noqa: E402

SEEDS = (REPO / ".." / "shared" / "seeds").resolve()
EXAMPLES = REPO / "src" / "intercity" / "examples"
TARGET_S = 0.2


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from intercity.core.extraction import extract
    from intercity.core.places import load_gazetteer

    g = load_gazetteer()
    load_s = time.perf_counter() - t0
    home = g.get("gn:1838524")

    docs = []
    if SEEDS.exists():
        docs += [("seed", p) for p in sorted(SEEDS.glob("*.txt"))]
    else:
        print(f"(seeds not found at {SEEDS}: ../shared is not beside the repository; examples only)")
    docs += [("example", p) for p in sorted(EXAMPLES.glob("*")) if p.suffix in (".pptx", ".docx", ".pdf", ".txt")]

    rows = []
    for kind, path in docs:
        t = time.perf_counter()
        doc = read_document(str(path))
        x = extract(doc, g, home)
        first = time.perf_counter() - t
        read_s = _median(lambda: read_document(str(path)), args.repeat)
        both_s = _median(lambda: extract(read_document(str(path)), g, home), args.repeat)
        facts = (len(x.partnerships), len(x.engagements), len(x.cooperation) + len(x.areas), len(x.people), len(x.claims))
        rows.append({"kind": kind, "file": path.name, "chars": len(doc.text), "blocks": len(doc.blocks),
                     "first_s": round(first, 4), "read_s": round(read_s, 4), "read_extract_s": round(both_s, 4),
                     "extract_only_s": round(max(0.0, both_s - read_s), 4),
                     "facts": dict(zip(("partnerships", "engagements", "cooperation+areas", "people", "claims"), facts)),
                     "target_met": both_s <= TARGET_S if kind == "seed" else None})

    if args.json:
        print(json.dumps({"gazetteer_load_s": round(load_s, 3), "target_s": TARGET_S, "documents": rows}, indent=2))
    else:
        print(f"gazetteer load (this process, index cached): {load_s:.2f} s")
        print(f"warm medians of {args.repeat} runs; baseline = read_document alone; target read+extract <= {TARGET_S} s per seed\n")
        print(f"{'document':44} {'chars':>6} {'blocks':>6} {'first':>8} {'read':>8} {'read+extract':>13} {'extract':>8}  facts (P/E/C/H/CL)  target")
        for r in rows:
            f = r["facts"]
            met = "" if r["target_met"] is None else ("met" if r["target_met"] else "NOT met")
            print(f"{r['kind'] + ': ' + r['file']:44} {r['chars']:6d} {r['blocks']:6d} {r['first_s']:8.4f} {r['read_s']:8.4f} "
                  f"{r['read_extract_s']:13.4f} {r['extract_only_s']:8.4f}  "
                  f"{f['partnerships']}/{f['engagements']}/{f['cooperation+areas']}/{f['people']}/{f['claims']:<10}  {met}")
    return 0 if all(r["target_met"] in (True, None) for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
