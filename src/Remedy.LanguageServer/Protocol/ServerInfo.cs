namespace Remedy.LanguageServer.Protocol;

/// <summary>The server's name and version, sent in the initialize result.</summary>
/// <param name="Name">The server's name.</param>
/// <param name="Version">Its version.</param>
public sealed record ServerInfo(string Name, string? Version = null);
