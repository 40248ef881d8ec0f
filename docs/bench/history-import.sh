#!/usr/bin/env bash
# The history import of a national year (issue 13, machine exchange; docs/benchmarks.md,
# "Machine exchange (issue 13)"). Needs a portal on the national data set (profile `national`) at
# $BASE, and holds nothing itself: run it under the build lock,
#   flock /tmp/thads-maven.lock bash docs/bench/history-import.sh http://localhost:8092
# It exports TW's statistical year 2025 (every national agency and the demo's, ~10 000 rows) and
# imports it back (all unchanged), then imports year 2016 moved by SHIFT years (default -2: to 2014,
# a year the data set does not have; +10 gives 2026, which it does not have either), 9 072 new
# returns, twice.
set -euo pipefail
BASE=${1:-http://localhost:8092}
SHIFT=${2:--2}
YEAR=$((2016 + SHIFT))
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
get() { curl -sf -u admin:demo -o "$DIR/$1" -w "export $1: %{time_total} s, %{size_download} bytes\n" \
  "$BASE/api/v1/returns/export?agency=TW&from=$2&to=$3"; }
get year-2025.csv 2024-10 2025-09
get year-2016.csv 2015-10 2016-09
python3 - "$DIR" "$SHIFT" <<'PY'
import csv, io, sys
d, shift = sys.argv[1], int(sys.argv[2])
rows = list(csv.reader(io.StringIO(open(f"{d}/year-2016.csv", encoding="utf-8-sig").read())))
out = io.StringIO(); w = csv.writer(out, lineterminator="\r\n"); w.writerow(rows[0])
for r in rows[1:]:
    y, m = r[2].split("-"); r[2] = f"{int(y) + shift}-{m}"; w.writerow(r)
open(f"{d}/year-new.csv", "w", encoding="utf-8-sig").write(out.getvalue())
PY
run() { # label file dryRun
  curl -s -u admin:demo -H 'Content-Type: text/csv' --data-binary "@$DIR/$2" -o "$DIR/answer.json" \
    -w '%{http_code} %{time_total}' "$BASE/api/v1/returns/import?dryRun=$3&filename=$2" > "$DIR/status"
  python3 - "$1" "$DIR/status" "$DIR/answer.json" <<'PY'
import json, sys
code, seconds = open(sys.argv[2]).read().split()
a = json.load(open(sys.argv[3]))
print(f"{sys.argv[1]:<34} HTTP {code} {float(seconds):6.2f} s  new {a.get('new')} changed {a.get('changed')}"
      f" unchanged {a.get('unchanged')} errors {a.get('errorCount')} warnings {a.get('warningCount')} applied {a.get('applied')}")
PY
}
for i in 1 2 3; do run "dry run, 2025 back (unchanged) #$i" year-2025.csv true; done
run "import, 2025 back (nothing to write)" year-2025.csv false
for i in 1 2 3; do run "dry run, $YEAR (new) #$i" year-new.csv true; done
run "import, $YEAR (writes every return)" year-new.csv false
run "import, $YEAR again (unchanged)" year-new.csv false
