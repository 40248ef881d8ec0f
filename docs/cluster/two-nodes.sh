#!/usr/bin/env bash
# Two portal nodes behind nginx on one PostgreSQL (docs/deployment.md; results in
# docs/benchmarks.md, "Two nodes behind nginx (issue 12)"):
#   1. both nodes start AT THE SAME MOMENT on an empty database (Flyway's advisory lock, the
#      start-up data lock of database/StartupLock): both come up, every migration once, the
#      national data set once;
#   2. a user signs in through node A and uses the cookie directly against node B;
#   3. a return saved and submitted through node A is in node B's figures at once;
#   4. the load test (Gatling, docs/loadtest) runs through nginx while the nodes are restarted one
#      at a time, twice each: first A then B *drained* (marked down in nginx and reloaded before
#      SIGTERM, put back once their readiness is UP), then A then B *not drained* (SIGTERM only:
#      graceful shutdown, nginx sends the refused connections to the other node); then Gatling's
#      KO count, every answer but 2xx/3xx in nginx's log with its time, and the lost-update check
#      (docs/loadtest/check.sql).
#   bash docs/cluster/two-nodes.sh                 (as root: PostgreSQL runs as `postgres`)
#   USERS=40 SECONDS_=300 bash docs/cluster/two-nodes.sh
# Needs: apt-get install -y postgresql nginx; curl, psql, python3. Loopback only; every wait is
# bounded; everything started is stopped at exit. Holds the Maven lock (/tmp/thads-maven.lock)
# for its whole run when there is one (a measurement: no build beside it), about 7 minutes
# (THADS_LOCK_HELD=1: the caller holds it already). FRESH=no keeps the database of the last run.
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE_A="${NODE_A:-8116}"
NODE_B="${NODE_B:-8117}"
NGINX_PORT="${NGINX_PORT:-8119}"
PG_PORT="${PG_PORT:-54416}"
USERS="${USERS:-40}"
SECONDS_="${SECONDS_:-300}"
RAMP="${RAMP:-10}"
FRESH="${FRESH:-yes}"
PACKAGE="${PACKAGE:-no}"
HEAP="${HEAP:-768m}"
# how long nginx leaves a node alone after a refused connection (the next node is restarted later)
FAIL_TIMEOUT="${FAIL_TIMEOUT:-2s}"
OUT="$(pwd)/target/cluster"
PGDATA_DIR="$(pwd)/data/cluster-pg"
. docs/loadtest/debian-pg.sh
mkdir -p "$OUT"
rm -rf "$OUT"/*
RUN="$(mktemp -d /tmp/thads-nginx.XXXXXX)"
chmod 755 "$RUN"

if [ -e /tmp/thads-maven.lock ] && [ -z "${THADS_LOCK_HELD:-}" ]; then
  exec 9>/tmp/thads-maven.lock
  echo "waiting for the Maven lock"; flock 9
fi
# the packaged jar, or (CLASSPATH_FILE=/tmp/cp.txt, from `./mvnw compile dependency:build-classpath
# -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=runtime`) the compiled classes
if [ -n "${CLASSPATH_FILE:-}" ]; then
  PORTAL=(-cp "target/classes:$(cat "$CLASSPATH_FILE")" vn.thads.portal.PortalApplication)
else
  if [ "$PACKAGE" = yes ] || ! ls target/thads-portal-*.jar >/dev/null 2>&1; then
    ./mvnw -o -q -DskipTests package
  fi
  PORTAL=(-jar "$(ls target/thads-portal-*.jar | grep -v plain | head -1)")
fi

declare -A PIDS=()
NGINX_PID=""
GATLING=""
stop_all() {
  [ -n "$GATLING" ] && kill -- -"$GATLING" 2>/dev/null || true
  [ -n "$(jobs -p)" ] && kill $(jobs -p) 2>/dev/null || true
  for node in "${!PIDS[@]}"; do kill "${PIDS[$node]}" 2>/dev/null || true; done
  for node in "${!PIDS[@]}"; do
    for _ in $(seq 40); do kill -0 "${PIDS[$node]}" 2>/dev/null || break; sleep 1; done
  done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  pg_stop
  rm -rf "$RUN"
}
trap stop_all EXIT

now() { date +%s.%N; }
event() { echo "$(now) $*" | tee -a "$OUT/timeline.txt"; }

# A node: the packaged jar on the shared database, its own port, behind the proxy on loopback
# (it trusts X-Forwarded-For from 127.0.0.1 only). Its log: target/cluster/node-PORT.log.
start_node() {
  local port="$1"
  java -Xmx"$HEAP" "${PORTAL[@]}" --spring.profiles.active=demo,national \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/thads" --spring.datasource.username=postgres \
    --server.port="$port" --server.address=127.0.0.1 --server.forward-headers-strategy=native \
    --server.tomcat.remoteip.internal-proxies='127\.0\.0\.1' >>"$OUT/node-$port.log" 2>&1 9>&- &
  PIDS[$port]=$!
}

# Waits (at most 5 minutes) until the node's readiness probe says UP.
await_ready() {
  local port="$1"
  for _ in $(seq 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
    kill -0 "${PIDS[$port]}" 2>/dev/null || { echo "node $port stopped: see $OUT/node-$port.log" >&2; exit 1; }
    sleep 1
  done
  echo "node $port not ready within 5 minutes: see $OUT/node-$port.log" >&2; exit 1
}

# nginx's list of nodes; a node given as argument is marked down (no new requests).
upstreams() {
  local node
  {
    echo "upstream portal {"
    for node in "$NODE_A" "$NODE_B"; do
      if [ "$node" = "${1:-}" ]; then echo "    server 127.0.0.1:$node down;"; else echo "    server 127.0.0.1:$node fail_timeout=$FAIL_TIMEOUT;"; fi
    done
    echo "}"
  } >"$RUN/upstream.conf"
}
# A reload: new workers take the new list at once; the old ones finish the requests they carry.
reload() { kill -HUP "$NGINX_PID"; sleep 2; }

start_nginx() {
  upstreams
  sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@CONF@|$(pwd)/docs/cluster|g" docs/cluster/nginx.conf.template >"$RUN/nginx.conf"
  nginx -t -q -c "$RUN/nginx.conf" -p "$RUN"
  nginx -c "$RUN/nginx.conf" -p "$RUN" -g 'daemon off;' 9>&- &
  NGINX_PID=$!
  for _ in $(seq 20); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/actuator/health/readiness" && return 0; sleep 0.5; done
  echo "nginx did not answer: see $RUN/error.log" >&2; exit 1
}

# One node out and back: (drained,) SIGTERM and the graceful shutdown, started again, ready,
# (put back). Its readiness probe is polled while it stops: OUT_OF_SERVICE, then no answer.
restart() {
  local port="$1" drain="$2" pid="${PIDS[$1]}"
  if [ "$drain" = yes ]; then
    upstreams "$port"; reload; event "node $port drained (marked down in nginx, reloaded)"
  fi
  (for _ in $(seq 200); do
    echo "$(now) $(curl -s -m 1 "http://127.0.0.1:$port/actuator/health/readiness" || echo none)"; sleep 0.1
  done >"$OUT/readiness-$port-$drain.txt") &
  event "node $port SIGTERM"
  kill -TERM "$pid"
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  event "node $port stopped"
  start_node "$port"
  event "node $port started"
  await_ready "$port"
  event "node $port ready (readiness UP)"
  if [ "$drain" = yes ]; then
    upstreams; reload; event "node $port back in nginx"
  fi
}

psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d thads -qtA "$@"; }

# ---------------------------------------------------------------------------------------------
pg_start
if [ "$FRESH" = yes ]; then
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "drop database thads" -c "create database thads"
fi

echo "== 1. both nodes started together on $( [ "$FRESH" = yes ] && echo an empty || echo the) database"
event "nodes $NODE_A and $NODE_B started together"
start_node "$NODE_A"
start_node "$NODE_B"
await_ready "$NODE_A"; event "node $NODE_A ready"
await_ready "$NODE_B"; event "node $NODE_B ready"
for port in "$NODE_A" "$NODE_B"; do
  echo "-- node $port: $(grep -Eo 'Successfully applied [0-9]+ migrations?|Schema "public" is up to date' "$OUT/node-$port.log" | head -1 || true);" \
    "$(grep -Eo 'Waited [0-9]+ ms for another node.s start-up data' "$OUT/node-$port.log" | head -3 | tr '\n' ' ' || true)" \
    "$(grep -Eo 'National data set(: [0-9]+ returns written in [0-9]+ ms| present: [0-9]+ returns)' "$OUT/node-$port.log" | head -1 || true)"
done
echo "-- migrations applied (each once?): $(psql_ -c "select count(*) || ' rows, ' || count(distinct version) || ' versions, ' || count(*) filter (where not success) || ' failed' from flyway_schema_history where version is not null")"
echo "-- national returns: $(psql_ -c "select count(*) from monthly_return m join agency a on a.id = m.agency_id where a.code ~ '^N[0-9]{2}(-L[0-9]{2})?\$'") (expected 90720)," \
  "accounts: $(psql_ -c "select count(*) from user_account"), agencies: $(psql_ -c "select count(*) from agency")"
start_nginx

echo "== 2. signed in through node $NODE_A, the cookie used directly against node $NODE_B"
jar="$OUT/cookies.txt"
token="$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$NODE_A/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=n01.lanhdao --data-urlencode password=demo \
  --data-urlencode "_csrf=$token" "http://127.0.0.1:$NODE_A/login"
echo "-- node $NODE_B, GET /dashboard/N01 with node $NODE_A's cookie: $(curl -s -o "$OUT/dashboard-b.html" -b "$jar" \
  -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$NODE_B/dashboard/N01?period=2025-09")," \
  "signed-in user on the page: $(grep -c 'n01.lanhdao\|Lãnh đạo tỉnh thử N01' "$OUT/dashboard-b.html" || true) mention(s)"
echo "-- node $NODE_B, sign-out with node $NODE_A's cookie and CSRF token: $(curl -s -o /dev/null -b "$jar" -w '%{http_code} → %{redirect_url}' \
  --data-urlencode "_csrf=$(curl -s -b "$jar" "http://127.0.0.1:$NODE_B/dashboard/N01" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)" \
  "http://127.0.0.1:$NODE_B/logout"); node $NODE_A afterwards: $(curl -s -o /dev/null -b "$jar" -w '%{http_code} → %{redirect_url}' "http://127.0.0.1:$NODE_A/dashboard/N01")"

echo "== 3. a return saved and submitted through node $NODE_A, the figures read through node $NODE_B"
figures() { curl -s -u n63.lanhdao:demo "http://127.0.0.1:$NODE_B/api/v1/stats/N63/2025-10" \
  | python3 -c 'import json,sys; c=json.load(sys.stdin)["cases"]; print("cases newly accepted", c["newlyAccepted"], "in progress", c["inProgress"])'; }
psql_ -c "delete from monthly_return m using agency a where a.id = m.agency_id and a.code = 'N63-L11' and m.period >= date '2025-10-01'"
echo "-- node $NODE_B before (twice: the second answer is the kept one): $(figures) / $(figures)"
url="http://127.0.0.1:$NODE_A/api/v1/returns/N63-L11/2025-10"
body='{"cases":{"carriedOver":100,"newlyAccepted":777,"entrusted":2,"withdrawn":1,"withoutConditions":10,"completed":40,"terminated":5,"reduced":0,"inProgress":813,"postponed":3,"suspended":2,"other":1},"money":{"carriedOver":5000,"newlyAccepted":7770,"entrusted":20,"withdrawn":0,"withoutConditions":100,"completed":2000,"terminated":100,"reduced":50,"inProgress":10440,"postponed":30,"suspended":20,"other":10}}'
echo "-- node $NODE_A: PUT $(curl -s -o /dev/null -w '%{http_code}' -u n63-l11.canbo:demo -X PUT -H 'Content-Type: application/json' --data "$body" "$url")," \
  "submit $(curl -s -o /dev/null -w '%{http_code}' -u n63-l11.canbo:demo -H 'Content-Type: application/json' --data '{"version":0,"explanation":"Nộp muộn: thử hai nút"}' "$url/submit")"
echo "-- node $NODE_B after: $(figures)"

echo "== 4. load through nginx ($USERS users, ${SECONDS_} s); node $NODE_A then $NODE_B restarted drained, then not drained"
psql_ -c "delete from monthly_return m using agency a where a.id = m.agency_id and a.code ~ '^N[0-9]{2}-L' and a.code <> 'N63-L11' and m.period >= date '2025-10-01'"
lines() { wc -l <"$RUN/access.log"; }
base="$(lines)"
setsid ./mvnw -o -Pload gatling:test -Dload.baseUrl="http://127.0.0.1:$NGINX_PORT" -Dload.users="$USERS" \
  -Dload.seconds="$SECONDS_" -Dload.rampSeconds="$RAMP" -Dload.writeLog="$OUT/writes.csv" \
  >"$OUT/gatling.txt" 2>&1 9>&- &
GATLING=$!
for _ in $(seq 180); do [ "$(lines)" -gt $((base + 100)) ] && break; sleep 1; done
event "load running"
sleep 15
restart "$NODE_A" yes; sleep 10
restart "$NODE_B" yes; sleep 10
event "both restarted, drained; now without draining"
restart "$NODE_A" no; sleep 10
restart "$NODE_B" no
event "both restarted again"
wait "$GATLING" || echo "Gatling reported failed requests"
GATLING=""
event "load finished"
cp "$RUN/access.log" "$RUN/error.log" "$OUT/"

echo "-- Gatling"
sed -n '/Global Information/,/Response Time Distribution/p' "$OUT/gatling.txt" | grep -E "request count|percentile|throughput" || true
sed -n '/Global Information/,$p' "$OUT/gatling.txt" | sed -n '/Errors/,/^$/p' || true
echo "-- nginx: answers by status during the load, and which nodes answered"
awk '{ n[$3]++ } END { for (s in n) print "  status " s ": " n[s] }' "$OUT/access.log" | sort
awk -F'"' '{ n[$2]++ } END { for (u in n) print "  answered by " u ": " n[u] }' "$OUT/access.log" | sort
echo "-- requests nginx sent on to the other node (the first refused or unreachable): $(grep -c '", \|, 127' "$OUT/access.log" || true)"
grep ', 127' "$OUT/access.log" || true
echo "-- nginx error log, but the refused connections (and the reloads' workers)"
grep -v 'Connection refused\|temporarily disabled\|open socket\|aborting' "$OUT/error.log" || true
echo "-- readiness of each node while it stopped (first answers after SIGTERM)"
for f in "$OUT"/readiness-*.txt; do
  awk -v f="$(basename "$f" .txt)" '{ s = $2; if (s != last) { print "  " f " " $1 " " substr(s, 1, 60); last = s } }' "$f" || true
done
echo "-- every answer of nginx but 2xx/3xx during the load (time, method, status, upstreams, their statuses, path),"
echo "   but the API's 404 for a return not yet saved (the simulation expects them)"
awk '$3 !~ /^[23]/ && !($2 == "GET" && $3 == "404" && $NF ~ /^"\/api\/v1\/returns\//)' "$OUT/access.log" || true
echo "-- timeline"; cat "$OUT/timeline.txt"
echo "-- lost-update check (docs/loadtest/check.sql)"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d thads -f docs/loadtest/check.sql <"$OUT/writes.csv" | tee "$OUT/check.txt"
REPORT="$(ls -d target/gatling/deadlinedaysimulation-*/ | tail -1)"
python3 docs/loadtest/gatling-table.py "$REPORT/index.html" | tee "$OUT/table.md" || true
