namespace Remedy.LanguageServer.Protocol;

/// <summary>Names a document by its URI.</summary>
/// <param name="Uri">The document's URI.</param>
public sealed record TextDocumentIdentifier(string Uri);
