using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.Lifecycle;

/// <summary><c>workspace/didChangeWorkspaceFolders</c>: re-indexes the folders' files for workspace symbols and cross-file navigation.</summary>
internal sealed class DidChangeWorkspaceFoldersHandler : NotificationHandler<DidChangeWorkspaceFoldersParams>
{
    public override string Method => LspMethods.DidChangeWorkspaceFolders;

    protected override void Handle(DidChangeWorkspaceFoldersParams parameters, RequestContext context)
    {
        var removed = parameters.Event.Removed.Select(f => f.Uri).ToHashSet(StringComparer.Ordinal);
        var folders = context.Snapshot.Folders.Where(f => !removed.Contains(f.Uri)).Concat(parameters.Event.Added).DistinctBy(f => f.Uri).ToList();
        var session = context.Session;
        var library = ModuleLibrary.Load(session.StandardLibraryFolder, folders.Select(f => DocumentUri.ToPath(f.Uri)), session.Log.Info);
        session.Workspace.Update(s => s with { Folders = [.. folders], Library = library });
        // Any change re-checks every open document, whose names may now resolve differently.
        if (session.Workspace.Current.Documents.Keys.FirstOrDefault() is { } open) session.NotifyChanged(open);
    }
}
