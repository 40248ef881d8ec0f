#!/usr/bin/env bash
# SQL injection (docs/security.md, "SQL injection (sqlmap)"): Debian's sqlmap against every
# parameter of the sign-in, the pages and the API — path variables (marked `*`), query strings,
# form fields and JSON bodies — on loopback, signed in with the demo accounts (session cookie for
# the pages, CSRF token fetched before each request; HTTP Basic for the API).
#   bash docs/loadtest/sqlmap.sh          (apt-get install -y sqlmap postgresql-client)
# It starts the packaged portal on a fresh demo database in ./data/sqlmap (the demo data; the
# attacks write into it, so it is thrown away), runs each target with the same options (LEVEL 2,
# RISK 2, at most LIMIT seconds each) and prints, per target, what sqlmap concluded. Logs in
# target/sqlmap/. Expect: no "injection point" anywhere.
set -uo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8098}"
DB_PORT="${DB_PORT:-54398}"
LEVEL="${LEVEL:-2}"
RISK="${RISK:-2}"
LIMIT="${LIMIT:-420}"
BASE="http://127.0.0.1:$PORT"
OUT=target/sqlmap
DATA=./data/sqlmap
mkdir -p "$OUT"
rm -rf "$OUT"/*.log "$DATA"

JAR="$(ls target/thads-portal-*.jar 2>/dev/null | grep -v plain | head -1)"
[ -n "$JAR" ] || { echo "package the portal first: ./mvnw -DskipTests package" >&2; exit 1; }
java -Xmx1g -jar "$JAR" --thads.embedded-db.dir="$DATA" --thads.embedded-db.port="$DB_PORT" \
  --server.port="$PORT" --server.address=127.0.0.1 >"$OUT/portal.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for _ in $(seq 180); do curl -fs -o /dev/null "$BASE/actuator/health" && break; sleep 1; done
curl -fs -o /dev/null "$BASE/actuator/health" || { echo "the portal did not start: $OUT/portal.log" >&2; exit 1; }

# Signs in through the form and prints "JSESSIONID=…".
cookie() {
  local jar; jar="$(mktemp)"
  local token; token="$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode password=demo \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"; rm -f "$jar"
}
db() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d thads -tAc "$1"; }

OFFICER="$(cookie ag-kv07.canbo)"   # the demo's draft: AG-KV07 10/2026
LEADER="$(cookie ag.lanhdao)"
ADMIN="$(cookie admin)"
PASSWORDS="$(cookie ag-kv05.canbo)" # own password page: its account may end up changed
USER_ID="$(db "select id from user_account where username = 'ag-kv14.canbo'")"
# the version a return attacked holds when its target starts (a write must get past the version check)
version() { db "select m.version from monthly_return m join agency a on a.id = m.agency_id
  where a.code = '$1' and m.period = date '$2-01'"; }
RETURNS="cases%5BcarriedOver%5D=10&cases%5BnewlyAccepted%5D=5&cases%5Bentrusted%5D=0&cases%5Bwithdrawn%5D=0&cases%5BwithoutConditions%5D=1&cases%5Bcompleted%5D=4&cases%5Bterminated%5D=0&cases%5Breduced%5D=0&cases%5BinProgress%5D=10&cases%5Bpostponed%5D=0&cases%5Bsuspended%5D=0&cases%5Bother%5D=0&money%5BcarriedOver%5D=100&money%5BnewlyAccepted%5D=50&money%5Bentrusted%5D=0&money%5Bwithdrawn%5D=0&money%5BwithoutConditions%5D=10&money%5Bcompleted%5D=40&money%5Bterminated%5D=0&money%5Breduced%5D=0&money%5BinProgress%5D=100&money%5Bpostponed%5D=0&money%5Bsuspended%5D=0&money%5Bother%5D=0"
FIGURES='{"carriedOver":10,"newlyAccepted":5,"entrusted":0,"withdrawn":0,"withoutConditions":1,"completed":4,"terminated":0,"reduced":0,"inProgress":10,"postponed":0,"suspended":0,"other":0}'

COMMON=(--batch --level="$LEVEL" --risk="$RISK" --dbms=PostgreSQL --flush-session --disable-coloring
  --timeout=20 --retries=1 --time-sec=3 --output-dir="$OUT/out" --answers="follow=N")

# Runs one target; NAME, then sqlmap's options for it (only those matching ONLY, a regex, if set).
run() {
  local name="$1"; shift
  [[ -z "${ONLY:-}" || "$name" =~ $ONLY ]] || return 0
  timeout "$LIMIT" sqlmap "${COMMON[@]}" "$@" >"$OUT/$name.log" 2>&1
  local rc=$?
  local verdict
  if grep -q "identified the following injection point" "$OUT/$name.log"; then verdict="INJECTABLE"
  elif grep -q "all tested parameters do not appear to be injectable" "$OUT/$name.log"; then verdict="not injectable"
  elif [ $rc = 124 ]; then verdict="time limit (${LIMIT}s) reached"
  else verdict="ended: $(grep -E '\[(CRITICAL|ERROR)\]' "$OUT/$name.log" | tail -1 | cut -c1-120)"
  fi
  local params; params="$(grep -oE "(GET|POST|PUT|URI|\(custom\) POST|\(custom\) PUT|Cookie) parameter '[^']+' (does not seem to be injectable|is vulnerable|might be injectable|appears to be)" "$OUT/$name.log" | sort -u | wc -l)"
  printf '%-34s %-34s %s parameters reported\n' "$name" "$verdict" "$params"
}

csrf() { echo "--csrf-token=_csrf" "--csrf-url=$1"; }

echo "target                             verdict                            tested"
# sign-in
run login -u "$BASE/login" --data "username=ag.canbo&password=x&_csrf=t" $(csrf "$BASE/login")
# pages: officer
run returns-year -u "$BASE/returns/AG-KV07*?year=2026*" --cookie "$OFFICER"
run return-entry -u "$BASE/returns/AG-KV07*/2026-10*" --cookie "$OFFICER"
run return-history -u "$BASE/returns/AG-KV07*/2026-10*/history" --cookie "$OFFICER"
run return-save -u "$BASE/returns/AG-KV07/2026-10" --cookie "$OFFICER" \
  --data "version=$(version AG-KV07 2026-10)&action=save&explanation=x&$RETURNS&_csrf=t" $(csrf "$BASE/returns/AG-KV07/2026-10") -p "version,action,explanation,cases[newlyAccepted],money[completed]"
