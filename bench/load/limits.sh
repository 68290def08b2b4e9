#!/usr/bin/env bash
# Sidecar throughput with and without limits, in one run: the summariser example as it is, and the same policy with
# one request limit and one spend limit (set high enough never to refuse, so both runs do the same work besides
# counting), measured alternately ROUNDS times each with bench/load/run.sh and the same wrk settings. Prints each
# run, then the ratio limited/plain of the mean throughput and of the server's CPU time per request (the figure a
# busy machine disturbs least). The goal (issue 17): throughput drops by at most 15%.
# Half of decide.lua's requests are refused by a guard before any limit counts them (as in run.sh); the other half
# each meet the request limit (one locked write) and read the spend limit.
# Usage: bench/load/limits.sh [duration-seconds] [rounds] [connections]
#   AIRS_BENCH_PIN: pinned (default: sidecar on core 0, wrk on core 1), unpinned or both; see run.sh.
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
grep -q "limit daily_spend" "$work/limited/summariser.airs" || { echo "error: the limits were not inserted" >&2; exit 1; }

export AIRS_BENCH_CLI_DIR="${AIRS_BENCH_CLI_DIR:-/tmp/airs-load-cli}"
export AIRS_BENCH_HELLO=0
export AIRS_BENCH_PIN="${AIRS_BENCH_PIN:-pinned}"
for round in $(seq 1 "$rounds"); do
  for variant in plain limited; do
    echo "== round $round: $variant"
    AIRS_BENCH_POLICY="$work/$variant/summariser.airs" "$root/bench/load/run.sh" "$duration" "$connections" 1 \
      | tee "$work/$variant-$round.out" | grep -E "^(machine|load|result)"
  done
done

# mean FIELD VARIANT: the mean of a result field over the variant's sidecar runs.
mean() {
  cat "$work/$2"-*.out | awk -v f="$1" '/^result target=sidecar/ { for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) { s += kv[2]; n++ } } }
    END { if (n == 0) exit 1; printf "%.1f", s / n }'
}
plain_rps="$(mean rps plain)" limited_rps="$(mean rps limited)"
plain_cpu="$(mean cpu_us_per_request plain)" limited_cpu="$(mean cpu_us_per_request limited)"
awk -v p="$plain_rps" -v l="$limited_rps" -v pc="$plain_cpu" -v lc="$limited_cpu" 'BEGIN {
  printf "plain: %.0f decisions/s, %.0f us CPU per request; limited: %.0f decisions/s, %.0f us CPU per request\n", p, pc, l, lc
  printf "ratio limited/plain: throughput %.3f (drop %.1f%%), CPU per request %.3f\n", l / p, (1 - l / p) * 100, lc / pc
  if (l / p < 0.85) print "goal missed: throughput drops by more than 15%"; else print "goal met: throughput drops by at most 15%"
}'
