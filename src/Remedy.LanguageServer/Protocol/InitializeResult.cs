namespace Remedy.LanguageServer.Protocol;

/// <summary>The result of <c>initialize</c>.</summary>
/// <param name="Capabilities">What the server implements.</param>
/// <param name="ServerInfo">Who the server is.</param>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
