namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/didChangeWorkspaceFolders</c>.</summary>
/// <param name="Event">What changed.</param>
public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);
