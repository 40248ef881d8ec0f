#!/usr/bin/env bash
# The load test (docs/benchmarks.md, "Load (issue 11)"): a deadline day on the national data set.
#   bash docs/loadtest/load.sh                       # 200 users for 5 minutes
#   USERS=40 SECONDS_=60 bash docs/loadtest/load.sh  # a smaller run
#   XMX=256m bash docs/loadtest/load.sh              # the portal's heap (default 2g)
# 1. packages the portal (skip with PACKAGE=no);
# 2. fills the national data set once into ./data/national-pristine (about 90 s the first time);
# 3. copies it to ./data/national-load (every run starts from the same data), starts the packaged
#    portal on it (profile `national`, loopback, embedded PostgreSQL on DB_PORT);
# 4. runs the Gatling simulation (`-Pload`, vn.thads.portal.load.DeadlineDaySimulation): officers
#    save and submit on the entry page, API clients through PUT/submit, leaders open dashboards and
#    download PDF/XLSX reports; the HTML report lands in target/gatling/;
# 5. runs the lost-update check
#    (docs/loadtest/check.sql) against the portal's database while it still runs, then stops it.
# The portal's heap: its GC log is target/load/portal.log.gc, its heap at the end target/load/heap.txt.
# Loopback only; every step is bounded. Needs psql (apt-get install -y postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8096}"
DB_PORT="${DB_PORT:-54396}"
USERS="${USERS:-200}"
SECONDS_="${SECONDS_:-300}"
RAMP="${RAMP:-30}"
PACKAGE="${PACKAGE:-yes}"
XMX="${XMX:-2g}"
PRISTINE=./data/national-pristine
DATA=./data/national-load
OUT=target/load
# Maven, offline, through the shared lock when there is one (a measurement wants a quiet machine);
# LOCK_HELD=yes when the caller already holds it
LOCK=()
[ -e /tmp/thads-maven.lock ] && [ -z "${LOCK_HELD:-}" ] && LOCK=(flock /tmp/thads-maven.lock)
MVN=("${LOCK[@]}" ./mvnw -o -q)
mkdir -p "$OUT"

if [ "$PACKAGE" = yes ]; then
  "${MVN[@]}" -DskipTests package
fi
JAR="$(ls target/thads-portal-*.jar | grep -v plain | head -1)"

PID=""
stop_portal() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
  fi
  PID=""
}
trap stop_portal EXIT

# Starts the packaged portal on a data directory and waits (at most 5 minutes) until it is up.
start_portal() {
  local dir="$1" log="$2"
  java -Xmx"$XMX" -Xlog:gc:file="$log.gc":time,uptime -jar "$JAR" --spring.profiles.active=national --thads.embedded-db.dir="$dir" \
    --thads.embedded-db.port="$DB_PORT" --server.port="$PORT" --server.address=127.0.0.1 >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then return 0; fi
    kill -0 "$PID" 2>/dev/null || { echo "the portal stopped: see $log" >&2; exit 1; }
    sleep 1
  done
  echo "the portal did not start within 5 minutes: see $log" >&2
  exit 1
}

if [ ! -d "$PRISTINE" ]; then
  echo "filling the national data set into $PRISTINE (once)"
  start_portal "$PRISTINE" "$OUT/portal-fill.log"
  stop_portal
fi
rm -rf "$DATA"
cp -a "$PRISTINE" "$DATA"

echo "starting the portal on $DATA (port $PORT, database port $DB_PORT)"
start_portal "$DATA" "$OUT/portal.log"

echo "running Gatling: $USERS users, ${SECONDS_} s (ramp-up ${RAMP} s)"
"${LOCK[@]}" ./mvnw -o -Pload gatling:test -Dload.baseUrl="http://127.0.0.1:$PORT" -Dload.users="$USERS" \
  -Dload.seconds="$SECONDS_" -Dload.rampSeconds="$RAMP" -Dload.writeLog="$OUT/writes.csv" \
  | tee "$OUT/gatling.txt" || echo "Gatling reported failed requests (see above)"

echo "checking every write against the database"
psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d thads -f docs/loadtest/check.sql <"$OUT/writes.csv" \
  | tee "$OUT/check.txt"
jcmd "$PID" GC.heap_info >"$OUT/heap.txt" 2>&1 || true
stop_portal
REPORT="$(ls -d target/gatling/deadlinedaysimulation-*/ | tail -1)"
python3 docs/loadtest/gatling-table.py "$REPORT/index.html" | tee "$OUT/table.md"
echo "Gatling's report: $REPORT/index.html"
