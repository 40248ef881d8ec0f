#!/usr/bin/env bash
# Times the sprint planner and the meeting pack on the national data set (docs/benchmarks.md,
# "Planner and meeting pack (issue 15)"). Run from the project root after `./mvnw -o -q package
# -DskipTests` or a compile, with no other build running:
#   flock /tmp/thads-maven.lock bash docs/bench/planner-time.sh [copy-of-a-national-database-dir]
# Without an argument the national data set is built in a fresh folder first (minutes).
set -euo pipefail
PORT=${PORT:-8089}; DBPORT=${DBPORT:-54489}
DIR=$(mktemp -d)/national
if [ -n "${1:-}" ]; then cp -a "$1" "$DIR"; fi
CP=$(mktemp); ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=runtime
java -cp "target/classes:$(cat "$CP")" vn.thads.portal.PortalApplication --spring.profiles.active=national \
  --server.port=$PORT --thads.embedded-db.dir="$DIR" --thads.embedded-db.port=$DBPORT ${EXTRA_ARGS:-} > "$DIR.log" 2>&1 &
PID=$!; trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health/readiness"; do sleep 2; done
time_of() { curl -s -o /dev/null -w "%{time_total}" -u "$1" "http://localhost:$PORT$2"; }
login() {  # a page session for the PDFs
  J=$(mktemp); curl -s -c "$J" "http://localhost:$PORT/login" > "$J.html"
  T=$(grep -o 'name="_csrf" value="[^"]*"' "$J.html" | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$J" -c "$J" -d "username=$1&password=demo&_csrf=$T" "http://localhost:$PORT/login" -o /dev/null; echo "$J"; }
for spec in "tw.lanhdao:demo /api/v1/planner/TW/2026-10" "tw.lanhdao:demo /api/v1/planner/TW/2024-06" \
            "n01.lanhdao:demo /api/v1/planner/N01/2024-06" "ag.lanhdao:demo /api/v1/planner/AG/2026-10"; do
  set -- $spec; first=$(time_of "$1" "$2"); rest=""
  for i in 1 2 3 4 5; do rest="$rest $(time_of "$1" "$2")"; done
  echo "$2 first ${first}s then$rest"
done
J=$(login ag.lanhdao)
for p in /meetings/AG/2026-10.pdf /planner/AG.pdf?period=2026-10; do
  t=""; for i in 1 2 3 4 5; do t="$t $(curl -s -b "$J" -o /dev/null -w "%{time_total}" "http://localhost:$PORT$p")"; done
  echo "$p$t"
done
