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
# Settings (environment): PORT (8080), PERIOD (2024-06), WARMUP (60s), DURATION (20s),
# CONNECTIONS (4), THREADS (2).
# Each page is warmed up for WARMUP before any is measured.
set -euo pipefail

PORT="${PORT:-8080}"
BASE="http://127.0.0.1:${PORT}"
PERIOD="${PERIOD:-2024-06}"
WARMUP="${WARMUP:-60s}"
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

# Signs in each leader and checks that their dashboard answers 200; prints "cookie url".
prepare() {
  local user="$1" path="$2" id url status
  id="$(session "$user")"
  [ -n "$id" ] || { echo "could not sign in as $user" >&2; exit 1; }
  url="$BASE$path?period=$PERIOD"
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$id" "$url")"
  [ "$status" = "200" ] || { echo "$url answered $status for $user" >&2; exit 1; }
  echo "JSESSIONID=$id $url"
}

# Both pages are warmed up first (they share the templates, the engine and the JIT's work),
# then each is measured: one connection (the server's own time per request, nothing queued),
# then CONNECTIONS at once (throughput on the machine's cores).
read -r PROVINCE_COOKIE PROVINCE_URL < <(prepare n17.lanhdao /dashboard/N17)
read -r NATIONAL_COOKIE NATIONAL_URL < <(prepare tw.lanhdao /dashboard/TW)
echo "warming up: $WARMUP on each page"
wrk -t1 -c1 -d"$WARMUP" -H "Cookie: $PROVINCE_COOKIE" "$PROVINCE_URL" >/dev/null
wrk -t1 -c1 -d"$WARMUP" -H "Cookie: $NATIONAL_COOKIE" "$NATIONAL_URL" >/dev/null

measure() {
  local name="$1" cookie="$2" url="$3"
  echo "== $name: $url"
  echo "-- one connection, $DURATION"
  wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: $cookie" "$url"
  echo "-- $CONNECTIONS connections, $THREADS threads, $DURATION"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$url"
}

measure "province dashboard (N17: own return + 11 units, as n17.lanhdao)" "$PROVINCE_COOKIE" "$PROVINCE_URL"
measure "national dashboard (TW: 66 provinces, 799 agencies, as tw.lanhdao)" "$NATIONAL_COOKIE" "$NATIONAL_URL"
