// Differential test: every .remedy file of the repository (syntax test cases, the
// standard library, the examples) and the fixtures are lexed and parsed with the real
// ANTLR grammar, and each token must be coloured as what the parser says it is: keywords
// as keywords unless the parser used them as a name, identifiers never as keywords,
// literals, comments, operators and punctuation with their scopes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { compareWithLexer } from './helpers/agreement.mjs';
import { extensionRoot, repoRoot } from './helpers/textmate.mjs';

const folders = [
  join(repoRoot, 'tests', 'Remedy.Syntax.Tests', 'Cases', 'Valid'),
  join(repoRoot, 'stdlib'),
  join(repoRoot, 'examples'),
];
// The repository's files are written by others and may use a clause keyword as a
// variable, which no TextMate grammar can tell (see compareWithLexer); the extension's
// own fixtures are held to the strict comparison.
const files = [
  ...folders.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.remedy')).sort().map((f) => ({ path: join(d, f), strict: false }))),
  ...['all_constructs.remedy', 'screenshot.remedy'].map((f) => ({ path: join(extensionRoot, 'test', 'fixtures', f), strict: true })),
];

describe('TextMate grammar agrees with the ANTLR lexer and parser', () => {
  it('has sample files from the repository to compare', () => {
    const fromCases = files.filter((f) => f.path.includes(join('Cases', 'Valid')));
    assert.ok(fromCases.length >= 4, `expected the syntax test cases, found ${fromCases.length}`);
  });

  for (const { path, strict } of files) {
    it(`${relative(repoRoot, path)}${strict ? ' (strict)' : ''}`, async (t) => {
      const { problems, tolerated, checked } = await compareWithLexer(readFileSync(path, 'utf8'), { tolerateContextualKeywords: !strict });
      assert.deepEqual(problems, []);
      assert.ok(checked > 20, `only ${checked} tokens compared`);
      for (const note of tolerated) t.diagnostic(`known limitation: ${note}`);
    });
  }

  it('reports a disagreement when there is one (the comparison is not vacuous)', async () => {
    // `target` is a contextual keyword; used as a variable in an expression, the
    // TextMate grammar (which has no parser) still colours it as a keyword. Semantic
    // tokens from the language server correct this in the editor.
    const text = 'playbook p {\n    let target = 1\n    let y = target + 2\n}\n';
    const strict = await compareWithLexer(text);
    assert.equal(strict.problems.length, 1);
    assert.match(strict.problems[0], /^3:12 TARGET "target" \(in identifier\): used as a name but coloured as a keyword/);
    const lenient = await compareWithLexer(text, { tolerateContextualKeywords: true });
    assert.deepEqual(lenient.problems, []);
    assert.equal(lenient.tolerated.length, 1);
    // A keyword used as a keyword is never tolerated when coloured otherwise: here the
    // parser reads `scope` as the clause and the TextMate grammar agrees.
    const clause = await compareWithLexer('playbook p { blast_radius { scope namespace "a" } }', { tolerateContextualKeywords: true });
    assert.deepEqual(clause.problems, []);
    assert.deepEqual(clause.tolerated, []);
  });
});
