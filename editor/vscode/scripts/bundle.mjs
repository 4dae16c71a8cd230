// Bundles the extension and vscode-languageclient into one CommonJS file, so the
// .vsix ships no node_modules. `vscode` is provided by the editor at run time.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = !process.argv.includes('--dev');

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  keepNames: true,
  sourcemap: production ? false : 'linked',
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/extension.js: ${(bytes / 1024).toFixed(1)} KiB`);
