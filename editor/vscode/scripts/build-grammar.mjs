// Builds syntaxes/remedy.tmLanguage.json. The regular expressions are written here with
// String.raw and shared fragments (identifiers, numbers, the enumerations), which is far
// easier to read and review than escaped JSON. Run `npm run grammar` after editing;
// test/grammar-source.test.mjs fails when the JSON is out of date.
// Keyword groups follow the sections of grammar/RemedyLexer.g4, and
// test/keywords-drift.test.mjs fails when the two disagree.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const R = String.raw;
// IDENTIFIER of the lexer (ASCII only, like the lexer), and dotted names.
const ID = R`[A-Za-z_][A-Za-z0-9_]*`;
const QNAME = R`${ID}(?:\s*\.\s*${ID})*`;
// One keyword group: `\b(?:a|b)\b`. The drift test reads the words back from this form.
const kw = (words, name) => ({ match: R`\b(?:${words.join('|')})\b`, name });
// Names that are not keywords but are coloured as constants where they are written
// (src/Remedy.Syntax/Language/LanguageNames.cs; the drift test compares the lists).
const AUTONOMY = 'observe_only|suggest|supervised|autonomous';
const EFFECTS = 'read_only|mutating|destructive';
const RISKS = 'low|medium|high|critical';
const POLICIES = 'thompson|q_learning|ucb|cases|fixed';
// DIGITS of the lexer: `1_000`; durations and percents take an optional fraction.
const DIGITS = R`\d(?:_?\d)*`;
const NUM = R`${DIGITS}(?:\.${DIGITS})?`;
const qualified = (nameScope) => ({ patterns: [
  { match: ID, name: nameScope },
  { match: R`\.`, name: 'punctuation.accessor.remedy' },
]});

