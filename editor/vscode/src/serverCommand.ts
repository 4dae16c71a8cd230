// Works out how to start the Remedy language server from the user's settings.
// Pure Node: no `vscode` import, so the tests run it directly.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The settings that say how to start the server. */
export interface ServerSettings {
  /** `remedy.server.path`: a command on PATH, a path to an executable, or a path to `remedy.dll`. */
  readonly path: string;
  /** `remedy.server.dotnetPath`: the `dotnet` host used for a `.dll`. */
  readonly dotnetPath: string;
  /** `remedy.server.extraArgs`: passed after `lsp`. */
  readonly extraArgs: readonly string[];
}

export const defaultSettings: ServerSettings = { path: 'remedy', dotnetPath: 'dotnet', extraArgs: [] };

/** Where to look, injectable for tests. */
export interface ResolveEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** The first workspace folder, against which relative paths are resolved. */
  readonly workspaceFolder?: string;
  readonly homeDir: string;
}

export function currentEnvironment(workspaceFolder?: string): ResolveEnvironment {
  return { env: process.env, platform: process.platform, workspaceFolder, homeDir: os.homedir() };
}

/** A command that starts the server: `command ...args` speaks LSP over stdio. */
export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
  /** How it was found, for the output channel. */
  readonly description: string;
}

export type ResolveResult =
  | { readonly ok: true; readonly server: ServerCommand }
  | { readonly ok: false; readonly message: string };

/** Expands `~` and `${workspaceFolder}`, and resolves a relative path against the workspace. */
export function expandPath(value: string, environment: ResolveEnvironment): string {
  let result = value.trim();
  if (result === '~' || result.startsWith('~/') || result.startsWith('~\\')) {
    result = path.join(environment.homeDir, result.slice(1));
  }
  if (result.includes('${workspaceFolder}')) {
    result = result.split('${workspaceFolder}').join(environment.workspaceFolder ?? '');
  }
  if (looksLikePath(result) && !isAbsolute(result, environment.platform) && environment.workspaceFolder) {
    result = path.resolve(environment.workspaceFolder, result);
  }
  return result;
}

/** A bare command name (`remedy`) is looked up on PATH; anything with a separator is a path. */
export function looksLikePath(value: string): boolean {
  return value.includes('/') || value.includes('\\');
}

function isAbsolute(value: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? path.win32.isAbsolute(value) : path.posix.isAbsolute(value);
}

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds an executable on PATH like a shell would (with PATHEXT on Windows), or checks a
 * path directly. Returns the full path, or undefined when there is none.
 */
export function findExecutable(command: string, environment: ResolveEnvironment): string | undefined {
  const win = environment.platform === 'win32';
  const extensions = win
    ? ['', ...(environment.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean).map((e) => e.toLowerCase())]
    : [''];
  const candidates = (base: string): string[] =>
    extensions.flatMap((ext) => (ext === '' ? [base] : [base + ext, base + ext.toUpperCase()]));
  if (looksLikePath(command)) {
    return candidates(command).find((c) => isExecutableFile(c, environment.platform));
  }
  const pathValue = environment.env.PATH ?? environment.env.Path ?? '';
  const separator = win ? ';' : ':';
  for (const dir of pathValue.split(separator)) {
    if (!dir) continue;
    const found = candidates(path.join(dir, command)).find((c) => isExecutableFile(c, environment.platform));
    if (found) return found;
  }
  return undefined;
}

/** Turns the settings into the command that starts `remedy lsp`, or says why it cannot. */
export function resolveServerCommand(settings: ServerSettings, environment: ResolveEnvironment): ResolveResult {
  const configured = settings.path.trim() === '' ? defaultSettings.path : settings.path;
  const target = expandPath(configured, environment);
  const args = ['lsp', ...settings.extraArgs];

  if (target.toLowerCase().endsWith('.dll')) {
    if (!isFile(target)) {
      return { ok: false, message: `The Remedy language server '${target}' (remedy.server.path) does not exist.` };
    }
    const dotnetSetting = settings.dotnetPath.trim() === '' ? defaultSettings.dotnetPath : settings.dotnetPath;
    const dotnet = findExecutable(expandPath(dotnetSetting, environment), environment);
    if (!dotnet) {
      return {
        ok: false,
        message: `'${dotnetSetting}' (remedy.server.dotnetPath) was not found, so the Remedy language server '${target}' cannot start. Install the .NET SDK or runtime, or set remedy.server.dotnetPath.`,
      };
    }
    return { ok: true, server: { command: dotnet, args: [target, ...args], description: `${dotnet} ${target}` } };
  }

  const executable = findExecutable(target, environment);
  if (!executable) {
    const message = looksLikePath(target)
      ? `The Remedy language server '${target}' (remedy.server.path) does not exist or is not executable.`
      : `The Remedy language server '${target}' was not found on PATH. Install it with 'dotnet tool install --global Remedy.Lang.Tool', or set remedy.server.path to the remedy executable or to remedy.dll.`;
    return { ok: false, message };
  }
  return { ok: true, server: { command: executable, args, description: executable } };
}
