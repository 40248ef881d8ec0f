#!/usr/bin/env bash
# Server time (docs/benchmarks.md, "Server time (issue 12)"): what a page costs the server, and
# the portal's throughput beside Spring PetClinic's in the same run, on the national data set.
#
#   flock /tmp/thads-maven.lock bash docs/bench/server-time.sh            # packages, then measures
#   flock /tmp/thads-maven.lock env PACKAGE=no bash docs/bench/server-time.sh
#   PROFILE=yes ... bash docs/bench/server-time.sh                           # and where time goes
# Run without flock it takes the lock itself (a build, then the measurement in a second hold), so
# no build of anybody runs beside a measurement. About 7 minutes with the defaults.
#
# PetClinic is not part of this repository: clone and build it once beside it (../petclinic), e.g.
#   git clone https://github.com/spring-projects/spring-petclinic ../petclinic
#   (cd ../petclinic && git checkout edf4db28affcc4741c79850a3d95bc3f177b5ff9 && ./mvnw -DskipTests package)
# (another place: PETCLINIC_DIR=…). Its commit is printed with the results.
#
# 1. packages the portal (offline; skip with PACKAGE=no);
# 2. copies the national data set (filled once into ./data/national-pristine, see
#    docs/loadtest/national.sh) to ./data/national-bench and starts the packaged portal on it
#    (profile `national`, loopback, PORT 8114, embedded PostgreSQL on DB_PORT 54414), and
#    PetClinic's jar (PETCLINIC_PORT 8115, its in-memory database), both with PORTAL_JAVA_OPTS
#    (default -Xmx2g);
# 3. signs in through the real form: n17.lanhdao (province dashboard N17), tw.lanhdao (national
#    dashboard TW; both at PERIOD 2024-06) and OFFICER n17-l01.canbo (the entry page of ENTRY
#    N17-L01/2025-10: the month after the data set's last, nothing saved yet, the carried-over
#    figures filled in; and that page's live preview: the POST of every field of its form that
#    htmx sends as the officer types);
# 4. warms each page up for WARMUP seconds (20), then measures each for DURATION seconds (20)
#    with one connection (`wrk -t1 -c1 --latency`: the server's own time per request, nothing
#    queued);
# 5. throughput: ROUNDS rounds (3) of PetClinic's /owners/1 and then the province dashboard,
#    ROUND seconds each (20), CONNECTIONS 8 on THREADS 2, after a warm-up of PetClinic with
#    those (PETCLINIC_WARMUP, 60 s: its JIT needs that long); the ratio portal / PetClinic of
#    each round and their median; the CPU of both JVMs, of the portal's PostgreSQL and of the
#    whole machine during each round (/proc);
# 6. with PROFILE=yes one more province-dashboard round (not counted; PROFILE_SECONDS, 30) under
#    Java Flight Recorder (settings `profile`, stacks up to 512 frames), then the top of
#    `jfr print --events jdk.ExecutionSample`: samples per library running (the first frame
#    outside the JDK), per library anywhere on the stack, and the top frames;
# 7. checks that every session is still signed in (a redirect to the sign-in page would look
#    fast), stops both servers and prints markdown tables, paste-ready for docs/benchmarks.md
#    (also in target/bench/server-time.md; raw wrk output, the entry page and the preview's
#    request in target/bench/).
# Loopback only; every step is bounded; it stops what it started on exit (and only that).
# Needs curl, wrk (apt-get install -y wrk), python3; jcmd and jfr (the JDK) for PROFILE=yes.
set -euo pipefail
SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$0")/../.."

PORT="${PORT:-8114}"
DB_PORT="${DB_PORT:-54414}"
PETCLINIC_PORT="${PETCLINIC_PORT:-8115}"
PETCLINIC_DIR="${PETCLINIC_DIR:-../petclinic}"
PERIOD="${PERIOD:-2024-06}"
OFFICER="${OFFICER:-n17-l01.canbo}"
ENTRY="${ENTRY:-N17-L01/2025-10}"
WARMUP="${WARMUP:-20}"
DURATION="${DURATION:-20}"
ROUNDS="${ROUNDS:-3}"
ROUND="${ROUND:-20}"
PROFILE_SECONDS="${PROFILE_SECONDS:-30}"
PETCLINIC_WARMUP="${PETCLINIC_WARMUP:-60}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
PACKAGE="${PACKAGE:-yes}"
PROFILE="${PROFILE:-no}"
LOCKFILE="${LOCKFILE:-/tmp/thads-maven.lock}"
export PORTAL_JAVA_OPTS="${PORTAL_JAVA_OPTS:--Xmx2g}"
DATA=./data/national-bench
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
PETCLINIC_URL="http://127.0.0.1:$PETCLINIC_PORT/owners/1"

