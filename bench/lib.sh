# Sourced by the bench scripts: builds what is missing and runs a benchmark main class.
# The product's jar is built once (again with BENCH_REBUILD=1); never `mvn install`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/backend/target/backend-0.1.0-SNAPSHOT.jar"
mkdir -p "$ROOT/bench/target"
if [[ ! -f "$JAR" || "${BENCH_REBUILD:-0}" == 1 ]]; then
  (cd "$ROOT" && mvn -B -q -DskipTests -pl process-models,frontend,backend package)
fi
mvn -B -q -f "$ROOT/bench/pom.xml" compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

# bench_run NAME MAIN_CLASS ARGS…: runs the main class, output also kept in bench/target/NAME-<time>.txt
bench_run() {
  local name="$1" main="$2"
  shift 2
  local out="$ROOT/bench/target/$name-$(date +%Y%m%d-%H%M%S).txt"
  { echo "# $name $* — $(date -Is); nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg); bench JVM options: ${BENCH_JVM_OPTS:-none}"; } | tee "$out"
  # shellcheck disable=SC2086 # BENCH_JVM_OPTS: several options, split on purpose
  java ${BENCH_JVM_OPTS:-} -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$main" "--root=$ROOT" "$@" 2>&1 | tee -a "$out"
  echo "# load at the end $(cut -d' ' -f1-3 /proc/loadavg) — kept in $out"
}
