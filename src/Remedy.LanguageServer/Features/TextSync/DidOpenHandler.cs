using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.TextSync;

/// <summary><c>textDocument/didOpen</c>: the document's text now comes from the client, not the disk.</summary>
internal sealed class DidOpenHandler : NotificationHandler<DidOpenTextDocumentParams>
{
    public override string Method => LspMethods.DidOpen;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with
    {
        TextDocumentSync = new TextDocumentSyncOptions(true, TextDocumentSyncKind.Incremental, new SaveOptions(false)),
    };

    protected override void Handle(DidOpenTextDocumentParams parameters, RequestContext context)
    {
        var item = parameters.TextDocument;
        context.Session.Workspace.Update(s => s with { Documents = s.Documents.SetItem(item.Uri, new OpenDocument(item.Uri, item.Version, item.Text)) });
        context.Session.NotifyChanged(item.Uri);
    }
}
