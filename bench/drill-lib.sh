# Shared by bench/faults.sh and bench/cluster.sh (the drills): the repository root and the app's fat jar,
# built once (REBUILD=1 forces a new build; SKIP_NPM=1 builds without the frontend, the drills only use the API).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/backend/target/backend-0.1.0-SNAPSHOT.jar"

ensure_jar() {
  if [[ -f "$JAR" && "${REBUILD:-0}" != 1 ]]; then
    echo "reusing $JAR ($(date -r "$JAR" '+%F %T'); REBUILD=1 builds it afresh)"
    return
  fi
  echo "building $JAR"
  (cd "$ROOT" && mvn -B -q -DskipTests ${SKIP_NPM:+-Dskip.npm} package)
}
