#!/usr/bin/env bash
# Load test of the dashboards (docs/benchmarks.md, "Dashboards"): the province dashboard of N17
# and the national dashboard, each requested as its leader over a signed-in session.
#
# It starts nothing: run the portal on the national data set first (docs/benchmarks.md), e.g.
#   ./mvnw spring-boot:run -Dspring-boot.run.profiles=national \
#     -Dspring-boot.run.arguments="--thads.embedded-db.dir=./data/national"
# then:  bash docs/loadtest/dashboard.sh
#
# Needs curl and wrk (Debian: apt-get install -y wrk). Loopback only; every run is bounded.
# Settings (environment): PORT (8080), PERIOD (2024-06), WARMUP (10s), DURATION (20s),
# CONNECTIONS (4), THREADS (2).
set -euo pipefail

PORT="${PORT:-8080}"
BASE="http://127.0.0.1:${PORT}"
PERIOD="${PERIOD:-2024-06}"
WARMUP="${WARMUP:-10s}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-4}"
THREADS="${THREADS:-2}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# Signs in through the real form (CSRF token from the sign-in page) and prints the session id.
session() {
  local user="$1" jar
  jar="$(mktemp)"
  local token
  token="$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar"
  rm -f "$jar"
}

# One dashboard: a warm-up, then one connection (the server's own time per request, nothing
# queued), then CONNECTIONS at once (throughput on the machine's cores).
measure() {
  local name="$1" user="$2" path="$3" id
  id="$(session "$user")"
  [ -n "$id" ] || { echo "could not sign in as $user" >&2; exit 1; }
  local url="$BASE$path?period=$PERIOD"
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$id" "$url")"
  [ "$status" = "200" ] || { echo "$url answered $status for $user" >&2; exit 1; }
  echo "== $name: $url as $user"
  wrk -t1 -c1 -d"$WARMUP" -H "Cookie: JSESSIONID=$id" "$url" >/dev/null
  echo "-- one connection, $DURATION"
  wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: JSESSIONID=$id" "$url"
  echo "-- $CONNECTIONS connections, $THREADS threads, $DURATION"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$id" "$url"
}

measure "province dashboard (N17: own return + 11 units)" n17.lanhdao /dashboard/N17
measure "national dashboard (TW: 66 provinces, 799 agencies)" tw.lanhdao /dashboard/TW
