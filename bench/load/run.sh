#!/usr/bin/env bash
# Load test of `airs serve`: builds the CLI (Release) and an unsigned bundle of the summariser example
# (guardrails only), starts the sidecar on loopback, and drives it with wrk from a second process. In the same run it
# drives a bare Kestrel "hello" endpoint (bench/load/Hello: same slim host, a handler that answers a constant) with the
# same requests, so the sidecar's throughput is also reported as a ratio to what Kestrel alone does on this machine.
#
# Each connection count is measured twice: unpinned (server and wrk share every core, as on a busy host) and pinned
# (server on core 0, wrk on core 1, via taskset: throughput per server core). Bounded: DURATION seconds per run.
# Usage: bench/load/run.sh [duration-seconds] [connections, comma-separated] [threads] [store]
#   defaults: 10, 4,32,128, 1, a temp SQLite file. store may be postgres://…
#   AIRS_BENCH_POLICY: another policy file; AIRS_BENCH_PIN: both (default), pinned or unpinned;
#   AIRS_BENCH_HELLO=0 skips the hello endpoint; AIRS_BENCH_WARMUP: wrk warm-up before each run (default 5s);
#   AIRS_BENCH_CLI_DIR / AIRS_BENCH_HELLO_DIR: where the builds go (AIRS_BENCH_BUILD=0 runs those already there, e.g.
#   another checkout's, to compare two builds with one script).
# Prints one `result …` line per run (read by bench/run-all), after the machine and its load.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
IFS=',' read -r -a connection_counts <<< "${2:-4,32,128}"
threads="${3:-1}"
work="$(mktemp -d /tmp/airs-load.XXXXXX)"
store="${4:-$work/airs.db}"
policy="${AIRS_BENCH_POLICY:-$root/policies/examples/summariser.airs}"
pin="${AIRS_BENCH_PIN:-both}"
warmup="${AIRS_BENCH_WARMUP:-5s}" # per run; a loaded machine needs longer before the first decisions are compiled
port="${AIRS_BENCH_PORT:-18787}"
hello_port=$((port + 1))
url="http://127.0.0.1:$port"
hello_url="http://127.0.0.1:$hello_port"

command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
cores="$(nproc)"
if [[ "$pin" != unpinned && "$cores" -lt 2 ]]; then
  echo "note: one core only; pinned runs skipped" >&2
  pin=unpinned
fi

cli="${AIRS_BENCH_CLI_DIR:-/tmp/airs-load-cli}"
hello="${AIRS_BENCH_HELLO_DIR:-/tmp/airs-load-hello}"
if [[ "${AIRS_BENCH_BUILD:-1}" != 0 ]]; then
  echo "building the CLI and the hello endpoint (Release)…" >&2
  dotnet build "$root/cli/Airs.Cli.csproj" -c Release -o "$cli" -v quiet -nologo >/dev/null
  if [[ "${AIRS_BENCH_HELLO:-1}" != 0 ]]; then
    dotnet build "$root/bench/load/Hello/Airs.Bench.Hello.csproj" -c Release -o "$hello" -v quiet -nologo >/dev/null
  fi
fi
airs=(dotnet "$cli/airs.dll")

mkdir -p "$work/bundles"
"${airs[@]}" build "$policy" --unsigned -o "$work/bundles/policy.airsb" >&2
name="$(basename "$policy" .airs)"

servers=()
cleanup() {
  for server in "${servers[@]}"; do kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; done
  servers=()
}
trap 'cleanup; rm -rf "$work"' EXIT

wait_ready() { # url log
  for _ in $(seq 1 150); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "error: $1 did not answer" >&2; cat "$2" >&2; exit 1
}

# start SERVER-CORES: the sidecar and the hello endpoint, both on the given cores (empty: all).
start() {
  local on=()
  [[ -n "$1" ]] && on=(taskset -c "$1")
  "${on[@]}" "${airs[@]}" serve "$work/bundles" --allow-unsigned "$name" --store "$store" --urls "$url" 2>"$work/serve.log" &
  sidecar_pid=$!
  servers+=($!)
  wait_ready "$url/readyz" "$work/serve.log"
  # The first decisions compile the whole path; on a busy machine that takes seconds, so take it out of every run.
  for _ in $(seq 1 20); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"input":{"text":"warm up"},"user":{"roles":["staff"]}}' \
      "$url/v1/decisions/$name/input" || true
  done
  if [[ "${AIRS_BENCH_HELLO:-1}" != 0 ]]; then
    "${on[@]}" dotnet "$hello/Airs.Bench.Hello.dll" --urls "$hello_url" >"$work/hello.log" 2>&1 &
    hello_pid=$!
    servers+=($!)
    wait_ready "$hello_url/hello" "$work/hello.log"
  fi
}

# The process's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# measure LABEL TARGET-URL CONNECTIONS WRK-CORES PINNED SERVER-PID: warm up (JIT, connections), then one bounded run.
# Besides throughput and latency, the server's CPU time per request: the figure a busy machine disturbs least.
measure() {
  local on=()
  [[ -n "$4" ]] && on=(taskset -c "$4")
  "${on[@]}" wrk -t"$threads" -c"$3" -d"$warmup" -s "$root/bench/load/decide.lua" "$2" >/dev/null
  local out before after requests cpu_us
  before="$(cpu_ticks "$6")"
  out="$("${on[@]}" wrk -t"$threads" -c"$3" -d"${duration}s" --timeout 5s -s "$root/bench/load/decide.lua" "$2")"
  after="$(cpu_ticks "$6")"
  requests="$(awk '/^requests:/ {print $2}' <<< "$out")"
  cpu_us="$(awk -v t="$((after - before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", (n > 0 ? t / hz * 1e6 / n : 0)}')"
  local rps p50 p99 errors
  rps="$(awk '/^decisions\/s:/ {print $2}' <<< "$out")"
  p50="$(awk '/^p50:/ {print $2}' <<< "$out")"
  p99="$(awk '/^p50:/ {print $8}' <<< "$out")"
  errors="$(awk '/^requests:/ {print $5}' <<< "$out")"
  echo "result target=$1 pinned=$5 connections=$3 rps=$rps p50_ms=$p50 p99_ms=$p99 cpu_us_per_request=$cpu_us errors=$errors load=$(cut -d' ' -f1 /proc/loadavg)"
}

echo "machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "policy: $name, store: $store, ${duration}s per run, wrk: $threads thread(s), connections: ${connection_counts[*]}"

modes=()
[[ "$pin" == both || "$pin" == unpinned ]] && modes+=(unpinned)
[[ "$pin" == both || "$pin" == pinned ]] && modes+=(pinned)
for mode in "${modes[@]}"; do
  server_cores="" wrk_cores="" pinned=no
  if [[ "$mode" == pinned ]]; then server_cores=0 wrk_cores=1 pinned=yes; fi
  start "$server_cores"
  for c in "${connection_counts[@]}"; do
    measure sidecar "$url/v1/decisions/$name/input" "$c" "$wrk_cores" "$pinned" "$sidecar_pid"
    if [[ "${AIRS_BENCH_HELLO:-1}" != 0 ]]; then
      measure hello "$hello_url/hello" "$c" "$wrk_cores" "$pinned" "$hello_pid"
    fi
  done
  echo "audit records: $(curl -s "$url/metrics" | awk '/^airs_decisions_total/ {s+=$2} END {print s}') decisions counted by /metrics" >&2
  cleanup
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
