using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.Completion;

/// <summary><c>textDocument/completion</c>: proposals for the context at the cursor (see <see cref="CompletionBuilder"/>).</summary>
internal sealed class CompletionHandler : RequestHandler<TextDocumentPositionParams, CompletionList>
{
    public override string Method => LspMethods.Completion;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with
    {
        CompletionProvider = new CompletionOptions([".", " ", "(", ",", "|"], false),
    };

    protected override CompletionList Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var items = new CompletionBuilder(document, document.OffsetOf(parameters.Position)).Build();
        return new CompletionList(false, items);
    }
}
