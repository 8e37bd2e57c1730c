#!/usr/bin/env bash
# Two-node drill: two app instances on one MariaDB database, job executor on both. Prints a
# PASS/FAIL table; exit status 0 when all passed. See bench/README.md, "Cluster".
# Env: PORT and PORT2 (8117, 8118), DATABASE (pairing_cluster, dropped and created afresh on the
# server at 127.0.0.1:3306), LOAD_SECONDS (30).
set -euo pipefail
source "$(dirname "$0")/drill-lib.sh"
ensure_jar
exec python3 "$ROOT/bench/drill.py" cluster --root "$ROOT" --jar "$JAR" --port "${PORT:-8117}" \
  --port2 "${PORT2:-8118}" --database "${DATABASE:-pairing_cluster}" --load-seconds "${LOAD_SECONDS:-30}"
