// A small stand-in for the `vscode` module: enough of the API for the extension and
// vscode-languageclient to activate, start a server over stdio, sync documents,
// restart and stop, with every message box, command and output line recorded so tests
// can assert on them. (The real editor cannot be downloaded here.)
import Module from 'node:module';
import { pathToFileURL } from 'node:url';

class Disposable {
  constructor(fn = () => {}) {
    this.fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((i) => i?.dispose?.()));
  }
  dispose() {
    this.fn?.();
    this.fn = undefined;
  }
}

class EventEmitter {
  listeners = new Set();
  event = (listener, thisArg, disposables) => {
    const bound = thisArg ? listener.bind(thisArg) : listener;
    this.listeners.add(bound);
    const d = new Disposable(() => this.listeners.delete(bound));
    if (Array.isArray(disposables)) disposables.push(d);
    return d;
  };
  fire(value) {
    for (const l of [...this.listeners]) l(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class CancellationTokenSource {
  emitter = new EventEmitter();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel() {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose() {}
}

class Uri {
  constructor(scheme, path) {
    this.scheme = scheme;
    this.path = path;
    this.fsPath = path;
  }
  static file(path) {
    return new Uri('file', path);
  }
  static parse(value) {
    const u = new URL(value);
    return new Uri(u.protocol.replace(/:$/, ''), decodeURIComponent(u.pathname));
  }
  toString() {
    return this.scheme === 'file' ? pathToFileURL(this.path).href : `${this.scheme}:${this.path}`;
  }
  toJSON() {
    return this.toString();
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}
class Range {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
}

const event = () => new EventEmitter().event;

/** Creates a fresh fake API. `settings` maps full keys to { global, workspace } or plain values. */
export function createFakeVscode({ settings = {}, trusted = true, workspaceFolder, documents = [], answer = () => undefined } = {}) {
  const record = { errors: [], warnings: [], infos: [], executed: [], output: [], commands: new Map() };
  const configurationChanged = new EventEmitter();
  const value = (key) => settings[key];
  const getConfiguration = (section) => {
    const full = (key) => (section ? `${section}.${key}` : key);
    const effective = (key) => {
      const v = value(full(key));
      if (v && typeof v === 'object' && !Array.isArray(v) && ('global' in v || 'workspace' in v)) return v.workspace ?? v.global;
      return v;
    };
    return {
      get: (key, fallback) => effective(key) ?? fallback,
      has: (key) => effective(key) !== undefined,
      inspect: (key) => {
        const v = value(full(key));
        if (v && typeof v === 'object' && !Array.isArray(v) && ('global' in v || 'workspace' in v)) {
          return { key: full(key), globalValue: v.global, workspaceValue: v.workspace };
        }
        return { key: full(key), globalValue: v };
      },
      update: async () => {},
    };
  };
  const channel = (name) => {
    const line = (level) => (text) => record.output.push(`[${name}] ${level} ${text}`);
    return {
      name,
      logLevel: 3,
      onDidChangeLogLevel: event(),
      append: line('append'),
      appendLine: line('line'),
      replace: line('replace'),
      trace: line('trace'),
      debug: line('debug'),
      info: line('info'),
      warn: line('warn'),
      error: line('error'),
      clear() {},
      show() {
        record.output.push(`[${name}] shown`);
      },
      hide() {},
      dispose() {},
    };
  };
  const message = (list) => async (text, ...items) => {
    const plain = items.filter((i) => typeof i === 'string');
    list.push({ text, items: plain });
    return answer(text, plain);
  };
  const api = {
    version: '1.95.0',
    Disposable,
    EventEmitter,
    CancellationTokenSource,
    CancellationError: class CancellationError extends Error {},
    Uri,
    Position,
    Range,
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TabInputText: class {},
    TabInputTextDiff: class {},
    TabInputCustom: class {},
    TabInputNotebook: class {},
    env: { appName: 'Fake VS Code', language: 'en', machineId: 'test', openExternal: async () => true },
    l10n: { t: (s) => s },
    extensions: { getExtension: () => undefined, all: [], onDidChange: event() },
    workspace: {
      isTrusted: trusted,
      workspaceFolders: workspaceFolder ? [{ uri: Uri.file(workspaceFolder), name: 'ws', index: 0 }] : undefined,
      textDocuments: documents,
      notebookDocuments: [],
      getConfiguration,
      onDidChangeConfiguration: configurationChanged.event,
      onDidGrantWorkspaceTrust: event(),
      onDidOpenTextDocument: event(),
      onDidChangeTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidSaveTextDocument: event(),
      onWillSaveTextDocument: event(),
      onDidChangeWorkspaceFolders: event(),
      onDidOpenNotebookDocument: event(),
      onDidChangeNotebookDocument: event(),
      onDidCloseNotebookDocument: event(),
      onDidSaveNotebookDocument: event(),
      createFileSystemWatcher: (glob) => ({ glob, onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose() {} }),
      applyEdit: async () => true,
    },
    window: {
      createOutputChannel: channel,
      showErrorMessage: message(record.errors),
      showWarningMessage: message(record.warnings),
      showInformationMessage: message(record.infos),
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: event(), onDidChangeTabGroups: event() },
      onDidChangeActiveTextEditor: event(),
      onDidChangeVisibleTextEditors: event(),
      withProgress: async (_options, task) => task({ report() {} }, new CancellationTokenSource().token),
      showTextDocument: async () => undefined,
    },
    languages: {
      match: (selector, document) => {
        const selectors = Array.isArray(selector) ? selector : [selector];
        return selectors.some((s) => (typeof s === 'string' ? s === document.languageId : (!s.language || s.language === document.languageId) && (!s.scheme || s.scheme === document.uri.scheme))) ? 10 : 0;
      },
      createDiagnosticCollection: (name) => {
        const map = new Map();
        return { name, set: (uri, d) => map.set(String(uri), d), delete: (uri) => map.delete(String(uri)), clear: () => map.clear(), forEach: (f) => map.forEach((v, k) => f(k, v)), get: (uri) => map.get(String(uri)), has: (uri) => map.has(String(uri)), dispose: () => map.clear() };
      },
    },
    commands: {
      registerCommand: (id, handler) => {
        record.commands.set(id, handler);
        return new Disposable(() => record.commands.delete(id));
      },
      executeCommand: async (id, ...args) => {
        record.executed.push([id, ...args]);
        return record.commands.get(id)?.(...args);
      },
    },
  };
  // Every `register...Provider` the client may call for a capability.
  api.languages = new Proxy(api.languages, {
    get: (target, prop) => (prop in target ? target[prop] : typeof prop === 'string' && prop.startsWith('register') ? () => new Disposable() : undefined),
  });
  // The other types the client names (base classes it extends, result types it builds)
  // become plain classes that keep their constructor arguments. (The bundle copies the
  // module's own properties, so they must be real properties, not proxy traps.)
  for (const name of ['CallHierarchyItem', 'CallHierarchyIncomingCall', 'CallHierarchyOutgoingCall', 'CodeLens', 'Color',
    'ColorInformation', 'ColorPresentation', 'CompletionItem', 'CompletionList', 'DiagnosticRelatedInformation', 'Diagnostic',
    'DocumentHighlight', 'DocumentLink', 'DocumentSymbol', 'FoldingRange', 'Hover', 'InlayHint', 'InlayHintLabelPart',
    'InlineCompletionItem', 'InlineCompletionList', 'InlineValueEvaluatableExpression', 'InlineValueText',
    'InlineValueVariableLookup', 'LinkedEditingRanges', 'Location', 'MarkdownString', 'ParameterInformation',
    'RelativePattern', 'SelectionRange', 'SemanticTokens', 'SemanticTokensEdit', 'SemanticTokensEdits', 'SignatureHelp',
    'SignatureInformation', 'SnippetString', 'SnippetTextEdit', 'SymbolInformation', 'TextEdit', 'TypeHierarchyItem',
    'WorkspaceEdit', 'CodeAction']) {
    api[name] ??= { [name]: class { constructor(...args) { this.args = args; } } }[name];
  }
  // Enumerations the converters read; the values only need to exist.
  for (const name of ['CodeActionKind', 'CodeActionTriggerKind', 'CompletionItemKind', 'CompletionItemTag', 'CompletionTriggerKind',
    'DiagnosticSeverity', 'DiagnosticTag', 'DocumentHighlightKind', 'FoldingRangeKind', 'InlineCompletionTriggerKind',
    'SignatureHelpTriggerKind', 'SymbolKind', 'SymbolTag', 'TextDocumentSaveReason']) {
    api[name] ??= {};
  }
  return { api, record, fireConfigurationChange: (keys) => configurationChanged.fire({ affectsConfiguration: (s) => keys.some((k) => k === s || k.startsWith(`${s}.`)) }) };
}

/** Makes `require('vscode')` return the given fake for code loaded afterwards. */
export function installFakeVscode(holder) {
  const originalLoad = Module._load;
  Module._load = function load(request, ...rest) {
    if (request === 'vscode') return holder.current;
    return originalLoad.call(this, request, ...rest);
  };
  return () => {
    Module._load = originalLoad;
  };
}

/** A fake open text document. */
export function fakeDocument(path, languageId, text) {
  return { uri: Uri.file(path), fileName: path, languageId, version: 1, isClosed: false, isUntitled: false, getText: () => text, lineCount: text.split('\n').length };
}
