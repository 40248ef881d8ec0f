# A throw-away PostgreSQL cluster of Debian's server binaries (apt-get install -y postgresql; no
# cluster of the package is used), on loopback, trust authentication, run as the `postgres` user.
# Sourced by docs/loadtest/faults.sh and docs/cluster/two-nodes.sh, which set before sourcing:
#   PGDATA_DIR  the cluster's directory (created and initialised the first time)
#   PG_PORT     its port
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

pg() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -w -t 60 "$@"; }

# Starts the cluster (initialising it the first time) and creates database `thads` if missing.
pg_start() {
  if [ ! -d "$PGDATA_DIR" ]; then
    mkdir -p "$PGDATA_DIR"; chown postgres "$PGDATA_DIR"
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA_DIR" --auth=trust -U postgres -E UTF8 >/dev/null
  fi
  pg -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$PGDATA_DIR/server.log" start >/dev/null
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname = 'thads'" | grep -q 1 \
    || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database thads" >/dev/null
}

pg_stop() { pg stop -m fast >/dev/null 2>&1 || true; }
