// The language configuration's rules, run as VS Code runs them (JavaScript regular
// expressions) on Remedy lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extensionRoot } from './helpers/textmate.mjs';

const config = JSON.parse(readFileSync(join(extensionRoot, 'language-configuration.json'), 'utf8'));

describe('language configuration', () => {
  it('uses // and /* */ comments', () => {
    assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  });

  it('pairs brackets and auto-closes brackets and quotes (not inside strings or comments)', () => {
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
    const pairs = Object.fromEntries(config.autoClosingPairs.map((p) => [p.open, p]));
    for (const [open, close] of [['{', '}'], ['[', ']'], ['(', ')'], ['"', '"']]) assert.equal(pairs[open]?.close, close, open);
    assert.deepEqual(pairs['"'].notIn, ['string', 'comment']);
    assert.ok(config.surroundingPairs.some(([a, b]) => a === '"' && b === '"'));
  });

  it('indents after an opening bracket that stays open, and not otherwise', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    for (const line of ['playbook checkout {', '    step restart "Restart" {', '    blast_radius {   // limits', '    let pods = k8s.pods(', '    features [', '    } else {']) {
      assert.ok(increase.test(line), `should indent after ${JSON.stringify(line)}`);
    }
    for (const line of ['    circuit_breaker { trip after 3 failures within 1h; cooldown 30m }', '    let x = f(1)', '    // a comment {', '    notify "ops" "{"', '    timeout 10m']) {
      assert.ok(!increase.test(line), `should not indent after ${JSON.stringify(line)}`);
    }
    for (const line of ['}', '    }', '    ]', ')']) assert.ok(decrease.test(line), `should outdent ${JSON.stringify(line)}`);
    assert.ok(!decrease.test('    timeout 10m'));
  });

  it('treats durations, percents and snake_case names as single words', () => {
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('wait 500ms; max_percent 25% of 1_000 in 1.5h'.match(word), ['wait', '500ms', 'max_percent', '25%', 'of', '1_000', 'in', '1.5h']);
    assert.deepEqual('alert.labels["service"]'.match(word), ['alert', 'labels', 'service']);
  });

  it('folds // region markers', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('    // region safety limits'));
    assert.ok(start.test('//#region'));
    assert.ok(end.test('    // endregion'));
    assert.ok(!start.test('    let region = 1'));
    assert.ok(!end.test('    // region'));
  });

  it('continues /// doc comments and block comments on Enter', () => {
    const doc = config.onEnterRules.find((r) => new RegExp(r.beforeText).test('    /// Restarts the pods.'));
    assert.equal(doc?.action.appendText, '/// ');
    assert.ok(!new RegExp(doc.beforeText).test('    // plain comment'));
    const block = config.onEnterRules.find((r) => new RegExp(r.beforeText).test('/* starts here') && !r.afterText);
    assert.equal(block?.action.appendText, ' * ');
  });
});
