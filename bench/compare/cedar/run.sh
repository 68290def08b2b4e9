#!/usr/bin/env bash
# Cedar (cedar-wasm, preparsed policy set, Node) against AirsPolicy (compiled) on the same tool-authorisation
# workload: checks both decide the same on every request, then prints median and p99 per decision and the ratio.
# Usage: bench/compare/cedar/run.sh [iterations] [output dir for the two JSON results]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
iterations="${1:-200000}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build "$root/bench/Airs.Benchmarks" -c Release --nologo -v q >/dev/null

node "$here/bench.mjs" "$iterations" > "$out/cedar-js.json"
(cd "$root" && dotnet "$root/bench/Airs.Benchmarks/bin/Release/net10.0/Airs.Benchmarks.dll" compare-cedar "$iterations") > "$out/cedar-airs.json"

node - "$here/requests.json" "$out/cedar-js.json" "$out/cedar-airs.json" <<'JS'
const fs = require('fs');
const [requests, cedar, airs] = process.argv.slice(2).map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
let same = true;
requests.forEach((r, i) => {
  const ok = cedar.decisions[i] === airs.decisions[i] && cedar.decisions[i] === r.expected;
  if (!ok) same = false;
  console.log(`${ok ? 'same' : 'DIFFERENT'}  ${r.name}: cedar ${cedar.decisions[i]}, airs ${airs.decisions[i]}, expected ${r.expected}`);
});
if (!same) { console.error('the two engines disagree: no timing is reported'); process.exit(1); }
const us = ns => (ns / 1000).toFixed(2) + ' µs';
console.log(`\n| engine | median | p99 | iterations |\n| --- | ---: | ---: | ---: |`);
for (const x of [cedar, airs]) console.log(`| ${x.engine} | ${us(x.medianNs)} | ${us(x.p99Ns)} | ${x.iterations} |`);
console.log(`\nmedian ratio Cedar / AirsPolicy: ${(cedar.medianNs / airs.medianNs).toFixed(1)}×; p99: ${(cedar.p99Ns / airs.p99Ns).toFixed(1)}×`);
JS
