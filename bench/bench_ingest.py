"""Ingestion end to end (issue 2 targets): each seed read, extracted and written with --accept into a
fresh SQLite database, warm; the gazetteer index build and the resolver's cold start.

Baseline in the same run: reading and parsing the same file alone (the floor any ingestion pays).

    .venv/bin/python bench/bench_ingest.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (ROOT / ".." / "shared" / "seeds").resolve()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep-index", action="store_true", help="reuse $INTERCITY_DATA_DIR's index instead of building one")
    args = parser.parse_args()
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        print(f"no seeds in {SEEDS}")
        return 1
    work = Path(tempfile.mkdtemp(prefix="intercity-bench-"))
    os.environ["INTERCITY_DATA_DIR"] = str(work)
    os.environ["DJANGO_SETTINGS_MODULE"] = "intercity.config.settings"
    os.environ.pop("DATABASE_URL", None)

    # 1. index build (fresh data dir), then cold start of a new process loading the cached index
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from intercity.core.places import load_gazetteer; load_gazetteer()"], check=True)
    build = time.perf_counter() - t
    cold_code = ("import time; t=time.perf_counter(); from intercity.core.places import load_gazetteer; "
                 "g=load_gazetteer(); a=time.perf_counter(); g.resolve('Busan'); b=time.perf_counter(); "
                 "print(a-t, b-a)")
    colds = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", cold_code], check=True, capture_output=True, text=True).stdout.split()
        colds.append((float(out[0]), float(out[1])))
    print(f"gazetteer index build (one-time):   {build:7.2f} s")
    print(f"resolver cold start (load index):   {statistics.median(c[0] for c in colds):7.3f} s  (first resolve {statistics.median(c[1] for c in colds) * 1000:.1f} ms)")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from intercity.core.documents import read_document
    from intercity.documents import services
    from intercity.places.services import resolve_place_text

    call_command("migrate", verbosity=0)
    home = resolve_place_text("Busan, KR")
    with transaction.atomic():  # warm caches (themes, gazetteer), leaving the registry empty
        services.ingest_path(seeds[0], home=home, accept_facts=True)
        transaction.set_rollback(True)

    print(f"\n{'document':34} {'baseline: read only':>20} {'ingest --accept':>16} {'ratio':>6}  target ≤ 1 s")
    for path in seeds:
        base, full = [], []
        for _ in range(args.rounds):
            t = time.perf_counter()
            read_document(str(path))
            base.append(time.perf_counter() - t)
            # a fresh registry each round: the same document into an empty database
            with transaction.atomic():
                t = time.perf_counter()
                services.ingest_path(path, home=home, accept_facts=True)
                full.append(time.perf_counter() - t)
                transaction.set_rollback(True)
        b, f = statistics.median(base), statistics.median(full)
        print(f"{path.name:34} {b * 1000:17.1f} ms {f * 1000:13.1f} ms {f / b:6.0f}x  {'OK' if f <= 1 else 'MISSED'}")
    connection.close()
    if not args.keep_index:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
