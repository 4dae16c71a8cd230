// How the extension finds and starts `remedy lsp` (out/serverCommand.js, compiled by
// `npm run build`): PATH lookup, explicit paths, `dotnet remedy.dll`, clear messages.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const { resolveServerCommand, findExecutable, expandPath, defaultSettings } = require('../out/serverCommand.js');

describe('resolving the language server command', () => {
  let root;
  let bin;
  let workspace;
  const env = (extra = {}) => ({ env: { PATH: [join(root, 'empty'), bin].join(delimiter), ...extra }, platform: 'linux', workspaceFolder: workspace, homeDir: join(root, 'home') });

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'remedy-server-'));
    bin = join(root, 'bin');
    workspace = join(root, 'ws');
    for (const d of [bin, workspace, join(root, 'empty'), join(root, 'home', 'tools'), join(workspace, 'tools')]) mkdirSync(d, { recursive: true });
    const exe = (p) => {
      writeFileSync(p, '#!/bin/sh\n');
      chmodSync(p, 0o755);
    };
    exe(join(bin, 'remedy'));
    exe(join(bin, 'dotnet'));
    exe(join(root, 'home', 'tools', 'remedy'));
    exe(join(workspace, 'tools', 'remedy'));
    writeFileSync(join(bin, 'not-executable'), 'x');
    chmodSync(join(bin, 'not-executable'), 0o644);
    writeFileSync(join(workspace, 'tools', 'remedy.dll'), 'MZ');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds `remedy` on PATH by default and starts `remedy lsp`', () => {
    const result = resolveServerCommand(defaultSettings, env());
    assert.ok(result.ok, result.message);
    assert.equal(result.server.command, join(bin, 'remedy'));
    assert.deepEqual(result.server.args, ['lsp']);
  });

  it('passes extra arguments after lsp', () => {
    const result = resolveServerCommand({ ...defaultSettings, extraArgs: ['--log', 'debug'] }, env());
    assert.deepEqual(result.server.args, ['lsp', '--log', 'debug']);
  });

  it('says how to install the tool when remedy is not on PATH', () => {
    const result = resolveServerCommand(defaultSettings, { ...env(), env: { PATH: join(root, 'empty') } });
    assert.equal(result.ok, false);
    assert.match(result.message, /'remedy' was not found on PATH/);
    assert.match(result.message, /dotnet tool install --global Remedy\.Lang\.Tool/);
    assert.match(result.message, /remedy\.server\.path/);
  });

  it('uses an absolute path, ~ and ${workspaceFolder}, and resolves relative paths against the workspace', () => {
    for (const [setting, expected] of [
      [join(bin, 'remedy'), join(bin, 'remedy')],
      ['~/tools/remedy', join(root, 'home', 'tools', 'remedy')],
      ['${workspaceFolder}/tools/remedy', join(workspace, 'tools', 'remedy')],
      ['./tools/remedy', join(workspace, 'tools', 'remedy')],
    ]) {
      const result = resolveServerCommand({ ...defaultSettings, path: setting }, env());
      assert.ok(result.ok, `${setting}: ${result.message}`);
      assert.equal(result.server.command, expected, setting);
    }
  });

  it('rejects a path that does not exist or is not executable, naming the setting', () => {
    for (const setting of [join(root, 'missing', 'remedy'), join(bin, 'not-executable')]) {
      const result = resolveServerCommand({ ...defaultSettings, path: setting }, env());
      assert.equal(result.ok, false);
      assert.match(result.message, /does not exist or is not executable/);
      assert.match(result.message, /remedy\.server\.path/);
    }
  });

  it('starts a remedy.dll with dotnet: `dotnet remedy.dll lsp`', () => {
    const result = resolveServerCommand({ ...defaultSettings, path: '${workspaceFolder}/tools/remedy.dll' }, env());
    assert.ok(result.ok, result.message);
    assert.equal(result.server.command, join(bin, 'dotnet'));
    assert.deepEqual(result.server.args, [join(workspace, 'tools', 'remedy.dll'), 'lsp']);
  });

  it('explains a missing dll and a missing dotnet separately', () => {
    const noDll = resolveServerCommand({ ...defaultSettings, path: join(workspace, 'nope.dll') }, env());
    assert.equal(noDll.ok, false);
    assert.match(noDll.message, /nope\.dll' \(remedy\.server\.path\) does not exist/);
    const noDotnet = resolveServerCommand({ ...defaultSettings, path: join(workspace, 'tools', 'remedy.dll'), dotnetPath: 'dotnet-missing' }, env());
    assert.equal(noDotnet.ok, false);
    assert.match(noDotnet.message, /'dotnet-missing' \(remedy\.server\.dotnetPath\) was not found/);
  });

  it('treats an empty setting as the default', () => {
    const result = resolveServerCommand({ path: '  ', dotnetPath: '', extraArgs: [] }, env());
    assert.ok(result.ok);
    assert.equal(result.server.command, join(bin, 'remedy'));
  });

  it('looks up PATHEXT extensions on Windows', () => {
    const winBin = join(root, 'winbin');
    mkdirSync(winBin, { recursive: true });
    writeFileSync(join(winBin, 'remedy.exe'), 'MZ');
    const found = findExecutable('remedy', { env: { Path: winBin, PATHEXT: '.COM;.EXE' }, platform: 'win32', homeDir: root });
    assert.ok(found?.toLowerCase().endsWith('remedy.exe'), found);
  });

  it('expands ~ and leaves a bare command name alone', () => {
    assert.equal(expandPath('remedy', env()), 'remedy');
    assert.equal(expandPath('~', env()), join(root, 'home'));
  });
});
