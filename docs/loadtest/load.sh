#!/usr/bin/env bash
# The load test (docs/benchmarks.md, "Load (issue 11)"): a deadline day on the national data set.
#   bash docs/loadtest/load.sh                       # 200 users for 5 minutes
#   USERS=40 SECONDS_=60 bash docs/loadtest/load.sh  # a smaller run
#   XMX=256m bash docs/loadtest/load.sh              # the portal's heap (default 2g)
# 1. packages the portal (skip with PACKAGE=no);
# 2. fills the national data set once into ./data/national-pristine (about 90 s the first time);
# 3. copies it to ./data/national-load (every run starts from the same data), starts the packaged
#    portal on it (profile `national`, loopback, embedded PostgreSQL on DB_PORT; heap XMX and a GC
#    log in target/load/portal.log.gc; these steps are shared: docs/loadtest/national.sh);
# 4. runs the Gatling simulation (`-Pload`, vn.thads.portal.load.DeadlineDaySimulation): officers
#    save and submit on the entry page, API clients through PUT/submit, leaders open dashboards and
#    download PDF/XLSX reports; the HTML report lands in target/gatling/;
# 5. runs the lost-update check
#    (docs/loadtest/check.sql) against the portal's database while it still runs, then stops it.
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

# shellcheck source=docs/loadtest/national.sh
. docs/loadtest/national.sh
trap stop_portal EXIT
national_copy "$DATA" "$OUT"
PORTAL_JAVA_OPTS="-Xmx$XMX -Xlog:gc:file=$OUT/portal.log.gc:time,uptime"

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
