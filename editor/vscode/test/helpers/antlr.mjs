// Generates the real Remedy lexer and parser from ../../grammar/*.g4 with antlr-ng
// (TypeScript target, no Java), bundles them with esbuild and loads them, so tests can
// compare the TextMate grammar and the snippets with the language's actual syntax.
// The result is cached in out/antlr/<hash of the grammar files>/.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { extensionRoot, repoRoot } from './textmate.mjs';

export const lexerGrammarPath = join(repoRoot, 'grammar', 'RemedyLexer.g4');
export const parserGrammarPath = join(repoRoot, 'grammar', 'RemedyParser.g4');

let modulePromise;

export function loadAntlr() {
  modulePromise ??= (async () => {
    const hash = createHash('sha256')
      .update(readFileSync(lexerGrammarPath))
      .update(readFileSync(parserGrammarPath))
      .digest('hex')
      .slice(0, 16);
    const dir = join(extensionRoot, 'out', 'antlr', hash);
    const bundle = join(dir, 'remedy-parser.mjs');
    mkdirSync(join(extensionRoot, 'out', 'antlr'), { recursive: true });
    if (!existsSync(bundle)) {
      // Build in a private folder and move it into place, so test files running in
      // parallel never see a half-written parser.
      const work = `${dir}.tmp-${process.pid}`;
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      execFileSync(
        process.execPath,
        [join(extensionRoot, 'node_modules', 'antlr-ng', 'dist', 'cli', 'runner.js'),
          '-Dlanguage=TypeScript', '--generate-listener', 'false', '--generate-visitor', 'false',
          '-o', work, 'RemedyLexer.g4', 'RemedyParser.g4'],
        { cwd: join(repoRoot, 'grammar'), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const entry = join(work, 'entry.ts');
      writeFileSync(entry, [
        "export { RemedyLexer } from './RemedyLexer';",
        "export { RemedyParser } from './RemedyParser';",
        "export { BaseErrorListener, CharStream, CommonTokenStream, Token, TerminalNode, ParserRuleContext } from 'antlr4ng';",
        '',
      ].join('\n'));
      await build({
        entryPoints: [entry],
        outfile: join(work, 'remedy-parser.mjs'),
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        nodePaths: [join(extensionRoot, 'node_modules')],
        logLevel: 'error',
      });
      try {
        renameSync(work, dir);
      } catch (error) {
        if (!existsSync(bundle)) throw error;
        rmSync(work, { recursive: true, force: true }); // another test file won the race
      }
    }
    return import(pathToFileURL(bundle).href);
  })();
  return modulePromise;
}

/**
 * Lexes and parses text with the real grammar. `rule` is the parser's entry rule
 * (compilationUnit by default). Returns the tokens (all channels), the tree and the
 * syntax errors reported by the lexer and the parser.
 */
export async function parse(text, rule = 'compilationUnit') {
  const m = await loadAntlr();
  const errors = [];
  class Collect extends m.BaseErrorListener {
    syntaxError(_recognizer, _symbol, line, column, message) {
      errors.push(`${line}:${column} ${message}`);
    }
  }
  const lexer = new m.RemedyLexer(m.CharStream.fromString(text));
  lexer.removeErrorListeners();
  lexer.addErrorListener(new Collect());
  const stream = new m.CommonTokenStream(lexer);
  const parser = new m.RemedyParser(stream);
  parser.removeErrorListeners();
  parser.addErrorListener(new Collect());
  const tree = parser[rule]();
  stream.fill();
  for (const token of stream.getTokens()) {
    const name = m.RemedyLexer.symbolicNames[token.type];
    if (name === 'ERROR_CHAR' || name?.startsWith('UNTERMINATED')) errors.push(`${token.line}:${token.column} ${name} ${JSON.stringify(token.text)}`);
  }
  return { m, tree, tokens: stream.getTokens(), errors, parser, lexer };
}

/** Every terminal node of a tree with its parent rule's name, in order. */
export function terminals(m, tree) {
  const result = [];
  const walk = (node) => {
    if (node instanceof m.TerminalNode) {
      result.push({ token: node.symbol, parentRule: m.RemedyParser.ruleNames[node.parent.ruleIndex] });
      return;
    }
    for (let i = 0; i < node.getChildCount(); i++) walk(node.getChild(i));
  };
  walk(tree);
  return result;
}
