#!/usr/bin/env bash
# Time `intercity demo` from a fresh clone to a served page (issue 2 target: report the time).
# Baseline in the same run: `python3 -m venv` + `pip install -e .` alone (what any Python app pays).
# Usage: bash bench/bench_demo.sh   (uses a throwaway clone, data dir and port 8765)
set -euo pipefail
SRC="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/intercity-demo-bench.XXXX)"
PORT=${PORT:-8765}
git clone -q "$SRC" "$WORK/clone"
cd "$WORK/clone"
export INTERCITY_DATA_DIR="$WORK/data"
t0=$(date +%s.%N)
python3 -m venv .venv && .venv/bin/pip install -q --disable-pip-version-check -e . >/dev/null 2>&1
t1=$(date +%s.%N)
.venv/bin/intercity demo --port "$PORT" >"$WORK/demo.log" 2>&1 &
PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login/"; do
  sleep 0.2
  kill -0 $PID 2>/dev/null || { cat "$WORK/demo.log"; exit 1; }
done
t2=$(date +%s.%N)
kill $PID; wait $PID 2>/dev/null || true
printf 'baseline: venv + pip install -e .      %6.1f s\n' "$(echo "$t1 - $t0" | bc)"
printf 'intercity demo to a served login page  %6.1f s (index build, migrate, ingest, gunicorn)\n' "$(echo "$t2 - $t1" | bc)"
printf 'fresh clone to served page, total      %6.1f s\n' "$(echo "$t2 - $t0" | bc)"
grep -E "ingested|partners|ready in" "$WORK/demo.log" || true
rm -rf "$WORK"
