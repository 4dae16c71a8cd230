// Compares the TextMate grammar with the real ANTLR lexer and parser on one text:
// every token the language sees must be coloured as what it is.
import { parse, terminals } from './antlr.mjs';
import { tokenize } from './textmate.mjs';

const keywordLiteral = /^'([a-z_]+)'$/;

/** The scopes a token of each lexer type must carry (one of them, on its TextMate tokens' stacks). */
const literalScopes = {
  STRING_LIT: ['string.quoted.double.remedy'],
  DURATION_LIT: ['constant.numeric.duration.remedy'],
  PERCENT_LIT: ['constant.numeric.percent.remedy'],
  NUMBER_LIT: ['constant.numeric.decimal.remedy'],
  INT_LIT: ['constant.numeric.integer.remedy'],
  DOC_COMMENT: ['comment.line.documentation.remedy'],
  LINE_COMMENT: ['comment.line.double-slash.remedy'],
  BLOCK_COMMENT: ['comment.block.remedy'],
  ARROW: ['keyword.operator.arrow.remedy'],
  EQ: ['keyword.operator.comparison.remedy'],
  NEQ: ['keyword.operator.comparison.remedy'],
  LE: ['keyword.operator.comparison.remedy'],
  GE: ['keyword.operator.comparison.remedy'],
  ASSIGN: ['keyword.operator.assignment.remedy'],
  PLUS: ['keyword.operator.arithmetic.remedy'],
  MINUS: ['keyword.operator.arithmetic.remedy'],
  STAR: ['keyword.operator.arithmetic.remedy'],
  SLASH: ['keyword.operator.arithmetic.remedy'],
  PIPE: ['keyword.operator.pipe.remedy'],
  QUESTION: ['keyword.operator.optional.remedy'],
  DOT: ['punctuation.accessor.remedy'],
  COMMA: ['punctuation.separator.comma.remedy'],
  COLON: ['punctuation.separator.colon.remedy', 'punctuation.separator.quantifier.remedy'],
  SEMI: ['punctuation.terminator.statement.remedy'],
  LPAREN: ['punctuation.section.parens.begin.remedy'],
  RPAREN: ['punctuation.section.parens.end.remedy'],
  LBRACE: ['punctuation.section.braces.begin.remedy'],
  RBRACE: ['punctuation.section.braces.end.remedy'],
  LBRACK: ['punctuation.section.brackets.begin.remedy'],
  RBRACK: ['punctuation.section.brackets.end.remedy'],
};

/** '<' and '>' are comparisons in expressions and brackets around type arguments. */
function angleScopes(name, parentRule) {
  if (parentRule === 'typeRef') {
    return [name === 'LT' ? 'punctuation.definition.typeparameters.begin.remedy' : 'punctuation.definition.typeparameters.end.remedy'];
  }
  return ['keyword.operator.comparison.remedy'];
}

/** Keyword scopes: every keyword group of the TextMate grammar. */
export const isKeywordScope = (scope) => scope.startsWith('keyword.') && !scope.startsWith('keyword.operator.') || scope.startsWith('keyword.operator.expression.');
const booleanScope = 'constant.language.boolean.remedy';

/**
 * Returns a list of human-readable disagreements (empty when the grammars agree), and
 * how many tokens were checked. With `tolerateContextualKeywords`, a clause keyword the
 * parser read as a plain identifier in an expression (`let y = target + 1`) is listed in
 * `tolerated` instead: the TextMate grammar has no parser and cannot tell (the language
 * server's semantic tokens do).
 */
export async function compareWithLexer(text, { tolerateContextualKeywords = false } = {}) {
  const { m, tree, tokens, errors } = await parse(text);
  if (errors.length) return { problems: errors.map((e) => `syntax error ${e}`), tolerated: [], checked: 0 };
  const tm = await tokenize(text);
  const lines = text.split(/\r?\n/);
  const byLine = new Map();
  for (const t of tm) {
    if (!byLine.has(t.line)) byLine.set(t.line, []);
    byLine.get(t.line).push(t);
  }
  // TextMate tokens overlapping [start, stop] of an ANTLR token, which may span lines.
  const covering = (token) => {
    const result = [];
    let line = token.line - 1;
    let col = token.column;
    let remaining = token.text.length;
    while (remaining > 0 && line < lines.length) {
      const endCol = Math.min(lines[line].length, col + remaining);
      for (const t of byLine.get(line) ?? []) if (t.start < endCol && t.end > col) result.push(t);
      remaining -= endCol - col + 1; // the newline
      line += 1;
      col = 0;
    }
    return result;
  };
  const parentOf = new Map(terminals(m, tree).map((t) => [t.token.tokenIndex, t.parentRule]));
  const vocabulary = m.RemedyLexer;
  const problems = [];
  const tolerated = [];
  let checked = 0;
  for (const token of tokens) {
    if (token.type === m.Token.EOF) continue;
    const name = vocabulary.symbolicNames[token.type];
    if (name === 'WS') continue;
    const parentRule = parentOf.get(token.tokenIndex);
    const literal = vocabulary.literalNames[token.type];
    const isKeyword = literal != null && keywordLiteral.test(literal);
    const cover = covering(token);
    const where = `${token.line}:${token.column} ${name} ${JSON.stringify(token.text)}${parentRule ? ` (in ${parentRule})` : ''}`;
    if (cover.length === 0) {
      problems.push(`${where}: no TextMate token`);
      continue;
    }
    checked += 1;
    const describe = () => cover.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join(' | ');
    const all = (predicate) => cover.every((t) => t.scopes.some(predicate));
    if (isKeyword) {
      const usedAsName = parentRule === 'name' || parentRule === 'identifier';
      const keywordLike = all((s) => isKeywordScope(s) || s === booleanScope);
      if (usedAsName && keywordLike && parentRule === 'identifier' && tolerateContextualKeywords) {
        tolerated.push(`${where}: ${describe()}`);
      } else if (usedAsName ? keywordLike : !keywordLike) {
        problems.push(`${where}: ${usedAsName ? 'used as a name but coloured as a keyword' : 'keyword not coloured as one'}: ${describe()}`);
      }
      continue;
    }
    if (name === 'IDENTIFIER') {
      if (cover.some((t) => t.scopes.some(isKeywordScope))) problems.push(`${where}: identifier coloured as a keyword: ${describe()}`);
      if (cover.some((t) => t.text !== token.text)) problems.push(`${where}: identifier split into several tokens: ${describe()}`);
      continue;
    }
    const expected = name === 'LT' || name === 'GT' ? angleScopes(name, parentRule) : literalScopes[name];
    if (!expected) {
      problems.push(`${where}: no expectation for lexer token type ${name}`);
      continue;
    }
    if (!all((s) => expected.includes(s))) problems.push(`${where}: expected ${expected.join(' or ')}: ${describe()}`);
  }
  return { problems, tolerated, checked };
}
