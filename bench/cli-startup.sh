#!/usr/bin/env bash
# `airs check` of one policy as a whole process, the way an editor's save hook or pre-commit runs it: the native front
# end (cli/Native, NativeAOT) beside the managed tool (ReadyToRun), both published from this checkout. First checks
# that both answer alike (standard output, standard error, exit code) on the policy in each format, then times them
# with hyperfine and measures each one's peak resident set with GNU time. Prints the load before and after.
# Usage: bench/cli-startup.sh [policy] [runs]   (defaults: policies/examples/support_bot.airs, 20)
#   AIRS_BENCH_BUILD=0 reuses the tools published to AIRS_BENCH_DIR (default /tmp/airs-cli-startup) by an earlier run.
#   AIRS_BENCH_JSON=dir writes hyperfine's JSON exports there (check-native.json, check-managed.json) with maxRssKb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
policy="${1:-policies/examples/support_bot.airs}"
runs="${2:-20}"
dir="${AIRS_BENCH_DIR:-/tmp/airs-cli-startup}"
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed (apt-get install -y $(basename "$tool"))" >&2; exit 2; }
done
load() { echo "load $1: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 minutes; $(nproc) cores)"; }
load "at the start"

if [[ "${AIRS_BENCH_BUILD:-1}" != 0 ]]; then
  echo "publishing the managed tool (ReadyToRun) and the native front end (NativeAOT)…" >&2
  start=$SECONDS
  dotnet publish cli -c Release --nologo -v q -o "$dir/managed" >/dev/null
  echo "  managed: $((SECONDS - start)) s" >&2
  start=$SECONDS
  dotnet publish cli/Native -c Release --nologo -v q -p:AirsPublishManaged=false -o "$dir/native" >/dev/null
  echo "  native: $((SECONDS - start)) s" >&2
fi
native="$dir/native/airs"
managed="$dir/managed/airs"

same=1
for format in text json sarif; do
  set +e
  "$native" check --format "$format" "$policy" >"$dir/native.out" 2>"$dir/native.err"; native_exit=$?
  "$managed" check --format "$format" "$policy" >"$dir/managed.out" 2>"$dir/managed.err"; managed_exit=$?
  set -e
  if [[ $native_exit != "$managed_exit" ]] || ! cmp -s "$dir/native.out" "$dir/managed.out" || ! cmp -s "$dir/native.err" "$dir/managed.err"; then
    echo "DIFFERENT: check --format $format (exit $native_exit native, $managed_exit managed)"
    diff "$dir/managed.out" "$dir/native.out" | head -20 || true
    same=0
  fi
done
[[ $same == 1 ]] && echo "same output and exit code in text, json and sarif: $policy"

json="${AIRS_BENCH_JSON:-$dir}"
mkdir -p "$json"
hyperfine -N -w 3 -r "$runs" --export-json "$dir/both.json" \
  -n native "$native check $policy" -n managed "$managed check $policy"
for tool in native managed; do
  rss="$(/usr/bin/time -f '%M' "$dir/$tool/airs" check "$policy" 2>&1 >/dev/null | tail -1)"
  echo "$tool: peak RSS $((rss / 1024)) MB"
  # One export per tool, in the shape bench/Airs.Benchmarks' report reads (results[0] plus maxRssKb).
  if command -v jq >/dev/null; then
    jq --arg name "$tool" --argjson rss "$rss" '{results: [.results[] | select(.command == $name)], maxRssKb: $rss}' \
      "$dir/both.json" > "$json/check-$tool.json"
  fi
done
load "at the end"
[[ $same == 1 ]]
