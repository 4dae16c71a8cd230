// Tokenizes the fixture files with the real TextMate engine and asserts the scope of
// each interesting token.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import { dump, extensionRoot, findToken, innermost, tokenize } from './helpers/textmate.mjs';

const fixture = (name) => readFileSync(join(extensionRoot, 'test', 'fixtures', name), 'utf8');

/**
 * Each expectation: [line (1-based), token text, innermost scope, occurrence on the line
 * (0-based, default 0), a scope that must also be on the stack (optional)].
 */
function check(tokens, expectations) {
  for (const [line, text, scope, occurrence = 0, enclosing] of expectations) {
    const token = findToken(tokens, text, { line: line - 1, occurrence });
    assert.equal(innermost(token), scope, `line ${line} ${JSON.stringify(text)}#${occurrence}: ${token.scopes.join(' ')}`);
    if (enclosing) assert.ok(token.scopes.includes(enclosing), `line ${line} ${JSON.stringify(text)} should be inside ${enclosing}: ${token.scopes.join(' ')}`);
  }
}

describe('TextMate grammar: all_constructs.remedy', () => {
  let tokens;
  before(async () => {
    tokens = await tokenize(fixture('all_constructs.remedy'));
  });

  it('colours comments and doc comments', () => {
    check(tokens, [
      [1, '//', 'punctuation.definition.comment.remedy'],
      [1, ' Every construct of Remedy.Lang in one file (the grammar tests assert its scopes).', 'comment.line.double-slash.remedy'],
      [6, '/*', 'punctuation.definition.comment.begin.remedy'],
      [6, ' A block comment', 'comment.block.remedy'],
      [7, '   over two lines. ', 'comment.block.remedy'],
      [7, '*/', 'punctuation.definition.comment.end.remedy'],
      [9, '///', 'punctuation.definition.comment.remedy', 0, 'comment.line.documentation.remedy'],
      [9, ' A Kubernetes deployment with ', 'comment.line.documentation.remedy'],
      [9, '`replicas`', 'markup.inline.raw.remedy', 0, 'comment.line.documentation.remedy'],
    ]);
  });

  it('colours module and import declarations', () => {
    check(tokens, [
      [2, 'module', 'keyword.declaration.remedy'],
      [2, 'payments', 'entity.name.namespace.remedy'],
      [2, '.', 'punctuation.accessor.remedy'],
      [2, 'checkout', 'entity.name.namespace.remedy'],
      [3, 'import', 'keyword.declaration.remedy'],
      [3, 'k8s', 'entity.name.namespace.remedy'],
      [4, 'as', 'keyword.declaration.remedy'],
      [4, 'prom', 'entity.name.namespace.alias.remedy'],
    ]);
  });

  it('colours resources, fields and types', () => {
    check(tokens, [
      [10, 'resource', 'keyword.declaration.remedy'],
      [10, 'Deployment', 'entity.name.type.resource.remedy'],
      [11, 'name', 'variable.other.property.declaration.remedy', 0, 'meta.resource.remedy'],
      [11, 'string', 'support.type.primitive.remedy'],
      [12, 'map', 'support.type.builtin.remedy'],
      [12, '<', 'punctuation.definition.typeparameters.begin.remedy'],
      [12, 'list', 'support.type.builtin.remedy'],
      [12, ',', 'punctuation.separator.comma.remedy', 0, 'meta.type.arguments.remedy'],
      [12, '>', 'punctuation.definition.typeparameters.end.remedy', 1],
      [13, 'Team', 'entity.name.type.remedy'],
      [13, '?', 'keyword.operator.optional.remedy'],
      [14, 'ready', 'variable.other.property.declaration.remedy'],
      [14, ';', 'punctuation.terminator.statement.remedy'],
      [14, 'age', 'variable.other.property.declaration.remedy'],
      [14, 'duration', 'support.type.primitive.remedy'],
      [14, 'share', 'variable.other.property.declaration.remedy'],
      [14, 'percent', 'support.type.primitive.remedy'],
    ]);
  });

  it('colours actions: parameters, defaults, effects, risks and clauses', () => {
    check(tokens, [
      [18, 'action', 'keyword.declaration.remedy'],
      [18, 'scale', 'entity.name.function.action.remedy'],
      [18, 'deployment', 'variable.parameter.remedy', 0, 'meta.parameters.remedy'],
      [18, 'Deployment', 'entity.name.type.remedy'],
      [18, 'int', 'support.type.primitive.remedy'],
      [18, '=', 'keyword.operator.assignment.remedy', 0, 'meta.parameter.default.remedy'],
      [18, '1', 'constant.numeric.integer.remedy', 0, 'meta.parameter.default.remedy'],
      [19, 'effect', 'keyword.other.clause.remedy'],
      [19, 'mutating', 'constant.language.effect.remedy'],
      [20, 'risk', 'keyword.other.clause.remedy'],
      [20, 'high', 'constant.language.risk.remedy'],
      [21, 'capture', 'keyword.other.clause.remedy'],
      [21, 'previous', 'entity.name.variable.capture.remedy'],
      [21, 'deployment', 'variable.other.object.remedy'],
      [21, 'replicas', 'variable.other.property.remedy'],
      [22, 'rollback', 'keyword.other.clause.remedy'],
      [22, 'scale', 'entity.name.function.call.remedy'],
      [23, 'timeout', 'keyword.other.clause.remedy'],
      [24, 'provider', 'keyword.other.clause.remedy'],
      [24, 'k8s.scale', 'string.quoted.double.remedy'],
      [27, 'destructive', 'constant.language.effect.remedy'],
      [27, 'critical', 'constant.language.risk.remedy'],
      [27, 'irreversible', 'keyword.other.clause.remedy'],
    ]);
  });

  it('colours queries and return types', () => {
    check(tokens, [
      [29, 'query', 'keyword.declaration.remedy'],
      [29, 'slow_pods', 'entity.name.function.query.remedy'],
      [29, '->', 'keyword.operator.arrow.remedy', 0, 'meta.return-type.remedy'],
      [29, 'list', 'support.type.builtin.remedy', 0, 'meta.return-type.remedy'],
      [29, 'k8s', 'entity.name.namespace.remedy'],
      [29, 'Pod', 'entity.name.type.remedy'],
      [32, 'max_results', 'keyword.other.clause.remedy'],
      [32, '500', 'constant.numeric.integer.remedy'],
    ]);
  });

  it('colours playbook settings and their constants', () => {
    check(tokens, [
      [35, 'playbook', 'keyword.declaration.remedy'],
      [35, 'checkout_recovery', 'entity.name.function.playbook.remedy'],
      [36, 'trigger', 'keyword.other.setting.remedy'],
      [36, 'alert', 'keyword.other.setting.remedy'],
      [36, 'where', 'keyword.control.pipeline.remedy'],
      [36, 'alert', 'variable.language.alert.remedy', 1],
      [36, 'and', 'keyword.operator.expression.logical.remedy'],
      [36, 'not', 'keyword.operator.expression.logical.remedy'],
      [37, 'autonomy', 'keyword.other.setting.remedy'],
      [37, 'suggest', 'constant.language.autonomy.remedy'],
      [38, 'promote', 'keyword.other.setting.remedy'],
      [38, 'to', 'keyword.other.setting.remedy'],
      [38, 'autonomous', 'constant.language.autonomy.remedy'],
      [38, 'after', 'keyword.other.setting.remedy'],
      [38, 'runs', 'keyword.other.setting.remedy'],
      [38, 'when', 'keyword.other.setting.remedy'],
      [38, '>=', 'keyword.operator.comparison.remedy'],
      [39, 'blast_radius', 'keyword.other.setting.remedy'],
      [39, 'max_targets', 'keyword.other.setting.remedy'],
      [39, 'max_percent', 'keyword.other.setting.remedy'],
      [39, 'scope', 'keyword.other.setting.remedy'],
      [39, 'namespace', 'variable.other.property.remedy'],
      [40, 'circuit_breaker', 'keyword.other.setting.remedy'],
      [40, 'trip', 'keyword.other.setting.remedy'],
      [40, 'failures', 'keyword.other.setting.remedy'],
      [40, 'within', 'keyword.other.setting.remedy'],
      [40, 'cooldown', 'keyword.other.setting.remedy'],
      [41, 'rate_limit', 'keyword.other.setting.remedy'],
      [41, 'per', 'keyword.other.setting.remedy'],
      [42, 'target', 'keyword.other.setting.remedy'],
      [45, 'priority', 'keyword.other.setting.remedy'],
      [44, 'approvers', 'keyword.other.setting.remedy'],
    ]);
  });

  it('colours durations, percents and numbers', () => {
    check(tokens, [
      [38, '95', 'constant.numeric.percent.remedy'],
      [38, '%', 'keyword.other.unit.percent.remedy', 0, 'constant.numeric.percent.remedy'],
      [40, '1', 'constant.numeric.duration.remedy'],
      [40, 'h', 'keyword.other.unit.duration.remedy', 0, 'constant.numeric.duration.remedy'],
      [42, '15', 'constant.numeric.duration.remedy'],
      [42, 'm', 'keyword.other.unit.duration.remedy'],
      [43, '1_000', 'constant.numeric.duration.remedy'],
      [43, 'ms', 'keyword.other.unit.duration.remedy'],
      [52, '1.5', 'constant.numeric.decimal.remedy'],
      [44, '2', 'constant.numeric.integer.remedy'],
      [83, '5.5', 'constant.numeric.percent.remedy'],
      [75, '1', 'constant.numeric.duration.remedy'],
      [75, 'd', 'keyword.other.unit.duration.remedy'],
    ]);
  });

  it('colours let statements and pipelines', () => {
    check(tokens, [
      [47, 'let', 'keyword.control.statement.remedy'],
      [47, 'pods', 'entity.name.variable.let.remedy'],
      [47, 'k8s', 'variable.other.object.remedy'],
      [47, 'pods', 'entity.name.function.member.remedy', 1],
      [47, 'namespace', 'variable.parameter.named.remedy'],
      [48, '|', 'keyword.operator.pipe.remedy'],
      [48, 'where', 'keyword.control.pipeline.remedy'],
      [48, 'it', 'variable.language.it.remedy'],
      [48, 'false', 'constant.language.boolean.remedy'],
      [49, 'sort', 'keyword.control.pipeline.remedy'],
      [49, 'by', 'keyword.control.pipeline.remedy'],
      [49, 'desc', 'keyword.control.pipeline.remedy'],
      [50, 'take', 'keyword.control.pipeline.remedy'],
      [51, 'map', 'keyword.control.pipeline.remedy'],
      [52, 'threshold', 'entity.name.variable.let.remedy', 0, 'meta.let.remedy'],
      [52, 'number', 'support.type.primitive.remedy'],
    ]);
  });

  it('colours strings, escapes and ${} interpolation with embedded expression scopes', () => {
    check(tokens, [
      [54, '"', 'punctuation.definition.string.begin.remedy'],
      [54, 'Restart ', 'string.quoted.double.remedy'],
      [54, '${', 'punctuation.section.embedded.begin.remedy', 0, 'meta.interpolation.remedy'],
      [54, 'count', 'support.function.builtin.remedy', 0, 'meta.embedded.line.remedy'],
      [54, 'pods', 'variable.other.readwrite.remedy', 0, 'meta.embedded.line.remedy'],
      [54, '}', 'punctuation.section.embedded.end.remedy'],
      [54, '\\"', 'constant.character.escape.remedy'],
      [54, 'pods', 'variable.other.readwrite.remedy', 1, 'meta.interpolation.remedy'],
      [54, '0', 'constant.numeric.integer.remedy', 0, 'meta.embedded.line.remedy'],
      [54, 'name', 'variable.other.property.remedy', 0, 'meta.embedded.line.remedy'],
      // A string inside an interpolation inside a string.
      [66, 'team', 'string.quoted.double.remedy', 0, 'meta.embedded.line.remedy'],
      [66, '-oncall', 'string.quoted.double.remedy'],
    ]);
    const outerStringEnd = findToken(tokens, '"', { line: 53, occurrence: 1 });
    assert.equal(innermost(outerStringEnd), 'punctuation.definition.string.end.remedy');
    assert.ok(!outerStringEnd.scopes.includes('meta.interpolation.remedy'), 'the closing quote is outside the interpolation');
    const embedded = findToken(tokens, 'count', { line: 53 });
    assert.deepEqual(embedded.scopes.slice(1, 4), ['string.quoted.double.remedy', 'meta.interpolation.remedy', 'meta.embedded.line.remedy']);
  });

  it('colours steps, loops, conditions and statements', () => {
    check(tokens, [
      [54, 'step', 'keyword.control.statement.remedy'],
      [54, 'restart', 'entity.name.function.step.remedy'],
      [55, 'for', 'keyword.control.statement.remedy'],
      [55, 'pod', 'entity.name.variable.loop.remedy'],
      [55, 'in', 'keyword.control.statement.remedy'],
      [55, 'batch', 'keyword.control.statement.remedy'],
      [55, 'pause', 'keyword.control.statement.remedy'],
      [56, 'restart_pod', 'entity.name.function.member.remedy'],
      [58, 'if', 'keyword.control.statement.remedy'],
      [58, 'all', 'keyword.operator.expression.quantifier.remedy', 0, 'meta.quantifier.remedy'],
      [58, 'p', 'entity.name.variable.quantifier.remedy'],
      [58, ':', 'punctuation.separator.quantifier.remedy'],
      [58, 'wait', 'keyword.control.statement.remedy'],
      [58, 'else', 'keyword.control.statement.remedy'],
      [58, 'any', 'keyword.operator.expression.quantifier.remedy'],
      [58, 'abort', 'keyword.control.statement.remedy'],
      [58, 'notify', 'keyword.control.statement.remedy'],
      [59, 'require', 'keyword.control.statement.remedy'],
      [59, '<=', 'keyword.operator.comparison.remedy'],
      [60, 'retry', 'keyword.control.statement.remedy'],
      [60, 'backoff', 'keyword.control.statement.remedy'],
      [65, 'choose', 'keyword.control.statement.remedy'],
      [65, 'remedy', 'keyword.control.statement.remedy'],
      [65, 'by', 'keyword.control.statement.remedy'],
      [65, 'ucb', 'constant.language.policy.remedy'],
      [65, 'features', 'keyword.control.statement.remedy'],
      [66, 'option', 'keyword.control.statement.remedy'],
      [66, 'restart_all', 'entity.name.function.option.remedy'],
      [66, 'escalate', 'keyword.control.statement.remedy'],
      [70, 'verify', 'keyword.control.statement.remedy'],
      [70, 'every', 'keyword.control.statement.remedy'],
      [71, 'prom', 'variable.other.object.remedy'],
      [71, 'query', 'entity.name.function.member.remedy'],
      [71, '<', 'keyword.operator.comparison.remedy'],
      [71, '*', 'keyword.operator.arithmetic.remedy'],
      [71, '-', 'keyword.operator.arithmetic.remedy'],
      [71, '/', 'keyword.operator.arithmetic.remedy'],
      [71, '+', 'keyword.operator.arithmetic.remedy'],
      [74, 'on', 'keyword.control.statement.remedy'],
      [74, 'failure', 'keyword.control.statement.remedy'],
      [74, 'rollback', 'keyword.other.clause.remedy'],
      [75, 'success', 'keyword.control.statement.remedy'],
    ]);
  });

  it('colours simulations', () => {
    check(tokens, [
      [78, 'simulation', 'keyword.declaration.remedy'],
      [78, 'checkout_lab', 'entity.name.function.simulation.remedy'],
      [78, 'for', 'keyword.control.statement.remedy'],
      [78, 'checkout_recovery', 'entity.name.function.playbook.remedy'],
      [79, 'incidents', 'keyword.other.simulation.remedy'],
      [80, 'seed', 'keyword.other.simulation.remedy'],
      [81, 'population', 'keyword.other.simulation.remedy'],
      [81, 'pods', 'entity.name.function.query.remedy'],
      [81, '12', 'constant.numeric.integer.remedy'],
      [81, 'of', 'keyword.other.simulation.remedy'],
      [81, 'Pod', 'entity.name.type.remedy'],
      [81, 'ready', 'variable.parameter.named.remedy'],
      [81, 'uniform', 'support.function.builtin.remedy'],
      [82, 'outcome', 'keyword.other.simulation.remedy'],
      [82, 'restart_all', 'entity.name.function.option.remedy'],
      [82, 'success', 'keyword.control.statement.remedy'],
      [82, 'recovery', 'keyword.other.simulation.remedy'],
      [83, 'when', 'keyword.other.setting.remedy'],
      [83, '!=', 'keyword.operator.comparison.remedy'],
    ]);
  });

  it('leaves no text unscoped and nothing marked invalid in a valid file', () => {
    const bare = tokens.filter((t) => t.text.trim() !== '' && t.scopes.length === 1);
    assert.deepEqual(bare.map((t) => `${t.line + 1}:${t.start} ${t.text}`), []);
    const invalid = tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid.')));
    assert.equal(invalid.length, 0, dump(invalid));
  });
});

