// Loads the extension's TextMate grammar with the same engine VS Code uses
// (vscode-textmate + the Oniguruma WebAssembly build) and tokenizes text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
export const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = join(extensionRoot, '..', '..');
export const grammarPath = join(extensionRoot, 'syntaxes', 'remedy.tmLanguage.json');

let registryPromise;

function registry() {
  registryPromise ??= (async () => {
    const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== 'source.remedy') return null;
        return vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
      },
    });
  })();
  return registryPromise;
}

let grammarPromise;

/** The compiled grammar (cached). */
export function loadGrammar() {
  grammarPromise ??= registry().then(async (r) => {
    const grammar = await r.loadGrammar('source.remedy');
    if (!grammar) throw new Error('grammar source.remedy did not load');
    return grammar;
  });
  return grammarPromise;
}

/**
 * Tokenizes text line by line, carrying the rule stack across lines like the editor.
 * Returns one entry per token: { line, start, end, text, scopes } (scopes outermost first).
 */
export async function tokenize(text) {
  const grammar = await loadGrammar();
  const tokens = [];
  let stack = vsctm.INITIAL;
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, lineText.length);
      if (end <= t.startIndex) continue;
      tokens.push({ line, start: t.startIndex, end, text: lineText.slice(t.startIndex, end), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** The innermost scope of a token (the one themes colour it by). */
export const innermost = (token) => token.scopes[token.scopes.length - 1];

/**
 * Finds the tokens with exactly this text; `occurrence` picks the n-th (0-based) on
 * the given line, or in the whole text when line is undefined.
 */
export function findToken(tokens, text, { line, occurrence = 0 } = {}) {
  const matches = tokens.filter((t) => t.text === text && (line === undefined || t.line === line));
  if (matches.length <= occurrence) {
    const where = line === undefined ? '' : ` on line ${line + 1}`;
    throw new Error(`no token "${text}"${where} (occurrence ${occurrence}); tokens: ${tokens
      .filter((t) => line === undefined || t.line === line).map((t) => JSON.stringify(t.text)).join(' ')}`);
  }
  return matches[occurrence];
}

/** A readable dump: one line per token, for debugging and failure messages. */
export function dump(tokens) {
  return tokens.map((t) => `${t.line + 1}:${t.start} ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n');
}
