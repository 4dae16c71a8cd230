using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.Definition;

/// <summary><c>textDocument/definition</c>: where a name is declared, in this file, another workspace file or the standard library's files.</summary>
internal sealed class DefinitionHandler : RequestHandler<TextDocumentPositionParams, IReadOnlyList<Location>>
{
    public override string Method => LspMethods.Definition;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { DefinitionProvider = true };

    protected override IReadOnlyList<Location> Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var symbol = document.Resolver.ResolveAt(document.Source, document.OffsetOf(parameters.Position));
        // Built-ins (alert, it) have no declaration to go to.
        return symbol is { Source: not null, Category: not SymbolCategory.It } ? [DocumentContext.LocationOf(symbol)] : [];
    }
}