describe('TextMate grammar: edge_cases.remedy', () => {
  let tokens;
  before(async () => {
    tokens = await tokenize(fixture('edge_cases.remedy'));
  });

  it('colours keywords used as names (declarations, parameters, named arguments, members)', () => {
    check(tokens, [
      [2, 'notify', 'entity.name.function.action.remedy'],
      [2, 'timeout', 'variable.parameter.remedy'],
      [4, 'query', 'entity.name.function.member.remedy'],
      [4, 'timeout', 'variable.parameter.named.remedy'],
      [4, 'step', 'variable.parameter.named.remedy'],
      [4, 'alert', 'variable.parameter.named.remedy'],
      [4, 'timeout', 'variable.other.property.remedy', 1],
      [5, 'verify', 'entity.name.function.step.remedy'],
    ]);
  });

  it('does not colour unknown names as autonomy levels or effects', () => {
    check(tokens, [
      [6, 'autonomy', 'keyword.other.setting.remedy'],
      [6, 'fully', 'variable.other.readwrite.remedy'],
      [7, 'unknown', 'variable.other.readwrite.remedy'],
    ]);
  });

  it('marks what the lexer rejects: bad duration units and stray characters', () => {
    check(tokens, [
      [5, '5x', 'invalid.illegal.duration-unit.remedy'],
      [11, '@', 'invalid.illegal.character.remedy'],
      [11, "'", 'invalid.illegal.character.remedy'],
      [11, '!', 'invalid.illegal.character.remedy'],
      [12, '1_000.2_5', 'constant.numeric.decimal.remedy'],
      [12, '0.5', 'constant.numeric.duration.remedy'],
      [12, '10', 'constant.numeric.duration.remedy'],
    ]);
  });

  it('ends an unterminated string at the end of its line', () => {
    check(tokens, [
      [8, 'open string', 'string.quoted.double.remedy'],
      [9, 'let', 'keyword.control.statement.remedy'],
      [9, 'after_error', 'entity.name.variable.let.remedy'],
    ]);
  });

  it('handles braces, strings and nested interpolations inside ${}', () => {
    check(tokens, [
      [10, '{', 'punctuation.section.braces.begin.remedy', 0, 'meta.embedded.line.remedy'],
      [10, 'a', 'string.quoted.double.remedy', 0, 'meta.interpolation.remedy'],
      [10, '}', 'punctuation.section.braces.end.remedy', 0, 'meta.embedded.line.remedy'],
      [10, '}', 'punctuation.section.embedded.end.remedy', 1],
      [10, 'f', 'entity.name.function.call.remedy'],
      [10, 'x', 'variable.other.readwrite.remedy'],
      [10, '\\$', 'constant.character.escape.remedy'],
      [10, '{not} and ', 'string.quoted.double.remedy'],
      [10, '\\\\', 'constant.character.escape.remedy'],
    ]);
    const nested = findToken(tokens, 'x', { line: 9 });
    assert.equal(nested.scopes.filter((s) => s === 'meta.interpolation.remedy').length, 2, 'x sits in two interpolations');
  });

  it('lets an unclosed block comment run to the end of the file, as the lexer does', () => {
    const last = tokens.filter((t) => t.line >= 13);
    assert.ok(last.length > 0);
    for (const t of last) assert.ok(t.scopes.includes('comment.block.remedy'), dump([t]));
  });
});
