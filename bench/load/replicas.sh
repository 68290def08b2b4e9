#!/usr/bin/env bash
# Replicas against one PostgreSQL server: `airs serve` once, then twice (two processes, each its own store and audit
# segment, on one database), each replica driven by its own wrk with the same number of connections, all at once.
# Reports decisions/s (sum over replicas), the worst replica's p50/p99, the scaling 1 -> 2, and the database's cost per
# decision from the server's own statistics (pg_stat_database, pg_stat_wal, table sizes) taken around each run:
# transactions, rows inserted, WAL bytes and table bytes per decision. A batch of decisions is one transaction and,
# for plain appends, one round trip (PostgresSegmentTests.ABatchOfAppendsIsOneRoundTrip counts them on the wire), so
# transactions per decision is also round trips per decision on the write path.
#
# Usage: bench/load/replicas.sh [duration-seconds] [connections per replica] [replica counts, comma-separated]
#   defaults: 10, 32, 1,2. The server: $AIRS_BENCH_POSTGRES (postgres://user:password@host:port/… or Npgsql keywords),
#   else a throwaway one from tests/postgres/start-postgres.sh, stopped at the end (fsync on: commits are durable).
#   AIRS_BENCH_CLI_DIR: a CLI already built there (AIRS_BENCH_BUILD=0 skips the build, e.g. to run another checkout's).
#   AIRS_BENCH_POLICY, AIRS_BENCH_WARMUP (default 5s), AIRS_BENCH_PORT (default 18887).
# Prints the machine and its load, then one `result …` line per replica count and a `scaling …` line.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
connections="${2:-32}"
IFS=',' read -r -a replica_counts <<< "${3:-1,2}"
policy="${AIRS_BENCH_POLICY:-$root/policies/examples/summariser.airs}"
warmup="${AIRS_BENCH_WARMUP:-5s}"
port="${AIRS_BENCH_PORT:-18887}"
work="$(mktemp -d /tmp/airs-replicas.XXXXXX)"

