namespace Remedy.LanguageServer.Protocol;

/// <summary>A folder the client has open.</summary>
/// <param name="Uri">The folder's URI.</param>
/// <param name="Name">Its display name.</param>
public sealed record WorkspaceFolder(string Uri, string Name);
