// The TextMate grammar and the ANTLR lexer must not drift apart: every keyword of
// grammar/RemedyLexer.g4 is coloured as a keyword of its group, and the TextMate
// grammar knows no keyword the lexer does not. The enumerations (autonomy levels,
// effects, risks, policies, duration units) are compared with the compiler's list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import { loadAntlr, lexerGrammarPath } from './helpers/antlr.mjs';
import { grammarPath, innermost, repoRoot, tokenize } from './helpers/textmate.mjs';

/** Parses `NAME : 'word';` lines of the lexer, with the `// ---- keywords: <section>` they sit under. */
export function lexerKeywords(source) {
  const keywords = [];
  let section;
  for (const line of source.split(/\r?\n/)) {
    const heading = /^\/\/\s*-+\s*(.+?)\s*-*\s*$/.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    const rule = /^\s*([A-Z][A-Z0-9_]*)\s*:\s*'([A-Za-z_][A-Za-z0-9_]*)'\s*;/.exec(line);
    if (rule) keywords.push({ token: rule[1], word: rule[2], section });
  }
  return keywords;
}

// Which TextMate scope each section of the lexer's keywords gets.
const sectionScopes = {
  'keywords: declarations': () => 'keyword.declaration.remedy',
  'keywords: action and query clauses': () => 'keyword.other.clause.remedy',
  'keywords: playbook settings': () => 'keyword.other.setting.remedy',
  'keywords: steps and statements': () => 'keyword.control.statement.remedy',
  'keywords: simulations': () => 'keyword.other.simulation.remedy',
  'keywords: expressions': (word) => ({
    where: 'keyword.control.pipeline.remedy',
    take: 'keyword.control.pipeline.remedy',
    sort: 'keyword.control.pipeline.remedy',
    desc: 'keyword.control.pipeline.remedy',
    asc: 'keyword.control.pipeline.remedy',
    map: 'keyword.control.pipeline.remedy',
    all: 'keyword.operator.expression.quantifier.remedy',
    any: 'keyword.operator.expression.quantifier.remedy',
    and: 'keyword.operator.expression.logical.remedy',
    or: 'keyword.operator.expression.logical.remedy',
    not: 'keyword.operator.expression.logical.remedy',
    true: 'constant.language.boolean.remedy',
    false: 'constant.language.boolean.remedy',
  })[word] ?? `an expression keyword scope for '${word}' (add it to this test's table)`,
};

const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));

/** The words of the grammar's keyword rules (`\b(?:a|b|c)\b`), by repository key. */
function grammarKeywordRules() {
  const rules = {};
  for (const [key, rule] of Object.entries(grammar.repository)) {
    if (!key.startsWith('keywords-') && key !== 'constants-boolean') continue;
    const m = /^\\b\(\?:([a-z_|]+)\)\\b$/.exec(rule.match);
    assert.ok(m, `repository.${key}.match should be \\b(?:word|word)\\b, is ${rule.match}`);
    rules[key] = { scope: rule.name, words: m[1].split('|') };
  }
  return rules;
}

