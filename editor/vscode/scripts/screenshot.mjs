// Makes images/screenshot.png honestly: tokenizes a sample .remedy file with the
// extension's real TextMate grammar (vscode-textmate + Oniguruma, as VS Code does),
// colours the tokens with VS Code's Dark+ theme (from the tm-themes package) through
// vscode-textmate's own theme engine, writes the result as HTML and captures it with
// headless Chromium. Usage: node scripts/screenshot.mjs [sample.remedy] [out.png]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = resolve(process.argv[2] ?? join(root, 'test', 'fixtures', 'screenshot.remedy'));
const output = resolve(process.argv[3] ?? join(root, 'images', 'screenshot.png'));
const theme = JSON.parse(readFileSync(require.resolve('tm-themes/themes/dark-plus.json'), 'utf8'));

// vscode-textmate's encoded token metadata (EncodedTokenAttributes).
const FONT_STYLE_OFFSET = 11;
const FOREGROUND_OFFSET = 15;
const FONT_STYLE_MASK = 0b1111 << FONT_STYLE_OFFSET;
const FOREGROUND_MASK = 0b111111111 << FOREGROUND_OFFSET;

async function loadGrammar() {
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.remedy') return null;
      const path = join(root, 'syntaxes', 'remedy.tmLanguage.json');
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  registry.setTheme({
    name: theme.name,
    settings: [
      { settings: { foreground: theme.colors['editor.foreground'], background: theme.colors['editor.background'] } },
      ...theme.tokenColors,
    ],
  });
  return { grammar: await registry.loadGrammar('source.remedy'), colorMap: registry.getColorMap() };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(text, grammar, colorMap) {
  let stack = vsctm.INITIAL;
  const lines = text.replace(/\n$/, '').split('\n');
  const html = lines.map((line, index) => {
    const result = grammar.tokenizeLine2(line, stack);
    stack = result.ruleStack;
    const spans = [];
    for (let i = 0; i < result.tokens.length; i += 2) {
      const start = result.tokens[i];
      const end = i + 2 < result.tokens.length ? result.tokens[i + 2] : line.length;
      const meta = result.tokens[i + 1];
      const color = colorMap[(meta & FOREGROUND_MASK) >>> FOREGROUND_OFFSET];
      const style = (meta & FONT_STYLE_MASK) >>> FONT_STYLE_OFFSET;
      const css = [`color:${color}`, style & 1 ? 'font-style:italic' : '', style & 2 ? 'font-weight:bold' : '', style & 4 ? 'text-decoration:underline' : '']
        .filter(Boolean).join(';');
      if (end > start) spans.push(`<span style="${css}">${escape(line.slice(start, end))}</span>`);
    }
    return `<div class="line"><span class="ln">${index + 1}</span><span class="code">${spans.join('') || ' '}</span></div>`;
  });
  return { html: html.join(''), lineCount: lines.length, width: Math.max(...lines.map((l) => l.length)) };
}

const { grammar, colorMap } = await loadGrammar();
const { html, lineCount, width } = render(readFileSync(sample, 'utf8'), grammar, colorMap);
const bg = theme.colors['editor.background'];
const fontSize = 14;
const lineHeight = 20;
const charWidth = 8.43; // DejaVu Sans Mono at 14px
const page = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; background: ${bg}; }
  .tab { font: 13px 'DejaVu Sans', sans-serif; color: #ffffff; background: ${bg}; border-top: 1px solid #0078d4;
         display: inline-block; padding: 8px 14px; }
  .bar { background: #252526; height: 35px; }
  .editor { font-family: 'DejaVu Sans Mono', monospace; font-size: ${fontSize}px; line-height: ${lineHeight}px;
            color: ${theme.colors['editor.foreground']}; padding: 8px 0 12px 0; white-space: pre; }
  .line { height: ${lineHeight}px; }
  .ln { display: inline-block; width: 44px; padding-right: 20px; text-align: right; color: #6e7681; }
</style></head><body>
<div class="bar"><span class="tab">${escape(basename(sample).replace('screenshot', 'checkout'))}</span></div>
<div class="editor">${html}</div></body></html>
`;
const work = mkdtempSync(join(tmpdir(), 'remedy-shot-'));
const htmlPath = join(work, 'screenshot.html');
writeFileSync(htmlPath, page);
const windowWidth = Math.ceil(64 + width * charWidth + 40);
const windowHeight = 35 + 8 + lineCount * lineHeight + 12;
mkdirSync(dirname(output), { recursive: true });
const chromium = process.env.CHROMIUM ?? 'chromium';
execFileSync(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--force-device-scale-factor=1',
  `--user-data-dir=${join(work, 'profile')}`, `--screenshot=${output}`, `--window-size=${windowWidth},${windowHeight}`,
  `file://${htmlPath}`,
], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120000 });
console.log(`wrote ${output} (${windowWidth}x${windowHeight}) from ${sample}; HTML in ${htmlPath}`);
