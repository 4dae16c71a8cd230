namespace Remedy.LanguageServer.Protocol;

/// <summary>A link to a diagnostic's documentation.</summary>
/// <param name="Href">The page's URI.</param>
public sealed record CodeDescription(string Href);
