#!/usr/bin/env bash
# Faults (docs/security.md, "Faults"): the portal on an external PostgreSQL (Debian's, on loopback)
# while writers save returns through the API:
#   1. PostgreSQL is stopped for DOWN seconds and started again: what the clients see while it is
#      down (status codes of writes, of an API read and of a page), and how long until the portal
#      answers 200 again by itself;
#   2. the portal is killed (kill -9) in the middle of saves and started again.
# After each, docs/loadtest/check.sql compares every write with the database: every return holds
# wholly one version a client wrote (its last confirmed write, or a later one whose answer was lost),
# nothing half-written.
#   bash docs/loadtest/faults.sh          (as root: PostgreSQL runs as the `postgres` user)
# Needs: apt-get install -y postgresql (the server binaries, no cluster is started), curl, psql.
# Loopback only; every step is bounded. Leaves ./data/faults-pg (the cluster, reused next time).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8097}"
PG_PORT="${PG_PORT:-54397}"
DOWN="${DOWN:-45}"
WRITERS="${WRITERS:-6}"
PACKAGE="${PACKAGE:-no}"
OUT=target/faults
PGDATA_DIR="$(pwd)/data/faults-pg"
. docs/loadtest/debian-pg.sh
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
rm -f "$OUT"/*.csv "$OUT"/*.txt

if [ "$PACKAGE" = yes ] || ! ls target/thads-portal-*.jar >/dev/null 2>&1; then
  LOCK=(); [ -e /tmp/thads-maven.lock ] && LOCK=(flock /tmp/thads-maven.lock)
  "${LOCK[@]}" ./mvnw -o -q -DskipTests package
fi
JAR="$(ls target/thads-portal-*.jar | grep -v plain | head -1)"

pg_start

PID=""
stop_all() {
  [ -n "$(jobs -p)" ] && kill $(jobs -p) 2>/dev/null || true
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; sleep 5; fi
  pg_stop
}
trap stop_all EXIT

start_portal() {
  java -Xmx1g -jar "$JAR" --spring.profiles.active=demo,national \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/thads" --spring.datasource.username=postgres \
    --server.port="$PORT" --server.address=127.0.0.1 >>"$OUT/portal.log" 2>&1 &
  PID=$!
  for _ in $(seq 300); do
    curl -fs -o /dev/null "$BASE/actuator/health" && return 0
    kill -0 "$PID" 2>/dev/null || { echo "the portal stopped: see $OUT/portal.log" >&2; exit 1; }
    sleep 1
  done
  echo "the portal did not start: see $OUT/portal.log" >&2; exit 1
}

# A writer: one agency of the national set, its returns from 2025-10 on; each save a new marker
# (figures as in src/load/java/vn/thads/portal/load/LoadFigures.java), logged for check.sql.
figures() {
  local m="$1"
  printf '{%s"cases":{"carriedOver":100,"newlyAccepted":%d,"entrusted":2,"withdrawn":1,"withoutConditions":10,"completed":40,"terminated":5,"reduced":0,"inProgress":%d,"postponed":3,"suspended":2,"other":1},"money":{"carriedOver":5000,"newlyAccepted":%d,"entrusted":20,"withdrawn":0,"withoutConditions":100,"completed":2000,"terminated":100,"reduced":50,"inProgress":%d,"postponed":30,"suspended":20,"other":10}}' \
    "$2" "$m" $((36 + m)) $((10 * m)) $((2670 + 10 * m))
}
writer() {
  local n="$1" log="$OUT/writes-$1.csv" agency user seq=0 count=0 month=0 unit=1
  agency="$(printf 'N%02d-L%02d' $((40 + n)) "$unit")"; user="$(echo "$agency" | tr 'A-Z' 'a-z').canbo"
  while [ ! -e "$OUT/stop" ]; do
    local period; period="$(date -d "2025-10-01 +$month month" +%Y-%m)"
    local url="$BASE/api/v1/returns/$agency/$period" version="" status body marker outcome t
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      [ -e "$OUT/stop" ] && return 0
      body="$(curl -s -m 60 -u "$user:demo" "$url" || true)"
      version="$(grep -o '"version":[0-9]*' <<<"$body" | head -1 | cut -d: -f2 || true)"
      count=$((count + 1)); marker=$((n * 100000 + count)); seq=$((seq + 1))
      # logged before it is sent (a write whose answer never comes may still have committed)
      echo "$agency,$period,$seq,unknown,$marker,false" >>"$log"
      t="$(date +%s.%N)"
      status="$(curl -s -m 60 -o /dev/null -w '%{http_code}' -u "$user:demo" -X PUT \
        -H 'Content-Type: application/json' --data "$(figures "$marker" "${version:+\"version\":$version,}")" "$url" || true)"
      case "$status" in 200) outcome=ok ;; 4??) outcome=failed ;; *) outcome=unknown ;; esac
      echo "$agency,$period,$seq,$outcome,$marker,false" >>"$log"
      echo "$t,write,$status,$(date +%s.%N)" >>"$OUT/statuses.csv"
      sleep 0.2
      # no answer at all: the portal is down; wait for it (at most 5 minutes) instead of spinning
      if [ "$status" = 000 ]; then
        for _ in $(seq 300); do curl -fs -o /dev/null "$BASE/actuator/health" && break; sleep 1; done
      fi
    done
    month=$(((month + 1) % 13)); seq=0
    # after 13 months the writer moves to its province's next unit (a return is never revisited)
    if [ "$month" = 0 ]; then
      unit=$((unit + 1)); agency="$(printf 'N%02d-L%02d' $((40 + n)) "$unit")"
      user="$(echo "$agency" | tr 'A-Z' 'a-z').canbo"
    fi
  done
}

# Starts the writers with numbers FIRST… (each number its own province: N41, N42 …).
start_writers() {
  rm -f "$OUT/stop"
  WRITER_PIDS=()
  for n in $(seq "$1" $(($1 + WRITERS - 1))); do writer "$n" & WRITER_PIDS+=($!); done
}

# Lets every writer finish the request it is in (at most a minute), so the check sees a quiet database.
stop_writers() {
  touch "$OUT/stop"
  wait "${WRITER_PIDS[@]}" 2>/dev/null || true
}

# Probers: an API read and a page (signed-in session), each in its own loop every half second.
# statuses.csv: sent (epoch s), kind, status (000: no answer), answered.
probe() {
  local kind="$1" t; shift
  while true; do
    t="$(date +%s.%N)"
    echo "$t,$kind,$(curl -s -m 60 -o /dev/null -w '%{http_code}' "$@" || true),$(date +%s.%N)" >>"$OUT/statuses.csv"
    sleep 0.5
  done
}
probers() {
  local jar="$OUT/cookies.txt" token
  token="$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=ag.lanhdao --data-urlencode password=demo \
    --data-urlencode "_csrf=$token" "$BASE/login"
  probe api-read -u ag.canbo:demo "$BASE/api/v1/returns/AG/2025-10" &
  probe page -b "$jar" "$BASE/dashboard/AG" &
}

# Every answer other than 200 (and 000, no answer) with the seconds since a moment: what it was.
odd() {
  awk -F, -v t="$1" '$3 != "200" && $3 != "000" { printf "  %+.1f s %s %s (answered after %.1f s)\n", $1 - t, $2, $3, $4 - $1 }' \
    "$OUT/statuses.csv" | sort -n | head -40
}

check() {
  local name="$1"
  cat "$OUT"/writes-*.csv | (echo "agency,period,seq,outcome,marker,submitted"; cat) >"$OUT/writes.csv"
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d thads -f docs/loadtest/check.sql <"$OUT/writes.csv" \
    | tee "$OUT/check-$name.txt"
}

summary() {
  local from="$1" to="$2"
  awk -F, -v from="$from" -v to="$to" '$1 >= from && $1 <= to { n[$2 " " $3]++ } END { for (k in n) print "  " k ": " n[k] }' \
    "$OUT/statuses.csv" | sort
}

echo "== starting the portal on PostgreSQL $PG_PORT (the first start fills the national data set)"
start_portal
# every run writes on fresh ground: the returns a previous run wrote (national units, 10/2025 on) go
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d thads -qc "delete from monthly_return m using agency a
  where a.id = m.agency_id and a.code ~ '^N[0-9]{2}-L' and m.period >= date '2025-10-01'"
start_writers 1
probers
sleep 20

echo "== 1. PostgreSQL stopped for ${DOWN} s during the writes"
T0="$(date +%s.%N)"
pg stop -m fast >/dev/null
sleep "$DOWN"
T1="$(date +%s.%N)"
pg -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$PGDATA_DIR/server.log" start >/dev/null
T2="$(date +%s.%N)"
sleep 20
stop_writers
echo "-- requests sent while it was down (status: count)"; summary "$T0" "$T1"
echo "-- the first 200 of each kind after PostgreSQL was back (answered … s after its start)"
awk -F, -v t="$T2" '$4 >= t && $3 == "200" && (!($2 in first) || $4 < first[$2]) { first[$2] = $4 }
  END { for (k in first) printf "  %s: %.1f s\n", k, first[k] - t }' "$OUT/statuses.csv"
echo "-- requests sent from 5 s after its start (status: count)"; summary "$(awk -v t="$T2" 'BEGIN { printf "%.3f", t + 5 }')" "$(date +%s.%N)"
echo "-- every answer but 200 so far, seconds from the stop (PostgreSQL back at $(awk -v a="$T0" -v b="$T2" 'BEGIN { printf "%+.1f", b - a }') s)"
odd "$T0"
: >"$OUT/statuses-phase1.csv"; cp "$OUT/statuses.csv" "$OUT/statuses-phase1.csv"; : >"$OUT/statuses.csv"
check postgres-stopped
start_writers $((WRITERS + 1))
sleep 15

echo "== 2. the portal killed (kill -9) in the middle of saves, then started again"
T3="$(date +%s.%N)"
kill -9 "$PID"; wait "$PID" 2>/dev/null || true
sleep 3
start_portal
T4="$(date +%s.%N)"
awk -v a="$T3" -v b="$T4" 'BEGIN { printf "-- back in %.1f s\n", b - a }'
awk -F, -v t="$T3" '$2 == "write" && $1 < t && $4 > t { n++ } END { printf "-- writes in flight at the kill: %d\n", n }' "$OUT/statuses.csv"
sleep 15
stop_writers
check portal-killed
echo "-- every answer but 200 in phase 2, seconds from the kill"; odd "$T3"
echo "-- every status seen in phase 2 (status: count)"; summary 0 "$(date +%s.%N)"
