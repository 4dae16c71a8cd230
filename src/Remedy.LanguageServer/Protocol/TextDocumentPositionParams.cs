namespace Remedy.LanguageServer.Protocol;

/// <summary>A position in a document: the parameters of hover, completion, definition and signature help.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The position in it.</param>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position) : ITextDocumentParams;
