#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, from Debian's packages (apt-get install postgresql).
#
#   eval "$(tests/postgres/start-postgres.sh start)"   # sets AIRS_TEST_POSTGRES and AIRS_TEST_POSTGRES_DIR
#   tests/postgres/start-postgres.sh stop "$AIRS_TEST_POSTGRES_DIR"
#
# `start` makes a cluster in a new temp dir, listening on 127.0.0.1 only, on a free port, with a random
# password for the `airs` superuser, and prints two shell assignments: the connection string and the dir.
# It exits 3 when PostgreSQL is not installed. When run as root, the server runs as the `postgres` user
# (PostgreSQL refuses to run as root). `stop` stops that server and deletes the dir.
set -euo pipefail

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin
  if ! bin="$(find_bin)"; then
    echo "postgresql is not installed: no initdb under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    exit 3
  fi

  local dir password
  dir="$(mktemp -d "${TMPDIR:-/tmp}/airs-postgres-XXXXXX")"
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" > "$dir/password"
  if [[ "$(id -u)" == 0 ]]; then
    chown -R postgres: "$dir"
  fi
  chmod 700 "$dir"

  # Trust on the socket (for `stop`), a password over TCP; no fsync while initialising a throwaway cluster.
  as_owner "$bin/initdb" -D "$dir/data" -U airs -E UTF8 --locale=C --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/password" > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }

  local attempt port
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_is_free "$port" || continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start > /dev/null 2>&1; then
      echo "AIRS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=airs;Password=$password;Database=postgres'"
      echo "AIRS_TEST_POSTGRES_DIR='$dir'"
      return 0
    fi
    # Lost a race for the port (or another failure): the log says which; try another port.
  done

  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  echo "could not start postgresql" >&2
  exit 1
}

stop() {
  local dir="${1:?usage: start-postgres.sh stop DIR}"
  local bin
  bin="$(find_bin)"
  if [[ -d "$dir/data" ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-start}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: start-postgres.sh start | stop DIR" >&2; exit 2 ;;
esac
