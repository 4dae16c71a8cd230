using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.References;

/// <summary><c>textDocument/references</c>: every use of the symbol at the cursor across the open documents and workspace files.</summary>
internal sealed class ReferencesHandler : RequestHandler<ReferenceParams, IReadOnlyList<Location>>
{
    public override string Method => LspMethods.References;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { ReferencesProvider = true };

    protected override IReadOnlyList<Location> Handle(ReferenceParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        if (document.Resolver.ResolveAt(document.Source, document.OffsetOf(parameters.Position)) is not { } symbol) return [];
        return [.. ReferenceFinder.Find(document, symbol, parameters.Context?.IncludeDeclaration ?? true, cancellationToken)
            .Select(r => new Location(r.Source.Uri, Positions.ToRange(r.Span)))];
    }
}
