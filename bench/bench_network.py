"""The global network into the registry (issue 3 targets): the 26,114 twin-town pairs imported into a
fresh SQLite database (resolution included) and imported again; beside the baseline in the same
process — reading and resolving the same file without any database (the floor an import pays).

Targets: full import <= 30 s; re-import <= 10 s adding zero rows.

    .venv/bin/python bench/bench_network.py [--data-dir DIR_WITH_A_BUILT_INDEX]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CSV = (ROOT / ".." / "shared" / "data" / "twin-cities" / "twin_cities_raw.csv").resolve()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", help="a data directory whose gazetteer index is reused (default: build one)")
    args = parser.parse_args()
    if not CSV.exists():
        print(f"no dataset at {CSV}")
        return 1
    work = Path(tempfile.mkdtemp(prefix="intercity-bench-network-"))
    if args.data_dir and (Path(args.data_dir) / "gazetteer").is_dir():
        shutil.copytree(Path(args.data_dir) / "gazetteer", work / "gazetteer")
    os.environ["INTERCITY_DATA_DIR"] = str(work)
    os.environ["DJANGO_SETTINGS_MODULE"] = "intercity.config.settings"
    os.environ.pop("DATABASE_URL", None)

    import django

    django.setup()
    from django.core.management import call_command

    from intercity.core.places import load_gazetteer
    from intercity.core.places.network import import_twin_towns
    from intercity.partnerships.models import Partnership
    from intercity.partnerships.network import import_network
    from intercity.places.models import Place

    call_command("migrate", verbosity=0)
    gazetteer = load_gazetteer()
    gazetteer.resolve("Busan")

    t = time.perf_counter()
    base = import_twin_towns(gazetteer, CSV)
    baseline = time.perf_counter() - t
    gazetteer_cache = getattr(gazetteer, "_cache", None)
    if hasattr(gazetteer_cache, "clear"):
        gazetteer_cache.clear()

    t = time.perf_counter()
    first = import_network(CSV, report=work / "report.csv")
    full = time.perf_counter() - t
    rows_after_first = (Place.objects.count(), Partnership.objects.count())

    t = time.perf_counter()
    second = import_network(CSV, report=work / "report.csv")
    again = time.perf_counter() - t
    rows_after_second = (Place.objects.count(), Partnership.objects.count())

    st = first.by_status
    mentions = 2 * first.records
    print(f"dataset: {CSV.name}: {first.records} records, {first.names} distinct (name, country)")
    print(f"  names resolved {st.get('resolved', 0)}, ambiguous {st.get('ambiguous', 0)}, not found {st.get('not_found', 0)}, "
          f"country mismatch {st.get('country_mismatch', 0)}")
    print(f"  pairs stored {first.pairs} (records with an unresolved side {first.unresolved_records}, same place twice {first.self_pairs}); "
          f"{mentions} mentions")
    print(f"baseline  read + resolve, no database:      {baseline:7.2f} s  ({base.stats()['pairs']} pairs)")
    print(f"intercity full import into empty SQLite:     {full:7.2f} s  (target <= 30 s; {full / baseline:.2f}x the baseline; "
          f"{first.places_created} places, {first.partnerships_created} partnerships added)")
    print(f"intercity re-import:                         {again:7.2f} s  (target <= 10 s; {second.partnerships_created} partnerships "
          f"and {second.places_created} places added; rows {rows_after_first} -> {rows_after_second})")
    # the world map's JSON for the whole network, beside a naive serialisation (an object per tie
    # with both places' fields, through model instances)
    import json

    from intercity.partnerships.network import map_payload

    t = time.perf_counter()
    payload = json.dumps(map_payload(), separators=(",", ":"), ensure_ascii=False)
    compact = time.perf_counter() - t
    t = time.perf_counter()
    naive = json.dumps([{"a": {"name": p.place_a.name, "country": p.place_a.country_code, "lat": p.place_a.lat, "lon": p.place_a.lon},
                         "b": {"name": p.place_b.name, "country": p.place_b.country_code, "lat": p.place_b.lat, "lon": p.place_b.lon},
                         "kind": p.kind, "in_registry": p.in_registry}
                        for p in Partnership.objects.filter(place_b__isnull=False).select_related("place_a", "place_b")])
    naive_s = time.perf_counter() - t
    print(f"map JSON, compact columns:                   {compact:7.2f} s  {len(payload) / 1e6:.2f} MB")
    print(f"map JSON, baseline naive objects:            {naive_s:7.2f} s  {len(naive) / 1e6:.2f} MB")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if rows_after_first == rows_after_second else 1


if __name__ == "__main__":
    sys.exit(main())
