#!/usr/bin/env bash
# Load test of `airs serve`: builds the CLI (Release) and an unsigned bundle of the summariser example
# (guardrails only), starts the sidecar on loopback, and drives it with wrk from a second process.
# Bounded: DURATION seconds (default 10) with CONNECTIONS connections on THREADS threads.
# Usage: bench/load/run.sh [duration-seconds] [connections] [threads] [store]
#   store: a SQLite path (default: a temp file) or postgres://… ; set AIRS_BENCH_POLICY to bench another policy file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
connections="${2:-32}"
threads="${3:-1}"
work="$(mktemp -d /tmp/airs-load.XXXXXX)"
store="${4:-$work/airs.db}"
policy="${AIRS_BENCH_POLICY:-$root/policies/examples/summariser.airs}"
port="${AIRS_BENCH_PORT:-18787}"
url="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

echo "building the CLI (Release)…" >&2
cli="${AIRS_BENCH_CLI_DIR:-/tmp/airs-load-cli}"
dotnet build "$root/cli/Airs.Cli.csproj" -c Release -o "$cli" -v quiet -nologo >/dev/null
airs=(dotnet "$cli/airs.dll")

mkdir -p "$work/bundles"
"${airs[@]}" build "$policy" --unsigned -o "$work/bundles/policy.airsb" >&2
name="$(basename "$policy" .airs)"

"${airs[@]}" serve "$work/bundles" --allow-unsigned "$name" --store "$store" --urls "$url" 2>"$work/serve.log" &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 100); do
  curl -sf "$url/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$url/readyz" >/dev/null || { echo "error: the sidecar did not become ready" >&2; cat "$work/serve.log" >&2; exit 1; }

# Warm up (JIT, connection pool), then measure.
wrk -t"$threads" -c"$connections" -d2s -s "$root/bench/load/decide.lua" "$url/v1/decisions/$name/input" >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version)"
echo "policy: $name, store: $store, ${duration}s, $connections connections, $threads wrk thread(s)"
wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s -s "$root/bench/load/decide.lua" "$url/v1/decisions/$name/input" | tail -3
echo "audit records: $(curl -s "$url/metrics" | awk '/^airs_decisions_total/ {s+=$2} END {print s}') decisions counted by /metrics"
