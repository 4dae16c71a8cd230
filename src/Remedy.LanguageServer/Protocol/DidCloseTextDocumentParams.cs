namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
/// <param name="TextDocument">The closed document.</param>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
