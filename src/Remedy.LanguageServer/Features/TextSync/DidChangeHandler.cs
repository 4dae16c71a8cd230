using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.TextSync;

/// <summary><c>textDocument/didChange</c>: applies incremental edits (UTF-16 ranges) to make the next version.</summary>
internal sealed class DidChangeHandler : NotificationHandler<DidChangeTextDocumentParams>
{
    public override string Method => LspMethods.DidChange;

    protected override void Handle(DidChangeTextDocumentParams parameters, RequestContext context)
    {
        var uri = parameters.TextDocument.Uri;
        if (context.Snapshot.Find(uri) is not { } document)
        {
            context.Session.Log.Error($"ignored a change to '{uri}', which is not open");
            return;
        }
        var text = TextChanges.Apply(document.Text.Text, parameters.ContentChanges);
        context.Session.Workspace.Update(s => s with { Documents = s.Documents.SetItem(uri, new OpenDocument(uri, parameters.TextDocument.Version, text, document)) });
        context.Session.NotifyChanged(uri);
    }
}
