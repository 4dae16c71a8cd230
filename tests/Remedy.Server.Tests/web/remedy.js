// The real pieces the page test drives: a workspace of files playbooks in a temp folder, the built `remedy serve`
// as a separate process on a free 127.0.0.1 port, the `remedy` CLI, and Debian's Chromium through playwright-core.
'use strict';

const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '../../..');
const remedyDll = process.env.REMEDY_DLL || path.join(root, 'src/Remedy.Cli/bin/Release/net10.0/remedy.dll');
const dotnet = process.env.DOTNET_HOST_PATH || 'dotnet';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for the server to take). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until <check> returns a truthy value, or fails with <what> after <limitMs>. */
async function eventually(what, check, limitMs = 30000) {
  const deadline = Date.now() + limitMs;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${limitMs / 1000} s${last ? ` (last error: ${last.message})` : ''}`);
    await sleep(100);
  }
}

/**
 * A temp folder with, per playbook, a folder of log files the files provider may trash, the runtime configuration
 * allowing them, a tokens file, and one module of supervised playbooks: each trashes the *.log files of its own
 * folder when its own alert fires, so the scenarios never share targets or cooldowns.
 */
class Workspace {
  constructor(playbooks) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remedy-page-'));
    this.state = path.join(this.dir, 'remedy.db');
    this.playbooks = path.join(this.dir, 'playbooks');
    fs.mkdirSync(this.playbooks);
    this.tokens = {
      alice: 'alice-token-3f9a1c',
      bob: 'bob-token-8e27d4',
      // The identity runs started by an alert are requested by: it may not approve them.
      alertmanager: 'alertmanager-token-c41d07',
    };
    this.write('tokens.json', JSON.stringify({
      tokens: Object.entries(this.tokens).map(([identity, token]) => ({ token, identity })),
    }, null, 2));
    this.write('remedy.runtime.json', JSON.stringify({
      files: { allowed_roots: playbooks.map((p) => p.folder), trash: 'trash' },
    }, null, 2));
    let source = 'module ops\n\nimport std.files\n';
    for (const p of playbooks) {
      for (const log of p.logs) this.write(path.join(p.folder, log), `contents of ${log}\n`);
      source += `
/// Moves the logs of ${p.folder} to the trash, after a person approves.
playbook ${p.name} {
    trigger alert "${p.alert}"
    autonomy supervised
    timeout 15m
    blast_radius { max_targets 5 }
    let logs = files.list(path: "${this.path(p.folder)}", pattern: "*.log") | take 5
    step trash "Move the logs to the trash" {
        for log in logs {
            files.move_to_trash(log.path)
        }
    }
    verify within 5s every 200ms {
        count(files.list(path: "${this.path(p.folder)}", pattern: "*.log")) == 0
    }
}
`;
    }
    this.write('playbooks/ops.remedy', source);
  }

  path(relative) {
    return path.join(this.dir, relative);
  }

  write(relative, text) {
    const file = this.path(relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  files(relative) {
    const folder = this.path(relative);
    return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).filter((f) => fs.statSync(path.join(folder, f)).isFile()).sort() : [];
  }

  dispose() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs the built CLI to completion and returns its exit code and output. */
function cli(cwd, ...args) {
  return new Promise((resolve) => {
    execFile(dotnet, ['exec', remedyDll, ...args], { cwd, timeout: 120000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** `remedy serve` as a real process; its output is kept to explain a failure. */
class Server {
  static async start(workspace) {
    const port = await freePort();
    const server = new Server(workspace, port);
    await server.ready();
    return server;
  }

  constructor(workspace, port) {
    this.url = `http://127.0.0.1:${port}`;
    this.output = '';
    this.process = spawn(dotnet, ['exec', remedyDll, 'serve',
      '--playbooks', workspace.playbooks,
      '--state', workspace.state,
      '--urls', this.url,
      '--tokens', workspace.path('tokens.json'),
      '--config', workspace.path('remedy.runtime.json'),
    ], { cwd: workspace.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => { this.output = (this.output + chunk).slice(-20000); };
    this.process.stdout.on('data', keep);
    this.process.stderr.on('data', keep);
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve({ code, signal })));
  }

  async ready() {
    let exit = null;
    this.exited.then((e) => { exit = e; });
    await eventually('remedy serve answering /readyz', async () => {
      if (exit) throw new Error(`remedy serve exited with ${exit.code ?? exit.signal}:\n${this.output}`);
      const response = await fetch(`${this.url}/readyz`);
      return response.ok;
    }, 90000).catch((e) => {
      throw new Error(`${e.message}\n--- remedy serve output ---\n${this.output}`);
    });
  }

  async json(pathAndQuery, options = {}) {
    const response = await fetch(this.url + pathAndQuery, options);
    const text = await response.text();
    if (!response.ok) throw new Error(`${options.method || 'GET'} ${pathAndQuery}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  /** Posts an Alertmanager (version 4) webhook with one firing alert. */
  async postAlert(alertname, labels = {}) {
    const body = {
      version: '4', status: 'firing', receiver: 'remedy', groupKey: `{}:{alertname="${alertname}"}`,
      groupLabels: { alertname }, commonLabels: { alertname, ...labels }, commonAnnotations: {}, externalURL: 'http://alertmanager.test',
      alerts: [{
        status: 'firing', labels: { alertname, ...labels }, annotations: { summary: `${alertname} in the page test` },
        startsAt: new Date().toISOString(), endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: `${alertname}-${Date.now()}`,
      }],
    };
    const response = await fetch(`${this.url}/api/v1/alerts`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 202) throw new Error(`POST /api/v1/alerts: HTTP ${response.status} ${text}`);
    return JSON.parse(text);
  }

  /** Stops the server: SIGTERM lets it drain (bounded here to 15 s); SIGKILL is a crash. */
  async stop(signal = 'SIGTERM') {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      this.process.kill(signal);
      const stopped = await Promise.race([this.exited, sleep(15000).then(() => null)]);
      if (!stopped) {
        this.process.kill('SIGKILL');
        await this.exited;
      }
    }
  }
}

/** Debian's Chromium, headless, with a fresh profile that is deleted afterwards. */
async function launchBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'remedy-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { Workspace, Server, cli, launchBrowser, eventually, sleep, remedyDll };