describe('keywords: ANTLR lexer vs TextMate grammar', () => {
  const keywords = lexerKeywords(readFileSync(lexerGrammarPath, 'utf8'));

  it('finds the keyword list in grammar/RemedyLexer.g4', () => {
    assert.ok(keywords.length >= 80, `only ${keywords.length} keywords parsed`);
    assert.ok(keywords.every((k) => k.section?.startsWith('keywords: ')), keywords.filter((k) => !k.section?.startsWith('keywords: ')).map((k) => `${k.token} in ${k.section}`).join(', '));
    assert.equal(new Set(keywords.map((k) => k.word)).size, keywords.length, 'no duplicate keywords');
  });

  it('parses the same keyword set as the generated ANTLR lexer', async () => {
    const { RemedyLexer } = await loadAntlr();
    const generated = RemedyLexer.literalNames
      .filter((l) => l && /^'[A-Za-z_][A-Za-z0-9_]*'$/.test(l))
      .map((l) => l.slice(1, -1))
      .sort();
    assert.deepEqual(keywords.map((k) => k.word).sort(), generated);
  });

  it('maps every keyword section of the lexer to a scope group', () => {
    const unknown = [...new Set(keywords.map((k) => k.section))].filter((s) => !(s in sectionScopes));
    assert.deepEqual(unknown, [], 'a new keyword section in the lexer needs a scope group in the TextMate grammar and in this test');
  });

  for (const [context, wrap] of [
    ['alone on a line', (w) => ({ text: w, line: 0 })],
    ['followed by a name', (w) => ({ text: `${w} x`, line: 0 })],
    ['inside a playbook body', (w) => ({ text: `playbook p {\n    ${w}\n}`, line: 1 })],
    ['inside a step after a semicolon', (w) => ({ text: `playbook p {\n    step s { wait 1s; ${w} }\n}`, line: 1 })],
  ]) {
    it(`colours every lexer keyword as a keyword of its group (${context})`, async () => {
      const wrong = [];
      for (const k of keywords) {
        const { text, line } = wrap(k.word);
        const token = (await tokenize(text)).find((t) => t.line === line && t.text === k.word);
        const expected = sectionScopes[k.section]?.(k.word);
        const actual = token ? innermost(token) : 'no token';
        if (actual !== expected) wrong.push(`${k.word} (${k.section}): ${actual}, expected ${expected}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('knows no keyword the lexer does not, and puts each in its lexer group', () => {
    const byWord = new Map(keywords.map((k) => [k.word, k]));
    const problems = [];
    const seen = new Set();
    for (const [key, { scope, words }] of Object.entries(grammarKeywordRules())) {
      for (const word of words) {
        seen.add(word);
        const k = byWord.get(word);
        if (!k) problems.push(`${key}: '${word}' is not a keyword of RemedyLexer.g4`);
        else if (sectionScopes[k.section]?.(word) !== scope) problems.push(`${key}: '${word}' has ${scope}, its lexer section '${k.section}' wants ${sectionScopes[k.section]?.(word)}`);
      }
    }
    for (const k of keywords) if (!seen.has(k.word)) problems.push(`'${k.word}' is in no keyword rule of the TextMate grammar`);
    assert.deepEqual(problems, []);
  });

  it('colours every keyword after a dot as a member, since members may use any word', async () => {
    const wrong = [];
    for (const k of keywords) {
      const tokens = await tokenize(`prom.${k.word} + x.${k.word}(1)`);
      const [property, method] = tokens.filter((t) => t.text === k.word);
      if (innermost(property) !== 'variable.other.property.remedy') wrong.push(`.${k.word}: ${innermost(property)}`);
      if (innermost(method) !== 'entity.name.function.member.remedy') wrong.push(`.${k.word}(: ${innermost(method)}`);
    }
    assert.deepEqual(wrong, []);
  });
});

describe('enumerations: compiler names vs TextMate grammar', () => {
  const source = readFileSync(join(repoRoot, 'src', 'Remedy.Syntax', 'Language', 'LanguageNames.cs'), 'utf8');
  /** Reads `Name { get; } = ["a", "b"];` from LanguageNames.cs. */
  const names = (property) => {
    const m = new RegExp(`\\b${property}\\s*\\{\\s*get;\\s*\\}\\s*=\\s*\\[([^\\]]*)\\]`).exec(source);
    assert.ok(m, `LanguageNames.${property} not found`);
    return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
  };
  /** The alternatives of the last group in a repository rule's match. */
  const grammarAlternatives = (key) => {
    const groups = [...grammar.repository[key].match.matchAll(/\(((?:[a-z_]+\|)+[a-z_]+)\)/g)];
    return groups[groups.length - 1][1].split('|');
  };
  let check;
  before(() => {
    check = async (text, word, scope) => {
      const token = (await tokenize(text)).find((t) => t.text === word);
      return token && innermost(token) === scope ? [] : [`${text}: ${token ? innermost(token) : 'no token'}`];
    };
  });

  const cases = [
    ['AutonomyLevels', 'autonomy-setting', (w) => `autonomy ${w}`, 'constant.language.autonomy.remedy'],
    ['AutonomyLevels', 'promote-setting', (w) => `promote to ${w} after 20 runs`, 'constant.language.autonomy.remedy'],
    ['Effects', 'effect-clause', (w) => `effect ${w}`, 'constant.language.effect.remedy'],
    ['Risks', 'risk-clause', (w) => `risk ${w}`, 'constant.language.risk.remedy'],
    ['Policies', 'choose-statement', (w) => `choose remedy by ${w} {`, 'constant.language.policy.remedy'],
  ];
  for (const [property, key, text, scope] of cases) {
    it(`colours LanguageNames.${property} as ${scope} in '${text('…')}'`, async () => {
      const words = names(property);
      assert.ok(words.length >= 3);
      assert.deepEqual([...grammarAlternatives(key)].sort(), [...words].sort(), `repository.${key} lists other names than the compiler`);
      const wrong = [];
      for (const w of words) wrong.push(...(await check(text(w), w, scope)));
      assert.deepEqual(wrong, []);
      // The same words elsewhere are ordinary names.
      const plain = (await tokenize(`let v = ${words[0]}`)).find((t) => t.text === words[0]);
      assert.equal(innermost(plain), 'variable.other.readwrite.remedy');
    });
  }

  it('colours every duration unit of LanguageNames.DurationUnits, and no other', async () => {
    const units = names('DurationUnits');
    const wrong = [];
    for (const unit of units) wrong.push(...(await check(`wait 5${unit}`, unit, 'keyword.other.unit.duration.remedy')));
    assert.deepEqual(wrong, []);
    for (const bad of ['5x', '5sec', '5M', '1_']) {
      const token = (await tokenize(`wait ${bad}`)).find((t) => t.text === bad);
      assert.equal(token && innermost(token), 'invalid.illegal.duration-unit.remedy', bad);
    }
  });
});
