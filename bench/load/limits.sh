#!/usr/bin/env bash
# Sidecar throughput with and without limits, in one run: the summariser example as it is, and the same policy with
# one request limit and one spend limit (set high enough never to refuse, so both runs do the same work besides
# counting), measured alternately ROUNDS times each with bench/load/run.sh and the same wrk settings.
# Usage: bench/load/limits.sh [duration-seconds] [rounds] [connections]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
rounds="${2:-2}"
connections="${3:-32}"
work="$(mktemp -d /tmp/airs-limits-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plain" "$work/limited"
cp "$root/policies/examples/summariser.airs" "$work/plain/summariser.airs"
# The limits go before the first test: a request limit per user, and a global spend limit (read on every input).
awk '/^  test / && !done { print "  limit requests_per_user {\n    count requests\n    max 1000000000 within 1h per user\n  }\n\n  limit daily_spend {\n    count cost\n    price 0.000002\n    max 1000000 within 1d\n  }\n"; done = 1 } { print }' \
  "$root/policies/examples/summariser.airs" > "$work/limited/summariser.airs"

export AIRS_BENCH_CLI_DIR="${AIRS_BENCH_CLI_DIR:-/tmp/airs-load-cli}"
for round in $(seq 1 "$rounds"); do
  for variant in plain limited; do
    echo "== round $round: $variant"
    AIRS_BENCH_POLICY="$work/$variant/summariser.airs" "$root/bench/load/run.sh" "$duration" "$connections" 1 | grep -E "machine|decisions/s|p50|requests:"
  done
done
