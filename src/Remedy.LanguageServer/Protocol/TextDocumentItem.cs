namespace Remedy.LanguageServer.Protocol;

/// <summary>A document the client opened, with its full text.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="LanguageId">The language the client thinks it is.</param>
/// <param name="Version">The version, increasing with each change.</param>
/// <param name="Text">The full text.</param>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
