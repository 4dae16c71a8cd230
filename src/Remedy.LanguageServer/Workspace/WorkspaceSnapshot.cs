using System.Collections.Immutable;
using Remedy.LanguageServer.Protocol;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// Everything the server knows at one moment: the open documents at their versions and the
/// workspace folders. Immutable, so a read request holds one snapshot for its whole run.
/// </summary>
/// <param name="Documents">Open documents by URI.</param>
/// <param name="Folders">The workspace folders.</param>
/// <param name="Library">The standard library and the modules of the folders' files.</param>
public sealed record WorkspaceSnapshot(ImmutableDictionary<string, OpenDocument> Documents, ImmutableArray<WorkspaceFolder> Folders, ModuleLibrary Library)
{
    /// <summary>A workspace with nothing open.</summary>
    public static WorkspaceSnapshot Empty(ModuleLibrary library) => new(ImmutableDictionary<string, OpenDocument>.Empty, [], library);

    /// <summary>The open document at <paramref name="uri"/>, or null.</summary>
    public OpenDocument? Find(string uri) => Documents.GetValueOrDefault(uri);
}
