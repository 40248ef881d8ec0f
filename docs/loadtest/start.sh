#!/usr/bin/env bash
# Start time of the packaged portal on an existing embedded database (docs/benchmarks.md,
# "Start and memory (issue 12)"): N starts, each timed from `java` to the first 200 of
# /actuator/health, beside Spring's own "Started … in X s"; the portal is stopped after each.
#   flock /tmp/thads-maven.lock bash docs/loadtest/start.sh
#   RUNS=5 START="java -XX:SharedArchiveFile=app.jsa -jar /opt/thads/thads-portal.jar" ARGS="--spring.main.lazy-initialization=true" bash docs/loadtest/start.sh
# START: the command up to the jar (JVM options in it); ARGS: more arguments for the portal.
# The data directory (DATA) is filled once when it does not exist (that first start is not counted).
# Hold the Maven lock around it so that no build runs beside it. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8097}"
DB_PORT="${DB_PORT:-54397}"
RUNS="${RUNS:-5}"
DATA="${DATA:-./data/start}"
ARGS="${ARGS:-}"
JAR="${JAR:-$(ls target/thads-portal-*.jar | grep -v plain | head -1)}"
START="${START:-java -jar $JAR}"
OUT=target/start
mkdir -p "$OUT"

PID=""
stop_portal() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  fi
  PID=""
}
trap stop_portal EXIT

# Starts the portal, waits for the first 200 of the health endpoint; SECS: the seconds it took,
# CPU: the processor seconds the JVM had used by then (less sensitive to a busy machine).
SECS=""
CPU=""
start_portal() {
  local log="$1" started now
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  $START $ARGS --thads.embedded-db.dir="$DATA" --thads.embedded-db.port="$DB_PORT" \
    --server.port="$PORT" --server.address=127.0.0.1 >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 3000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then
      now=$(date +%s.%N)
      SECS=$(echo "$now - $started" | bc)
      CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$PID/stat")
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "the portal stopped: see $log" >&2; exit 1; }
    sleep 0.05
  done
  echo "the portal did not start within 150 s: see $log" >&2
  exit 1
}

if [ ! -d "$DATA" ]; then
  echo "filling $DATA (not counted)"
  start_portal "$OUT/fill.log"
  stop_portal
fi
echo "run  to-200(s)  spring(s)  jvm-cpu(s)"
for run in $(seq "$RUNS"); do
  start_portal "$OUT/run-$run.log"
  spring=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$OUT/run-$run.log" | grep -o '[0-9.]*' | head -1)
  printf '%3d  %9.2f  %9s  %10s\n' "$run" "$SECS" "$spring" "$CPU"
  stop_portal
done
