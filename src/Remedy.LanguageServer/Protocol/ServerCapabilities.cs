namespace Remedy.LanguageServer.Protocol;

/// <summary>
/// What the server implements. Every property left null is omitted from the JSON, so a client
/// sees exactly the features that have handlers and nothing more.
/// </summary>
public sealed record ServerCapabilities
{
    /// <summary>The position encoding; always <c>utf-16</c>, which every client supports.</summary>
    public string PositionEncoding { get; init; } = "utf-16";

    /// <summary>How documents are synchronised.</summary>
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    /// <summary>Whether hover is supported.</summary>
    public bool? HoverProvider { get; init; }

    /// <summary>Completion settings.</summary>
    public CompletionOptions? CompletionProvider { get; init; }

    /// <summary>Signature help settings.</summary>
    public SignatureHelpOptions? SignatureHelpProvider { get; init; }

    /// <summary>Whether go to definition is supported.</summary>
    public bool? DefinitionProvider { get; init; }

    /// <summary>Whether find references is supported.</summary>
    public bool? ReferencesProvider { get; init; }

    /// <summary>Whether the outline is supported.</summary>
    public bool? DocumentSymbolProvider { get; init; }

    /// <summary>Whether workspace symbol search is supported.</summary>
    public bool? WorkspaceSymbolProvider { get; init; }

    /// <summary>Code action settings.</summary>
    public CodeActionOptions? CodeActionProvider { get; init; }

    /// <summary>Whether whole-document formatting is supported.</summary>
    public bool? DocumentFormattingProvider { get; init; }

    /// <summary>Whether range formatting is supported.</summary>
    public bool? DocumentRangeFormattingProvider { get; init; }

    /// <summary>Rename settings.</summary>
    public RenameOptions? RenameProvider { get; init; }

    /// <summary>Whether folding ranges are supported.</summary>
    public bool? FoldingRangeProvider { get; init; }

    /// <summary>Semantic token settings.</summary>
    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    /// <summary>Workspace-level capabilities.</summary>
    public WorkspaceServerCapabilities? Workspace { get; init; }
}
