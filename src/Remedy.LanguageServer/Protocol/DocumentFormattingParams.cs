namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/formatting</c>.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Options">The client's preferences.</param>
public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options = null) : ITextDocumentParams;
