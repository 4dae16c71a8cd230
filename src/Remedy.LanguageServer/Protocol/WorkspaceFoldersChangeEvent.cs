namespace Remedy.LanguageServer.Protocol;

/// <summary>Folders added to and removed from the workspace.</summary>
/// <param name="Added">The added folders.</param>
/// <param name="Removed">The removed folders.</param>
public sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolder> Added, IReadOnlyList<WorkspaceFolder> Removed);
