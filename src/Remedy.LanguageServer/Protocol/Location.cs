namespace Remedy.LanguageServer.Protocol;

/// <summary>A range inside a document.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="Range">The range.</param>
public sealed record Location(string Uri, Range Range);
