// @openai/guardrails side: its `pii` check (the six shared entity types) and `secretKeysCheck`, offline (both are
// regex/entropy checks; no API key, no network). Prints JSON: per-text flags and the median/p99 time per text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const guardrails = require('@openai/guardrails');
const version = require('@openai/guardrails/package.json').version;
const here = new URL('.', import.meta.url).pathname;
const rounds = Number(process.argv[2] ?? 5);
const rows = JSON.parse(readFileSync(here + 'dataset.json', 'utf8'));

const piiConfig = {
  entities: ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS'],
  block: true,
  detect_encoded_pii: false,
};
const secretConfig = { threshold: 'balanced' };

async function check(text) {
  const pii = await guardrails.pii({}, text, piiConfig);
  const secret = await guardrails.secretKeysCheck({}, text, secretConfig);
  return { pii: pii.tripwireTriggered, secret: secret.tripwireTriggered };
}

const flags = [];
for (const row of rows) flags.push(await check(row.text));
for (let r = 0; r < 2; r++) for (const row of rows) await check(row.text);

const samples = [];
for (let r = 0; r < rounds; r++) {
  for (const row of rows) {
    const start = process.hrtime.bigint();
    await check(row.text);
    samples.push(Number(process.hrtime.bigint() - start));
  }
}
samples.sort((a, b) => a - b);
const at = q => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
console.log(JSON.stringify({
  engine: `@openai/guardrails ${version} pii + secretKeysCheck (Node ${process.version})`,
  flags, medianNs: at(0.5), p99Ns: at(0.99), samples: samples.length,
}));
