#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL 15 cluster with the campaign schema applied:
#   with-postgres.sh <migrations dir> <bootstrap.sql> -- <command> [args...]
# initdb in a private temporary directory, a server reachable only through a Unix socket in that directory
# (no TCP listener, so parallel runs cannot collide on a port), the Supabase bootstrap, then every migration
# applied twice (they must be idempotent). The command gets CC_PG_HOST / CC_PG_PORT / CC_PG_MIGRATIONS.
# The EXIT trap stops the server and deletes the directory whatever happens (test failure, crash, ^C).
set -euo pipefail

migrations=$1
bootstrap=$2
shift 2
[ "${1:-}" = "--" ] && shift

bindir=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
done
if [ -z "$bindir" ]; then
  echo "with-postgres: no PostgreSQL server found; install Debian's 'postgresql' package (scripts/setup.sh)" >&2
  exit 1
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/cc-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb and postgres refuse to run as root: the cluster belongs to the postgres system user instead.
  chown postgres: "$workdir"
  as_owner=(runuser -u postgres --)
fi

child=""
stop_server() {
  if [ -n "$child" ]; then kill "$child" 2>/dev/null || true; fi
  if [ -f "$workdir/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$workdir"
}
trap stop_server EXIT
trap 'exit 130' INT TERM HUP

port=$((20000 + RANDOM % 20000)) # names the socket file only
"${as_owner[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }
# Durability is irrelevant for a cluster that lives for one test run; TimeZone UTC as on Supabase.
"${as_owner[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 20 \
  -o "-k $workdir -c listen_addresses= -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c TimeZone=UTC -c wal_level=logical -c max_wal_senders=0" \
  start >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }

psql_run() {
  "$bindir/psql" -X -q -h "$workdir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}
psql_run -f "$bootstrap" >/dev/null
for pass in 1 2; do
  for migration in "$migrations"/*.sql; do
    psql_run -c "set client_min_messages = warning" -f "$migration" >/dev/null \
      || { echo "with-postgres: $migration failed on pass $pass" >&2; exit 1; }
  done
done

export CC_PG_HOST=$workdir CC_PG_PORT=$port CC_PG_MIGRATIONS=$migrations CC_PG_BIN=$bindir
# In the background so that a signal to this script runs the trap at once instead of after the command.
set +e
"$@" &
child=$!
wait "$child"
status=$?
child=""
set -e
exit $status
