#!/usr/bin/env bash
# Heap of the packaged portal when national PDF reports are asked for all at once
# (docs/benchmarks.md, "Start and memory (issue 12)"): starts it with XMX (256m) on a copy of
# ./data/national-pristine (profile national, see load.sh), signs in as tw.lanhdao, asks for
# PARALLEL (8) national PDF reports at the same moment, prints each answer's status and time, the
# GC log's full collections and the heap after a full GC, then stops the portal. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8098}"
DB_PORT="${DB_PORT:-54398}"
XMX="${XMX:-256m}"
PARALLEL="${PARALLEL:-8}"
JAR="${JAR:-$(ls target/thads-portal-*.jar | grep -v plain | head -1)}"
DATA=./data/national-pdf
OUT=target/pdf-heap
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
rm -rf "$DATA"
cp -a ./data/national-pristine "$DATA"

java -Xmx"$XMX" -Xlog:gc:file="$OUT/gc.log":time,uptime -jar "$JAR" --spring.profiles.active=national \
  --thads.embedded-db.dir="$DATA" --thads.embedded-db.port="$DB_PORT" --server.port="$PORT" \
  --server.address=127.0.0.1 >"$OUT/portal.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -fs -o /dev/null "$BASE/actuator/health" && break; sleep 1; done

JAR_COOKIES="$OUT/cookies.txt"
rm -f "$JAR_COOKIES"
CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=tw.lanhdao&password=demo&_csrf=$CSRF" "$BASE/login"
echo "$PARALLEL national PDF reports at once (-Xmx$XMX):"
ASKED=()
for i in $(seq "$PARALLEL"); do
  curl -s -b "$JAR_COOKIES" -o /dev/null -w "  TW 2024-$(printf %02d "$i"): %{http_code} in %{time_total} s\n" \
    "$BASE/reports/TW/2024-$(printf %02d "$i").pdf" &
  ASKED+=($!)
done
wait "${ASKED[@]}"
echo "full collections: $(grep -c 'Pause Full' "$OUT/gc.log" || true), out of memory: $(grep -c OutOfMemoryError "$OUT/portal.log" || true)"
jcmd "$PID" GC.run >/dev/null
jcmd "$PID" GC.heap_info | head -2 | tail -1
