#!/usr/bin/env bash
# @openai/guardrails (pii + secretKeysCheck, offline) against AirsPolicy's airs.pii + airs.secrets packs on the
# same labelled texts (dataset.json, built by build-set.py): time per text, catches and false flags.
# Usage: bench/compare/openai-guardrails/run.sh [rounds] [output dir for the two JSON results]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
rounds="${1:-5}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build "$root/bench/Airs.Benchmarks" -c Release --nologo -v q >/dev/null

node "$here/bench.mjs" "$rounds" > "$out/guardrails-js.json"
(cd "$root" && dotnet "$root/bench/Airs.Benchmarks/bin/Release/net10.0/Airs.Benchmarks.dll" compare-guardrails "$here/dataset.json" "$rounds") > "$out/guardrails-airs.json"

node - "$here/dataset.json" "$out/guardrails-js.json" "$out/guardrails-airs.json" <<'JS'
const fs = require('fs');
const [rows, js, airs] = process.argv.slice(2).map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
const us = ns => (ns / 1000).toFixed(1) + ' µs';
console.log('| engine | set | caught | missed | wrongly flagged | clean texts | median per text | p99 per text |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const x of [js, airs]) {
  for (const set of ['presidio', 'secrets']) {
    let caught = 0, missed = 0, wrong = 0, clean = 0;
    rows.forEach((r, i) => {
      if (r.set !== set) return;
      const flagged = x.flags[i].pii || x.flags[i].secret;
      if (r.positive) flagged ? caught++ : missed++; else { clean++; if (flagged) wrong++; }
    });
    console.log(`| ${x.engine} | ${set} | ${caught}/${caught + missed} | ${missed} | ${wrong} | ${clean} | ${set === 'presidio' ? us(x.medianNs) : ''} | ${set === 'presidio' ? us(x.p99Ns) : ''} |`);
  }
}
console.log(`\nmedian time per text, @openai/guardrails / AirsPolicy: ${(js.medianNs / airs.medianNs).toFixed(1)}×`);
JS
