using System.Text.RegularExpressions;
using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.Rename;

/// <summary><c>textDocument/rename</c> of playbooks, lets and options: every reference the compiler binds is edited, or the request fails with a reason.</summary>
internal sealed partial class RenameHandler : RequestHandler<RenameParams, WorkspaceEdit>
{
    public override string Method => LspMethods.Rename;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) =>
        capabilities with { RenameProvider = capabilities.RenameProvider ?? new RenameOptions(false) };

    protected override bool NeedsCompilation => true;

    protected override WorkspaceEdit Handle(RenameParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.GetDocument(parameters.TextDocument.Uri);
        var navigator = new SemanticNavigator(context);
        var (symbol, _) = RenameTarget.Find(navigator, document, Positions.ToOffset(document.Text, parameters.Position));
        if (!IdentifierPattern().IsMatch(parameters.NewName) || RenameTarget.Keywords.Contains(parameters.NewName))
            throw RequestErrors.Failed($"'{parameters.NewName}' is not a valid name: use letters, digits and '_', not starting with a digit, and not a keyword.");
        var changes = navigator.ReferencesOf(symbol, document, includeDeclaration: true)
            .Distinct()
            .GroupBy(r => r.Uri)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TextEdit>)[.. g.Select(r => new TextEdit(r.Range, parameters.NewName))]);
        return new WorkspaceEdit(changes);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
