namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/rename</c>.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The position of the name.</param>
/// <param name="NewName">The new name.</param>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName) : ITextDocumentParams;
