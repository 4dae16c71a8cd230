namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/symbol</c>.</summary>
/// <param name="Query">What the user typed; empty means everything.</param>
public sealed record WorkspaceSymbolParams(string Query);
