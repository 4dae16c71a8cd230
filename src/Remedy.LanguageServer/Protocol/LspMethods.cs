namespace Remedy.LanguageServer.Protocol;

/// <summary>The protocol's method names, in one place so handlers and tests agree on them.</summary>
public static class LspMethods
{
    /// <summary>The first request of a session.</summary>
    public const string Initialize = "initialize";
    /// <summary>The client received the initialize result.</summary>
    public const string Initialized = "initialized";
    /// <summary>The client asks the server to stop working.</summary>
    public const string Shutdown = "shutdown";
    /// <summary>The client asks the server process to end.</summary>
    public const string Exit = "exit";
    /// <summary>A document was opened.</summary>
    public const string DidOpen = "textDocument/didOpen";
    /// <summary>A document changed.</summary>
    public const string DidChange = "textDocument/didChange";
    /// <summary>A document was closed.</summary>
    public const string DidClose = "textDocument/didClose";
    /// <summary>A document was saved.</summary>
    public const string DidSave = "textDocument/didSave";
    /// <summary>The workspace's folders changed.</summary>
    public const string DidChangeWorkspaceFolders = "workspace/didChangeWorkspaceFolders";
    /// <summary>The server pushes a document's diagnostics.</summary>
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    /// <summary>The server logs a message to the client.</summary>
    public const string LogMessage = "window/logMessage";
    /// <summary>Hover.</summary>
    public const string Hover = "textDocument/hover";
    /// <summary>Completion.</summary>
    public const string Completion = "textDocument/completion";
    /// <summary>Signature help.</summary>
    public const string SignatureHelp = "textDocument/signatureHelp";
    /// <summary>Go to definition.</summary>
    public const string Definition = "textDocument/definition";
    /// <summary>Find references.</summary>
    public const string References = "textDocument/references";
    /// <summary>Rename.</summary>
    public const string Rename = "textDocument/rename";
    /// <summary>Checks a rename at a position and gives the name's range.</summary>
    public const string PrepareRename = "textDocument/prepareRename";
    /// <summary>Outline.</summary>
    public const string DocumentSymbol = "textDocument/documentSymbol";
    /// <summary>Workspace symbol search.</summary>
    public const string WorkspaceSymbol = "workspace/symbol";
    /// <summary>Folding ranges.</summary>
    public const string FoldingRange = "textDocument/foldingRange";
    /// <summary>Whole-document semantic tokens.</summary>
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";
    /// <summary>Code actions.</summary>
    public const string CodeAction = "textDocument/codeAction";
    /// <summary>Whole-document formatting.</summary>
    public const string Formatting = "textDocument/formatting";
    /// <summary>Formatting of a range.</summary>
    public const string RangeFormatting = "textDocument/rangeFormatting";
}
