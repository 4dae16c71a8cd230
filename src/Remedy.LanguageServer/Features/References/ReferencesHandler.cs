using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.References;

/// <summary><c>textDocument/references</c>: every place the compiler binds to the symbol at the cursor, across the open documents and workspace files.</summary>
internal sealed class ReferencesHandler : RequestHandler<ReferenceParams, IReadOnlyList<Location>>
{
    public override string Method => LspMethods.References;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { ReferencesProvider = true };

    protected override bool NeedsCompilation => true;

    protected override IReadOnlyList<Location> Handle(ReferenceParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.GetDocument(parameters.TextDocument.Uri);
        var navigator = new SemanticNavigator(context);
        if (navigator.SymbolAt(document, Positions.ToOffset(document.Text, parameters.Position)) is not { } found) return [];
        return [.. navigator.ReferencesOf(found.Symbol, document, parameters.Context?.IncludeDeclaration ?? true)];
    }
}
