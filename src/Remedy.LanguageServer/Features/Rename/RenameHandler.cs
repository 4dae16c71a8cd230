using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Features.References;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.Rename;

/// <summary><c>textDocument/rename</c> of playbooks, lets and options: every reference is edited, or the request fails with a reason.</summary>
internal sealed partial class RenameHandler : RequestHandler<RenameParams, WorkspaceEdit>
{
    private static readonly FrozenSet<string> Keywords = new[]
    {
        "module", "import", "as", "resource", "query", "action", "playbook", "simulation", "let", "step", "verify", "choose", "option",
        "for", "in", "if", "else", "and", "or", "not", "true", "false", "it", "alert", "trigger", "where", "take", "sort", "by", "map",
    }.ToFrozenSet(StringComparer.Ordinal);

    public override string Method => LspMethods.Rename;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { RenameProvider = new RenameOptions(false) };

    protected override WorkspaceEdit Handle(RenameParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var symbol = document.Resolver.ResolveAt(document.Source, document.OffsetOf(parameters.Position));
        if (symbol is not { Category: SymbolCategory.Playbook or SymbolCategory.Let or SymbolCategory.Option, Source: { } source })
            throw RequestErrors.Failed("Only playbooks, lets and options can be renamed; put the cursor on one of their names.");
        if (source.IsStandardLibrary) throw RequestErrors.Failed("The standard library cannot be renamed.");
        if (!IdentifierPattern().IsMatch(parameters.NewName) || Keywords.Contains(parameters.NewName))
            throw RequestErrors.Failed($"'{parameters.NewName}' is not a valid name: use letters, digits and '_', not starting with a digit, and not a keyword.");
        var changes = ReferenceFinder.Find(document, symbol, includeDeclaration: true, cancellationToken)
            .GroupBy(r => r.Source.Uri)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TextEdit>)[.. g.Select(r => new TextEdit(Positions.ToRange(r.Span), parameters.NewName))]);
        return new WorkspaceEdit(changes);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
