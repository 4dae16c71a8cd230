// package.json contributes what the extension ships, and every file it names exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extensionRoot } from './helpers/textmate.mjs';

const read = (p) => readFileSync(join(extensionRoot, p), 'utf8');
const manifest = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));

describe('package.json manifest', () => {
  it('has the fields vsce needs to package without prompting', () => {
    for (const field of ['name', 'displayName', 'description', 'version', 'publisher', 'license', 'engines', 'main']) {
      assert.ok(manifest[field], `missing ${field}`);
    }
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync(join(extensionRoot, 'LICENSE')));
    assert.match(read('LICENSE'), /^MIT License/);
    assert.ok(existsSync(join(extensionRoot, 'README.md')));
    assert.match(manifest.scripts.package, /vsce package/);
    assert.match(manifest.scripts.package, /--allow-missing-repository|--no-rewrite-relative-links/);
  });

  it('contributes the remedy language for *.remedy with its configuration', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'remedy');
    assert.deepEqual(language.extensions, ['.remedy']);
    assert.ok(existsSync(join(extensionRoot, language.configuration)), language.configuration);
    JSON.parse(read(language.configuration));
  });

  it('contributes the grammar and the snippets for that language, from existing files', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.equal(grammar.language, 'remedy');
    assert.equal(grammar.scopeName, 'source.remedy');
    assert.equal(JSON.parse(read(grammar.path)).scopeName, grammar.scopeName);
    const [snippets] = manifest.contributes.snippets;
    assert.equal(snippets.language, 'remedy');
    assert.ok(Object.keys(JSON.parse(read(snippets.path))).length >= 10);
  });

  it('declares the settings with defaults: server path, dotnet, extra args, trace', () => {
    const props = manifest.contributes.configuration.properties;
    assert.equal(props['remedy.server.path'].default, 'remedy');
    assert.equal(props['remedy.server.dotnetPath'].default, 'dotnet');
    assert.deepEqual(props['remedy.server.extraArgs'].default, []);
    assert.deepEqual(props['remedy.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(props['remedy.trace.server'].default, 'off');
    // A workspace must not pick the program that runs on the user's machine.
    for (const key of ['remedy.server.path', 'remedy.server.dotnetPath', 'remedy.server.extraArgs']) {
      assert.equal(props[key].scope, 'machine-overridable', key);
      assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes(key), key);
    }
  });

  it('declares the commands the extension registers, and registers the ones it declares', () => {
    const source = read('src/extension.ts');
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(declared, registered);
    assert.ok(declared.includes('remedy.restartServer'));
  });

  it('reads the trace setting under the client id the client uses', () => {
    // vscode-languageclient reads `<id>.trace.server`.
    assert.match(read('src/extension.ts'), /const clientId = 'remedy';/);
    assert.ok('remedy.trace.server' in manifest.contributes.configuration.properties);
  });

  it('activates on remedy files and points main at the bundle', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:remedy'));
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('pins every dependency, and the lock file matches package.json', () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    for (const [name, version] of Object.entries(all)) {
      assert.match(version, /^\d+\.\d+\.\d+$/, `${name}@${version} is not pinned`);
      assert.equal(lock.packages[`node_modules/${name}`]?.version, version, `${name} in package-lock.json`);
    }
    assert.deepEqual(lock.packages[''].dependencies, manifest.dependencies);
    assert.deepEqual(lock.packages[''].devDependencies, manifest.devDependencies);
  });

  it('targets a VS Code no newer than the API types it compiles against', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    assert.equal(manifest.devDependencies['@types/vscode'], engine);
    // vscode-languageclient states the VS Code it needs.
    const client = JSON.parse(readFileSync(join(extensionRoot, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'));
    const [ma, mi] = engine.split('.').map(Number);
    const [cma, cmi] = client.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    assert.ok(ma > cma || (ma === cma && mi >= cmi), `engines.vscode ${engine} < vscode-languageclient's ${client.engines.vscode}`);
  });

  it('ships an allow-list .vscodeignore that keeps node_modules and sources out', () => {
    const lines = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**');
    for (const keep of ['!package.json', '!dist/extension.js', '!syntaxes/remedy.tmLanguage.json', '!snippets/remedy.json', '!language-configuration.json', '!LICENSE', '!README.md']) {
      assert.ok(lines.includes(keep), keep);
    }
    assert.ok(!lines.some((l) => l.startsWith('!node_modules') || l.startsWith('!src') || l.startsWith('!test')));
  });
});
