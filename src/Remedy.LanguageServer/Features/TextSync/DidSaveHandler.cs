using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.TextSync;

/// <summary><c>textDocument/didSave</c>: the file on disk changed, so the workspace index takes its new declarations.</summary>
internal sealed class DidSaveHandler : NotificationHandler<DidSaveTextDocumentParams>
{
    public override string Method => LspMethods.DidSave;

    protected override void Handle(DidSaveTextDocumentParams parameters, RequestContext context)
    {
        var path = DocumentUri.ToPath(parameters.TextDocument.Uri);
        var snapshot = context.Snapshot;
        if (!snapshot.Folders.Any(f => path.StartsWith(DocumentUri.ToPath(f.Uri), StringComparison.Ordinal))) return;
        var session = context.Session;
        var library = ModuleLibrary.Load(session.StandardLibraryFolder, snapshot.Folders.Select(f => DocumentUri.ToPath(f.Uri)), session.Log.Info);
        session.Workspace.Update(s => s with { Library = library });
        // The saved file's declarations may change what other open files' names mean.
        session.NotifyChanged(parameters.TextDocument.Uri);
    }
}
