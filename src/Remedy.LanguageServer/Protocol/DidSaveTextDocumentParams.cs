namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didSave</c>.</summary>
/// <param name="TextDocument">The saved document.</param>
/// <param name="Text">The saved text, when the client sends it.</param>
public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);