command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
psql_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -1)/psql"
[[ -x "$psql_bin" ]] || { echo "error: psql not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 2; }

servers=()
pg_dir=""
cleanup() {
  for server in "${servers[@]}"; do kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; done
  servers=()
}
finish() {
  cleanup
  [[ -n "$pg_dir" ]] && bash "$root/tests/postgres/start-postgres.sh" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap finish EXIT

admin="${AIRS_BENCH_POSTGRES:-}"
if [[ -z "$admin" ]]; then
  eval "$(bash "$root/tests/postgres/start-postgres.sh" start)"
  admin="$AIRS_TEST_POSTGRES"
  pg_dir="$AIRS_TEST_POSTGRES_DIR"
fi
if [[ "$admin" =~ ^postgres(ql)?://([^:@/]+)(:([^@]*))?@([^:/?]+)(:([0-9]+))? ]]; then # a libpq url
  pg_user="${BASH_REMATCH[2]}"; pg_host="${BASH_REMATCH[5]}"; pg_port="${BASH_REMATCH[7]}"
  export PGPASSWORD="${BASH_REMATCH[4]}"
else # Npgsql keywords
  field() { tr ';' '\n' <<< "$admin" | awk -F= -v k="$1" 'tolower($1) == tolower(k) {print substr($0, index($0, "=") + 1)}'; }
  pg_host="$(field Host)"; pg_port="$(field Port)"; pg_user="$(field Username)"
  export PGPASSWORD="$(field Password)"
fi
sql() { "$psql_bin" -h "$pg_host" -p "${pg_port:-5432}" -U "$pg_user" -d "$1" -Atq -c "$2"; }

cli="${AIRS_BENCH_CLI_DIR:-/tmp/airs-replicas-cli}"
if [[ "${AIRS_BENCH_BUILD:-1}" != 0 ]]; then
  echo "building the CLI (Release)…" >&2
  dotnet build "$root/cli/Airs.Cli.csproj" -c Release -o "$cli" -v quiet -nologo >/dev/null
fi
airs=(dotnet "$cli/airs.dll")
mkdir -p "$work/bundles"
"${airs[@]}" build "$policy" --unsigned -o "$work/bundles/policy.airsb" >&2
name="$(basename "$policy" .airs)"

wait_ready() { # url log
  for _ in $(seq 1 150); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "error: $1 did not answer" >&2; cat "$2" >&2; exit 1
}

# The database's counters: transactions, rows inserted, WAL bytes, bytes of audit_log with its indexes, audit rows.
# PostgreSQL publishes a busy backend's statistics at most once a second and an idle one's after 10 s idle, or when it
# exits: the snapshot before a run waits 11 s after the warm-up, the one after it is taken once the replicas have stopped.
snapshot() { # database
  sql "$1" "SELECT d.xact_commit + d.xact_rollback, d.tup_inserted, (SELECT wal_bytes FROM pg_stat_wal),
            pg_total_relation_size('audit_log'), (SELECT count(*) FROM audit_log)
            FROM pg_stat_database d WHERE d.datname = current_database()"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}'), PostgreSQL $(sql postgres 'SHOW server_version'), synchronous_commit $(sql postgres 'SHOW synchronous_commit'), fsync $(sql postgres 'SHOW fsync')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "policy: $name, ${duration}s per run, $connections connections per replica, wrk 1 thread per replica, unpinned"

declare -A rps_of
for count in "${replica_counts[@]}"; do
  database="airs_bench_r${count}_$$"
  sql postgres "CREATE DATABASE $database" >/dev/null
  store="Host=$pg_host;Port=${pg_port:-5432};Username=$pg_user;Password=$PGPASSWORD;Database=$database"
  urls=()
  for ((r = 0; r < count; r++)); do
    url="http://127.0.0.1:$((port + r))"
    "${airs[@]}" serve "$work/bundles" --allow-unsigned "$name" --store "$store" --urls "$url" 2>"$work/serve-$r.log" &
    servers+=($!)
    wait_ready "$url/readyz" "$work/serve-$r.log"
    urls+=("$url/v1/decisions/$name/input")
    # The first decisions compile the whole path; on a busy machine that takes seconds, so take it out of the runs.
    for _ in $(seq 1 20); do
      curl -sf -o /dev/null -m 60 -H 'Content-Type: application/json' -d '{"input":{"text":"warm up"},"user":{"roles":["staff"]}}' \
        "$url/v1/decisions/$name/input" || true
    done
  done
  drivers=()
  for url in "${urls[@]}"; do # warm up every replica at once (JIT, connections, first batches)
    wrk -t1 -c"$connections" -d"$warmup" -s "$root/bench/load/decide.lua" "$url" >/dev/null &
    drivers+=($!)
  done
  wait "${drivers[@]}"

  sleep 11
  before="$(snapshot "$database")"
  drivers=()
  for ((r = 0; r < count; r++)); do
    wrk -t1 -c"$connections" -d"${duration}s" --timeout 5s -s "$root/bench/load/decide.lua" "${urls[$r]}" > "$work/wrk-$r.out" &
    drivers+=($!)
  done
  wait "${drivers[@]}"
  cleanup
  sleep 1
  after="$(snapshot "$database")"

  rps=0 requests=0 p50=0 p99=0 errors=""
  for ((r = 0; r < count; r++)); do
    out="$work/wrk-$r.out"
    rps=$((rps + $(awk '/^decisions\/s:/ {print $2}' "$out")))
    requests=$((requests + $(awk '/^requests:/ {print $2}' "$out")))
    p50="$(awk -v m="$p50" '/^p50:/ {print ($2 > m ? $2 : m)}' "$out")"
    p99="$(awk -v m="$p99" '/^p50:/ {print ($8 > m ? $8 : m)}' "$out")"
    errors="$errors$(awk '/^requests:/ {print $5}' "$out"),"
  done
  read -r tx0 rows0 wal0 bytes0 audit0 <<< "$(tr '|' ' ' <<< "$before")"
  read -r tx1 rows1 wal1 bytes1 audit1 <<< "$(tr '|' ' ' <<< "$after")"
  decisions=$((audit1 - audit0))
  per() { awk -v a="$1" -v n="$decisions" 'BEGIN {printf "%.3f", (n > 0 ? a / n : 0)}'; }
  echo "result replicas=$count connections_per_replica=$connections rps=$rps requests=$requests audit_rows=$decisions p50_ms_worst=$p50 p99_ms_worst=$p99 errors=${errors%,} tx_per_decision=$(per $((tx1 - tx0))) rows_per_decision=$(per $((rows1 - rows0))) wal_bytes_per_decision=$(per $((wal1 - wal0))) table_bytes_per_decision=$(per $((bytes1 - bytes0))) load=$(cut -d' ' -f1 /proc/loadavg)"
  rps_of[$count]=$rps
done
if [[ -n "${rps_of[1]:-}" && -n "${rps_of[2]:-}" ]]; then
  echo "scaling 1->2 replicas: $(awk -v a="${rps_of[1]}" -v b="${rps_of[2]}" 'BEGIN {printf "%.2f", b / a}')x"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
