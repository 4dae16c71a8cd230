// Reads the packaged remedy-lang.vsix (a zip; run `npm run package` first) and checks
// its manifest and contents: everything VS Code loads is there, nothing else is.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import yauzl from 'yauzl';
import { extensionRoot } from '../helpers/textmate.mjs';

const vsixPath = join(extensionRoot, 'remedy-lang.vsix');

/** Reads every entry of a zip file into memory: Map<name, Buffer>. */
function readZip(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map();
      zip.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('packaged .vsix', () => {
  let files;
  before(async () => {
    assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run npm run package`);
    files = await readZip(vsixPath);
  });

  it('holds the VSIX manifest and the extension manifest of this version', () => {
    const source = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));
    assert.ok(files.has('extension.vsixmanifest'));
    assert.ok(files.has('[Content_Types].xml'));
    const packaged = JSON.parse(files.get('extension/package.json').toString('utf8'));
    assert.equal(packaged.name, source.name);
    assert.equal(packaged.version, source.version);
    assert.equal(packaged.publisher, source.publisher);
    assert.deepEqual(packaged.contributes, source.contributes);
    const vsixManifest = files.get('extension.vsixmanifest').toString('utf8');
    assert.match(vsixManifest, new RegExp(`Id="${source.name}"`));
    assert.match(vsixManifest, new RegExp(`Version="${source.version.replace(/\./g, '\\.')}"`));
    assert.match(vsixManifest, new RegExp(`Publisher="${source.publisher}"`));
    assert.match(vsixManifest, /Microsoft\.VisualStudio\.Code\.Manifest/);
  });

  it('contains the grammar, snippets, language configuration and compiled extension, identical to the sources', () => {
    for (const file of ['syntaxes/remedy.tmLanguage.json', 'snippets/remedy.json', 'language-configuration.json', 'dist/extension.js']) {
      const packaged = files.get(`extension/${file}`);
      assert.ok(packaged, `extension/${file} is missing`);
      assert.ok(packaged.equals(readFileSync(join(extensionRoot, file))), `extension/${file} differs from the built file`);
    }
    const packaged = JSON.parse(files.get('extension/package.json').toString('utf8'));
    for (const p of [packaged.main, packaged.contributes.grammars[0].path, packaged.contributes.snippets[0].path, packaged.contributes.languages[0].configuration]) {
      assert.ok(files.has(`extension/${p.replace(/^\.\//, '')}`), `${p} named by package.json is not in the .vsix`);
    }
  });

  it('bundles the language client into extension.js (it needs nothing but vscode at run time)', () => {
    const code = files.get('extension/dist/extension.js').toString('utf8');
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    const external = [...required].filter((r) => r !== 'vscode' && !r.startsWith('node:') && !builtinModules.includes(r));
    assert.deepEqual(external, []);
    assert.ok(required.has('vscode'));
    assert.match(code, /remedy\.restartServer/);
  });

  it('ships README, LICENSE, CHANGELOG and the screenshot the README shows', () => {
    const names = [...files.keys()];
    assert.ok(names.some((n) => /^extension\/readme\.md$/i.test(n)), names.join(', '));
    assert.ok(names.some((n) => /^extension\/license(\.txt)?$/i.test(n)), names.join(', '));
    assert.ok(names.some((n) => /^extension\/changelog\.md$/i.test(n)), names.join(', '));
    const readme = files.get(names.find((n) => /^extension\/readme\.md$/i.test(n))).toString('utf8');
    for (const [, image] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      assert.ok(files.has(`extension/${image}`), `README image ${image} is not in the .vsix`);
    }
    const png = files.get('extension/images/screenshot.png');
    assert.ok(png && png.subarray(1, 4).toString('ascii') === 'PNG', 'images/screenshot.png is a PNG');
  });

  it('excludes node_modules, sources, tests, scripts and build leftovers', () => {
    const leaked = [...files.keys()].filter((n) => /^extension\/(node_modules|src|test|scripts|out)\//.test(n) || /\.(ts|map|vsix)$/.test(n) || /(^|\/)(tsconfig\.json|eslint\.config\.mjs|package-lock\.json|\.vscodeignore|\.gitignore)$/.test(n));
    assert.deepEqual(leaked, []);
    const expected = ['[Content_Types].xml', 'extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.js',
      'extension/syntaxes/remedy.tmLanguage.json', 'extension/snippets/remedy.json', 'extension/language-configuration.json',
      'extension/images/screenshot.png'];
    for (const e of expected) assert.ok(files.has(e), e);
    assert.ok(files.size <= expected.length + 3, `unexpected files: ${[...files.keys()].join(', ')}`);
  });

  it('stays small', () => {
    const size = statSync(vsixPath).size;
    assert.ok(size < 1024 * 1024, `${size} bytes`);
  });
});
