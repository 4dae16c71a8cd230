// The shipped bundle (dist/extension.js) activated against a stand-in `vscode` API:
// it finds `remedy` on PATH, starts `remedy lsp` over stdio with vscode-languageclient,
// completes the LSP handshake with a fake server, opens .remedy documents on it,
// restarts on the command, stops on deactivate, and explains a missing server.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createFakeVscode, fakeDocument, installFakeVscode } from './helpers/fake-vscode.mjs';
import { extensionRoot } from './helpers/textmate.mjs';

const require = createRequire(import.meta.url);
const bundle = join(extensionRoot, 'dist', 'extension.js');

function loadExtension() {
  delete require.cache[require.resolve(bundle)];
  return require(bundle);
}

async function waitFor(condition, what, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('extension host (fake vscode API, fake language server)', () => {
  const holder = { current: undefined };
  let uninstall;
  let root;
  let bin;
  let workspace;
  let logFile;
  const originalPath = process.env.PATH;
  const entries = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
  const methods = (pid) => entries().filter((e) => e.event === 'message' && (pid === undefined || e.pid === pid)).map((e) => e.method);

  before(() => {
    assert.ok(existsSync(bundle), 'run npm run build first');
    uninstall = installFakeVscode(holder);
    root = mkdtempSync(join(tmpdir(), 'remedy-ext-'));
    bin = join(root, 'bin');
    workspace = join(root, 'ws');
    mkdirSync(bin);
    mkdirSync(workspace);
    logFile = join(root, 'server.log');
    const server = join(extensionRoot, 'test', 'fixtures', 'fake-lsp-server.mjs');
    writeFileSync(join(bin, 'remedy'), `#!/bin/sh\nexec "${process.execPath}" "${server}" "$@"\n`);
    chmodSync(join(bin, 'remedy'), 0o755);
    process.env.FAKE_LSP_LOG = logFile;
  });
  after(() => {
    uninstall();
    process.env.PATH = originalPath;
    delete process.env.FAKE_LSP_LOG;
    rmSync(root, { recursive: true, force: true });
  });

  it('starts `remedy lsp` from PATH, initializes, opens .remedy documents, restarts and stops', async () => {
    process.env.PATH = [bin, originalPath].join(delimiter);
    const doc = fakeDocument(join(workspace, 'a.remedy'), 'remedy', 'playbook p {\n}\n');
    const other = fakeDocument(join(workspace, 'b.txt'), 'plaintext', 'hello');
    const fake = createFakeVscode({ workspaceFolder: workspace, documents: [doc, other] });
    holder.current = fake.api;
    const extension = loadExtension();
    const context = { subscriptions: [] };

    await extension.activate(context);
    const started = await waitFor(() => entries().find((e) => e.event === 'started'), 'the server to start');
    assert.deepEqual(started.argv, ['lsp']);
    assert.equal(started.cwd, workspace);
    await waitFor(() => methods().includes('textDocument/didOpen'), 'didOpen');
    const init = entries().find((e) => e.method === 'initialize');
    assert.equal(init.params.processId, process.pid);
    assert.equal(init.params.workspaceFolders[0].uri, fake.api.Uri.file(workspace).toString());
    assert.deepEqual(methods().slice(0, 3), ['initialize', 'initialized', 'textDocument/didOpen']);
    const opened = entries().filter((e) => e.method === 'textDocument/didOpen').map((e) => e.params.textDocument);
    assert.deepEqual(opened.map((d) => [d.languageId, d.text]), [['remedy', 'playbook p {\n}\n']], 'only the .remedy document is sent');
    assert.ok(fake.record.output.some((l) => l.includes(`Starting ${join(bin, 'remedy')} lsp`)), fake.record.output.join('\n'));
    assert.ok(fake.record.commands.has('remedy.restartServer'));
    assert.deepEqual(fake.record.errors, []);

    await fake.api.commands.executeCommand('remedy.restartServer');
    await waitFor(() => entries().filter((e) => e.event === 'started').length === 2, 'a second server');
    const [first, second] = entries().filter((e) => e.event === 'started').map((e) => e.pid);
    assert.notEqual(first, second);
    await waitFor(() => entries().some((e) => e.pid === first && e.event === 'exit'), 'the first server to exit');
    assert.deepEqual(methods(first).slice(-2), ['shutdown', 'exit'], 'the old server was shut down cleanly');
    await waitFor(() => methods(second).includes('textDocument/didOpen'), 'didOpen on the new server');

    fake.fireConfigurationChange(['remedy.server.extraArgs']);
    await waitFor(() => entries().filter((e) => e.event === 'started').length === 3, 'a restart after a settings change');
    await waitFor(() => methods(entries().filter((e) => e.event === 'started')[2].pid).includes('initialized'), 'the third server to initialize');

    await extension.deactivate();
    const third = entries().filter((e) => e.event === 'started')[2].pid;
    await waitFor(() => entries().some((e) => e.pid === third && e.event === 'exit'), 'the server to exit on deactivate');
    for (const d of context.subscriptions) d.dispose();
  });

  it('says clearly when the server cannot be found, and opens the settings on request', async () => {
    process.env.PATH = join(root, 'nowhere');
    const fake = createFakeVscode({ workspaceFolder: workspace, answer: (_text, items) => items[0] });
    holder.current = fake.api;
    const extension = loadExtension();
    await extension.activate({ subscriptions: [] });
    await waitFor(() => fake.record.executed.length > 0, 'the settings to open');
    assert.equal(fake.record.errors.length, 1);
    assert.match(fake.record.errors[0].text, /'remedy' was not found on PATH.*dotnet tool install --global Remedy\.Lang\.Tool/);
    assert.deepEqual(fake.record.errors[0].items, ['Open Settings', 'Show Output']);
    assert.deepEqual(fake.record.executed, [['workbench.action.openSettings', 'remedy.server']]);
    await extension.deactivate();
  });

  it('in an untrusted workspace ignores a workspace-chosen server path and uses the user setting', async () => {
    process.env.PATH = join(root, 'nowhere');
    const before = entries().filter((e) => e.event === 'started').length;
    const fake = createFakeVscode({
      trusted: false,
      workspaceFolder: workspace,
      settings: { 'remedy.server.path': { global: join(bin, 'remedy'), workspace: join(root, 'evil', 'remedy') } },
    });
    holder.current = fake.api;
    const extension = loadExtension();
    await extension.activate({ subscriptions: [] });
    await waitFor(() => entries().filter((e) => e.event === 'started').length === before + 1, 'the user-configured server');
    assert.deepEqual(fake.record.errors, []);
    const pid = entries().filter((e) => e.event === 'started').at(-1).pid;
    await waitFor(() => methods(pid).includes('initialized'), 'initialized');
    await extension.deactivate();
    await waitFor(() => entries().some((e) => e.pid === pid && e.event === 'exit'), 'exit');
  });

  it('reports a server that exits instead of speaking LSP (e.g. a remedy without the lsp command)', async () => {
    const oldBin = join(root, 'old-bin');
    mkdirSync(oldBin, { recursive: true });
    writeFileSync(join(oldBin, 'remedy'), "#!/bin/sh\necho \"Unrecognized command or argument '$1'.\" >&2\nexit 1\n");
    chmodSync(join(oldBin, 'remedy'), 0o755);
    process.env.PATH = oldBin;
    const fake = createFakeVscode({ workspaceFolder: workspace });
    holder.current = fake.api;
    const extension = loadExtension();
    await extension.activate({ subscriptions: [] });
    const ours = await waitFor(() => fake.record.errors.find((e) => e.text.startsWith('The Remedy language server')), 'the error message');
    assert.match(ours.text, new RegExp(`The Remedy language server \\(${join(oldBin, 'remedy').replace(/[/.]/g, '\\$&')}\\) failed to start`));
    assert.deepEqual(ours.items, ['Open Settings', 'Show Output']);
    await waitFor(() => fake.record.output.some((l) => l.includes("Unrecognized command or argument 'lsp'.")), "the server's stderr in the output channel");
    await extension.deactivate();
  });
});