run return-save-all-figures -u "$BASE/returns/AG-KV07/2026-10/preview" --cookie "$OFFICER" \
  --data "version=$(version AG-KV07 2026-10)&explanation=x&$RETURNS&_csrf=t" $(csrf "$BASE/returns/AG-KV07/2026-10")
# pages: leader
run dashboard -u "$BASE/dashboard/AG*?period=2026-10*&basis=approved*" --cookie "$LEADER"
run dashboard-units-csv -u "$BASE/dashboard/AG*/units.csv?period=2026-10*&basis=approved*" --cookie "$LEADER"
run report-print -u "$BASE/reports/AG*/2026-09*?kind=quarter*&basis=approved*&date=2026-10-15*" --cookie "$LEADER"
run report-choice -u "$BASE/reports/open?agency=AG&year=2026&choice=quarter-4&basis=approved&date=2026-10-15&format=pdf" --cookie "$LEADER"
run targets -u "$BASE/targets?agency=AG&year=2026" --cookie "$LEADER"
run targets-save -u "$BASE/targets" --cookie "$LEADER" \
  --data "agency=AG&year=2026&rows%5B0%5D.agencyCode=AG-KV01&rows%5B0%5D.casesRate=80&rows%5B0%5D.moneyRate=40&rows%5B0%5D.version=0&_csrf=t" $(csrf "$BASE/targets?agency=AG&year=2026")
