// The Remedy.Lang extension: starts `remedy lsp` over stdio with vscode-languageclient.
// Highlighting, snippets and the language configuration are contributed declaratively
// (package.json) and work without the server.

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { currentEnvironment, defaultSettings, resolveServerCommand, type ServerSettings } from './serverCommand';

const clientId = 'remedy';
const clientName = 'Remedy Language Server';
const openSettingsAction = 'Open Settings';
const showOutputAction = 'Show Output';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let traceOutput: vscode.LogOutputChannel | undefined;
let fileWatcher: vscode.FileSystemWatcher | undefined;
// Start, stop and restart run one after another, never interleaved.
let queue: Promise<void> = Promise.resolve();

function enqueue(operation: () => Promise<void>): Promise<void> {
  queue = queue.then(operation, operation);
  return queue;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(clientName, { log: true });
  traceOutput = vscode.window.createOutputChannel(`${clientName} Trace`, { log: true });
  fileWatcher = vscode.workspace.createFileSystemWatcher('**/*.remedy');
  context.subscriptions.push(
    output,
    traceOutput,
    fileWatcher,
    vscode.commands.registerCommand('remedy.restartServer', () => restartServer()),
    vscode.commands.registerCommand('remedy.showServerOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('remedy.server')) {
        output?.info('Server settings changed; restarting the language server.');
        void restartServer();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void restartServer();
    }),
  );
  await enqueue(startServer);
}

export function deactivate(): Promise<void> {
  return enqueue(stopServer);
}

/** The `remedy.restartServer` command: stop the running server, then start it from the current settings. */
export function restartServer(): Promise<void> {
  return enqueue(async () => {
    await stopServer();
    await startServer();
  });
}

/**
 * Reads `remedy.server.*`. In an untrusted workspace only the user's own values count, so
 * that a cloned repository cannot choose the program that runs.
 */
export function readServerSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('remedy.server');
  const trusted = vscode.workspace.isTrusted;
  function read<T>(key: string, fallback: T): T {
    if (trusted) return config.get<T>(key, fallback);
    const inspected = config.inspect<T>(key);
    return inspected?.globalValue ?? inspected?.defaultValue ?? fallback;
  }
  const extraArgs = read<unknown>('extraArgs', defaultSettings.extraArgs);
  return {
    path: read('path', defaultSettings.path),
    dotnetPath: read('dotnetPath', defaultSettings.dotnetPath),
    extraArgs: Array.isArray(extraArgs) ? extraArgs.filter((a): a is string => typeof a === 'string') : [],
  };
}

function firstWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
}

async function startServer(): Promise<void> {
  const folder = firstWorkspaceFolder();
  const resolved = resolveServerCommand(readServerSettings(), currentEnvironment(folder));
  if (!resolved.ok) {
    output?.error(resolved.message);
    void reportProblem(resolved.message);
    return;
  }
  const { server } = resolved;
  output?.info(`Starting ${server.command} ${server.args.join(' ')}`);
  // No `transport`: the client then talks over the process's stdin/stdout without adding
  // `--stdio` to the arguments, so the command line is exactly `remedy lsp`.
  const executable = { command: server.command, args: server.args, options: { cwd: folder } };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'remedy' },
      { scheme: 'untitled', language: 'remedy' },
    ],
    synchronize: { fileEvents: fileWatcher },
    outputChannel: output,
    traceOutputChannel: traceOutput,
  };
  const started = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
  client = started;
  try {
    await started.start();
  } catch (error) {
    const message = `The Remedy language server (${server.description}) failed to start: ${error instanceof Error ? error.message : String(error)}`;
    output?.error(message);
    void reportProblem(message);
  }
}

async function stopServer(): Promise<void> {
  const running = client;
  client = undefined;
  if (!running) return;
  try {
    await running.dispose(5000);
  } catch (error) {
    output?.error(`Stopping the language server failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function reportProblem(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, openSettingsAction, showOutputAction);
  if (choice === openSettingsAction) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'remedy.server');
  } else if (choice === showOutputAction) {
    output?.show(true);
  }
}
