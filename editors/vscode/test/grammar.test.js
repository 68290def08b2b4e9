// Sanity checks for the TextMate grammar without VS Code: every pattern compiles (JavaScript's engine is close
// enough to Oniguruma for the constructs used here) and the grammar knows the keywords of docs/design/grammar.md.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const grammar = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'airs.tmLanguage.json'), 'utf8'));

function* patterns(node) {
  if (node === null || typeof node !== 'object') return;
  for (const key of ['match', 'begin', 'end']) {
    if (typeof node[key] === 'string') yield node[key];
  }
  for (const value of Object.values(node)) yield* patterns(value);
}

function scopeOf(text) {
  const keywords = grammar.repository.keywords.patterns;
  for (const pattern of keywords) {
    if (new RegExp(`^(?:${pattern.match})$`).test(text)) return pattern.name;
  }
  return undefined;
}

test('every pattern compiles', () => {
  const all = [...patterns(grammar)];
  assert.ok(all.length > 30);
  for (const source of all) assert.doesNotThrow(() => new RegExp(source), source);
});

test('setting keywords, actions and reserved words are highlighted', () => {
  for (const word of ['version', 'owner', 'tier', 'id', 'mode', 'model', 'prompt', 'timeout', 'sample', 'sla',
    'cooldown', 'fallback', 'tools', 'approval', 'task', 'writes', 'blocking']) {
    assert.strictEqual(scopeOf(word), 'keyword.other.setting.airs', word);
  }
  for (const word of ['block', 'flag', 'allow', 'halt', 'escalate', 'redact']) {
    assert.strictEqual(scopeOf(word), 'keyword.control.action.airs', word);
  }
  for (const word of ['and', 'or', 'not', 'matches', 'contains', 'in']) {
    assert.strictEqual(scopeOf(word), 'keyword.operator.word.airs', word);
  }
  assert.strictEqual(scopeOf('guarded'), undefined);
});

test('any and all are quantifiers only before a name and `in`', () => {
  const quantifier = grammar.repository.keywords.patterns.find((p) => p.name === 'keyword.operator.quantifier.airs');
  const re = new RegExp(quantifier.match);
  assert.ok(re.test('any doc in retrieval.docs: injection.found(doc)'));
  assert.ok(re.test('all n in [1, 2]: n > -1'));
  assert.ok(!re.test('enforce all'));
  assert.ok(!re.test('review all outputs'));
});

test('numbers take units and reject other suffixes', () => {
  const [withUnit, badSuffix, plain] = grammar.repository.numbers.patterns.map((p) => new RegExp(p.match));
  for (const literal of ['10%', '2.5%', '1500ms', '5m', '4h', '1d', '30s']) assert.ok(withUnit.test(literal), literal);
  assert.ok(badSuffix.test('10kb'));
  assert.ok(plain.test('0.8'));
});

test('a regex literal does not start a comment and vice versa', () => {
  // Anchored: in the editor the comment rule matches first at the same position.
  const regexBegin = new RegExp(`^${grammar.repository.regexes.begin}`);
  assert.ok(regexBegin.test('/ignore (all|any) instructions/i'));
  assert.ok(!regexBegin.test('// a comment'));
  assert.ok(!regexBegin.test('/* a comment */'));
});