run return-send-back -u "$BASE/returns/AG-KV03/2026-10/return" --cookie "$LEADER" \
  --data "version=$(version AG-KV03 2026-10)&comment=x&_csrf=t" $(csrf "$BASE/returns/AG-KV03/2026-10")
run agency-page -u "$BASE/agencies/AG-KV01*" --cookie "$LEADER"
run review-queue-approve -u "$BASE/returns/queue/approve" --cookie "$LEADER" --data "ids=999999&_csrf=t" $(csrf "$BASE/returns/queue")
# pages: administrator
run admin-users -u "$BASE/admin/users?q=ag&role=OFFICER&status=active" --cookie "$ADMIN"
run admin-user-edit -u "$BASE/admin/users/$USER_ID*" --cookie "$ADMIN"
run admin-user-new -u "$BASE/admin/users/new" --cookie "$ADMIN" \
  --data "username=sqlmap.test&displayName=Thu&role=OFFICER&agencyCode=AG-KV01&password=Abcdef123456&email=a@b.vn&_csrf=t" $(csrf "$BASE/admin/users/new")
run admin-users-move -u "$BASE/admin/users/move?from=KG" --cookie "$ADMIN"
run admin-agencies-new -u "$BASE/admin/agencies/new?parent=AG" --cookie "$ADMIN"
run admin-agency-rename -u "$BASE/admin/agencies/AG-KV14/rename" --cookie "$ADMIN" \
  --data "name=Ten&shortName=T&validFrom=2026-11-01&_csrf=t" $(csrf "$BASE/admin/agencies/AG-KV14")
run own-password -u "$BASE/account/password" --cookie "$PASSWORDS" \
  --data "current=demo&newPassword=Abcdef123456&confirmation=Abcdef123456&_csrf=t" $(csrf "$BASE/account/password")
# API (HTTP Basic)
API=(--auth-type=Basic)
run api-return -u "$BASE/api/v1/returns/AG-KV07*/2026-10*" "${API[@]}" --auth-cred=ag-kv07.canbo:demo
run api-return-history -u "$BASE/api/v1/returns/AG-KV07*/2026-10*/history" "${API[@]}" --auth-cred=ag-kv07.canbo:demo
run api-return-put -u "$BASE/api/v1/returns/AG-KV07/2026-10" --method=PUT "${API[@]}" --auth-cred=ag-kv07.canbo:demo \
  --headers="Content-Type: application/json" --data "{\"version\":$(version AG-KV07 2026-10),\"cases\":$FIGURES,\"money\":$FIGURES}"
run api-return-submit -u "$BASE/api/v1/returns/AG-KV07/2026-10/submit" "${API[@]}" --auth-cred=ag-kv07.canbo:demo \
  --headers="Content-Type: application/json" --data "{\"version\":$(version AG-KV07 2026-10),\"explanation\":\"x\"}"
run api-return-send-back -u "$BASE/api/v1/returns/AG-KV03/2026-10/return" "${API[@]}" --auth-cred=ag.lanhdao:demo \
  --headers="Content-Type: application/json" --data "{\"version\":$(version AG-KV03 2026-10),\"comment\":\"x\"}"
run api-stats -u "$BASE/api/v1/stats/AG*/2026-10*?basis=approved*" "${API[@]}" --auth-cred=ag.lanhdao:demo
run api-stats-units -u "$BASE/api/v1/stats/AG*/2026-10*/units?basis=approved*" "${API[@]}" --auth-cred=ag.lanhdao:demo
run api-agencies -u "$BASE/api/v1/agencies?at=2025-07-01" "${API[@]}" --auth-cred=ag.lanhdao:demo
run api-target -u "$BASE/api/v1/targets/AG-KV01*/2026*" "${API[@]}" --auth-cred=ag.lanhdao:demo
run api-target-put -u "$BASE/api/v1/targets/AG-KV01/2026" --method=PUT "${API[@]}" --auth-cred=ag.lanhdao:demo \
  --headers="Content-Type: application/json" --data '{"agencyCode":"AG-KV01","statYear":2026,"casesRate":80,"moneyRate":40}'
echo "logs: $OUT/*.log"
