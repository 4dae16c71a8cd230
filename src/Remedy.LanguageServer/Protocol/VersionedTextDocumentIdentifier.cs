namespace Remedy.LanguageServer.Protocol;

/// <summary>Names a document and the version the client has.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="Version">The version after the change.</param>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
