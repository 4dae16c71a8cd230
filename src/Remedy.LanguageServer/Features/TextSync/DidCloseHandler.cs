using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.TextSync;

/// <summary><c>textDocument/didClose</c>: forgets the client's text and clears the document's diagnostics.</summary>
internal sealed class DidCloseHandler : NotificationHandler<DidCloseTextDocumentParams>
{
    public override string Method => LspMethods.DidClose;

    protected override void Handle(DidCloseTextDocumentParams parameters, RequestContext context)
    {
        var uri = parameters.TextDocument.Uri;
        context.Session.Workspace.Update(s => s with { Documents = s.Documents.Remove(uri) });
        context.Session.NotifyClosed(uri);
    }
}
