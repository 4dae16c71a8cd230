using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.Rename;

/// <summary>
/// <c>textDocument/prepareRename</c>: the name a rename at the cursor would change, with its range,
/// so the editor can offer it for editing; keywords, standard library symbols and anything but a
/// playbook, let or option are refused with RequestFailed and the reason, before the user types.
/// </summary>
internal sealed class PrepareRenameHandler : RequestHandler<TextDocumentPositionParams, PrepareRenameResult>
{
    public override string Method => LspMethods.PrepareRename;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { RenameProvider = new RenameOptions(true) };

    protected override bool NeedsCompilation => true;

    protected override PrepareRenameResult Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.GetDocument(parameters.TextDocument.Uri);
        var (_, name) = RenameTarget.Find(new SemanticNavigator(context), document, Positions.ToOffset(document.Text, parameters.Position));
        return new PrepareRenameResult(Positions.ToRange(name.Span), name.Name);
    }
}
