using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.Definition;

/// <summary>
/// <c>textDocument/definition</c>: where the compiler says a name is declared, in this file, another
/// workspace file or the standard library's files (an import alias goes to its module).
/// </summary>
internal sealed class DefinitionHandler : RequestHandler<TextDocumentPositionParams, IReadOnlyList<Location>>
{
    public override string Method => LspMethods.Definition;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { DefinitionProvider = true };

    protected override bool NeedsCompilation => true;

    protected override IReadOnlyList<Location> Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.GetDocument(parameters.TextDocument.Uri);
        var navigator = new SemanticNavigator(context);
        // Built-ins (alert, it, count) have no declaration to go to.
        return navigator.SymbolAt(document, Positions.ToOffset(document.Text, parameters.Position)) is { } found && navigator.DeclarationOf(found.Symbol) is { } location
            ? [location]
            : [];
    }
}
