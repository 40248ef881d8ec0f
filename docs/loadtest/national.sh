# Shared by the scripts that run the packaged portal on the national data set
# (docs/loadtest/load.sh, docs/bench/server-time.sh); sourced, never run on its own.
#
# The caller sets JAR, PORT and DB_PORT (and optionally PORTAL_JAVA_OPTS, default -Xmx2g) and
# calls `trap stop_portal EXIT` (or its own trap that calls stop_portal).
#   national_copy DIR LOGDIR  fills the national data set once into ./data/national-pristine
#                             (about 90 s the first time), then copies it to DIR: every run
#                             starts from the same data;
#   start_portal DIR LOG      starts the packaged portal on DIR (profile `national`, loopback,
#                             embedded PostgreSQL on DB_PORT) and waits until it is up (at most
#                             5 minutes); its process id is in PID;
#   stop_portal               stops it (and the embedded PostgreSQL it started, should the JVM
#                             have to be killed);
#   stop_process PID [SECS]   stops any process the caller started: TERM, then KILL after SECS
#                             (60) seconds.

NATIONAL_PRISTINE=./data/national-pristine
PID=""
PORTAL_DIR=""

stop_process() {
  local pid="$1" seconds="${2:-60}"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq "$seconds"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  fi
  return 0
}

stop_portal() {
  stop_process "$PID"
  PID=""
  # the JVM stops its PostgreSQL on a normal exit; after a kill -9 the server would be left
  if [ -n "$PORTAL_DIR" ] && [ -f "$PORTAL_DIR/postmaster.pid" ]; then
    local pg
    pg="$(head -1 "$PORTAL_DIR/postmaster.pid")"
    if [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null && grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then
      kill -INT "$pg"
      for _ in $(seq 30); do kill -0 "$pg" 2>/dev/null || break; sleep 1; done
    fi
  fi
  PORTAL_DIR=""
}

start_portal() {
  local dir="$1" log="$2"
  # shellcheck disable=SC2086 # PORTAL_JAVA_OPTS holds several options
  java ${PORTAL_JAVA_OPTS:--Xmx2g} -jar "$JAR" --spring.profiles.active=national --thads.embedded-db.dir="$dir" \
    --thads.embedded-db.port="$DB_PORT" --server.port="$PORT" --server.address=127.0.0.1 >"$log" 2>&1 &
  PID=$!
  PORTAL_DIR="$dir"
  for _ in $(seq 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then return 0; fi
    kill -0 "$PID" 2>/dev/null || { echo "the portal stopped: see $log" >&2; exit 1; }
    sleep 1
  done
  echo "the portal did not start within 5 minutes: see $log" >&2
  exit 1
}

national_copy() {
  local dir="$1" logs="$2"
  if [ ! -d "$NATIONAL_PRISTINE" ]; then
    # filled beside it and renamed when complete: an interrupted fill is never taken for a full one
    echo "filling the national data set into $NATIONAL_PRISTINE (once)"
    rm -rf "$NATIONAL_PRISTINE.partial"
    start_portal "$NATIONAL_PRISTINE.partial" "$logs/portal-fill.log"
    stop_portal
    mv "$NATIONAL_PRISTINE.partial" "$NATIONAL_PRISTINE"
  fi
  rm -rf "$dir"
  cp -a "$NATIONAL_PRISTINE" "$dir"
}
