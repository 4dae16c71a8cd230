// Every snippet expands (with its defaults) to text the real Remedy parser accepts in
// the place the snippet is meant for, and its choices are names the compiler knows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from './helpers/antlr.mjs';
import { expandSnippet } from './helpers/snippets.mjs';
import { extensionRoot, repoRoot, tokenize, dump } from './helpers/textmate.mjs';

const snippets = JSON.parse(readFileSync(join(extensionRoot, 'snippets', 'remedy.json'), 'utf8'));

// Where each snippet is inserted, as a wrapper around its expansion.
const topLevel = (s) => s;
const inPlaybook = (s) => `playbook p {\n${s}\n}`;
const inChoose = (s) => `playbook p {\nchoose remedy by thompson {\n${s}\n}\n}`;
const inStep = (s) => `playbook p {\nstep s {\n${s}\n}\n}`;
const contexts = {
  Module: topLevel,
  Playbook: topLevel,
  Action: topLevel,
  'Irreversible action': topLevel,
  Query: topLevel,
  Resource: topLevel,
  Simulation: topLevel,
  Step: inPlaybook,
  Verify: inPlaybook,
  Choose: inPlaybook,
  'Blast radius': inPlaybook,
  'Circuit breaker': inPlaybook,
  Promote: inPlaybook,
  Option: inChoose,
  For: inStep,
  If: inStep,
  Require: inStep,
};

const languageNames = readFileSync(join(repoRoot, 'src', 'Remedy.Syntax', 'Language', 'LanguageNames.cs'), 'utf8');
const names = (property) => [...new RegExp(`\\b${property}\\s*\\{\\s*get;\\s*\\}\\s*=\\s*\\[([^\\]]*)\\]`).exec(languageNames)[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);

describe('snippets', () => {
  it('offers the snippets the issue asks for', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const p of ['playbook', 'action', 'query', 'resource', 'step', 'verify', 'choose', 'option', 'simulation', 'blast_radius', 'circuit_breaker']) {
      assert.ok(prefixes.includes(p), `no snippet with prefix ${p}`);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  it('are well-formed: prefix, body and description', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.equal(typeof s.prefix, 'string', name);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l) => typeof l === 'string')), name);
      assert.ok(typeof s.description === 'string' && s.description.length > 10, name);
      assert.ok(name in contexts, `snippet '${name}' needs a parse context in this test`);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`'${name}' expands to valid Remedy`, async () => {
      const { text, tabstops } = expandSnippet(snippet.body);
      assert.ok(tabstops.size >= 1, 'has at least one tab stop');
      const source = contexts[name](text);
      const { errors } = await parse(source);
      assert.deepEqual(errors, [], `\n${source}`);
      const invalid = (await tokenize(source)).filter((t) => t.scopes.some((sc) => sc.startsWith('invalid.')));
      assert.deepEqual(invalid, [], dump(invalid));
    });
  }

  it('offer only autonomy levels, effects, risks and policies the compiler knows', () => {
    const allowed = {
      autonomy: names('AutonomyLevels'),
      'promote to': names('AutonomyLevels'),
      effect: names('Effects'),
      risk: names('Risks'),
      'choose remedy by': names('Policies'),
    };
    let checked = 0;
    for (const [name, s] of Object.entries(snippets)) {
      const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      for (const m of body.matchAll(/(autonomy|promote to|effect|risk|choose remedy by) \$\{\d+\|([^|]*)\|\}/g)) {
        const options = m[2].split(',');
        const unknown = options.filter((o) => !allowed[m[1]].includes(o));
        assert.deepEqual(unknown, [], `${name}: '${m[1]}' offers unknown names`);
        checked += 1;
      }
    }
    assert.ok(checked >= 6, `only ${checked} choices checked`);
  });

  it('the parse check rejects broken text (it is not vacuous)', async () => {
    const { errors } = await parse(inPlaybook('verify within {\n}'));
    assert.ok(errors.length > 0);
  });

  it('expander: defaults, choices, mirrors and escapes', () => {
    const { text, choices } = expandSnippet(['a ${1:x} ${2|p,q|} $1 \\$ ${3:${4:in}ner} $0']);
    assert.equal(text, 'a x p x $ inner ');
    assert.deepEqual(choices, [{ tabstop: '2', options: ['p', 'q'] }]);
  });
});
