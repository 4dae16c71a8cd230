namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/rangeFormatting</c>.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Range">The range to format.</param>
/// <param name="Options">The client's preferences.</param>
public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions? Options = null) : ITextDocumentParams;