# Does this shell hold the Maven lock (started by `flock LOCKFILE …`, which hands its descriptor on)?
holds_lock() {
  local fd
  for fd in /proc/$$/fd/*; do
    [ "$(readlink "$fd" 2>/dev/null)" = "$LOCKFILE" ] && return 0
  done
  return 1
}
if [ -e "$LOCKFILE" ] && ! holds_lock; then
  if [ "$PACKAGE" = yes ]; then flock "$LOCKFILE" ./mvnw -o -q -DskipTests package; fi
  echo "waiting for $LOCKFILE to measure"
  exec flock "$LOCKFILE" env PACKAGE=no bash "$SELF" "$@"
fi

for tool in curl wrk python3 java; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
if [ "$PROFILE" = yes ]; then
  command -v jcmd >/dev/null && command -v jfr >/dev/null || { echo "PROFILE=yes needs jcmd and jfr" >&2; exit 1; }
fi
PETCLINIC_JAR="$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
[ -n "$PETCLINIC_JAR" ] || { echo "no PetClinic jar in $PETCLINIC_DIR/target: see the top of $0" >&2; exit 1; }
PETCLINIC_COMMIT="$(git -C "$PETCLINIC_DIR" rev-parse HEAD 2>/dev/null || echo unknown)"
for port in "$PORT" "$DB_PORT" "$PETCLINIC_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken: another server runs there (set PORT, DB_PORT, PETCLINIC_PORT)" >&2
    exit 1
  fi
done

mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/*.cpu "$OUT"/*.jfr "$OUT"/*.md
if [ "$PACKAGE" = yes ]; then
  ./mvnw -o -q -DskipTests package
fi
JAR="$(ls target/thads-portal-*.jar | grep -v plain | head -1)"
[ "$PROFILE" = yes ] && PORTAL_JAVA_OPTS="$PORTAL_JAVA_OPTS -XX:FlightRecorderOptions=stackdepth=512"

# shellcheck source=docs/loadtest/national.sh
. docs/loadtest/national.sh
PETCLINIC_PID=""
TMP="$(mktemp -d)"
cleanup() {
  stop_process "$PETCLINIC_PID" 30
  PETCLINIC_PID=""
  stop_portal
  rm -rf "$TMP" "$DATA"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
national_copy "$DATA" "$OUT"
echo "starting the portal on $DATA (port $PORT, database port $DB_PORT)"
start_portal "$DATA" "$OUT/portal.log"
echo "starting PetClinic $PETCLINIC_COMMIT (port $PETCLINIC_PORT)"
# shellcheck disable=SC2086 # several options
java $PORTAL_JAVA_OPTS -jar "$PETCLINIC_JAR" --server.port="$PETCLINIC_PORT" --server.address=127.0.0.1 \
  >"$OUT/petclinic.log" 2>&1 &
PETCLINIC_PID=$!
for i in $(seq 121); do
  [ "$i" = 121 ] && { echo "PetClinic did not start within 2 minutes: see $OUT/petclinic.log" >&2; exit 1; }
  curl -fs -o /dev/null "$PETCLINIC_URL" && break
  kill -0 "$PETCLINIC_PID" 2>/dev/null || { echo "PetClinic stopped: see $OUT/petclinic.log" >&2; exit 1; }
  sleep 1
done

# Signs in through the real form (CSRF token from the sign-in page) and prints the session id.
session() {
  local user="$1" jar token
  jar="$TMP/cookies-$user"
  token="$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar"
}

# Fails unless the request answers 200 (a lost session would answer a redirect to the sign-in page).
check() {
  local what="$1" status
  shift
  status="$(curl -s -o "$TMP/body" -w '%{http_code}' "$@")"
  [ "$status" = 200 ] || { echo "$what answered $status" >&2; exit 1; }
}

PROVINCE_COOKIE="JSESSIONID=$(session n17.lanhdao)"
NATIONAL_COOKIE="JSESSIONID=$(session tw.lanhdao)"
OFFICER_COOKIE="JSESSIONID=$(session "$OFFICER")"
PROVINCE_URL="$BASE/dashboard/N17?period=$PERIOD"
NATIONAL_URL="$BASE/dashboard/TW?period=$PERIOD"
ENTRY_URL="$BASE/returns/$ENTRY"
PREVIEW_URL="$BASE/returns/$ENTRY/preview"

# The preview's request as htmx sends it: every field of the entry form (the figures as the page
# shows them, the version, the CSRF token, the explanation), form-encoded.
check "the entry page $ENTRY_URL for $OFFICER" -H "Cookie: $OFFICER_COOKIE" "$ENTRY_URL"
cp "$TMP/body" "$OUT/entry.html"
grep -q "/returns/$ENTRY/preview" "$TMP/body" \
  || { echo "$ENTRY_URL is not editable for $OFFICER (no live preview): choose another ENTRY" >&2; exit 1; }
python3 - "$TMP/body" >"$TMP/preview-body" <<'EOF'
import sys, urllib.parse
from html.parser import HTMLParser

class Fields(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self.inside, self.textarea = [], False, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form' and a.get('id') == 'entry-form':
            self.inside = True
        mine = self.inside or a.get('form') == 'entry-form'
        if mine and tag == 'input' and a.get('name') and a.get('type') not in ('submit', 'button'):
            self.fields.append((a['name'], a.get('value') or ''))
        if mine and tag == 'textarea' and a.get('name'):
            self.textarea = [a['name'], '']
    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data
    def handle_endtag(self, tag):
        if tag == 'form':
            self.inside = False
        if tag == 'textarea' and self.textarea:
            self.fields.append(tuple(self.textarea))
            self.textarea = None

parser = Fields()
parser.feed(open(sys.argv[1], encoding='utf-8').read())
sys.stdout.write(urllib.parse.urlencode(parser.fields))
EOF
grep -q '_csrf=' "$TMP/preview-body" && grep -q 'cases' "$TMP/preview-body" \
  || { echo "could not read the entry form's fields from $ENTRY_URL" >&2; exit 1; }
cp "$TMP/preview-body" "$OUT/preview-request.txt"
cat >"$TMP/preview.lua" <<EOF
wrk.method = "POST"
wrk.body = [==[$(cat "$TMP/preview-body")]==]
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["HX-Request"] = "true"
EOF
PREVIEW=(-H "Cookie: $OFFICER_COOKIE" -s "$TMP/preview.lua")

check_all() {
  check "the province dashboard $PROVINCE_URL for n17.lanhdao" -H "Cookie: $PROVINCE_COOKIE" "$PROVINCE_URL"
  check "the national dashboard $NATIONAL_URL for tw.lanhdao" -H "Cookie: $NATIONAL_COOKIE" "$NATIONAL_URL"
  check "the entry page $ENTRY_URL for $OFFICER" -H "Cookie: $OFFICER_COOKIE" "$ENTRY_URL"
  check "the live preview $PREVIEW_URL for $OFFICER" -H "Cookie: $OFFICER_COOKIE" -H "HX-Request: true" \
    -H "Content-Type: application/x-www-form-urlencoded" --data-binary "@$TMP/preview-body" "$PREVIEW_URL"
}
check_all

# wrk NAME CONNECTIONS THREADS SECONDS [wrk options…] URL: raw output in $OUT/NAME.txt
run() {
  local name="$1" c="$2" t="$3" d="$4" before
  shift 4
  before="$(cpu)"
  wrk -t"$t" -c"$c" -d"${d}s" --timeout 10s --latency "$@" >"$OUT/$name.txt"
  echo "$before $(cpu)" | awk -v cores="$(nproc)" '{
    t = $6 - $1; if (t <= 0) t = 1
    printf "%.0f %.0f %.0f %.0f\n", 100 * cores * ($7 - $2) / t, 100 * cores * ($8 - $3) / t,
      100 * cores * ($9 - $4) / t, 100 * cores * ($10 - $5) / t
  }' >"$OUT/$name.cpu"
}

# utime + stime of a process (all its threads), in clock ticks
ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# CPU used so far, in clock ticks: the whole machine (all cores, idle included), the machine
# busy, the portal's JVM, its PostgreSQL (the server and its live backends; ended backends
# are counted in the server's children's time) and PetClinic's JVM.
cpu() {
  local all busy portal=0 pg=0 petclinic=0 server p u n s i w q sq st
  read -r _ u n s i w q sq st _ </proc/stat
  busy=$((u + n + s + q + sq + st))
  all=$((busy + i + w))
  [ -n "$PID" ] && portal="$(ticks "$PID")"
  [ -n "$PETCLINIC_PID" ] && petclinic="$(ticks "$PETCLINIC_PID")"
  server="$(head -1 "$DATA/postmaster.pid" 2>/dev/null || true)"
  if [ -n "$server" ]; then
    pg="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$server/stat" 2>/dev/null || echo 0)"
    for p in $(ps -o pid= --ppid "$server"); do pg=$((pg + $(ticks "$p"))); done
  fi
  echo "$all $busy $portal $pg $petclinic"
}

# p50 p90 p99 (ms) req/s KiB-per-response errors of a wrk output
stats() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0
    }
    function bytes(v) {
      if (v ~ /KB$/) return v * 1024; if (v ~ /MB$/) return v * 1048576; if (v ~ /GB$/) return v * 1073741824
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) } $1 == "90%" { p90 = ms($2) } $1 == "99%" { p99 = ms($2) }
    $2 == "requests" && $3 == "in" { n = $1; b = bytes($5) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx/ { err += $NF }
    /^  Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%.1f %.1f %.1f %.1f %.1f %d\n", p50, p90, p99, rps, (n ? b / n / 1024 : 0), err }
  ' "$OUT/$1.txt"
}

echo "warming up: ${WARMUP}s on each page, one connection"
run warm-province 1 1 "$WARMUP" -H "Cookie: $PROVINCE_COOKIE" "$PROVINCE_URL"
run warm-national 1 1 "$WARMUP" -H "Cookie: $NATIONAL_COOKIE" "$NATIONAL_URL"
run warm-entry 1 1 "$WARMUP" -H "Cookie: $OFFICER_COOKIE" "$ENTRY_URL"
run warm-preview 1 1 "$WARMUP" "${PREVIEW[@]}" "$PREVIEW_URL"

echo "measuring: ${DURATION}s on each page, one connection"
run province 1 1 "$DURATION" -H "Cookie: $PROVINCE_COOKIE" "$PROVINCE_URL"
run national 1 1 "$DURATION" -H "Cookie: $NATIONAL_COOKIE" "$NATIONAL_URL"
run entry 1 1 "$DURATION" -H "Cookie: $OFFICER_COOKIE" "$ENTRY_URL"
run preview 1 1 "$DURATION" "${PREVIEW[@]}" "$PREVIEW_URL"

echo "throughput: $ROUNDS rounds of ${ROUND}s, $CONNECTIONS connections on $THREADS threads"
run warm-petclinic "$CONNECTIONS" "$THREADS" "$PETCLINIC_WARMUP" "$PETCLINIC_URL"
for r in $(seq "$ROUNDS"); do
  run "petclinic-$r" "$CONNECTIONS" "$THREADS" "$ROUND" "$PETCLINIC_URL"
  run "throughput-$r" "$CONNECTIONS" "$THREADS" "$ROUND" -H "Cookie: $PROVINCE_COOKIE" "$PROVINCE_URL"
done
if [ "$PROFILE" = yes ]; then
  echo "profiling: one more round of the province dashboard under JFR"
  jcmd "$PID" JFR.start name=bench settings=profile >/dev/null
  run throughput-jfr "$CONNECTIONS" "$THREADS" "$PROFILE_SECONDS" -H "Cookie: $PROVINCE_COOKIE" "$PROVINCE_URL"
  jcmd "$PID" JFR.stop name=bench filename="$PWD/$OUT/province.jfr" >/dev/null
fi
check_all # every session still signed in: nothing above was a redirect to the sign-in page
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
cleanup

# The tables, paste-ready for docs/benchmarks.md.
{
  echo "Measured $(date -u '+%d/%m/%Y %H:%M UTC') by \`docs/bench/server-time.sh\`: portal" \
    "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with local changes)')," \
    "PetClinic ${PETCLINIC_COMMIT:0:12}; $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1))," \
    "$(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1 | tr -d '"'), $PORTAL_JAVA_OPTS;" \
    "load average $LOAD_BEFORE before, $LOAD_AFTER after; period $PERIOD; ${WARMUP}s warm-up, ${DURATION}s each."
  echo
  echo "| one connection (\`wrk -t1 -c1 --latency\`) | p50 ms | p90 ms | p99 ms | req/s | KiB/response | target p50 |"
  echo "|---|---|---|---|---|---|---|"
  row() {
    local s
    read -r -a s < <(stats "$2")
    echo "| $1 | **${s[0]}** | ${s[1]} | ${s[2]} | ${s[3]} | ${s[4]} | $3 |"
    [ "${s[5]}" = 0 ] || echo "| ↑ ${s[5]} failed requests | | | | | | |"
  }
  row "province dashboard N17 (n17.lanhdao)" province "≤ 10"
  row "national dashboard TW (tw.lanhdao)" national "≤ 25"
  row "entry page $ENTRY ($OFFICER)" entry "≤ 10"
  row "live preview (POST $ENTRY/preview)" preview "≤ 5"
  echo
  echo "| throughput, $CONNECTIONS connections, $THREADS threads, ${ROUND}s | PetClinic /owners/1 req/s (p50 ms) | province dashboard req/s (p50 ms) | ratio | CPU % during PetClinic's: its JVM / machine | CPU % during the portal's: its JVM / PostgreSQL / machine |"
  echo "|---|---|---|---|---|---|"
  ratios=()
  for r in $(seq "$ROUNDS"); do
    read -r -a pc < <(stats "petclinic-$r")
    read -r -a pt < <(stats "throughput-$r")
    ratio="$(awk -v a="${pt[3]}" -v b="${pc[3]}" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
    ratios+=("$ratio")
    read -r -a cc <"$OUT/petclinic-$r.cpu"
    read -r -a ct <"$OUT/throughput-$r.cpu"
    echo "| round $r | ${pc[3]} (${pc[0]}) | ${pt[3]} (${pt[0]}) | $ratio | ${cc[3]} / ${cc[0]} | ${ct[1]} / ${ct[2]} / ${ct[0]} |"
    [ "${pc[5]}${pt[5]}" = 00 ] || echo "| ↑ failed requests: PetClinic ${pc[5]}, portal ${pt[5]} | | | | | |"
  done
  echo "| **median** (target ≥ 0.5, goal 1.0) | | | **$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')** | | |"
  echo
  echo "CPU in % of one core ($(nproc) cores: $(( $(nproc) * 100 )) % is the whole machine); \"machine\" is everything" \
    "busy on it, wrk and other people's processes included."
} | tee "$OUT/server-time.md"

if [ "$PROFILE" = yes ]; then
  echo | tee -a "$OUT/server-time.md"
  jfr print --events jdk.ExecutionSample --stack-depth 512 "$OUT/province.jfr" | python3 -c '
import collections, sys
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
def library(frame):
    # a readable group: three names of the package for big families, two otherwise
    parts = frame.split("(")[0].split(".")[:-2]
    if parts[:2] in (["org", "springframework"], ["org", "apache"], ["nz", "net"], ["org", "codehaus"]):
        return ".".join(parts[:3])
    if parts[:3] == ["vn", "thads", "portal"]:
        return ".".join(parts[:4])
    return ".".join(parts[:2])
samples, rendering = 0, 0
own, anywhere, top, portal = (collections.Counter() for _ in range(4))
stack = None
for line in sys.stdin:
    line = line.strip()
    if line == "stackTrace = [":
        stack = []
    elif stack is not None and line.startswith("]"):
        if stack:
            samples += 1
            top[stack[0].split(" line:")[0]] += 1
            first = next((f for f in stack if not f.startswith(JDK)), None)
            own[library(first) if first else "(JDK only)"] += 1
            libraries = {library(f) for f in stack if not f.startswith(JDK)}
            anywhere.update(libraries)
            if "org.thymeleaf" in libraries:
                rendering += 1
            else:
                mine = next((f for f in stack if f.startswith("vn.thads.")), "(no portal frame)")
                portal[mine.split(" line:")[0]] += 1
        stack = None
    elif stack is not None and line and line != "...":
        stack.append(line)
def table(title, counter, n):
    print(f"| {title} | samples | % |\n|---|---|---|")
    for name, count in counter.most_common(n):
        print(f"| `{name}` | {count} | {100 * count / samples:.1f} |")
    print()
print(f"JFR, one throughput round of the province dashboard ({samples} execution samples, `jdk.ExecutionSample`):\n")
table("library running (first frame outside the JDK)", own, 12)
pipeline = sorted(name for name, count in anywhere.items() if count >= 0.95 * samples)
joined = ", ".join(f"`{name}`" for name in pipeline)
print(f"In at least 95 % of the samples (the request pipeline): {joined}.\n")
table("library anywhere on the stack (without those)",
      collections.Counter({k: v for k, v in anywhere.items() if k not in pipeline}), 12)
print(f"View rendering (`org.thymeleaf` on the stack): {rendering} samples, {100 * rendering / samples:.1f} %. The rest, by the portal method nearest the top of the stack:\n")
table("portal method nearest the top (outside view rendering)", portal, 10)
table("top frame", top, 15)
' | tee -a "$OUT/server-time.md"
  echo "the recording: $OUT/province.jfr (jfr print --events jdk.ExecutionSample $OUT/province.jfr)"
fi
