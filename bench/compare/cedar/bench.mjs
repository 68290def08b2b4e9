// Cedar side: a preparsed policy set, 4 rotating requests, one hrtime reading per decision.
// Prints one JSON object: decisions (in request order) and median/p99 in nanoseconds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cedar = require('@cedar-policy/cedar-wasm/nodejs');
const here = new URL('.', import.meta.url).pathname;
const iterations = Number(process.argv[2] ?? 200000);

const policies = readFileSync(here + 'policies.cedar', 'utf8');
const entities = JSON.parse(readFileSync(here + 'entities.json', 'utf8'));
const requests = JSON.parse(readFileSync(here + 'requests.json', 'utf8'));

const parsed = cedar.preparsePolicySet('tool_auth', { staticPolicies: policies });
if (parsed.type !== 'success') {
  throw new Error('cedar: policy set does not parse: ' + JSON.stringify(parsed.errors));
}

const calls = requests.map(r => ({
  principal: { type: 'Agent', id: r.chain[r.chain.length - 1] },
  action: { type: 'Action', id: 'call' },
  resource: { type: 'Tool', id: r.tool },
  context: { ...r.args, roles: r.roles, delegated_by: r.chain.length > 1 ? r.chain[0] : '' },
  preparsedPolicySetId: 'tool_auth',
  validateRequest: false,
  entities,
}));

function decide(call) {
  const answer = cedar.statefulIsAuthorized(call);
  if (answer.type !== 'success') {
    throw new Error('cedar: ' + JSON.stringify(answer.errors));
  }
  if (answer.response.diagnostics.errors.length > 0) {
    throw new Error('cedar: policy errors ' + JSON.stringify(answer.response.diagnostics.errors));
  }
  return answer.response.decision;
}

const decisions = calls.map(decide);
for (let i = 0; i < Math.min(20000, iterations); i++) decide(calls[i % calls.length]);

const samples = new Float64Array(iterations);
for (let i = 0; i < iterations; i++) {
  const call = calls[i % calls.length];
  const start = process.hrtime.bigint();
  decide(call);
  samples[i] = Number(process.hrtime.bigint() - start);
}
samples.sort();
const at = q => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
console.log(JSON.stringify({
  engine: `cedar-wasm ${cedar.getCedarVersion()} (Node ${process.version})`,
  decisions, iterations, medianNs: at(0.5), p99Ns: at(0.99),
}));
