namespace Remedy.LanguageServer.Protocol;

/// <summary>Parameters naming only a document: document symbols, folding ranges, semantic tokens.</summary>
/// <param name="TextDocument">The document.</param>
public sealed record DocumentParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;
