# A throwaway PostgreSQL cluster for tests, owned by the `postgres` OS user, on a private port.
# Usage: source scripts/ci/postgres.sh; start_postgres; … "$PG_URL" …; stop_postgres
PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-/tmp/lianshe-ci-pg}"
PG_URL="postgres://postgres@127.0.0.1:${PG_PORT}/postgres"

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

start_postgres() {
  local bin; bin="$(pg_bin)"
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  if "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then return 0; fi
  rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  "${as[@]}" "$bin/initdb" -D "$PG_DIR" -U postgres -A trust --no-sync >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
}

stop_postgres() {
  local bin; bin="$(pg_bin)"
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 || true
}
