namespace Remedy.LanguageServer.Protocol;

/// <summary>Workspace-level capabilities.</summary>
/// <param name="WorkspaceFolders">Workspace folder support.</param>
public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);