const g = {
  name: 'Remedy',
  scopeName: 'source.remedy',
  fileTypes: ['remedy'],
  patterns: [{ include: '#statements' }],
  repository: {
    statements: { patterns: [
      { include: '#comments' },
      { include: '#module-declaration' },
      { include: '#import-declaration' },
      { include: '#resource-declaration' },
      { include: '#callable-declaration' },
      { include: '#callable-header' },
      { include: '#return-type' },
      { include: '#playbook-declaration' },
      { include: '#simulation-declaration' },
      { include: '#autonomy-setting' },
      { include: '#promote-setting' },
      { include: '#effect-clause' },
      { include: '#risk-clause' },
      { include: '#choose-statement' },
      { include: '#scope-clause' },
      { include: '#step-declaration' },
      { include: '#option-declaration' },
      { include: '#outcome-item' },
      { include: '#population-item' },
      { include: '#capture-clause' },
      { include: '#let-typed' },
      { include: '#let-statement' },
      { include: '#for-statement' },
      { include: '#expression' },
    ]},

    // ---- comments ---------------------------------------------------------
    comments: { patterns: [
      { include: '#doc-comment' },
      { include: '#line-comment' },
      { include: '#block-comment' },
    ]},
    'doc-comment': {
      name: 'comment.line.documentation.remedy',
      begin: '///',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.remedy' } },
      end: R`(?=\n)|$`,
      patterns: [
        { match: '`[^`\\n]*`', name: 'markup.inline.raw.remedy' },
      ],
    },
    'line-comment': {
      name: 'comment.line.double-slash.remedy',
      begin: '//',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.remedy' } },
      end: R`(?=\n)|$`,
    },
    'block-comment': {
      name: 'comment.block.remedy',
      begin: R`/\*`,
      beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.remedy' } },
      end: R`\*/`,
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.remedy' } },
    },

    // ---- declarations -------------------------------------------------------
    'module-declaration': {
      match: R`\b(module)\s+(${QNAME})`,
      captures: {
        1: { name: 'keyword.declaration.remedy' },
        2: qualified('entity.name.namespace.remedy'),
      },
    },
    'import-declaration': {
      match: R`\b(import)\s+(${QNAME})(?:\s+(as)\s+(${ID}))?`,
      captures: {
        1: { name: 'keyword.declaration.remedy' },
        2: qualified('entity.name.namespace.remedy'),
        3: { name: 'keyword.declaration.remedy' },
        4: { name: 'entity.name.namespace.alias.remedy' },
      },
    },
    'resource-declaration': {
      name: 'meta.resource.remedy',
      begin: R`\b(resource)\s+(${ID})\s*(\{)`,
      beginCaptures: {
        1: { name: 'keyword.declaration.remedy' },
        2: { name: 'entity.name.type.resource.remedy' },
        3: { name: 'punctuation.section.braces.begin.remedy' },
      },
      end: R`\}`,
      endCaptures: { 0: { name: 'punctuation.section.braces.end.remedy' } },
      patterns: [
        { include: '#comments' },
        {
          name: 'meta.field.remedy',
          begin: R`(${ID})\s*(:)`,
          beginCaptures: {
            1: { name: 'variable.other.property.declaration.remedy' },
            2: { name: 'punctuation.separator.colon.remedy' },
          },
          end: R`(?=[,;}]|//|/\*)|$`,
          patterns: [{ include: '#type-ref' }],
        },
        { match: ',', name: 'punctuation.separator.comma.remedy' },
        { match: ';', name: 'punctuation.terminator.statement.remedy' },
        { include: '#illegal' },
      ],
    },
    'callable-declaration': {
      name: 'meta.parameters.remedy',
      begin: R`\b(query|action)\s+(${ID})\s*(\()`,
      beginCaptures: {
        1: { name: 'keyword.declaration.remedy' },
        2: { name: 'entity.name.function.$1.remedy' },
        3: { name: 'punctuation.section.parens.begin.remedy' },
      },
      end: R`\)`,
      endCaptures: { 0: { name: 'punctuation.section.parens.end.remedy' } },
      patterns: [
        { include: '#comments' },
        {
          name: 'meta.parameter.remedy',
          begin: R`(${ID})\s*(:)`,
          beginCaptures: {
            1: { name: 'variable.parameter.remedy' },
            2: { name: 'punctuation.separator.colon.remedy' },
          },
          end: R`(?=[,)=])`,
          patterns: [{ include: '#type-ref' }],
        },
        {
          name: 'meta.parameter.default.remedy',
          begin: '=',
          beginCaptures: { 0: { name: 'keyword.operator.assignment.remedy' } },
          end: R`(?=[,)])`,
          patterns: [{ include: '#paren-group' }, { include: '#expression' }],
        },
        { match: ',', name: 'punctuation.separator.comma.remedy' },
        { include: '#illegal' },
      ],
    },
    'callable-header': {
      match: R`\b(query|action)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.declaration.remedy' },
        2: { name: 'entity.name.function.$1.remedy' },
      },
    },
    'return-type': {
      name: 'meta.return-type.remedy',
      begin: '->',
      beginCaptures: { 0: { name: 'keyword.operator.arrow.remedy' } },
      end: R`(?=[{;]|//|/\*)|$`,
      patterns: [{ include: '#type-ref' }],
    },
    'playbook-declaration': {
      match: R`\b(playbook)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.declaration.remedy' },
        2: { name: 'entity.name.function.playbook.remedy' },
      },
    },
    'simulation-declaration': {
      match: R`\b(simulation)\s+(${ID})(?:\s+(for)\s+(${ID}))?`,
      captures: {
        1: { name: 'keyword.declaration.remedy' },
        2: { name: 'entity.name.function.simulation.remedy' },
        3: { name: 'keyword.control.statement.remedy' },
        4: { name: 'entity.name.function.playbook.remedy' },
      },
    },

    // ---- contextual clauses: names and constants in their positions ----------
    'autonomy-setting': {
      match: R`\b(autonomy)\s+(${AUTONOMY})\b`,
      captures: {
        1: { name: 'keyword.other.setting.remedy' },
        2: { name: 'constant.language.autonomy.remedy' },
      },
    },
    'promote-setting': {
      match: R`\b(promote)\s+(to)\s+(${AUTONOMY})\b`,
      captures: {
        1: { name: 'keyword.other.setting.remedy' },
        2: { name: 'keyword.other.setting.remedy' },
        3: { name: 'constant.language.autonomy.remedy' },
      },
    },
    'effect-clause': {
      match: R`\b(effect)\s+(${EFFECTS})\b`,
      captures: {
        1: { name: 'keyword.other.clause.remedy' },
        2: { name: 'constant.language.effect.remedy' },
      },
    },
    'risk-clause': {
      match: R`\b(risk)\s+(${RISKS})\b`,
      captures: {
        1: { name: 'keyword.other.clause.remedy' },
        2: { name: 'constant.language.risk.remedy' },
      },
    },
    'choose-statement': {
      match: R`\b(choose)\s+(remedy)\s+(by)\s+(${POLICIES})\b`,
      captures: {
        1: { name: 'keyword.control.statement.remedy' },
        2: { name: 'keyword.control.statement.remedy' },
        3: { name: 'keyword.control.statement.remedy' },
        4: { name: 'constant.language.policy.remedy' },
      },
    },
    'scope-clause': {
      match: R`\b(scope)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.other.setting.remedy' },
        2: { name: 'variable.other.property.remedy' },
      },
    },
    'step-declaration': {
      match: R`\b(step)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.control.statement.remedy' },
        2: { name: 'entity.name.function.step.remedy' },
      },
    },
    'option-declaration': {
      match: R`\b(option)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.control.statement.remedy' },
        2: { name: 'entity.name.function.option.remedy' },
      },
    },
    'outcome-item': {
      match: R`\b(outcome)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.other.simulation.remedy' },
        2: { name: 'entity.name.function.option.remedy' },
      },
    },
    'population-item': {
      match: R`\b(population)\s+(${ID})(?:\s+(${NUM})\s+(of)\s+(${QNAME}))?`,
      captures: {
        1: { name: 'keyword.other.simulation.remedy' },
        2: { name: 'entity.name.function.query.remedy' },
        3: { name: 'constant.numeric.integer.remedy' },
        4: { name: 'keyword.other.simulation.remedy' },
        5: { patterns: [{ include: '#type-ref' }] },
      },
    },
    'capture-clause': {
      match: R`\b(capture)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.other.clause.remedy' },
        2: { name: 'entity.name.variable.capture.remedy' },
      },
    },
    'let-typed': {
      name: 'meta.let.remedy',
      begin: R`\b(let)\s+(${ID})\s*(:)`,
      beginCaptures: {
        1: { name: 'keyword.control.statement.remedy' },
        2: { name: 'entity.name.variable.let.remedy' },
        3: { name: 'punctuation.separator.colon.remedy' },
      },
      end: R`(?==|[;{}]|//|/\*)|$`,
      patterns: [{ include: '#type-ref' }],
    },
    'let-statement': {
      match: R`\b(let)\s+(${ID})`,
      captures: {
        1: { name: 'keyword.control.statement.remedy' },
        2: { name: 'entity.name.variable.let.remedy' },
      },
    },
    'for-statement': {
      match: R`\b(for)\s+(${ID})\s+(in)\b`,
      captures: {
        1: { name: 'keyword.control.statement.remedy' },
        2: { name: 'entity.name.variable.loop.remedy' },
        3: { name: 'keyword.control.statement.remedy' },
      },
    },

    // ---- types ------------------------------------------------------------------
    'type-ref': { patterns: [
      { include: '#comments' },
      { match: R`\b(?:int|number|string|bool|duration|percent)\b`, name: 'support.type.primitive.remedy' },
      { match: R`\b(?:list|map|alert)\b`, name: 'support.type.builtin.remedy' },
      {
        match: R`\b(${ID})\s*(\.)`,
        captures: {
          1: { name: 'entity.name.namespace.remedy' },
          2: { name: 'punctuation.accessor.remedy' },
        },
      },
      { match: ID, name: 'entity.name.type.remedy' },
      {
        name: 'meta.type.arguments.remedy',
        begin: '<',
        beginCaptures: { 0: { name: 'punctuation.definition.typeparameters.begin.remedy' } },
        end: R`(>)|(?=[)={};])|$`,
        endCaptures: { 1: { name: 'punctuation.definition.typeparameters.end.remedy' } },
        patterns: [{ include: '#type-ref' }],
      },
      { match: ',', name: 'punctuation.separator.comma.remedy' },
      { match: R`\?`, name: 'keyword.operator.optional.remedy' },
    ]},

    // ---- expressions ---------------------------------------------------------------
    expression: { patterns: [
      { include: '#named-argument' },
      { include: '#expression-core' },
    ]},
    'expression-core': { patterns: [
      { include: '#comments' },
      { include: '#string' },
      { include: '#quantifier' },
      { include: '#pipeline' },
      { include: '#numbers' },
      { include: '#member-access' },
      { include: '#language-variables' },
      { include: '#object' },
      { include: '#keywords' },
      { include: '#builtin-functions' },
      { include: '#function-call' },
      { include: '#identifier' },
      { include: '#operators' },
      { include: '#punctuation' },
      { include: '#illegal' },
    ]},
    'named-argument': {
      match: R`\b(${ID})\s*(:)(?!:)`,
      captures: {
        1: { name: 'variable.parameter.named.remedy' },
        2: { name: 'punctuation.separator.colon.remedy' },
      },
    },
    quantifier: {
      name: 'meta.quantifier.remedy',
      begin: R`\b(all|any)\s+(${ID})\s+(in)\b`,
      beginCaptures: {
        1: { name: 'keyword.operator.expression.quantifier.remedy' },
        2: { name: 'entity.name.variable.quantifier.remedy' },
        3: { name: 'keyword.control.statement.remedy' },
      },
      end: R`(:)|(?=[{};])|$`,
      endCaptures: { 1: { name: 'punctuation.separator.quantifier.remedy' } },
      patterns: [
        { include: '#paren-group' },
        { include: '#bracket-group' },
        { include: '#expression-core' },
      ],
    },
    'paren-group': {
      begin: R`\(`,
      beginCaptures: { 0: { name: 'punctuation.section.parens.begin.remedy' } },
      end: R`\)`,
      endCaptures: { 0: { name: 'punctuation.section.parens.end.remedy' } },
      patterns: [{ include: '#paren-group' }, { include: '#bracket-group' }, { include: '#expression' }],
    },
    'bracket-group': {
      begin: R`\[`,
      beginCaptures: { 0: { name: 'punctuation.section.brackets.begin.remedy' } },
      end: R`\]`,
      endCaptures: { 0: { name: 'punctuation.section.brackets.end.remedy' } },
      patterns: [{ include: '#paren-group' }, { include: '#bracket-group' }, { include: '#expression' }],
    },
    pipeline: { patterns: [
      {
        match: R`(\|)\s*(sort)\s+(by)\b`,
        captures: {
          1: { name: 'keyword.operator.pipe.remedy' },
          2: { name: 'keyword.control.pipeline.remedy' },
          3: { name: 'keyword.control.pipeline.remedy' },
        },
      },
      {
        match: R`(\|)\s*(where|take|map)\b`,
        captures: {
          1: { name: 'keyword.operator.pipe.remedy' },
          2: { name: 'keyword.control.pipeline.remedy' },
        },
      },
    ]},
    numbers: { patterns: [
      {
        match: R`\b((?>${NUM}))(%)`,
        name: 'constant.numeric.percent.remedy',
        captures: { 2: { name: 'keyword.other.unit.percent.remedy' } },
      },
      {
        match: R`\b((?>${NUM}))(ms|s|m|h|d)\b`,
        name: 'constant.numeric.duration.remedy',
        captures: { 2: { name: 'keyword.other.unit.duration.remedy' } },
      },
      { match: R`\b(?>${NUM})[A-Za-z_][A-Za-z0-9_]*`, name: 'invalid.illegal.duration-unit.remedy' },
      { match: R`\b${DIGITS}\.${DIGITS}\b`, name: 'constant.numeric.decimal.remedy' },
      { match: R`\b${DIGITS}\b`, name: 'constant.numeric.integer.remedy' },
    ]},
    'member-access': { patterns: [
      {
        match: R`(\.)\s*(${ID})(?=\s*\()`,
        captures: {
          1: { name: 'punctuation.accessor.remedy' },
          2: { name: 'entity.name.function.member.remedy' },
        },
      },
      {
        match: R`(\.)\s*(${ID})`,
        captures: {
          1: { name: 'punctuation.accessor.remedy' },
          2: { name: 'variable.other.property.remedy' },
        },
      },
    ]},
    'language-variables': { patterns: [
      { match: R`\bit\b`, name: 'variable.language.it.remedy' },
      { match: R`\balert\b(?=\s*[.\[])`, name: 'variable.language.alert.remedy' },
    ]},
    object: {
      match: R`\b${ID}(?=\s*\.\s*[A-Za-z_])`,
      name: 'variable.other.object.remedy',
    },
    keywords: { patterns: [
      { include: '#keywords-declaration' },
      { include: '#keywords-clause' },
      { include: '#keywords-setting' },
      { include: '#keywords-statement' },
      { include: '#keywords-simulation' },
      { include: '#keywords-pipeline' },
      { include: '#keywords-quantifier' },
      { include: '#keywords-logical' },
      { include: '#constants-boolean' },
    ]},
    'keywords-declaration': kw(['module', 'import', 'as', 'resource', 'query', 'action', 'playbook', 'simulation'], 'keyword.declaration.remedy'),
    'keywords-clause': kw(['effect', 'risk', 'capture', 'rollback', 'irreversible', 'provider', 'timeout', 'max_results'], 'keyword.other.clause.remedy'),
    'keywords-setting': kw(['trigger', 'alert', 'resolved', 'autonomy', 'promote', 'to', 'after', 'runs', 'when', 'blast_radius', 'max_targets', 'max_percent', 'scope', 'circuit_breaker', 'trip', 'failures', 'within', 'cooldown', 'rate_limit', 'per', 'target', 'approvers', 'priority'], 'keyword.other.setting.remedy'),
    'keywords-statement': kw(['let', 'step', 'for', 'in', 'batch', 'pause', 'if', 'else', 'wait', 'require', 'abort', 'notify', 'escalate', 'retry', 'backoff', 'verify', 'every', 'choose', 'remedy', 'by', 'features', 'option', 'on', 'failure', 'success'], 'keyword.control.statement.remedy'),
    'keywords-simulation': kw(['incidents', 'seed', 'population', 'of', 'outcome', 'recovery'], 'keyword.other.simulation.remedy'),
    'keywords-pipeline': kw(['where', 'take', 'sort', 'desc', 'asc', 'map'], 'keyword.control.pipeline.remedy'),
    'keywords-quantifier': kw(['all', 'any'], 'keyword.operator.expression.quantifier.remedy'),
    'keywords-logical': kw(['and', 'or', 'not'], 'keyword.operator.expression.logical.remedy'),
    'constants-boolean': kw(['true', 'false'], 'constant.language.boolean.remedy'),
    'builtin-functions': {
      match: R`\b(?:count|uniform)\b(?=\s*\()`,
      name: 'support.function.builtin.remedy',
    },
    'function-call': {
      match: R`\b${ID}(?=\s*\()`,
      name: 'entity.name.function.call.remedy',
    },
    identifier: {
      match: R`\b${ID}\b`,
      name: 'variable.other.readwrite.remedy',
    },
    operators: { patterns: [
      { match: '->', name: 'keyword.operator.arrow.remedy' },
      { match: '==|!=|<=|>=|<|>', name: 'keyword.operator.comparison.remedy' },
      { match: '=', name: 'keyword.operator.assignment.remedy' },
      { match: R`[+\-*/]`, name: 'keyword.operator.arithmetic.remedy' },
      { match: R`\|`, name: 'keyword.operator.pipe.remedy' },
      { match: R`\?`, name: 'keyword.operator.optional.remedy' },
    ]},
    punctuation: { patterns: [
      { match: R`\.`, name: 'punctuation.accessor.remedy' },
      { match: ',', name: 'punctuation.separator.comma.remedy' },
      { match: ':', name: 'punctuation.separator.colon.remedy' },
      { match: ';', name: 'punctuation.terminator.statement.remedy' },
      { match: R`\{`, name: 'punctuation.section.braces.begin.remedy' },
      { match: R`\}`, name: 'punctuation.section.braces.end.remedy' },
      { match: R`\[`, name: 'punctuation.section.brackets.begin.remedy' },
      { match: R`\]`, name: 'punctuation.section.brackets.end.remedy' },
      { match: R`\(`, name: 'punctuation.section.parens.begin.remedy' },
      { match: R`\)`, name: 'punctuation.section.parens.end.remedy' },
    ]},
    illegal: {
      match: R`[^\sA-Za-z0-9_=<>+\-*/|.,:;?(){}\[\]"]|!`,
      name: 'invalid.illegal.character.remedy',
    },

    // ---- strings -----------------------------------------------------------------
    string: {
      name: 'string.quoted.double.remedy',
      begin: '"',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.remedy' } },
      end: R`(")|(?=\n)|$`,
      endCaptures: { 1: { name: 'punctuation.definition.string.end.remedy' } },
      patterns: [
        { include: '#string-escape' },
        { include: '#interpolation' },
      ],
    },
    'string-escape': {
      match: R`\\.`,
      name: 'constant.character.escape.remedy',
    },
    interpolation: {
      name: 'meta.interpolation.remedy',
      begin: R`\$\{`,
      beginCaptures: { 0: { name: 'punctuation.section.embedded.begin.remedy' } },
      end: R`\}`,
      endCaptures: { 0: { name: 'punctuation.section.embedded.end.remedy' } },
      contentName: 'meta.embedded.line.remedy',
      patterns: [
        { include: '#interpolation-braces' },
        { include: '#expression' },
      ],
    },
    'interpolation-braces': {
      begin: R`\{`,
      beginCaptures: { 0: { name: 'punctuation.section.braces.begin.remedy' } },
      end: R`\}`,
      endCaptures: { 0: { name: 'punctuation.section.braces.end.remedy' } },
      patterns: [
        { include: '#interpolation-braces' },
        { include: '#expression' },
      ],
    },
  },
};
export const grammar = g;
export const grammarJson = JSON.stringify(g, null, 2) + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'remedy.tmLanguage.json');
  writeFileSync(out, grammarJson);
  console.log(`wrote ${out}`);
}
