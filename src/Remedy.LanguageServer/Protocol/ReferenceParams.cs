namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/references</c>.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The position in it.</param>
/// <param name="Context">Whether to include the declaration.</param>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context = null) : ITextDocumentParams;
