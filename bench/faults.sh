#!/usr/bin/env bash
# Fault drill on MariaDB: kill -9 under load, the database away for 10 s, double clicks, concurrent
# edits. Prints a PASS/FAIL table; exit status 0 when all passed. See bench/README.md, "Faults".
# Env: PORT (app, 8117), DB_PORT (private MariaDB, 8119), DATABASE (pairing_fault), LOAD_SECONDS (25).
set -euo pipefail
source "$(dirname "$0")/drill-lib.sh"
ensure_jar
exec python3 "$ROOT/bench/drill.py" faults --root "$ROOT" --jar "$JAR" --port "${PORT:-8117}" \
  --db-port "${DB_PORT:-8119}" --database "${DATABASE:-pairing_fault}" --load-seconds "${LOAD_SECONDS:-25}"
