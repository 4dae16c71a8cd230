namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Range">The selected range.</param>
/// <param name="Context">The diagnostics there.</param>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context) : ITextDocumentParams;
